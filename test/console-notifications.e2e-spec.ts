import { INestApplicationContext } from '@nestjs/common';
import { Role } from '@chn/core';
import { SmtpSink, TEST_PASSWORD, TestApp, waitUntil } from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import {
  emailOf,
  FAST_NOTIFICATIONS,
  matchParties,
  PROPOSE,
  proposeVariables,
} from './notifications.fixtures';
import { SignedIn } from './opportunities.fixtures';
import { ConsoleBrowser } from './support/console-browser';

const UNREAD = `{ notifications(unreadOnly: true) { totalCount } }`;
const MATCH = `query ($id: ID!) { match(id: $id) { status acceptedAt } }`;
const PREFERENCES = `{ notificationPreferences { kind email } }`;

describe('notifications and their links in the console (e2e)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let browser: ConsoleBrowser;
  let staff: SignedIn;
  let hubId: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start({ ...FAST_NOTIFICATIONS, SMTP_URL: sink.url });
    hubId = (await t.createHub('NCL', 'Wirral Careers Hub')).id;
    staff = await t.signedIn(Role.HUB_STAFF, hubId);
    worker = await createWorkerApp();
    browser = await ConsoleBrowser.launch();
  });
  afterAll(async () => {
    await browser?.close();
    await worker?.close();
    await t.stop();
    await sink.stop();
  });

  it('an adviser sees the proposal, follows the emailed link through sign-in, accepts it, and marks it read', async () => {
    const parties = await matchParties(t, staff, hubId);
    const { proposeMatch } = await staff.ok<{ proposeMatch: { id: string } }>(
      PROPOSE,
      proposeVariables(parties.adviser.adviserId, parties.institutionId),
    );
    const matchId = proposeMatch.id;
    const adviserEmail = await emailOf(t, parties.adviser.user.userId);
    const email = await waitUntil(
      () => sink.to(adviserEmail)[0],
      'the proposal email reaches the adviser',
    );
    const link = new URL(email.text.match(/Review the proposal: (\S+)/)![1]);
    expect(link.pathname).toBe(`/console/matches/${matchId}`);

    // Signed in from the console's front door: the notification waits, counted in the nav.
    const inbox = await browser.signIn(t.baseUrl, adviserEmail, TEST_PASSWORD);
    await inbox.getByRole('link', { name: /^Notifications/ }).click();
    const notification = inbox.getByTestId('notification');
    await notification.first().waitFor();
    expect(await notification.count()).toBe(1);
    expect(await notification.locator('h3').textContent()).toBe(email.subject);
    expect(await inbox.getByTestId('unread-count').textContent()).toBe('1');
    expect(await notification.getByRole('link', { name: 'Open' }).getAttribute('href')).toBe(
      `/console/matches/${matchId}`,
    );

    // The emailed link, opened signed out: sign-in first, then the match it points at.
    const fromEmail = await browser.open(t.baseUrl);
    await fromEmail.goto(`${t.baseUrl}${link.pathname}${link.search}`);
    await fromEmail.getByLabel('Email').fill(adviserEmail);
    await fromEmail.getByLabel('Password').fill(TEST_PASSWORD);
    await fromEmail.getByRole('button', { name: 'Sign in' }).click();
    const status = fromEmail.getByTestId('match-status');
    await status.waitFor();
    expect(fromEmail.url()).toBe(`${t.baseUrl}/console/matches/${matchId}`);
    expect(await status.textContent()).toBe('Proposed');
    await fromEmail
      .getByRole('button', { name: `Accept the match with ${parties.institutionName}` })
      .click();
    await fromEmail.getByTestId('match-status').getByText('Active').waitFor();
    const { match } = await parties.adviser.user.ok<{
      match: { status: string; acceptedAt: string | null };
    }>(MATCH, { id: matchId });
    expect(match.status).toBe('ACTIVE');
    expect(match.acceptedAt).not.toBeNull();
    await fromEmail.close();

    await notification.getByRole('button', { name: 'Mark read' }).click();
    await inbox.getByTestId('unread-count').waitFor({ state: 'detached' });
    expect(await notification.getByRole('button', { name: 'Mark read' }).count()).toBe(0);
    const unread = await parties.adviser.user.ok<{ notifications: { totalCount: number } }>(UNREAD);
    expect(unread.notifications.totalCount).toBe(0);

    // Email about proposals turned off from the same page.
    await inbox.getByRole('checkbox', { name: 'Proposed matches' }).uncheck();
    await waitUntil(async () => {
      const { notificationPreferences } = await parties.adviser.user.ok<{
        notificationPreferences: { kind: string; email: boolean }[];
      }>(PREFERENCES);
      return notificationPreferences.find((p) => p.kind === 'MATCH_PROPOSED')?.email === false;
    }, 'the preference is saved');
    await browser.screenshot(inbox, 'console-notifications');
    await inbox.close();
  });
});
