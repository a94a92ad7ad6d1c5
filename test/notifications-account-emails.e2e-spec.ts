import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { NotificationKind } from '@chn/notifications';
import { SmtpSink, TestApp, waitUntil } from '@chn/testing';
import {
  AppWithMail,
  emailOf,
  matchParties,
  PROPOSE,
  proposeVariables,
} from './notifications.fixtures';

const PREFERENCES = `{ notificationPreferences { kind email } }`;
const SET_PREFERENCE = `mutation ($kind: NotificationKind!, $email: Boolean!) {
  setNotificationPreference(kind: $kind, email: $email) { kind email }
}`;
const RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const INVITE = `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }`;
const STOP_LINK = 'To stop these emails';

describe('account emails (e2e)', () => {
  let app: AppWithMail;
  let t: TestApp;
  let sink: SmtpSink;
  let db: DataSource;
  let hubId: string;

  /** Turns every kind of email off for the address, as unsubscribe links once could. */
  const optOutOfEverything = (email: string) =>
    db.query(
      `INSERT INTO notification_preferences (email, kind, email_enabled)
       SELECT lower($1), kind, false FROM unnest($2::text[]) AS kind`,
      [email, Object.values(NotificationKind)],
    );

  beforeAll(async () => {
    app = await AppWithMail.start();
    ({ t, sink } = app);
    db = t.get(DataSource);
    hubId = (await t.createHub('ACE', 'Knowsley Careers Hub')).id;
  });
  afterAll(() => app.stop());

  it('sends a password reset to an address opted out of every email, without a way to stop it', async () => {
    const user = await t.signedIn(Role.HUB_STAFF, hubId, 'opted.out@example.test');
    await optOutOfEverything('opted.out@example.test');

    await t.client.ok(RESET, { email: 'opted.out@example.test' });
    const reset = await waitUntil(
      () => sink.to('opted.out@example.test').find((m) => /password/i.test(m.subject)),
      'the reset email reaches the opted-out address',
    );
    expect(reset.text).toMatch(/\/console\/reset-password\?token=/);
    expect(reset.text).not.toContain(STOP_LINK);
    expect(reset.text).not.toContain('/notifications/unsubscribe');
    expect(reset.html).not.toContain('/notifications/unsubscribe');
    expect(reset.headers['list-unsubscribe']).toBeUndefined();

    // Account emails are not a preference: not listed, and turning them off is refused.
    const { notificationPreferences } = await user.ok<{
      notificationPreferences: { kind: string }[];
    }>(PREFERENCES);
    expect(notificationPreferences.map((p) => p.kind)).not.toContain('PASSWORD_RESET');
    expect(notificationPreferences.map((p) => p.kind)).not.toContain('ACCOUNT_INVITATION');
    const refused = await user.request(SET_PREFERENCE, { kind: 'PASSWORD_RESET', email: false });
    expect(refused.errors?.[0].extensions?.reason).toBe('INVALID_INPUT');
  });

  it('sends an invitation to an address opted out of every email, without a way to stop it', async () => {
    const admin = await t.signedIn(Role.HUB_ADMIN, hubId);
    await optOutOfEverything('invited.optout@example.test');
    await admin.ok(INVITE, {
      input: { name: 'Iris Invited', email: 'invited.optout@example.test', role: 'HUB_STAFF' },
    });
    const invitation = await app.firstTo('invited.optout@example.test');
    expect(invitation.text).toMatch(/\/console\/invitation\?token=/);
    expect(invitation.text).not.toContain(STOP_LINK);
    expect(invitation.headers['list-unsubscribe']).toBeUndefined();
  });

  it('still puts the way to stop them on every other email', async () => {
    const staff = await t.signedIn(Role.HUB_STAFF, hubId);
    const parties = await matchParties(t, staff, hubId);
    await staff.ok(PROPOSE, proposeVariables(parties.adviser.adviserId, parties.institutionId));
    const adviserEmail = await emailOf(t, parties.adviser.user.userId);
    const proposal = await app.firstTo(adviserEmail);
    expect(proposal.text).toContain(`${STOP_LINK}, visit `);
    expect(proposal.html).toContain('Stop emails like this');
    expect(proposal.headers['list-unsubscribe']).toContain('/notifications/unsubscribe?token=');
  });
});
