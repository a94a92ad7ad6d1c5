import { Page } from 'playwright-core';
import { Role } from '@chn/core';
import { GraphqlClient, TEST_PASSWORD } from '@chn/testing';
import { consoleApp } from './support/console-app';
import { expectAccessible } from './support/console-browser';

const CREATE = `mutation ($input: CreateEmployerInput!) { createEmployer(input: $input) { id } }`;
const APPLY = `mutation ($employerId: ID!) { applyForMembership(input: { employerId: $employerId }) { id } }`;
const APPROVE = `mutation ($id: ID!, $renewalOn: String) { approveMembership(id: $id, renewalOn: $renewalOn) { id } }`;
const MEMBERSHIP = `query ($id: ID!) { employer(id: $id) { membership { status renewalOn declineReason declineNote } } }`;
const REGISTER_ADVISER = `mutation ($input: RegisterAdviserInput!) { registerAdviser(input: $input) { id } }`;
const ADVISER = `query ($id: ID!) { adviser(id: $id) { status hasAccount declineReason declineNote } }`;

/** Waits until no section is still loading. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
}

/** Goes to the Network page from the console's navigation and waits for every section. */
async function openNetwork(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Console pages' })
    .getByRole('link', { name: 'Network' })
    .click();
  await page.getByRole('heading', { name: 'Employer Network', level: 1 }).waitFor();
  await settled(page);
}

