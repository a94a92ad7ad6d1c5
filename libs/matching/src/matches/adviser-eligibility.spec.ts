import { AdviserStatus } from '@chn/advisers';
import { assertAdviserEligible, dbsValidUntil } from './adviser-eligibility';

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
  it('adds whole months to a DBS check, clamping to the month end', () => {
    expect(dbsValidUntil('2024-03-01', 36)).toBe('2027-03-01');
    expect(dbsValidUntil('2025-08-31', 6)).toBe('2026-02-28');
  });

  it('accepts an active, inducted adviser with a recent DBS check', () => {
    expect(reasonOf(() => assertAdviserEligible(eligible, '2027-03-01', 36))).toBeUndefined();
  });

  it('names the first rule broken', () => {
    const at = '2026-01-01';
    expect(
      reasonOf(() => assertAdviserEligible({ ...eligible, status: AdviserStatus.PAUSED }, at, 36)),
    ).toBe('ADVISER_NOT_ACTIVE');
    expect(
      reasonOf(() => assertAdviserEligible({ ...eligible, inductionCompletedOn: null }, at, 36)),
    ).toBe('INDUCTION_MISSING');
    expect(reasonOf(() => assertAdviserEligible({ ...eligible, dbsCheckedOn: null }, at, 36))).toBe(
      'DBS_EXPIRED',
    );
    expect(reasonOf(() => assertAdviserEligible(eligible, '2027-03-02', 36))).toBe('DBS_EXPIRED');
  });
});
