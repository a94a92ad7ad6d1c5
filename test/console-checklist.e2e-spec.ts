import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { TEST_PASSWORD } from '@chn/testing';
import { emailOf } from './notifications.fixtures';
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

describe('the booking checklist in the console (e2e)', () => {
  const app = consoleApp();
  let contact: SignedIn;
  let leader: SignedIn;
  let bookingId: string;

  const doneItems = async () =>
    (
      await app.t.get(DataSource).query(
        `SELECT consent_count, travel_arrangements, supervisor_name, induction_confirmed_at IS NOT NULL AS inducted
           FROM booking_checklists WHERE booking_id = $1`,
        [bookingId],
      )
    )[0];

  beforeAll(async () => {
    const hubId = (await app.t.createHub('CKL', 'St Helens Careers Hub')).id;
    const staff = await app.t.signedIn(Role.HUB_STAFF, hubId);
    const employerId = await createEmployer(app.t, hubId, 'Haydock Hauliers');
    contact = await employerUser(app.t, hubId, employerId);
    const school = await ledInstitution(app.t, hubId, { name: 'Rainford High' });
    leader = school.leader;
    const opportunityId = await publishedOpportunity(
      staff,
      opportunityInput({ employerId, title: 'Depot day' }),
    );
    const { requestPlaces } = await leader.ok<{ requestPlaces: { id: string } }>(REQUEST_PLACES, {
      input: {
        opportunityId,
        institutionId: school.institutionId,
        places: 3,
        fsmPlaces: 1,
        yearGroup: 10,
      },
    });
    bookingId = requestPlaces.id;
    await contact.ok(`mutation ($id: ID!) { confirmBooking(id: $id) { id } }`, { id: bookingId });
  });

  it('the careers leader completes the school’s items, refused a consent count short of the places', async () => {
    const page = await app.browser.signIn(
      app.t.baseUrl,
      await emailOf(app.t, leader.userId),
      TEST_PASSWORD,
    );
    await page.goto(`${app.t.baseUrl}/console/bookings/${bookingId}`);
    const checklist = page.getByTestId('checklist');
    await checklist.waitFor();
    await expectAccessible(page, 'booking checklist, careers leader');
    // The employer's items are shown but not the school's to complete.
    expect(await checklist.getByRole('form', { name: 'Workplace supervisor named' }).count()).toBe(
      0,
    );

    const consent = page.getByRole('form', { name: 'Parental consent held for every pupil' });
    await consent.getByLabel(/Pupils with parental consent held/).fill('2');
    await consent.getByRole('button', { name: /Mark done/ }).click();
    await consent.getByRole('alert').waitFor();
    await expectAccessible(page, 'booking checklist, consent refused');
    expect(await doneItems()).toBeUndefined();

    await consent.getByLabel(/Pupils with parental consent held/).fill('3');
    await consent.getByRole('button', { name: /Mark done/ }).click();
    await consent.waitFor({ state: 'detached' });
    const needs = page.getByRole('form', {
      name: 'Medical, SEND and access needs shared with the employer',
    });
    await needs.getByRole('button').click();
    await needs.waitFor({ state: 'detached' });
    const travel = page.getByRole('form', { name: 'Travel arranged' });
    await travel.getByLabel('How the pupils travel (no names)').fill('Train to Haydock');
    await travel.getByRole('button').click();
    await checklist.locator('[data-item="TRAVEL_ARRANGED"][data-done="yes"]').waitFor();
    expect(await doneItems()).toMatchObject({
      consent_count: 3,
      travel_arrangements: 'Train to Haydock',
      supervisor_name: null,
    });
  });

  it('the employer names the supervisor and confirms the induction', async () => {
    const page = await app.browser.signIn(
      app.t.baseUrl,
      await emailOf(app.t, contact.userId),
      TEST_PASSWORD,
    );
    await page.goto(`${app.t.baseUrl}/console/bookings/${bookingId}`);
    const supervisor = page.getByRole('form', { name: 'Workplace supervisor named' });
    await supervisor.waitFor();
    await expectAccessible(page, 'booking checklist, employer');
    await supervisor.getByLabel('Supervisor’s name (an adult employee)').fill('Lee Morgan');
    await supervisor.getByLabel('Supervisor’s job title').fill('Depot manager');
    // The second item is completed while the first is still being saved: both must show done.
    await supervisor.getByRole('button').click();
    await page.getByRole('form', { name: 'Induction confirmed' }).getByRole('button').click();
    await page.getByText('Every item is done: attendance can be recorded.').waitFor();
    await expectAccessible(page, 'booking checklist, complete');
    await app.browser.screenshot(page, 'booking-checklist');
    expect(await doneItems()).toMatchObject({ supervisor_name: 'Lee Morgan', inducted: true });
  });
});
