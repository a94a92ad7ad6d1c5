import { AdviserStatus } from '@chn/advisers';
import {
  assertAdviserEligible,
  matchabilityParams,
  matchableAdviserSql,
  validUntil,
} from './adviser-eligibility';

const policy = { dbsValidityMonths: 36, inductionValidityMonths: 24 };
const eligible = {
  status: AdviserStatus.ACTIVE,
  erasedAt: null,
  inductionCompletedOn: '2025-01-10',
  dbsCheckedOn: '2024-03-01',
};

const reasonOf = (fn: () => void): string | undefined => {
  try {
    fn();
    return undefined;
  } catch (e) {
    return (e as { reason?: string }).reason;
  }
};

describe('adviser eligibility', () => {
  it('adds whole months to a check, clamping to the month end', () => {
    expect(validUntil('2024-03-01', 36)).toBe('2027-03-01');
    expect(validUntil('2025-08-31', 6)).toBe('2026-02-28');
    expect(validUntil('2024-02-29', 36)).toBe('2027-02-28');
  });

  it('accepts an active adviser inducted and DBS checked recently enough', () => {
    expect(reasonOf(() => assertAdviserEligible(eligible, '2027-01-10', policy))).toBeUndefined();
  });

  it('names the first rule broken', () => {
    const at = '2026-01-01';
    const reason = (changes: object, on = at) =>
      reasonOf(() => assertAdviserEligible({ ...eligible, ...changes }, on, policy));
    expect(reason({ status: AdviserStatus.PAUSED })).toBe('ADVISER_NOT_ACTIVE');
    expect(reason({ inductionCompletedOn: null })).toBe('INDUCTION_MISSING');
    expect(reason({ dbsCheckedOn: null })).toBe('DBS_EXPIRED');
    expect(reason({}, '2027-01-11')).toBe('INDUCTION_EXPIRED');
    expect(reason({ inductionCompletedOn: '2026-01-01' }, '2027-03-02')).toBe('DBS_EXPIRED');
    expect(reason({ inductionCompletedOn: '2022-06-01', dbsCheckedOn: null })).toBe(
      'INDUCTION_EXPIRED',
    );
  });

  it('says when an induction ran out', () => {
    expect(() =>
      assertAdviserEligible({ ...eligible, inductionCompletedOn: '2022-06-01' }, '2026-01-01', {
        ...policy,
        inductionValidityMonths: 36,
      }),
    ).toThrow('ran out after 2025-06-01: an induction lasts 36 months');
  });

  it('writes the same rule as SQL, reading today and each validity from its parameters', () => {
    expect(matchableAdviserSql('a', 3)).toBe(
      "a.status = 'ACTIVE' AND a.erased_at IS NULL" +
        ' AND a.induction_completed_on IS NOT NULL' +
        ' AND (a.induction_completed_on + make_interval(months => $4::int))::date >= $3::date' +
        ' AND a.dbs_checked_on IS NOT NULL' +
        ' AND (a.dbs_checked_on + make_interval(months => $5::int))::date >= $3::date',
    );
    expect(matchabilityParams(policy, '2026-01-01')).toEqual(['2026-01-01', 24, 36]);
  });
});
