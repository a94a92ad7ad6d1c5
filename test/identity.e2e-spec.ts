import { Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { TEST_PASSWORD, TestApp } from '@chn/testing';

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken expiresAt user { id email role lastLoginAt hub { code } } }
}`;
const ME = '{ me { id email role hubId lastLoginAt hub { code name } } }';
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id email role hubId } }`;

describe('identity (e2e)', () => {
  let t: TestApp;
  let hub: HubEntity;

  beforeAll(async () => {
    t = await TestApp.start({
      LOGIN_SLOWDOWN_AFTER: '2',
      LOGIN_LOCK_AFTER: '4',
      BOOTSTRAP_ADMIN_EMAIL: 'root@example.test',
      BOOTSTRAP_ADMIN_PASSWORD: 'bootstrap-password',
    });
    hub = await t.createHub('HUBA');
  });
  afterAll(() => t.stop());

  it('creates the bootstrap national administrator on the first start', async () => {
    const admin = await t.client.login('root@example.test', 'bootstrap-password');
    const { me } = await admin.ok<{ me: { role: string; hubId: string | null } }>(ME);
    expect(me).toMatchObject({ role: 'HUB_ADMIN', hubId: null });
  });

  it('signs in with the right password, keeps lastLoginAt, and answers me', async () => {
    const staff = await t.signedIn(Role.HUB_STAFF, hub.id, 'Julie.Roberts@Example.test');
    const { me } = await staff.ok<{
      me: { email: string; role: string; lastLoginAt: string; hub: { code: string } };
    }>(ME);
    expect(me.email).toBe('julie.roberts@example.test');
    expect(me.role).toBe('HUB_STAFF');
    expect(me.hub.code).toBe('HUBA');
    expect(Date.now() - new Date(me.lastLoginAt).getTime()).toBeLessThan(60_000);
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    await t.signedIn(Role.VIEWER, hub.id, 'viewer.same@example.test');
    const from = { 'x-forwarded-for': '198.51.100.7' };
    const wrong = await t.client.request(
      LOGIN,
      { email: 'viewer.same@example.test', password: 'not-the-password' },
      from,
    );
    const unknown = await t.client.request(
      LOGIN,
      { email: 'nobody.here@example.test', password: 'not-the-password' },
      from,
    );
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
    expect(wrong.data).toBeNull();
  });

  it('refuses me without a token, and with a forged one', async () => {
    expect(await t.client.errorCode(ME)).toBe('UNAUTHENTICATED');
    expect(await t.client.as('not.a.token').errorCode(ME)).toBe('UNAUTHENTICATED');
  });

  it('slows down, then locks an account after repeated failures, even for the right password', async () => {
    const email = 'target@example.test';
    await t.signedIn(Role.ADVISER, hub.id, email);
    const ip = { 'x-forwarded-for': '203.0.113.9' };
    for (let i = 0; i < 4; i += 1) {
      const res = await t.client.request(LOGIN, { email, password: `wrong-${i}` }, ip);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const started = Date.now();
    const locked = await t.client.request(LOGIN, { email, password: TEST_PASSWORD });
    expect(locked.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.errors?.[0].extensions?.reason).toBe('SIGN_IN_LOCKED');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('lets a hub admin create users in their hub, and no one else', async () => {
    const admin = await t.signedIn(Role.HUB_ADMIN, hub.id);
    const { createUser } = await admin.ok<{ createUser: { hubId: string; role: string } }>(
      CREATE_USER,
      {
        input: {
          email: 'new.staff@example.test',
          name: 'New Staff',
          role: 'HUB_STAFF',
          password: 'long-enough-pass',
        },
      },
    );
    expect(createUser).toMatchObject({ hubId: hub.id, role: 'HUB_STAFF' });
    await t.client.login('new.staff@example.test', 'long-enough-pass');

    const staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    const input = {
      email: 'x@example.test',
      name: 'X',
      role: 'VIEWER',
      password: 'long-enough-pass',
    };
    expect(await staff.errorCode(CREATE_USER, { input })).toBe('FORBIDDEN');
    expect(await t.client.errorCode(CREATE_USER, { input })).toBe('UNAUTHENTICATED');
  });

  it('rejects bad input with BAD_USER_INPUT naming each field, and creates nothing', async () => {
    const admin = await t.signedIn(Role.HUB_ADMIN, hub.id);
    const res = await admin.request(CREATE_USER, {
      input: { email: 'not-an-email', name: '', role: 'VIEWER', password: 'short' },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = res.errors?.[0].extensions?.fields?.map((f) => f.field).sort();
    expect(fields).toEqual(['email', 'name', 'password']);
    const list = await admin.ok<{ users: { totalCount: number } }>(
      '{ users(role: VIEWER) { totalCount } }',
    );
    expect(list.users.totalCount).toBe(1);
  });

  it('refuses a duplicate email with CONFLICT', async () => {
    const admin = await t.signedIn(Role.HUB_ADMIN, hub.id);
    const input = {
      email: 'dup@example.test',
      name: 'Dup',
      role: 'VIEWER',
      password: 'long-enough-pass',
    };
    await admin.ok(CREATE_USER, { input });
    expect(
      await admin.errorCode(CREATE_USER, { input: { ...input, email: 'DUP@example.test' } }),
    ).toBe('CONFLICT');
  });

  it('rejects an unknown enum value before any resolver runs', async () => {
    const admin = await t.signedIn(Role.HUB_ADMIN, hub.id);
    const res = await admin.request(CREATE_USER, {
      input: {
        email: 'e@example.test',
        name: 'E',
        role: 'SUPERUSER',
        password: 'long-enough-pass',
      },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
