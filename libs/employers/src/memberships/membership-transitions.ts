import { MembershipStatus } from '../entities/employer.enums';

export type MembershipAction = 'approve' | 'renew' | 'lapse' | 'withdraw' | 'decline';

const ALLOWED: Record<MembershipAction, { from: MembershipStatus[]; to: MembershipStatus }> = {
  approve: { from: [MembershipStatus.PENDING], to: MembershipStatus.ACTIVE },
  /** Renewing a lapsed membership takes the employer back into the network. */
  renew: {
    from: [MembershipStatus.ACTIVE, MembershipStatus.LAPSED],
    to: MembershipStatus.ACTIVE,
  },
  lapse: { from: [MembershipStatus.ACTIVE], to: MembershipStatus.LAPSED },
  withdraw: {
    from: [MembershipStatus.PENDING, MembershipStatus.ACTIVE],
    to: MembershipStatus.WITHDRAWN,
  },
  /** Declining is withdrawing an application that was never approved, with a reason. */
  decline: { from: [MembershipStatus.PENDING], to: MembershipStatus.WITHDRAWN },
};

/** The status an action leads to from `current`, or null when the lifecycle does not allow it. */
export function nextMembershipStatus(
  current: MembershipStatus,
  action: MembershipAction,
): MembershipStatus | null {
  const rule = ALLOWED[action];
  return rule.from.includes(current) ? rule.to : null;
}

/** The statuses an action may start from (for a conditional UPDATE). */
export function statusesAllowing(action: MembershipAction): MembershipStatus[] {
  return ALLOWED[action].from;
}

/** Default renewal: one membership period (a year) after joining. */
export function defaultRenewal(joinedOn: string): string {
  const date = new Date(`${joinedOn}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The date a renewal runs from: the current renewal date, or today when that has passed (or is
 * unknown), so a late renewal still buys a whole period. A renewal must end after it.
 */
export function renewalBase(currentRenewalOn: string | null, today: string): string {
  return currentRenewalOn && currentRenewalOn > today ? currentRenewalOn : today;
}
