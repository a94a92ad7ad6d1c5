import { Role } from '@chn/core';
import { TEST_PASSWORD } from '@chn/testing';
import { emailOf, matchParties, PROPOSE, proposeVariables } from './notifications.fixtures';
import {
  createEmployer,
  daysFromToday,
  employerUser,
  ledInstitution,
  REQUEST_PLACES,
  SignedIn,
} from './opportunities.fixtures';
import { consoleApp } from './support/console-app';
import { expectAccessible } from './support/console-browser';

const OPPORTUNITY = `query ($id: ID!) { opportunity(id: $id) {
  title status tier meaningfulCriteria yearGroups totalPlaces } }`;
const BOOKING = `query ($id: ID!) { booking(id: $id) { status confirmedAt } }`;
const MATCH = `query ($id: ID!) { match(id: $id) { status acceptedAt } }`;

describe('the employer contact’s and the adviser’s homes in the console (e2e)', () => {
  const app = consoleApp();
  let staff: SignedIn;
  let hubId: string;

  beforeAll(async () => {
    hubId = (await app.t.createHub('EAH', 'Sefton Careers Hub')).id;
    staff = await app.t.signedIn(Role.HUB_STAFF, hubId);
  });

  it('an employer asks to join a sector group, creates an opportunity, publishes it and confirms a school’s request from their home', async () => {
    const employerId = await createEmployer(app.t, hubId, 'Bootle Engineering Ltd');
    const employer = await employerUser(app.t, hubId, employerId);
    const { createSectorGroup } = await staff.ok<{ createSectorGroup: { id: string } }>(
      'mutation { createSectorGroup(input: { name: "Advanced Manufacturing" }) { id } }',
    );
    const page = await app.browser.signIn(
      app.t.baseUrl,
      await emailOf(app.t, employer.userId),
      TEST_PASSWORD,
    );
    await page.getByRole('heading', { name: 'Bootle Engineering Ltd' }).waitFor();
    expect(page.url()).toBe(`${app.t.baseUrl}/console/employer`);
    expect(await page.getByTestId('membership-status').textContent()).toBe('Member');

    await page.getByRole('button', { name: 'Ask to join Advanced Manufacturing' }).click();
    await page.getByTestId('join-requested').waitFor();
    const { sectorGroup } = await staff.ok<{ sectorGroup: { joinRequests: { name: string }[] } }>(
      'query ($id: ID!) { sectorGroup(id: $id) { joinRequests { name } } }',
      { id: createSectorGroup.id },
    );
    expect(sectorGroup.joinRequests).toEqual([{ name: 'Bootle Engineering Ltd' }]);

    await page.getByRole('button', { name: 'New opportunity' }).click();
    const form = page.getByRole('form', { name: 'New opportunity' });
    await form.getByLabel('Title').fill('Engineering workshop');
    await form.getByLabel('Description').fill('Build and test a small robot with our engineers.');
    await form.getByLabel('Tier').selectOption('T3');
    await form.getByLabel('Sector').fill('Engineering');
    await form.getByLabel('Year 10').check();
    await form.getByLabel('First day').fill(daysFromToday(20));
    await form.getByLabel('Last day').fill(daysFromToday(20));
    await form.getByLabel('Places', { exact: true }).fill('12');
    await form.getByLabel('Performs a task set by the employer or produces work').check();
    await form.getByLabel('The employer gives feedback on the young person’s work').check();
    await form.getByRole('button', { name: 'Save as draft' }).click();

    const row = page.getByTestId('my-opportunities').getByRole('row').filter({
      hasText: 'Engineering workshop',
    });
    await row.getByTestId('opportunity-status').getByText('Draft').waitFor();
    const opportunityId = (await row.getAttribute('data-opportunity-id'))!;
    // A tier 3 experience is a placement: it goes to the hub for approval, then is published.
    await row.getByRole('button', { name: 'Submit for approval Engineering workshop' }).click();
    await row
      .getByTestId('opportunity-status')
      .getByText('Waiting for the hub’s approval')
      .waitFor();
    await staff.ok(`mutation ($id: ID!) { approveOpportunity(id: $id) { id } }`, {
      id: await row.getAttribute('data-opportunity-id'),
    });
    await page.reload();
    await row.getByTestId('opportunity-status').getByText('Published').waitFor();
    const { opportunity } = await employer.ok<{ opportunity: Record<string, unknown> }>(
      OPPORTUNITY,
      { id: opportunityId },
    );
    expect(opportunity).toEqual({
      title: 'Engineering workshop',
      status: 'PUBLISHED',
      tier: 'T3',
      meaningfulCriteria: expect.arrayContaining(['PERFORMS_TASK', 'EMPLOYER_FEEDBACK']),
      yearGroups: [10],
      totalPlaces: 12,
    });
    expect(opportunity.meaningfulCriteria).toHaveLength(2);

    // A school asks for places through the API; the request waits on the employer's home.
    const school = await ledInstitution(app.t, hubId, { name: 'Litherland High School' });
    const { requestPlaces } = await school.leader.ok<{ requestPlaces: { id: string } }>(
      REQUEST_PLACES,
      {
        input: {
          opportunityId,
          institutionId: school.institutionId,
          places: 4,
          fsmPlaces: 1,
          yearGroup: 10,
        },
      },
    );
    await page.reload();
    const request = page.getByTestId('bookings-requested').getByRole('row').filter({
      hasText: 'Litherland High School',
    });
    await request
      .getByRole('button', {
        name: 'Confirm the booking of Litherland High School on Engineering workshop',
      })
      .click();
    await page
      .getByTestId('bookings-confirmed')
      .getByRole('row')
      .filter({ hasText: 'Litherland High School' })
      .getByTestId('booking-status')
      .getByText('Confirmed')
      .waitFor();
    const { booking } = await employer.ok<{ booking: { status: string; confirmedAt: string } }>(
      BOOKING,
      { id: requestPlaces.id },
    );
    expect(booking.status).toBe('CONFIRMED');
    expect(booking.confirmedAt).not.toBeNull();
    await expectAccessible(page, 'employer home');
    await app.browser.screenshot(page, 'console-employer-home');
    await page.close();
  });

  it('an adviser accepts a proposal from their home, and sees what their checks allow', async () => {
    const parties = await matchParties(app.t, staff, hubId);
    const { proposeMatch } = await staff.ok<{ proposeMatch: { id: string } }>(
      PROPOSE,
      proposeVariables(parties.adviser.adviserId, parties.institutionId),
    );
    const page = await app.browser.signIn(
      app.t.baseUrl,
      await emailOf(app.t, parties.adviser.user.userId),
      TEST_PASSWORD,
    );
    await page.getByRole('heading', { name: 'Proposals to answer' }).waitFor();
    expect(page.url()).toBe(`${app.t.baseUrl}/console/adviser`);
    expect(await page.getByTestId('matchable').textContent()).toBe(
      'You can be matched with schools and colleges today.',
    );

    await page
      .getByTestId('matches-proposed')
      .getByRole('button', { name: `Accept the match with ${parties.institutionName}` })
      .click();
    // Accepted, it moves to "My matches", with the careers leader to contact.
    const active = page
      .getByTestId('matches-active')
      .getByRole('row')
      .filter({ hasText: parties.institutionName });
    await active.waitFor();
    const leaderEmail = await emailOf(app.t, parties.leader.userId);
    expect(await active.getByRole('link', { name: leaderEmail }).getAttribute('href')).toBe(
      `mailto:${leaderEmail}`,
    );
    const { match } = await parties.adviser.user.ok<{
      match: { status: string; acceptedAt: string | null };
    }>(MATCH, { id: proposeMatch.id });
    expect(match.status).toBe('ACTIVE');
    expect(match.acceptedAt).not.toBeNull();
    await expectAccessible(page, 'adviser home');
    await app.browser.screenshot(page, 'console-adviser-home');
    await page.close();
  });
});
