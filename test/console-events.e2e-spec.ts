import { Role } from '@chn/core';
import { TEST_PASSWORD, waitUntil } from '@chn/testing';
import { adviserWithAccount, emailOf } from './notifications.fixtures';
import { daysFromToday } from './opportunities.fixtures';
import { addMonths, londonDate } from '../apps/console/src/pages/events/month-grid';
import { consoleApp } from './support/console-app';
import { expectAccessible } from './support/console-browser';

const CREATE = `mutation ($input: CreateHubEventInput!) { createHubEvent(input: $input) { id } }`;
const PUBLISH = `mutation ($id: ID!) { publishHubEvent(id: $id) { id } }`;
const CANCEL_PUBLIC = `mutation ($token: String!) { cancelPublicHubEventRegistration(token: $token) }`;

describe('hub events in the console (e2e)', () => {
  const app = consoleApp({ mail: true });
  let hubId: string;

  beforeAll(async () => {
    hubId = (await app.t.createHub('CEV', 'Halton Careers Hub')).id;
    await app.t.signedIn(Role.HUB_STAFF, hubId, 'staff@halton.example');
  });

  it('staff plan and publish an event; a parent registers from a phone and confirms; an adviser registers', async () => {
    const staff = await app.browser.signIn(app.t.baseUrl, 'staff@halton.example', TEST_PASSWORD);
    await staff
      .getByRole('navigation', { name: 'Console pages' })
      .getByRole('link', { name: 'Events' })
      .click();
    await staff.getByRole('heading', { name: 'Events', level: 1 }).waitFor();
    const form = staff.getByRole('form', { name: 'Plan an event' });
    await form.getByLabel('Kind').selectOption({ label: 'Parent and carer session' });
    await form.getByLabel('Title').fill('Careers in gaming: a panel for parents');
    await form.getByLabel('Venue (in person)').fill('Halton Stadium');
    await form.getByLabel('Starts').fill(`${daysFromToday(10)}T18:00`);
    await form.getByLabel('Ends').fill(`${daysFromToday(10)}T20:00`);
    await form.getByLabel('Capacity (people)').fill('90');
    await form.getByLabel('Parents and carers').check();
    await form.getByLabel('Enterprise Advisers').check();
    await expectAccessible(staff, 'events page with the planning form');
    await form.getByRole('button', { name: 'Save as draft' }).click();
    await staff.getByTestId('event-detail').waitFor();
    await staff.getByRole('button', { name: 'Publish and invite' }).click();
    await staff.getByTestId('event-status').getByText('PUBLISHED').waitFor();
    await expectAccessible(staff, 'event page for hub staff');
    const publicPath = await staff
      .getByRole('link', { name: /\/console\/events\/public\// })
      .getAttribute('href');

    const parent = await app.browser.visit(`${app.t.baseUrl}${publicPath}`, (page) =>
      page.setViewportSize({ width: 375, height: 740 }),
    );
    const registration = parent.getByRole('form', {
      name: 'Register for Careers in gaming: a panel for parents',
    });
    await registration.getByRole('button', { name: 'Register' }).click();
    await parent.getByTestId('problems').getByText('Enter your full name').waitFor();
    await registration.getByLabel('Your full name').fill('Pat Parent');
    await registration.getByLabel('Email').fill('pat@family.example');
    await registration.getByLabel('How many will come, you included').fill('2');
    await registration.getByLabel('Send me the resources after the event').check();
    await expectAccessible(parent, 'public event page on a phone');
    await app.browser.screenshot(parent, 'public-event-registration');
    await registration.getByRole('button', { name: 'Register' }).click();
    await parent.getByTestId('registration-received').waitFor();

    const mail = await waitUntil(
      () => app.sink.to('pat@family.example').find((m) => m.subject.startsWith('Confirm your')),
      'the confirmation link reaches the parent',
    );
    const link = /\/console\/events\/confirm\?token=\S+/.exec(mail.text)![0];
    const confirm = await app.browser.visit(`${app.t.baseUrl}${link}`, (page) =>
      page.setViewportSize({ width: 375, height: 740 }),
    );
    await confirm.getByRole('button', { name: 'Confirm my registration' }).click();
    await confirm.getByTestId('registration-confirmed').waitFor();
    await expectAccessible(confirm, 'registration confirmed');

    const staffClient = await app.t.client.login('staff@halton.example', TEST_PASSWORD);
    const { user } = await adviserWithAccount(app.t, staffClient, hubId, 'Ada Adviser');
    const adviser = await app.browser.signIn(
      app.t.baseUrl,
      await emailOf(app.t, user.userId),
      TEST_PASSWORD,
    );
    await adviser
      .getByRole('navigation', { name: 'Console pages' })
      .getByRole('link', { name: 'Events' })
      .click();
    await adviser.getByRole('link', { name: 'Careers in gaming: a panel for parents' }).click();
    await adviser.getByRole('button', { name: 'Register', exact: true }).click();
    await adviser.getByText('Your place is confirmed').waitFor();
    await expectAccessible(adviser, 'event page for an adviser');

    await staff.reload();
    const rows = staff.getByTestId('event-registrations').getByRole('row');
    await rows.filter({ hasText: 'pat@family.example' }).waitFor();
    await rows.filter({ hasText: 'ADVISER user' }).waitFor();
    await staff.getByTestId('event-places').getByText('3 of 90 taken').waitFor();

    // The same emailed link lets the parent cancel, without signing in; the places come free.
    await confirm.getByRole('button', { name: 'Cancel my registration' }).click();
    await confirm.getByTestId('registration-cancelled').waitFor();
    await expectAccessible(confirm, 'registration cancelled');
    const token = new URL(`${app.t.baseUrl}${link}`).searchParams.get('token');
    expect(await app.t.client.ok(CANCEL_PUBLIC, { token })).toEqual({
      cancelPublicHubEventRegistration: 'CANCELLED',
    });
    await staff.reload();
    await staff.getByTestId('event-places').getByText('1 of 90 taken').waitFor();
  });

  it('shows a month of events on a calendar, to staff and to the advisers they are for', async () => {
    const thisMonth = londonDate(new Date()).slice(0, 7);
    const nextMonth = addMonths(thisMonth, 1);
    const staffClient = await app.t.client.login('staff@halton.example', TEST_PASSWORD);
    const plan = (input: Record<string, unknown>) =>
      staffClient.ok<{ createHubEvent: { id: string } }>(CREATE, {
        input: {
          kind: 'ADVISER_NETWORK_MEETING',
          venue: 'Hotel Mersey',
          capacity: 40,
          audiences: ['ADVISERS'],
          ...input,
        },
      });
    const meeting = await plan({
      title: 'Enterprise Adviser network breakfast',
      startsAt: `${nextMonth}-14T08:00:00.000Z`,
      endsAt: `${nextMonth}-14T10:00:00.000Z`,
    });
    await staffClient.ok(PUBLISH, { id: meeting.createHubEvent.id });
    await plan({
      title: 'Digital Manufacturing Week',
      kind: 'SECTOR_GROUP_EVENT',
      startsAt: `${nextMonth}-20T09:00:00.000Z`,
      endsAt: `${nextMonth}-21T15:00:00.000Z`,
    });

    const staff = await app.browser.signIn(app.t.baseUrl, 'staff@halton.example', TEST_PASSWORD);
    await staff
      .getByRole('navigation', { name: 'Console pages' })
      .getByRole('link', { name: 'Events' })
      .click();
    await staff
      .getByRole('navigation', { name: 'Events view' })
      .getByRole('link', { name: 'Calendar' })
      .click();
    const calendar = staff.getByTestId('events-calendar');
    await calendar.getByRole('table').waitFor();
    expect(new URL(staff.url()).searchParams.get('month')).toBe(thisMonth);
    const today = calendar.locator('td[aria-current="date"]');
    await expect(today.getAttribute('data-date')).resolves.toBe(londonDate(new Date()));
    await today.getByText('Today').waitFor();
    expect(await calendar.getByRole('columnheader').allInnerTexts()).toEqual([
      'Mon',
      'Tue',
      'Wed',
      'Thu',
      'Fri',
      'Sat',
      'Sun',
    ]);
    await expect(
      calendar.getByRole('link', { name: 'Enterprise Adviser network breakfast' }).count(),
    ).resolves.toBe(0);

    await calendar.getByRole('link', { name: /^Next month/ }).click();
    await calendar
      .locator(`td[data-date="${nextMonth}-14"]`)
      .getByRole('link', { name: 'Enterprise Adviser network breakfast' })
      .waitFor();
    expect(new URL(staff.url()).searchParams.get('month')).toBe(nextMonth);
    for (const day of ['20', '21']) {
      const cell = calendar.locator(`td[data-date="${nextMonth}-${day}"]`);
      await cell.getByRole('link', { name: 'Digital Manufacturing Week' }).waitFor();
      await cell.getByText('(draft)').waitFor();
    }
    await expect(
      calendar.locator(`td[data-date="${nextMonth}-15"]`).getByRole('link').count(),
    ).resolves.toBe(0);
    await expectAccessible(staff, 'events calendar for hub staff');

    // On a phone the grid becomes the list of days with events, each named by its date.
    await staff.setViewportSize({ width: 320, height: 640 });
    await expect(calendar.getByRole('columnheader').first().isVisible()).resolves.toBe(false);
    await expect(calendar.locator(`td[data-date="${nextMonth}-15"]`).isVisible()).resolves.toBe(
      false,
    );
    const day14 = calendar.locator(`td[data-date="${nextMonth}-14"]`);
    await expect(day14.isVisible()).resolves.toBe(true);
    expect(await day14.innerText()).toMatch(/14 \w+ \d{4}/);
    await expectAccessible(staff, 'events calendar on a phone');
    await app.browser.screenshot(staff, 'events-calendar-phone');
    await staff.setViewportSize({ width: 1366, height: 900 });

    await calendar.getByRole('link', { name: /^Previous month/ }).click();
    await staff.waitForURL((url) => url.searchParams.get('month') === thisMonth);

    const { user } = await adviserWithAccount(app.t, staffClient, hubId, 'Cal Adviser');
    const adviser = await app.browser.signIn(
      app.t.baseUrl,
      await emailOf(app.t, user.userId),
      TEST_PASSWORD,
    );
    await adviser
      .getByRole('navigation', { name: 'Console pages' })
      .getByRole('link', { name: 'Events' })
      .click();
    await adviser
      .getByRole('navigation', { name: 'Events view' })
      .getByRole('link', { name: 'Calendar' })
      .click();
    await adviser
      .getByTestId('events-calendar')
      .getByRole('link', { name: /^Next month/ })
      .click();
    const adviserCalendar = adviser.getByTestId('events-calendar');
    await adviserCalendar
      .locator(`td[data-date="${nextMonth}-14"]`)
      .getByRole('link', { name: 'Enterprise Adviser network breakfast' })
      .waitFor();
    await expect(
      adviserCalendar.getByRole('link', { name: 'Digital Manufacturing Week' }).count(),
    ).resolves.toBe(0);
    await expectAccessible(adviser, 'events calendar for an adviser');
  });
});
