import { DomainError, validUntil } from '@chn/core';
import { Tier } from './opportunity.enums';

/** What decides whether an opportunity is a placement. */
export interface PlacementSubject {
  tier: Tier;
  atEmployerPremises: boolean;
}

/** Tier 3 experiences and anything at the employer's premises put a young person in a workplace. */
export function isPlacement(opportunity: PlacementSubject): boolean {
  return opportunity.tier === Tier.T3 || opportunity.atEmployerPremises;
}

/** Placements always need the hub's approval; other opportunities when the hub says so. */
export function needsApproval(
  opportunity: PlacementSubject,
  hubRequiresApproval: boolean,
): boolean {
  return hubRequiresApproval || isPlacement(opportunity);
}

/** The employer's liability insurance as recorded (any field may be missing). */
export interface InsuranceOnRecord {
  insurer: string | null;
  policyNumber: string | null;
  insuranceExpiresOn: string | null;
}

/**
 * Why an opportunity at the employer's premises may not be approved, or null when it may: the
 * employer's liability insurance and the opportunity's risk assessment must be on record and
 * still stand on its last day (`endsOn`), so cover cannot run out half-way through a placement.
 */
export function premisesProblem(
  opportunity: { endsOn: string; atEmployerPremises: boolean },
  insurance: InsuranceOnRecord | null,
  riskAssessment: { reviewedOn: string } | null,
  riskAssessmentValidityMonths: number,
): DomainError | null {
  if (!opportunity.atEmployerPremises) return null;
  if (!insurance?.insuranceExpiresOn || !insurance.insurer || !insurance.policyNumber) {
    return DomainError.conflict(
      'INSURANCE_MISSING',
      'Record the employer’s liability insurance (insurer, policy number, cover and expiry) before approving an opportunity at its premises',
    );
  }
  if (insurance.insuranceExpiresOn < opportunity.endsOn) {
    return DomainError.conflict(
      'INSURANCE_EXPIRED',
      `The employer’s liability insurance runs out on ${insurance.insuranceExpiresOn}, before the opportunity ends on ${opportunity.endsOn}`,
    );
  }
  if (!riskAssessment) {
    return DomainError.conflict(
      'RISK_ASSESSMENT_MISSING',
      'Record the risk assessment of this opportunity at the employer’s premises before approving it',
    );
  }
  const until = validUntil(riskAssessment.reviewedOn, riskAssessmentValidityMonths);
  if (until < opportunity.endsOn) {
    return DomainError.conflict(
      'RISK_ASSESSMENT_EXPIRED',
      `The risk assessment reviewed on ${riskAssessment.reviewedOn} stands until ${until}, before the opportunity ends on ${opportunity.endsOn}: review it again`,
    );
  }
  return null;
}
