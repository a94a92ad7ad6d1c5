import { MembershipStatus } from '../entities/employer.enums';
import { defaultRenewal, nextMembershipStatus, renewalBase } from './membership-transitions';

const { PENDING, ACTIVE, LAPSED, WITHDRAWN } = MembershipStatus;

describe('membership lifecycle', () => {
  it.each([
    [PENDING, 'approve', ACTIVE],
    [ACTIVE, 'lapse', LAPSED],
    [ACTIVE, 'withdraw', WITHDRAWN],
    [PENDING, 'withdraw', WITHDRAWN],
    [ACTIVE, 'renew', ACTIVE],
    [LAPSED, 'renew', ACTIVE],
    [PENDING, 'decline', WITHDRAWN],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(nextMembershipStatus(from, action)).toBe(to);
  });

  it.each([
    [ACTIVE, 'approve'],
    [LAPSED, 'approve'],
    [PENDING, 'lapse'],
    [WITHDRAWN, 'lapse'],
    [LAPSED, 'withdraw'],
    [WITHDRAWN, 'withdraw'],
    [PENDING, 'renew'],
    [WITHDRAWN, 'renew'],
    [ACTIVE, 'decline'],
    [LAPSED, 'decline'],
  ] as const)('refuses %s --%s-->', (from, action) => {
    expect(nextMembershipStatus(from, action)).toBeNull();
  });

  it('renews a year after joining, leap days included', () => {
    expect(defaultRenewal('2025-09-01')).toBe('2026-09-01');
    expect(defaultRenewal('2024-02-29')).toBe('2025-03-01');
  });

  it('renews from the renewal date while it is ahead, else from today', () => {
    expect(renewalBase('2026-09-01', '2026-03-01')).toBe('2026-09-01');
    expect(renewalBase('2026-01-01', '2026-03-01')).toBe('2026-03-01');
    expect(renewalBase('2026-03-01', '2026-03-01')).toBe('2026-03-01');
    expect(renewalBase(null, '2026-03-01')).toBe('2026-03-01');
  });
});
