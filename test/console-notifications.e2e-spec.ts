import { Role } from '@chn/core';
import { TEST_PASSWORD, waitUntil } from '@chn/testing';
import { emailOf, matchParties, PROPOSE, proposeVariables } from './notifications.fixtures';
import {
  createEmployer,
  employerUser,
  ledInstitution,
  opportunityInput,
  publishedOpportunity,
  REQUEST_PLACES,
  SignedIn,
} from './opportunities.fixtures';
import { consoleApp } from './support/console-app';
import { expectAccessible } from './support/console-browser';

const UNREAD = `{ notifications(unreadOnly: true) { totalCount } }`;
const MATCH = `query ($id: ID!) { match(id: $id) { status acceptedAt } }`;
const BOOKING = `query ($id: ID!) { booking(id: $id) { status confirmedAt } }`;
const PREFERENCES = `{ notificationPreferences { kind email } }`;

describe('notifications and their links in the console (e2e)', () => {
  const app = consoleApp({ mail: true });
  let staff: SignedIn;
  let hubId: string;

  beforeAll(async () => {
    hubId = (await app.t.createHub('NCL', 'Wirral Careers Hub')).id;
    staff = await app.t.signedIn(Role.HUB_STAFF, hubId);
  });

  it('an adviser sees the proposal, follows the emailed link through sign-in, accepts it, and marks it read', async () => {
    const parties = await matchParties(app.t, staff, hubId);
    const { proposeMatch } = await staff.ok<{ proposeMatch: { id: string } }>(
      PROPOSE,
      proposeVariables(parties.adviser.adviserId, parties.institutionId),
    );
    const matchId = proposeMatch.id;
    const adviserEmail = await emailOf(app.t, parties.adviser.user.userId);
    const email = await waitUntil(
      () => app.sink.to(adviserEmail)[0],
      'the proposal email reaches the adviser',
    );
    const link = new URL(email.text.match(/Review the proposal: (\S+)/)![1]);
    expect(link.pathname).toBe(`/console/matches/${matchId}`);

    // Signed in from the console's front door: the notification waits, counted in the nav.
    const inbox = await app.browser.signIn(app.t.baseUrl, adviserEmail, TEST_PASSWORD);
    await inbox.getByRole('link', { name: /^Notifications/ }).click();
    const notification = inbox.getByTestId('notification');
    await notification.first().waitFor();
    expect(await notification.count()).toBe(1);
    await expectAccessible(inbox, 'notifications');
    expect(await notification.locator('h3').textContent()).toBe(email.subject);
    // The app shows the message itself; the greeting, link and unsubscribe footer are the email's.
    expect(await notification.locator('.notification-body').textContent()).toBe(
      `Wirral Careers Hub has proposed ${parties.adviser.name} as Enterprise Adviser to ${parties.institutionName}.\n\nThe adviser can accept or decline the proposal.`,
    );
    expect(await inbox.getByTestId('unread-count').textContent()).toBe('1');
    expect(await notification.getByRole('link', { name: 'Open' }).getAttribute('href')).toBe(
      `/console/matches/${matchId}`,
    );

    // The emailed link, opened signed out: sign-in first, then the match it points at.
    const fromEmail = await app.browser.open(app.t.baseUrl);
    await fromEmail.goto(`${app.t.baseUrl}${link.pathname}${link.search}`);
    await fromEmail.getByLabel('Email').fill(adviserEmail);
    await fromEmail.getByLabel('Password').fill(TEST_PASSWORD);
    await fromEmail.getByRole('button', { name: 'Sign in' }).click();
    const status = fromEmail.getByTestId('match-status');
    await status.waitFor();
    expect(fromEmail.url()).toBe(`${app.t.baseUrl}/console/matches/${matchId}`);
    expect(await status.textContent()).toBe('Proposed');
    await expectAccessible(fromEmail, 'match');
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
    // The list refetches after the badge does: wait for the item to show it was read.
    await notification.getByRole('button', { name: 'Mark read' }).waitFor({ state: 'detached' });
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
    await app.browser.screenshot(inbox, 'console-notifications');
    await inbox.close();
  });

  it('an employer follows the emailed booking request to the booking and confirms it', async () => {
    const employerId = await createEmployer(app.t, hubId, 'Birkenhead Robotics Ltd');
    const employer = await employerUser(app.t, hubId, employerId);
    const school = await ledInstitution(app.t, hubId, { name: 'Wallasey School' });
    const opportunityId = await publishedOpportunity(staff, opportunityInput({ employerId }));
    const { requestPlaces } = await school.leader.ok<{ requestPlaces: { id: string } }>(
      REQUEST_PLACES,
      {
        input: {
          opportunityId,
          institutionId: school.institutionId,
          places: 2,
          fsmPlaces: 1,
          yearGroup: 10,
        },
      },
    );
    const employerEmail = await emailOf(app.t, employer.userId);
    const email = await waitUntil(
      () => app.sink.to(employerEmail).find((m) => m.subject.startsWith('Booking request')),
      'the booking request reaches the employer',
    );
    const link = new URL(email!.text.match(/Answer the booking: (\S+)/)![1]);
    expect(link.pathname).toBe(`/console/bookings/${requestPlaces.id}`);

    const page = await app.browser.open(app.t.baseUrl);
    await page.goto(`${app.t.baseUrl}${link.pathname}`);
    await page.getByLabel('Email').fill(employerEmail);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const status = page.getByTestId('booking-status');
    await status.waitFor();
    expect(await status.textContent()).toBe('Requested');
    await expectAccessible(page, 'booking');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Studio visit: Wallasey School',
    );
    await page.getByRole('button', { name: 'Confirm the booking' }).click();
    await status.getByText('Confirmed').waitFor();
    const { booking } = await employer.ok<{
      booking: { status: string; confirmedAt: string | null };
    }>(BOOKING, { id: requestPlaces.id });
    expect(booking.status).toBe('CONFIRMED');
    expect(booking.confirmedAt).not.toBeNull();
    await page.close();
  });
});
