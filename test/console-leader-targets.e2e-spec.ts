import { Role } from '@chn/core';
import { TEST_PASSWORD } from '@chn/testing';
import { emailOf } from './notifications.fixtures';
import {
  createEmployer,
  ledInstitution,
  opportunityInput,
  publishedOpportunity,
  REQUEST_PLACES,
  SignedIn,
} from './opportunities.fixtures';
import { consoleApp } from './support/console-app';
import { expectAccessible } from './support/console-browser';

describe('the careers leader’s pupil numbers and waiting list, and the hub admin’s targets, in the console (e2e)', () => {
  const app = consoleApp();
  let staff: SignedIn;
  let hubId: string;

  beforeAll(async () => {
    hubId = (await app.t.createHub('LDT', 'Wirral Careers Hub')).id;
    staff = await app.t.signedIn(Role.HUB_STAFF, hubId);
  });

  it('a careers leader corrects their pupil numbers and sees their place on a waiting list', async () => {
    const employerId = await createEmployer(app.t, hubId, 'Birkenhead Docks Ltd');
    const opportunityId = await publishedOpportunity(
      staff,
      opportunityInput({ employerId, title: 'Dock visit', totalPlaces: 1 }),
    );
    const base = { opportunityId, places: 1, fsmPlaces: 0, yearGroup: 10 };
    const first = await ledInstitution(app.t, hubId, { name: 'First Academy', fsmPercent: 10 });
    await first.leader.ok(REQUEST_PLACES, {
      input: { ...base, institutionId: first.institutionId },
    });
    // Both wait; the higher-FSM school comes first, so ours is second.
    const ahead = await ledInstitution(app.t, hubId, { name: 'Ahead School', fsmPercent: 40 });
    await ahead.leader.ok(REQUEST_PLACES, {
      input: { ...base, institutionId: ahead.institutionId, joinWaitingList: true },
    });
    const school = await ledInstitution(app.t, hubId, { name: 'Wallasey High', fsmPercent: 20 });
    await school.leader.ok(REQUEST_PLACES, {
      input: { ...base, institutionId: school.institutionId, joinWaitingList: true },
    });

    const page = await app.browser.signIn(
      app.t.baseUrl,
      await emailOf(app.t, school.leader.userId),
      TEST_PASSWORD,
    );
    await page.getByRole('heading', { name: 'My institution', level: 1 }).waitFor();
    const booking = page
      .getByTestId('my-bookings')
      .getByRole('row')
      .filter({ hasText: 'Dock visit' });
    await booking.waitFor();
    expect(await booking.textContent()).toContain('2nd on the waiting list');

    await page.getByText('Correct pupil numbers', { exact: true }).click();
    const form = page.getByRole('form', { name: 'Correct pupil numbers' });
    await form.getByLabel('Pupils on roll').fill('1240');
    await form.getByRole('button', { name: 'Save pupil numbers' }).click();
    await page.getByRole('status').filter({ hasText: 'Pupil numbers saved: 1240.' }).waitFor();
    const { institution } = await staff.ok<{ institution: { pupils: number } }>(
      'query ($id: ID!) { institution(id: $id) { pupils } }',
      { id: school.institutionId },
    );
    expect(institution.pupils).toBe(1240);
    expect(await page.locator('.notice-error').count()).toBe(0);
    await expectAccessible(page, 'careers leader pupil numbers and waiting list');
    await app.browser.screenshot(page, 'careers-leader-pupils-waiting-list');
  });

  it('a hub admin sets the hub’s targets on the overview', async () => {
    const admin = await app.t.signedIn(Role.HUB_ADMIN, hubId);
    const page = await app.browser.signIn(
      app.t.baseUrl,
      await emailOf(app.t, admin.userId),
      TEST_PASSWORD,
    );
    await page.getByRole('heading', { name: /^Hub overview / }).waitFor();
    const form = page.getByRole('form', { name: 'Set the hub’s targets' });
    await form.waitFor();
    await form.getByLabel('Floor target (benchmarks to achieve)').fill('4');
    await form.getByLabel('Institutions in the hub (% of eligible)').fill('90');
    await form.getByRole('button', { name: 'Save targets' }).click();
    await page.getByRole('status').filter({ hasText: 'Targets saved.' }).waitFor();
    const { hubTargets } = await admin.ok<{
      hubTargets: { floorTargetBenchmarks: number; inHubTargetPercent: number };
    }>('{ hubTargets { floorTargetBenchmarks inHubTargetPercent } }');
    expect(hubTargets).toEqual({ floorTargetBenchmarks: 4, inHubTargetPercent: 90 });
    expect(await page.locator('.notice-error').count()).toBe(0);
    await expectAccessible(page, 'hub admin targets');
    await app.browser.screenshot(page, 'hub-admin-targets');
  });
});
