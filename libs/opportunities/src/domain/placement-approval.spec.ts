import { Tier } from './opportunity.enums';
import { isPlacement, needsApproval, premisesProblem } from './placement-approval';

const insured = {
  insurer: 'Mersey Mutual',
  policyNumber: 'EL-1',
  insuranceExpiresOn: '2027-06-30',
};
const atPremises = { endsOn: '2027-03-05', atEmployerPremises: true };
const reason = (...args: Parameters<typeof premisesProblem>) => premisesProblem(...args)?.reason;

describe('placement approval', () => {
  it('treats tier 3 and anything at the employer’s premises as a placement', () => {
    expect(isPlacement({ tier: Tier.T3, atEmployerPremises: false })).toBe(true);
    expect(isPlacement({ tier: Tier.T1, atEmployerPremises: true })).toBe(true);
    expect(isPlacement({ tier: Tier.T2, atEmployerPremises: false })).toBe(false);
  });

  it('needs approval for placements always, for the rest when the hub asks for it', () => {
    const talk = { tier: Tier.T1, atEmployerPremises: false };
    expect(needsApproval(talk, false)).toBe(false);
    expect(needsApproval(talk, true)).toBe(true);
    expect(needsApproval({ tier: Tier.T3, atEmployerPremises: false }, false)).toBe(true);
  });

  it('asks nothing of an opportunity away from the premises', () => {
    expect(reason({ ...atPremises, atEmployerPremises: false }, null, null, 12)).toBeUndefined();
  });

  it('refuses missing insurance, then insurance ending before the last day', () => {
    expect(reason(atPremises, null, null, 12)).toBe('INSURANCE_MISSING');
    expect(reason(atPremises, { ...insured, policyNumber: null }, null, 12)).toBe(
      'INSURANCE_MISSING',
    );
    expect(reason(atPremises, { ...insured, insuranceExpiresOn: '2027-03-04' }, null, 12)).toBe(
      'INSURANCE_EXPIRED',
    );
  });

  it('accepts cover ending on the last day, then wants a risk assessment standing until then', () => {
    const coverToLastDay = { ...insured, insuranceExpiresOn: '2027-03-05' };
    expect(reason(atPremises, coverToLastDay, null, 12)).toBe('RISK_ASSESSMENT_MISSING');
    expect(reason(atPremises, coverToLastDay, { reviewedOn: '2026-03-04' }, 12)).toBe(
      'RISK_ASSESSMENT_EXPIRED',
    );
    expect(reason(atPremises, coverToLastDay, { reviewedOn: '2026-03-05' }, 12)).toBeUndefined();
  });
});
