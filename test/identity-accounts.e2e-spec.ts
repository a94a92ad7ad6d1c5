import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { GraphqlClient, SmtpSink, TEST_PASSWORD, TestApp } from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import { createEmployer, employerUser } from './opportunities.fixtures';
import { emailsAbout, FAST_NOTIFICATIONS, untilEmailsSettled } from './notifications.fixtures';

const INVITE = `mutation ($input: InviteUserInput!) {
  inviteUser(input: $input) { id email role hubId hasPassword deactivatedAt }
}`;
const ACCEPT = `mutation ($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password) { accessToken user { id email } }
}`;
const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation ($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password) { accessToken user { id } }
}`;
const CHANGE_PASSWORD = `mutation ($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { accessToken }
}`;
const SIGN_OUT_EVERYWHERE = `mutation { signOutEverywhere }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivateUser(id: $id) { id deactivatedAt } }`;
const REACTIVATE = `mutation ($id: ID!) { reactivateUser(id: $id) { id deactivatedAt } }`;
const CHANGE_ROLE = `mutation ($id: ID!, $role: Role!) { changeUserRole(id: $id, role: $role) { id role } }`;
const ME = '{ me { id email role } }';

const NEW_PASSWORD = 'a-brand-new-password';

const reason = async (client: GraphqlClient, query: string, variables = {}) => {
  const res = await client.request(query, variables);
  return res.errors?.[0]?.extensions?.reason;
};

describe('identity: invitations, resets and account changes (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let hubId: string;
  let otherHubId: string;
  let admin: GraphqlClient & { userId: string };

  /** The one-time token in the link of the last email sent to `email` about `userId`. */
  const emailedToken = async (email: string, userId: string): Promise<string> => {
    await untilEmailsSettled(t, emailsAbout(userId));
    const mails = sink.to(email);
    const match = /token=([A-Za-z0-9_-]+)/.exec(mails[mails.length - 1]?.text ?? '');
    if (!match) throw new Error(`no link emailed to ${email}`);
    return match[1];
  };

  const invite = async (email: string, role = Role.HUB_STAFF) => {
    const { inviteUser } = await admin.ok<{
      inviteUser: { id: string; hasPassword: boolean; hubId: string };
    }>(INVITE, { input: { email, name: 'Invited Person', role } });
    return inviteUser;
  };

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start({ ...FAST_NOTIFICATIONS, SMTP_URL: sink.url, LOGIN_LOCK_AFTER: '3' });
    db = t.get(DataSource);
    hubId = (await t.createHub('IDA')).id;
    otherHubId = (await t.createHub('IDB')).id;
    admin = await t.signedIn(Role.HUB_ADMIN, hubId);
    worker = await createWorkerApp();
  });
  afterAll(async () => {
    await worker?.close();
    await t.stop();
    await sink.stop();
  });

  it('invites a user who sets a password from the emailed link, once, and signs in', async () => {
    const user = await invite('new.starter@example.test');
    expect(user).toMatchObject({ hasPassword: false, hubId });
    expect(await reason(t.client, ME)).toBe('UNAUTHENTICATED');
    await expect(t.client.login('new.starter@example.test', 'anything-at-all')).rejects.toThrow(
      'INVALID_CREDENTIALS',
    );

    const token = await emailedToken('new.starter@example.test', user.id);
    const [mail] = sink.to('new.starter@example.test');
    expect(mail.text).toContain('/console/invitation?token=');
    const [stored] = (await db.query(
      `SELECT token_hash, expires_at FROM user_tokens WHERE user_id = $1`,
      [user.id],
    )) as { token_hash: string; expires_at: Date }[];
    expect(stored.token_hash).not.toContain(token);
    const days = (stored.expires_at.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);

    const { acceptInvitation } = await t.client.ok<{
      acceptInvitation: { accessToken: string; user: { id: string } };
    }>(ACCEPT, { token, password: NEW_PASSWORD });
    expect(acceptInvitation.user.id).toBe(user.id);
    const { me } = await t.client.as(acceptInvitation.accessToken).ok<{ me: { id: string } }>(ME);
    expect(me.id).toBe(user.id);
    await t.client.login('new.starter@example.test', NEW_PASSWORD);

    expect(await reason(t.client, ACCEPT, { token, password: 'another-password-1' })).toBe(
      'INVALID_LINK',
    );
  });

  it('refuses an expired invitation link and a password that is too short', async () => {
    const user = await invite('late.starter@example.test');
    const token = await emailedToken('late.starter@example.test', user.id);
    expect(await reason(t.client, ACCEPT, { token, password: 'short' })).toBe('INVALID_INPUT');
    await db.query(
      `UPDATE user_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [user.id],
    );
    expect(await reason(t.client, ACCEPT, { token, password: NEW_PASSWORD })).toBe('INVALID_LINK');
  });

  it('answers a reset request for an unknown email the same and sends nothing', async () => {
    const before = sink.messages.length;
    const res = await t.client.request(REQUEST_RESET, { email: 'nobody.known@example.test' });
    expect(res).toMatchObject({ data: { requestPasswordReset: true } });
    expect(res.errors).toBeUndefined();
    const [{ count }] = (await db.query(
      `SELECT count(*)::int AS count FROM domain_events WHERE type = 'user.password_reset_requested'`,
    )) as { count: number }[];
    expect(count).toBe(0);
    expect(sink.messages.length).toBe(before);
  });

  it('resets a password from a one-time link, signing out the old sessions', async () => {
    const person = await t.signedIn(Role.HUB_STAFF, hubId, 'forgetful@example.test');
    const res = await t.client.request(REQUEST_RESET, { email: 'Forgetful@example.test' });
    expect(res).toMatchObject({ data: { requestPasswordReset: true } });
    const token = await emailedToken('forgetful@example.test', person.userId);
    expect(sink.to('forgetful@example.test').at(-1)?.text).toContain(
      '/console/reset-password?token=',
    );

    await t.client.ok(RESET, { token, password: NEW_PASSWORD });
    expect(await reason(person, ME)).toBe('INVALID_TOKEN');
    await expect(t.client.login('forgetful@example.test', TEST_PASSWORD)).rejects.toThrow();
    await t.client.login('forgetful@example.test', NEW_PASSWORD);
    expect(await reason(t.client, RESET, { token, password: 'yet-another-password' })).toBe(
      'INVALID_LINK',
    );
  });

  it('throttles reset requests per email like sign-in, from wherever they come', async () => {
    const from = (i: number) => ({ 'x-forwarded-for': `198.51.100.${i}` });
    for (let i = 1; i <= 3; i++) {
      const res = await t.client.request(REQUEST_RESET, { email: 'flooded@example.test' }, from(i));
      expect(res.data).toEqual({ requestPasswordReset: true });
    }
    const res = await t.client.request(REQUEST_RESET, { email: 'flooded@example.test' }, from(4));
    expect(res.errors?.[0]?.extensions?.reason).toBe('SIGN_IN_LOCKED');
  });

  it('changes a password given the current one, and signs out other sessions', async () => {
    const person = await t.signedIn(Role.VIEWER, hubId, 'changer@example.test');
    const elsewhere = await t.client.login('changer@example.test', TEST_PASSWORD);
    expect(
      await reason(person, CHANGE_PASSWORD, {
        currentPassword: 'not-my-password',
        newPassword: NEW_PASSWORD,
      }),
    ).toBe('WRONG_PASSWORD');
    const { changePassword } = await person.ok<{ changePassword: { accessToken: string } }>(
      CHANGE_PASSWORD,
      { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
    );
    expect(await reason(elsewhere, ME)).toBe('INVALID_TOKEN');
    await t.client.as(changePassword.accessToken).ok(ME);
    await t.client.login('changer@example.test', NEW_PASSWORD);
  });

  it('deactivation stops an existing token at once; reactivation lets the user in again', async () => {
    const person = await t.signedIn(Role.HUB_STAFF, hubId, 'leaver@example.test');
    await person.ok(ME);
    await admin.ok(DEACTIVATE, { id: person.userId });
    expect(await reason(person, ME)).toBe('ACCOUNT_DEACTIVATED');
    const res = await t.client.request(
      `mutation { login(email: "leaver@example.test", password: "${TEST_PASSWORD}") { accessToken } }`,
    );
    expect(res.errors?.[0]?.extensions?.reason).toBe('ACCOUNT_DEACTIVATED');
    await admin.ok(REACTIVATE, { id: person.userId });
    await person.ok(ME);
    expect(await reason(admin, DEACTIVATE, { id: admin.userId })).toBe('CANNOT_CHANGE_OWN_ACCOUNT');
  });

  it('refuses the API keys a deactivated user made, and accepts them again on reactivation', async () => {
    const employerId = await createEmployer(t, hubId, 'Keyed Co');
    const contact = await employerUser(t, hubId, employerId);
    const { createApiKey } = await contact.ok<{ createApiKey: { secret: string } }>(
      'mutation { createApiKey(name: "Website") { secret } }',
    );
    const byKey = () => t.client.request('{ me { id } }', {}, { 'x-api-key': createApiKey.secret });
    expect((await byKey()).data).toEqual({ me: { id: contact.userId } });
    await admin.ok(DEACTIVATE, { id: contact.userId });
    expect((await byKey()).errors?.[0]?.extensions?.reason).toBe('INVALID_API_KEY');
    await admin.ok(REACTIVATE, { id: contact.userId });
    expect((await byKey()).data).toEqual({ me: { id: contact.userId } });
  });

  it('signOutEverywhere invalidates every token issued before it', async () => {
    const person = await t.signedIn(Role.HUB_STAFF, hubId, 'everywhere@example.test');
    const second = await t.client.login('everywhere@example.test', TEST_PASSWORD);
    await person.ok(SIGN_OUT_EVERYWHERE);
    expect(await reason(person, ME)).toBe('INVALID_TOKEN');
    expect(await reason(second, ME)).toBe('INVALID_TOKEN');
    const fresh = await t.client.login('everywhere@example.test', TEST_PASSWORD);
    await fresh.ok(ME);
  });

  it("audits a role change as 'role_changed'", async () => {
    const person = await t.signedIn(Role.VIEWER, hubId);
    const { changeUserRole } = await admin.ok<{ changeUserRole: { role: string } }>(CHANGE_ROLE, {
      id: person.userId,
      role: Role.HUB_STAFF,
    });
    expect(changeUserRole.role).toBe('HUB_STAFF');
    const audits = (await db.query(
      `SELECT action, changes FROM audit_log WHERE entity_id = $1 AND action = 'role_changed'`,
      [person.userId],
    )) as { action: string; changes: Record<string, unknown> }[];
    expect(audits).toHaveLength(1);
    expect(JSON.stringify(audits[0].changes)).toContain('HUB_STAFF');
    const { me } = await person.ok<{ me: { role: string } }>(ME);
    expect(me.role).toBe('HUB_STAFF');
  });

  it('keeps hub admins to their own hub', async () => {
    expect(
      await reason(admin, INVITE, {
        input: {
          email: 'elsewhere@example.test',
          name: 'X',
          role: Role.HUB_STAFF,
          hubId: otherHubId,
        },
      }),
    ).toBe('OTHER_HUB');
    const stranger = await t.signedIn(Role.HUB_STAFF, otherHubId);
    expect(await reason(admin, DEACTIVATE, { id: stranger.userId })).toBe('USER_NOT_FOUND');
    expect(await reason(admin, CHANGE_ROLE, { id: stranger.userId, role: Role.VIEWER })).toBe(
      'USER_NOT_FOUND',
    );
    await stranger.ok(ME);
    const staff = await t.signedIn(Role.HUB_STAFF, hubId);
    expect(
      await reason(staff, INVITE, {
        input: { email: 'y@example.test', name: 'Y', role: Role.VIEWER },
      }),
    ).toBe('ROLE_NOT_ALLOWED');
    const [{ count }] = (await db.query(
      `SELECT count(*)::int AS count FROM users WHERE email IN ('elsewhere@example.test', 'y@example.test')`,
    )) as { count: number }[];
    expect(count).toBe(0);
  });
});
