import { DomainError } from '../errors';
import { Actor } from './actor';
import { canReadHub, hubForWrite, readableHubs } from './hub-scope';
import { Role } from './role';

const national: Actor = { userId: 'n', role: Role.HUB_ADMIN, hubId: null };
const staffA: Actor = { userId: 's', role: Role.HUB_STAFF, hubId: 'hub-a' };
const orphan: Actor = { userId: 'o', role: Role.HUB_STAFF, hubId: null };

describe('hub scope', () => {
  it('lets a national administrator read every hub or one', () => {
    expect(readableHubs(national)).toBeNull();
    expect(readableHubs(national, 'hub-b')).toEqual(['hub-b']);
    expect(canReadHub(national, 'hub-b')).toBe(true);
  });

  it('keeps hub users to their own hub', () => {
    expect(readableHubs(staffA)).toEqual(['hub-a']);
    expect(() => readableHubs(staffA, 'hub-b')).toThrow(DomainError);
    expect(canReadHub(staffA, 'hub-b')).toBe(false);
  });

  it('refuses a non-admin with no hub', () => {
    expect(() => readableHubs(orphan)).toThrow(DomainError);
    expect(() => hubForWrite(orphan)).toThrow(DomainError);
  });

  it('writes into the actor hub, and makes a national administrator name one', () => {
    expect(hubForWrite(staffA)).toBe('hub-a');
    expect(() => hubForWrite(staffA, 'hub-b')).toThrow(DomainError);
    expect(() => hubForWrite(national)).toThrow(DomainError);
    expect(hubForWrite(national, 'hub-b')).toBe('hub-b');
  });
});
