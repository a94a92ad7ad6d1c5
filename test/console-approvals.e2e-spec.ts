import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { TEST_PASSWORD } from '@chn/testing';
import { emailOf } from './notifications.fixtures';
import {
  createEmployer,
  CREATE_OPPORTUNITY,
  daysFromToday,
  employerUser,
  opportunityInput,
  SignedIn,
  SUBMIT_OPPORTUNITY,
} from './opportunities.fixtures';
import { consoleApp } from './support/console-app';
import { expectAccessible } from './support/console-browser';

const OPPORTUNITY = `query ($id: ID!) { opportunity(id: $id) { status rejectionReason } }`;

describe('the approval queue and the compliance page in the console (e2e)', () => {
  const app = consoleApp();
  let staff: SignedIn;
  let contact: SignedIn;
  let hubId: string;
  let employerId: string;

  const submitted = async (title: string) => {
    const { createOpportunity } = await contact.ok<{ createOpportunity: { id: string } }>(
      CREATE_OPPORTUNITY,
      { input: opportunityInput({ title, tier: 'T3', kind: 'WORK_EXPERIENCE_PLACEMENT' }) },
    );
    await contact.ok(SUBMIT_OPPORTUNITY, { id: createOpportunity.id });
    return createOpportunity.id;
  };

  beforeAll(async () => {
    hubId = (await app.t.createHub('APQ', 'Sefton Careers Hub')).id;
    staff = await app.t.signedIn(Role.HUB_STAFF, hubId);
    employerId = await createEmployer(app.t, hubId, 'Crosby Coastguard');
    contact = await employerUser(app.t, hubId, employerId);
    await app.t.get(DataSource).query(
      `INSERT INTO employer_compliance (employer_id, hub_id, insurer, policy_number, cover_amount_pounds, insurance_expires_on)
         VALUES ($1, $2, 'Mersey Mutual', 'EL-9', 5000000, $3)`,
      [employerId, hubId, daysFromToday(20)],
    );
  });

  it('hub staff approve one placement and send another back with a reason', async () => {
    const approveId = await submitted('Lifeboat crew week');
    const rejectId = await submitted('Beach safety placement');
    const page = await app.browser.signIn(
      app.t.baseUrl,
      await emailOf(app.t, staff.userId),
      TEST_PASSWORD,
    );
    await page
      .getByRole('navigation', { name: 'Console pages' })
      .getByRole('link', { name: 'Approvals' })
      .click();
    await page.getByRole('heading', { name: 'Approvals', level: 1 }).waitFor();
    const queue = page.getByTestId('approval-queue');
    await queue.getByRole('row').filter({ hasText: 'Lifeboat crew week' }).waitFor();
    await expectAccessible(page, 'approval queue');

    await queue.getByRole('button', { name: 'Approve Lifeboat crew week' }).click();
    await queue
      .getByRole('row')
      .filter({ hasText: 'Lifeboat crew week' })
      .waitFor({ state: 'detached' });
    expect(
      (await staff.ok<{ opportunity: { status: string } }>(OPPORTUNITY, { id: approveId }))
        .opportunity.status,
    ).toBe('PUBLISHED');

    await queue.getByRole('button', { name: 'Send back Beach safety placement' }).click();
    const form = page.getByRole('form', { name: 'Send back Beach safety placement' });
    await form
      .getByLabel('What the employer should change')
      .fill('Name the supervisor on the beach.');
    await expectAccessible(page, 'approval queue, sending back');
    await form.getByRole('button', { name: 'Send back' }).click();
    await page.getByText('Nothing waits for approval.').waitFor();
    const { opportunity } = await staff.ok<{
      opportunity: { status: string; rejectionReason: string };
    }>(OPPORTUNITY, { id: rejectId });
    expect(opportunity).toEqual({
      status: 'DRAFT',
      rejectionReason: 'Name the supervisor on the beach.',
    });
    await app.browser.screenshot(page, 'approval-queue');

    // The hub team's compliance page lists the cover running out within 60 days.
    await page
      .getByRole('navigation', { name: 'Console pages' })
      .getByRole('link', { name: 'Compliance' })
      .click();
    const cover = page.getByTestId('cover-ending');
    await cover.getByRole('row').filter({ hasText: 'Crosby Coastguard' }).waitFor();
    expect(
      await cover.getByRole('row').filter({ hasText: 'Crosby Coastguard' }).textContent(),
    ).toContain(daysFromToday(20));
    await expectAccessible(page, 'compliance, hub staff');
  });

  it('the employer sees why an opportunity was sent back, and records its insurance', async () => {
    const page = await app.browser.signIn(
      app.t.baseUrl,
      await emailOf(app.t, contact.userId),
      TEST_PASSWORD,
    );
    const row = page
      .getByTestId('my-opportunities')
      .getByRole('row')
      .filter({ hasText: 'Beach safety placement' });
    await row
      .getByTestId('rejection-reason')
      .getByText('Name the supervisor on the beach.')
      .waitFor();
    await row.getByRole('button', { name: 'Submit for approval Beach safety placement' }).waitFor();
    await expectAccessible(page, 'employer home, sent back');

    await page
      .getByRole('navigation', { name: 'Console pages' })
      .getByRole('link', { name: 'Compliance' })
      .click();
    const form = page.getByRole('form', { name: 'Compliance record' });
    await form.getByLabel('Cover ends on').fill(daysFromToday(400));
    await form.getByLabel('Policy number').fill('EL-10');
    await expectAccessible(page, 'compliance, employer');
    await form.getByRole('button', { name: 'Record' }).click();
    await page.getByRole('status').getByText('Recorded.').waitFor();
    const [row2] = await app.t
      .get(DataSource)
      .query(
        'SELECT policy_number, insurance_expires_on::text AS ends FROM employer_compliance WHERE employer_id = $1',
        [employerId],
      );
    expect(row2).toEqual({ policy_number: 'EL-10', ends: daysFromToday(400) });
  });
});
