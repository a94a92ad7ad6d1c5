import { DataSource } from 'typeorm';
import { academicYearOf, Role } from '@chn/core';
import { TEST_PASSWORD } from '@chn/testing';
import { emailOf } from './notifications.fixtures';
import {
  completeChecklist,
  createEmployer,
  daysFromToday,
  employerUser,
  ledInstitution,
  moveDates,
  opportunityInput,
  publishedOpportunity,
  REQUEST_PLACES,
  SignedIn,
} from './opportunities.fixtures';
import { consoleApp } from './support/console-app';
import { expectAccessible } from './support/console-browser';

describe('feedback after an encounter in the console (e2e)', () => {
  const app = consoleApp();
  let staffEmail: string;
  let contact: SignedIn;
  let leader: SignedIn;
  let bookingId: string;
  const lastDay = daysFromToday(-1);

  const given = async () =>
    app.t.get(DataSource).query(
      `SELECT party, rating, criteria_met::text[] AS criteria_met, would_host_again, comments, pupils_responded,
                pupils_found_useful, pupils_know_more_about_sector
         FROM encounter_feedback WHERE booking_id = $1 ORDER BY party`,
      [bookingId],
    );

  beforeAll(async () => {
    const hubId = (await app.t.createHub('FBC', 'Sefton Careers Hub')).id;
    const staff = await app.t.signedIn(Role.HUB_STAFF, hubId);
    staffEmail = await emailOf(app.t, staff.userId);
    const employerId = await createEmployer(app.t, hubId, 'Crosby Coastal Engineering');
    contact = await employerUser(app.t, hubId, employerId);
    const school = await ledInstitution(app.t, hubId, { name: 'Litherland High', fsmPercent: 35 });
    leader = school.leader;
    const opportunityId = await publishedOpportunity(
      staff,
      opportunityInput({ employerId, title: 'Coastal engineering day', sector: 'Engineering' }),
    );
    const { requestPlaces } = await leader.ok<{ requestPlaces: { id: string } }>(REQUEST_PLACES, {
      input: {
        opportunityId,
        institutionId: school.institutionId,
        places: 4,
        fsmPlaces: 2,
        yearGroup: 10,
      },
    });
    bookingId = requestPlaces.id;
    await contact.ok(`mutation ($id: ID!) { confirmBooking(id: $id) { id } }`, { id: bookingId });
    await completeChecklist(leader, contact, bookingId, 4);
    await moveDates(app.t, opportunityId, lastDay);
    await contact.ok(
      `mutation ($id: ID!) { recordAttendance(bookingId: $id, attended: 4, fsmAttended: 2) { id } }`,
      { id: bookingId },
    );
  });

  it('the careers leader gives the school’s feedback and the pupils’ counts from the emailed link', async () => {
    const page = await app.browser.signIn(
      app.t.baseUrl,
      await emailOf(app.t, leader.userId),
      TEST_PASSWORD,
    );
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.t.baseUrl}/console/bookings/${bookingId}#feedback`);
    const school = page.getByRole('form', { name: 'The school’s feedback' });
    await school.waitFor();
    await expectAccessible(page, 'encounter feedback, careers leader');
    expect(await page.getByRole('form', { name: 'The employer’s feedback' }).count()).toBe(0);

    await school.getByRole('radio', { name: '4' }).check();
    await school.getByRole('checkbox', { name: /A clear purpose/ }).check();
    await school.getByRole('checkbox', { name: /two-way interaction/ }).check();
    await school.getByLabel(/Comments/).fill('Hands-on and well paced.');
    await school.getByRole('button', { name: 'Send the school’s feedback' }).click();
    await school.waitFor({ state: 'detached' });

    const pupils = page.getByRole('form', { name: 'The pupils’ answers' });
    await pupils.getByLabel(/Pupils who answered/).fill('5');
    await pupils.getByLabel('Found it useful').fill('4');
    await pupils.getByLabel('Know more about the sector').fill('3');
    await pupils.getByLabel('Feel more confident about their next steps').fill('2');
    await pupils.getByLabel('Would consider working in the sector').fill('1');
    // The browser lets 5 through only if its own limit is lifted: the service refuses it.
    await pupils.getByLabel(/Pupils who answered/).evaluate((el) => el.removeAttribute('max'));
    await pupils.getByRole('button', { name: 'Send the pupils’ answers' }).click();
    await pupils.getByRole('alert').waitFor();
    await expectAccessible(page, 'encounter feedback, pupil counts refused');
    await pupils.getByLabel(/Pupils who answered/).fill('4');
    await pupils.getByRole('button', { name: 'Send the pupils’ answers' }).click();
    await pupils.waitFor({ state: 'detached' });
    await page.getByTestId('feedback-given').getByText('Pupils who answered').waitFor();
    await app.browser.screenshot(page, 'encounter-feedback-careers-leader');

    expect(await given()).toEqual([
      expect.objectContaining({
        party: 'CAREERS_LEADER',
        rating: 4,
        criteria_met: ['CLEAR_PURPOSE', 'TWO_WAY_INTERACTION'],
        comments: 'Hands-on and well paced.',
      }),
      expect.objectContaining({
        party: 'PUPILS',
        pupils_responded: 4,
        pupils_found_useful: 4,
        pupils_know_more_about_sector: 3,
      }),
    ]);
  });

  it('the employer says whether it would host again, with the keyboard', async () => {
    const page = await app.browser.signIn(
      app.t.baseUrl,
      await emailOf(app.t, contact.userId),
      TEST_PASSWORD,
    );
    await page.goto(`${app.t.baseUrl}/console/bookings/${bookingId}`);
    const form = page.getByRole('form', { name: 'The employer’s feedback' });
    await form.waitFor();
    await expectAccessible(page, 'encounter feedback, employer');
    // The school's answers are not the employer's to read.
    expect(await page.getByTestId('feedback-given').getByText('School’s rating').count()).toBe(0);

    await form.getByRole('radio', { name: '1' }).focus();
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
    await form.getByRole('radio', { name: 'Yes' }).focus();
    await page.keyboard.press('Space');
    await form.getByRole('button', { name: 'Send the employer’s feedback' }).focus();
    await page.keyboard.press('Enter');
    await form.waitFor({ state: 'detached' });
    await page.getByTestId('feedback-given').getByText('Would host again').waitFor();

    expect((await given()).find((r: { party: string }) => r.party === 'EMPLOYER')).toMatchObject({
      rating: 5,
      would_host_again: true,
      comments: null,
    });
  });

  it('hub staff see the quality section on the overview', async () => {
    const page = await app.browser.signIn(app.t.baseUrl, staffEmail, TEST_PASSWORD);
    const year = academicYearOf(lastDay).label;
    await page.goto(`${app.t.baseUrl}/console/overview?year=${encodeURIComponent(year)}`);
    const section = page.getByTestId('quality');
    await section.waitFor();
    const table = section.getByTestId('quality-table');
    const total = table.getByRole('row', { name: /All delivered/ });
    await total.waitFor();
    expect(await total.locator('td').allTextContents()).toEqual([
      '1',
      '100.0%',
      '100.0%',
      '100.0%',
      '100.0%',
      '4.0',
      '5.0',
      '100.0%',
      '66.7%',
      '100.0%',
      '75.0%',
    ]);
    await table.getByRole('row', { name: /Quartile 4/ }).waitFor();
    await section.getByRole('figure', { name: /criteria promised and met/ }).waitFor();
    await expectAccessible(page, 'overview quality section');
    await app.browser.screenshot(page, 'overview-quality');
  });
});
