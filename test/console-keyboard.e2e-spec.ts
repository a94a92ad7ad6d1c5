/// <reference lib="dom" />
import { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { TEST_PASSWORD } from '@chn/testing';
import { emailOf, matchParties, PROPOSE, proposeVariables } from './notifications.fixtures';
import {
  createEmployer,
  daysFromToday,
  employerUser,
  ledInstitution,
  opportunityInput,
  publishedOpportunity,
  REQUEST_PLACES,
  SignedIn,
} from './opportunities.fixtures';
import { consoleApp } from './support/console-app';
import { expectAccessible } from './support/console-browser';
import {
  expectFocusKept,
  expectVisibleFocus,
  fillByKeyboard,
  focusedName,
  signInByKeyboard,
  tabTo,
  typeHere,
} from './support/console-keyboard';

/** Tabs to the control named `name`, checks its focus shows, and presses `key` on it. */
async function press(page: Page, name: string | RegExp, key: 'Enter' | 'Space' = 'Enter') {
  await tabTo(page, name);
  await expectVisibleFocus(page);
  await page.keyboard.press(key);
}

/** Types an ISO date into the focused date field, segment by segment (en-US: month first). */
async function typeDate(page: Page, iso: string) {
  const [year, month, day] = iso.split('-');
  await page.keyboard.type(`${month}${day}${year}`);
}

describe('every role’s main task with the keyboard alone (e2e)', () => {
  const app = consoleApp({ mail: true });
  let staff: SignedIn;
  let hubId: string;

  beforeAll(async () => {
    hubId = (await app.t.createHub('KBD', 'Wirral Careers Hub')).id;
    staff = await app.t.signedIn(Role.HUB_STAFF, hubId);
  });

  it('a careers leader requests places', async () => {
    const employer = await employerUser(
      app.t,
      hubId,
      await createEmployer(app.t, hubId, 'Birkenhead Docks'),
    );
    await publishedOpportunity(
      employer,
      opportunityInput({ title: 'Dock tour', yearGroups: [9, 10] }),
    );
    const { leader } = await ledInstitution(app.t, hubId, { name: 'Wallasey School' });

    const page = await app.browser.open(app.t.baseUrl);
    await signInByKeyboard(page, await emailOf(app.t, leader.userId), TEST_PASSWORD);
    await page.getByTestId('open-opportunities').waitFor();
    await press(page, 'Request places on Dock tour');
    // The form opens where the button was, with focus on its first field.
    expect(await focusedName(page)).toBe('Year group');
    await fillByKeyboard(page, 'Pupils', '3');
    await fillByKeyboard(page, 'Of whom on free school meals', '1');
    // Back to the year group, and the arrow key picks the next one.
    await tabTo(page, 'Year group', { backwards: true });
    await page.keyboard.press('ArrowDown');
    await press(page, 'Send request');

    const booking = page
      .getByTestId('my-bookings')
      .getByRole('row')
      .filter({ hasText: 'Dock tour' });
    await booking.waitFor();
    expect(await booking.textContent()).toContain('Requested');
    const [requested] = await app.t
      .get(DataSource)
      .query(
        'SELECT year_group, places, fsm_places FROM bookings ORDER BY created_at DESC LIMIT 1',
      );
    expect(requested).toEqual({ year_group: 10, places: 3, fsm_places: 1 });
    await expectFocusKept(page);
    await expectAccessible(page, 'careers leader after a keyboard request');
    await app.browser.screenshot(page, 'keyboard-careers-leader');
    await page.close();
  });

  it('an employer creates and publishes an opportunity, then confirms a booking', async () => {
    const employerId = await createEmployer(app.t, hubId, 'Cammell Shipbuilders');
    const employer = await employerUser(app.t, hubId, employerId);
    const page = await app.browser.open(app.t.baseUrl);
    await signInByKeyboard(page, await emailOf(app.t, employer.userId), TEST_PASSWORD);
    await page.getByRole('heading', { name: 'Cammell Shipbuilders' }).waitFor();

    await press(page, 'New opportunity');
    expect(await focusedName(page)).toBe('Title');
    await typeHere(page, 'Shipyard welding taster');
    await fillByKeyboard(page, 'Description', 'Try a welding simulator with our apprentices.');
    await tabTo(page, 'Tier');
    await page.keyboard.press('ArrowDown');
    await fillByKeyboard(page, 'Sector', 'Engineering');
    await tabTo(page, 'Year 11');
    await page.keyboard.press('Space');
    await tabTo(page, 'First day');
    await typeDate(page, daysFromToday(25));
    await tabTo(page, 'Last day');
    await typeDate(page, daysFromToday(25));
    await fillByKeyboard(page, 'Places', '8');
    await tabTo(page, 'Performs a task set by the employer or produces work');
    await page.keyboard.press('Space');
    await press(page, 'Save as draft');

    const row = page
      .getByTestId('my-opportunities')
      .getByRole('row')
      .filter({ hasText: 'Shipyard welding taster' });
    await row.getByTestId('opportunity-status').getByText('Draft').waitFor();
    await expectFocusKept(page);
    const opportunityId = (await row.getAttribute('data-opportunity-id'))!;
    const [saved] = await app.t
      .get(DataSource)
      .query(
        'SELECT tier, year_groups, total_places, starts_on::text FROM opportunities WHERE id = $1',
        [opportunityId],
      );
    expect(saved).toEqual({
      tier: 'T2',
      year_groups: [11],
      total_places: 8,
      starts_on: daysFromToday(25),
    });

    await press(page, 'Publish Shipyard welding taster');
    await row.getByTestId('opportunity-status').getByText('Published').waitFor();
    await expectFocusKept(page);

    const school = await ledInstitution(app.t, hubId, { name: 'Rock Ferry High' });
    await school.leader.ok(REQUEST_PLACES, {
      input: {
        opportunityId,
        institutionId: school.institutionId,
        places: 2,
        fsmPlaces: 0,
        yearGroup: 11,
      },
    });
    await page.reload();
    await press(page, 'Confirm the booking of Rock Ferry High on Shipyard welding taster', 'Space');
    await page
      .getByTestId('bookings-confirmed')
      .getByRole('row')
      .filter({ hasText: 'Rock Ferry High' })
      .getByTestId('booking-status')
      .getByText('Confirmed')
      .waitFor();
    await expectFocusKept(page);
    await expectAccessible(page, 'employer after keyboard work');
    await app.browser.screenshot(page, 'keyboard-employer');
    await page.close();
  });

  it('an adviser accepts a proposal', async () => {
    const parties = await matchParties(app.t, staff, hubId);
    await staff.ok(PROPOSE, proposeVariables(parties.adviser.adviserId, parties.institutionId));
    const page = await app.browser.open(app.t.baseUrl);
    await signInByKeyboard(page, await emailOf(app.t, parties.adviser.user.userId), TEST_PASSWORD);
    await page.getByRole('heading', { name: 'Proposals to answer' }).waitFor();

    await press(page, `Accept the match with ${parties.institutionName}`, 'Space');
    await page
      .getByTestId('matches-active')
      .getByRole('row')
      .filter({ hasText: parties.institutionName })
      .waitFor();
    await expectFocusKept(page);
    await expectAccessible(page, 'adviser after a keyboard acceptance');
    await page.close();
  });

  it('a hub admin invites a user, who sets a password from the emailed link and signs in', async () => {
    const admin = await app.t.signedIn(Role.HUB_ADMIN, hubId);
    const page = await app.browser.open(app.t.baseUrl);
    await signInByKeyboard(page, await emailOf(app.t, admin.userId), TEST_PASSWORD);
    await press(page, 'Users');
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await fillByKeyboard(page, 'Name', 'Kofi Mensah');
    await fillByKeyboard(page, 'Email', 'kofi.mensah@example.test');
    await tabTo(page, 'Role');
    await page.keyboard.press('ArrowDown');
    const role = await page.evaluate(() => (document.activeElement as HTMLSelectElement).value);
    await press(page, 'Send invitation');
    await page.getByText('Invitation sent to kofi.mensah@example.test.').waitFor();
    await expectFocusKept(page);
    const [invited] = await app.t
      .get(DataSource)
      .query('SELECT role, hub_id FROM users WHERE email = $1', ['kofi.mensah@example.test']);
    expect(invited).toEqual({ role, hub_id: hubId });
    await expectAccessible(page, 'users after a keyboard invitation');

    const email = await app.mail.firstTo('kofi.mensah@example.test');
    const link = email.text.match(/Choose your password: (\S+)/)![1];
    const invitedPage = await app.browser.visit(link.replace(/^https?:\/\/[^/]+/, app.t.baseUrl));
    await fillByKeyboard(invitedPage, 'New password (at least 10 characters)', 'kofi-picks-this');
    await expectVisibleFocus(invitedPage);
    await fillByKeyboard(invitedPage, 'Type it again', 'kofi-picks-this');
    await invitedPage.keyboard.press('Enter');
    await invitedPage.getByTestId('signed-in-as').waitFor();
    expect(await invitedPage.getByTestId('signed-in-as').textContent()).toMatch(/^Kofi Mensah /);
    await expectAccessible(invitedPage, 'invited user signed in by keyboard');
    await invitedPage.close();
    await page.close();
  });

  it('a national administrator picks a hub in the header and sees its overview', async () => {
    const national = await app.t.signedIn(Role.HUB_ADMIN, null);
    const page = await app.browser.open(app.t.baseUrl);
    await signInByKeyboard(page, await emailOf(app.t, national.userId), TEST_PASSWORD);
    await page.getByTestId('pick-a-hub').waitFor();
    await tabTo(page, 'Hub');
    await expectVisibleFocus(page);
    await page.locator('#hub-picker option').nth(1).waitFor({ state: 'attached' });
    await page.keyboard.press('ArrowDown');
    const picked = await page.evaluate(
      () => (document.activeElement as HTMLSelectElement).selectedOptions[0].text,
    );
    await page.getByRole('heading', { name: /^Hub overview / }).waitFor();
    expect(await page.locator('.hub-name').textContent()).toContain(picked);
    expect(await focusedName(page)).toBe('Hub');
    await page.locator('.tile').first().waitFor();
    await expectAccessible(page, 'national overview picked by keyboard');
    await app.browser.screenshot(page, 'keyboard-national-admin');
    await page.close();
  });
});