describe('the Employer Network page in the console (e2e)', () => {
  const app = consoleApp();
  let admin: GraphqlClient;
  let national: GraphqlClient;
  let hubId: string;
  let otherHubId: string;

  /** An employer of the hub, applied for membership (and approved, when given a renewal date). */
  const employer = async (client: GraphqlClient, name: string, hub: string, renewalOn?: string) => {
    const { createEmployer } = await client.ok<{ createEmployer: { id: string } }>(CREATE, {
      input: { name, sector: 'Manufacturing', sizeBand: 'MEDIUM', hubId: hub },
    });
    const { applyForMembership } = await client.ok<{ applyForMembership: { id: string } }>(APPLY, {
      employerId: createEmployer.id,
    });
    if (renewalOn) await client.ok(APPROVE, { id: applyForMembership.id, renewalOn });
    return createEmployer.id;
  };
  const volunteer = async (client: GraphqlClient, name: string, email: string, hub: string) =>
    (
      await client.ok<{ registerAdviser: { id: string } }>(REGISTER_ADVISER, {
        input: { name, email, status: 'PENDING', hubId: hub },
      })
    ).registerAdviser.id;

  beforeAll(async () => {
    hubId = (await app.t.createHub('KNW', 'Knowsley Careers Hub')).id;
    otherHubId = (await app.t.createHub('HAL', 'Halton Careers Hub')).id;
    admin = await app.t.signedIn(Role.HUB_ADMIN, hubId, 'admin@knowsley.example');
    national = await app.t.signedIn(Role.HUB_ADMIN, null, 'national@network.example');
  });

  it('a hub admin renews a membership, declines an application with a reason, declines one volunteer adviser with a reason and approves another', async () => {
    const cables = await employer(admin, 'Prescot Cables', hubId, '2027-01-31');
    const elsewhere = await employer(admin, 'Far Off Foundry', hubId);
    const val = await volunteer(admin, 'Val Volunteer', 'val@volunteer.example', hubId);
    const dee = await volunteer(admin, 'Dee Double', 'dee@volunteer.example', hubId);

    const page = await app.browser.signIn(app.t.baseUrl, 'admin@knowsley.example', TEST_PASSWORD);
    await openNetwork(page);
    await expectAccessible(page, 'Network page of a hub admin');

    const cablesRow = page.getByTestId('employers').getByRole('row').filter({
      hasText: 'Prescot Cables',
    });
    await cablesRow.getByRole('cell', { name: '2027-01-31' }).waitFor();
    await cablesRow
      .getByRole('button', { name: 'Renew Prescot Cables’s membership for a year' })
      .click();
    await cablesRow.getByRole('cell', { name: '2028-01-31' }).waitFor();
    expect(
      (await admin.ok<{ employer: { membership: unknown } }>(MEMBERSHIP, { id: cables })).employer
        .membership,
    ).toEqual({
      status: 'ACTIVE',
      renewalOn: '2028-01-31',
      declineReason: null,
      declineNote: null,
    });

    const application = page.getByTestId('application').filter({ hasText: 'Far Off Foundry' });
    await application.getByRole('button', { name: 'Decline Far Off Foundry…' }).click();
    const decline = application.getByRole('form', { name: 'Decline Far Off Foundry' });
    await decline.getByLabel('Reason').selectOption({ label: 'Outside the hub’s area' });
    await decline.getByLabel('Note (optional)').fill('Based in Cumbria');
    await expectAccessible(page, 'Network page declining an application');
    await decline.getByRole('button', { name: 'Decline', exact: true }).click();
    await page
      .getByRole('status')
      .getByText('Far Off Foundry’s application was declined.')
      .waitFor();
    await page
      .getByTestId('employers')
      .getByRole('row')
      .filter({ hasText: 'Far Off Foundry' })
      .getByText('Declined: Outside the hub’s area')
      .waitFor();
    expect(
      (await admin.ok<{ employer: { membership: unknown } }>(MEMBERSHIP, { id: elsewhere }))
        .employer.membership,
    ).toEqual({
      status: 'WITHDRAWN',
      renewalOn: null,
      declineReason: 'NOT_IN_AREA',
      declineNote: 'Based in Cumbria',
    });

    const deeRow = page.getByTestId('pending-adviser').filter({ hasText: 'Dee Double' });
    await deeRow.getByRole('button', { name: 'Decline Dee Double as an adviser…' }).click();
    const declineDee = deeRow.getByRole('form', { name: 'Decline Dee Double as an adviser' });
    await declineDee.getByLabel('Reason').selectOption({ label: 'Already known to the hub' });
    await declineDee.getByLabel('Note (optional)').fill('Registered as dee.d@volunteer.example');
    await declineDee.getByRole('button', { name: 'Decline', exact: true }).click();
    await page.getByRole('status').getByText('Dee Double was declined.').waitFor();
    expect((await admin.ok<{ adviser: unknown }>(ADVISER, { id: dee })).adviser).toEqual({
      status: 'LEFT',
      hasAccount: false,
      declineReason: 'DUPLICATE',
      declineNote: 'Registered as dee.d@volunteer.example',
    });

    await page
      .getByTestId('pending-advisers')
      .getByRole('button', { name: 'Approve Val Volunteer as an adviser' })
      .click();
    await page
      .getByRole('status')
      .getByText('Val Volunteer is now an active adviser and has been invited to the console.')
      .waitFor();
    await page.getByText('No adviser is waiting: every volunteer has been answered.').waitFor();
    expect((await admin.ok<{ adviser: unknown }>(ADVISER, { id: val })).adviser).toEqual({
      status: 'ACTIVE',
      hasAccount: true,
      declineReason: null,
      declineNote: null,
    });
    await expectAccessible(page, 'Network page after the changes');
  });

  it('a national administrator picks a hub and sees its Network page, and only its', async () => {
    await employer(national, 'Runcorn Chemicals', otherHubId, '2027-03-31');
    await employer(national, 'Widnes Bakery', otherHubId);
    await volunteer(national, 'Hal Helper', 'hal@volunteer.example', otherHubId);

    const page = await app.browser.signIn(app.t.baseUrl, 'national@network.example', TEST_PASSWORD);
    await page.getByLabel('Hub', { exact: true }).selectOption({ label: 'Halton Careers Hub' });
    await openNetwork(page);
    expect(await page.locator('.notice-error').allTextContents()).toEqual([]);

    const employers = page.getByTestId('employers');
    await employers.getByRole('row').filter({ hasText: 'Runcorn Chemicals' }).waitFor();
    expect(await employers.getByText('Prescot Cables').count()).toBe(0);
    await page.getByTestId('application').filter({ hasText: 'Widnes Bakery' }).waitFor();
    expect(await page.getByTestId('pending-advisers').getByRole('row').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Hal Helper')]),
    );
    expect(await page.getByText('Val Volunteer').count()).toBe(0);
    await expectAccessible(page, 'Network page of a national administrator on a picked hub');

    await employers
      .getByRole('button', { name: 'Renew Runcorn Chemicals’s membership for a year' })
      .click();
    await employers
      .getByRole('row')
      .filter({ hasText: 'Runcorn Chemicals' })
      .getByRole('cell', { name: '2028-03-31' })
      .waitFor();
  });

  it('a visitor chooses sector groups of interest when applying, which hub staff see', async () => {
    for (const name of ['Advanced Manufacturing', 'Logistics']) {
      await admin.ok(
        'mutation ($name: String!) { createSectorGroup(input: { name: $name }) { id } }',
        {
          name,
        },
      );
    }
    const visitor = await app.browser.open(app.t.baseUrl);
    await visitor.getByRole('link', { name: 'Join the employer network' }).click();
    const form = visitor.getByRole('form', { name: 'Apply to join the employer network' });
    await form.getByLabel('Careers Hub').selectOption({ label: 'Knowsley Careers Hub' });
    const groups = form.getByRole('group', {
      name: 'Sector groups you are interested in (optional)',
    });
    await groups.getByLabel('Logistics').check();
    await expectAccessible(visitor, 'join the network, choosing sector groups');
    await form.getByLabel('Organisation name').fill('Kirkby Freight');
    await form.getByLabel('Sector').fill('Logistics');
    await form.getByLabel('Size').selectOption('SMALL');
    await form.getByLabel('Your name').fill('Kit Freight');
    await form.getByLabel('Your email').fill('kit@kirkby.example');
    await form.getByRole('button', { name: 'Send application' }).click();
    await visitor.getByTestId('application-received').waitFor();

    const page = await app.browser.signIn(app.t.baseUrl, 'admin@knowsley.example', TEST_PASSWORD);
    await openNetwork(page);
    const application = page.getByTestId('application').filter({ hasText: 'Kirkby Freight' });
    await application.getByRole('cell', { name: 'Logistics', exact: true }).waitFor();
    await settled(page);
    await expectAccessible(page, 'Network page with an application naming sector groups');
  });
});
