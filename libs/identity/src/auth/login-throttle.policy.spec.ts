import {
  FailureCount,
  isStale,
  judgeAttempt,
  lockUntil,
  slowdownMs,
} from './login-throttle.policy';

const policy = { slowdownAfter: 3, lockAfter: 5, lockSeconds: 300 };
const now = new Date('2026-01-10T10:00:00Z');

describe('login throttle policy', () => {
  it('answers at once for the first failures', () => {
    expect(slowdownMs(0, policy)).toBe(0);
    expect(slowdownMs(2, policy)).toBe(0);
  });

  it('slows down, doubling, then caps', () => {
    expect(slowdownMs(3, policy)).toBe(250);
    expect(slowdownMs(4, policy)).toBe(500);
    expect(slowdownMs(20, policy)).toBe(4000);
  });

  it('locks at the threshold for the lock period', () => {
    expect(lockUntil(4, policy, now)).toBeNull();
    expect(lockUntil(5, policy, now)).toEqual(new Date('2026-01-10T10:05:00Z'));
  });

  it('forgets failures older than the lock period', () => {
    expect(isStale(new Date('2026-01-10T09:54:00Z'), policy, now)).toBe(true);
    expect(isStale(new Date('2026-01-10T09:56:00Z'), policy, now)).toBe(false);
  });
});

describe('judging a sign-in attempt', () => {
  const failed = (failures: number, at = now): FailureCount => ({
    failures,
    lastFailureAt: at,
    lockedUntil: null,
  });

  it('refuses a locked account, whatever the address', () => {
    const locked = { ...failed(5), lockedUntil: new Date('2026-01-10T10:04:00Z') };
    expect(judgeAttempt(locked, undefined, policy, now)).toEqual({
      refused: 'ACCOUNT_LOCKED',
      until: locked.lockedUntil,
    });
  });

  it('never refuses an account without failures of its own, however many the address has', () => {
    expect(judgeAttempt(undefined, failed(40), policy, now)).toEqual({
      refused: null,
      delayMs: 4000,
    });
  });

  it('refuses, from a busy address, an account that already failed, until either count is forgotten', () => {
    const account = failed(1, new Date('2026-01-10T09:58:00Z'));
    expect(judgeAttempt(account, failed(5), policy, now)).toEqual({
      refused: 'ADDRESS_LOCKED',
      until: new Date('2026-01-10T10:03:00Z'),
    });
    expect(judgeAttempt(account, failed(4), policy, now)).toEqual({ refused: null, delayMs: 500 });
  });

  it('slows down by the larger of the two recent counts, ignoring stale ones', () => {
    expect(judgeAttempt(failed(3), failed(1), policy, now)).toEqual({
      refused: null,
      delayMs: 250,
    });
    const stale = failed(9, new Date('2026-01-10T09:50:00Z'));
    expect(judgeAttempt(failed(1), stale, policy, now)).toEqual({ refused: null, delayMs: 0 });
  });
});
