/** Sign-in throttling as pure rules: how long to slow down, and when to lock. */
export interface ThrottlePolicy {
  slowdownAfter: number;
  lockAfter: number;
  lockSeconds: number;
}

const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 4000;

/** Delay before answering a sign-in after `failures` recent failures: doubling from the threshold on. */
export function slowdownMs(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.slowdownAfter) return 0;
  return Math.min(BASE_DELAY_MS * 2 ** (failures - policy.slowdownAfter), MAX_DELAY_MS);
}

/** When a key is locked after one more failure, or null when it is not. */
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
