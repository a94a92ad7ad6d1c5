import { isStale, lockUntil, slowdownMs } from './login-throttle.policy';

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
