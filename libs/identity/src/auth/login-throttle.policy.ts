/**
 * Sign-in throttling as pure rules (see libs/identity/README.md). Failures are counted per
 * account and per address. An account's own failures slow it down, then lock it. An address's
 * failures only slow down the attempts made from it and, past the lock threshold, refuse the
 * accounts that already failed from somewhere: password spraying (many accounts, one address) gets
 * one guess per account, while a colleague behind the same NAT with no failures of their own
 * still signs in.
 */
export interface ThrottlePolicy {
  slowdownAfter: number;
  lockAfter: number;
  lockSeconds: number;
}

/** The recent failures counted for one key. */
export interface FailureCount {
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

export type AttemptVerdict =
  | { refused: 'ACCOUNT_LOCKED' | 'ADDRESS_LOCKED'; until: Date }
  | { refused: null; delayMs: number };

const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 4000;

/** Delay before answering a sign-in after `failures` recent failures: doubling from the threshold on. */
export function slowdownMs(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.slowdownAfter) return 0;
  return Math.min(BASE_DELAY_MS * 2 ** (failures - policy.slowdownAfter), MAX_DELAY_MS);
}

/** When an account is locked after one more failure, or null when it is not. */
export function lockUntil(
  failuresAfterThis: number,
  policy: ThrottlePolicy,
  now: Date,
): Date | null {
  return failuresAfterThis >= policy.lockAfter
    ? new Date(now.getTime() + policy.lockSeconds * 1000)
    : null;
}

/** Failures older than a lock period no longer count. */
export function isStale(lastFailureAt: Date, policy: ThrottlePolicy, now: Date): boolean {
  return now.getTime() - lastFailureAt.getTime() > policy.lockSeconds * 1000;
}

function recentFailures(count: FailureCount | undefined, policy: ThrottlePolicy, now: Date) {
  return count && !isStale(count.lastFailureAt, policy, now) ? count.failures : 0;
}

const forgottenAt = (count: FailureCount, policy: ThrottlePolicy) =>
  count.lastFailureAt.getTime() + policy.lockSeconds * 1000;

/** Whether a sign-in attempt is refused, and otherwise how long its answer waits. */
export function judgeAttempt(
  account: FailureCount | undefined,
  address: FailureCount | undefined,
  policy: ThrottlePolicy,
  now: Date,
): AttemptVerdict {
  if (account?.lockedUntil && account.lockedUntil > now) {
    return { refused: 'ACCOUNT_LOCKED', until: account.lockedUntil };
  }
  const ownFailures = recentFailures(account, policy, now);
  const addressFailures = recentFailures(address, policy, now);
  if (ownFailures > 0 && addressFailures >= policy.lockAfter) {
    const until = Math.min(forgottenAt(account!, policy), forgottenAt(address!, policy));
    return { refused: 'ADDRESS_LOCKED', until: new Date(until) };
  }
  return { refused: null, delayMs: slowdownMs(Math.max(ownFailures, addressFailures), policy) };
}
