import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { TEST_PASSWORD, waitUntil } from '@chn/testing';
import { consoleApp } from './support/console-app';
import { expectAccessible } from './support/console-browser';

describe('public applications in the console (e2e)', () => {
  const app = consoleApp({ mail: true });
  let hubId: string;

  beforeAll(async () => {
    hubId = (await app.t.createHub('PUB', 'Wirral Careers Hub')).id;
    await app.t.signedIn(Role.HUB_STAFF, hubId, 'staff@wirral.example');
  });

  it('a visitor applies to join the network; hub staff approve it on Network, which invites them', async () => {
    const visitor = await app.browser.open(app.t.baseUrl);
    await visitor.getByRole('link', { name: 'Join the employer network' }).click();
    const form = visitor.getByRole('form', { name: 'Apply to join the employer network' });

    // Sent empty, the form says what is missing and sends nothing.
    await form.getByRole('button', { name: 'Send application' }).click();
    const problems = visitor.getByTestId('problems');
    await problems.getByText('Choose the Careers Hub whose network to join').waitFor();
    await problems.getByText('Enter your email address').waitFor();
    expect(await form.getByLabel('Organisation name').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(visitor, 'join the network, with problems');

    await form.getByLabel('Careers Hub').selectOption({ label: 'Wirral Careers Hub' });
    await form.getByLabel('Organisation name').fill('Cammell Laird');
    await form.getByLabel('Sector').fill('Engineering');
    await form.getByLabel('Size').selectOption('LARGE');
    await form.getByLabel('Your name').fill('Sam Rivers');
    await form.getByLabel('Your email').fill('not-an-email');
    await form.getByRole('button', { name: 'Send application' }).click();
    await problems.getByText('Enter an email address like name@example.org').waitFor();
    await form.getByLabel('Your email').fill('sam.rivers@cammell.example');
    await form.getByRole('button', { name: 'Send application' }).click();
    await visitor.getByTestId('application-received').getByText('What happens next').waitFor();
    await expectAccessible(visitor, 'join the network, received');
    await app.browser.screenshot(visitor, 'public-application-received');

    const staff = await app.browser.signIn(app.t.baseUrl, 'staff@wirral.example', TEST_PASSWORD);
    await staff.getByRole('link', { name: 'Network' }).click();
    const row = staff.getByTestId('applications').getByRole('row', { name: /Cammell Laird/ });
    await row.getByText('sam.rivers@cammell.example').waitFor();
    await expectAccessible(staff, 'network page with an application');
    await app.browser.screenshot(staff, 'public-network-applications');
    await row.getByRole('button', { name: 'Approve Cammell Laird' }).click();
    await staff.getByText('Cammell Laird is now a member').waitFor();
    await staff.getByText('No application is waiting').waitFor();
    await staff
      .getByTestId('employers')
      .getByRole('row', { name: /Cammell Laird/ })
      .getByText('Active')
      .waitFor();

    // The contact also hears that the membership was approved, in whichever order the two go.
    const email = await waitUntil(
      () =>
        app.sink.to('sam.rivers@cammell.example').find((mail) => /invitation\?/.test(mail.text)),
      'the invitation reaches the approved contact',
    );
    expect(email.text).toMatch(/Choose your password: \S+\/console\/invitation\?/);
  });

  it('a visitor volunteers as an Enterprise Adviser', async () => {
    const visitor = await app.browser.open(app.t.baseUrl);
    await visitor.getByRole('link', { name: 'Volunteer as an Enterprise Adviser' }).click();
    const form = visitor.getByRole('form', { name: 'Volunteer as an Enterprise Adviser' });
    await form.getByLabel('Careers Hub').selectOption({ label: 'Wirral Careers Hub' });
    await form.getByLabel('Full name').fill('Alex Moreno');
    await form.getByLabel('Email').fill('alex.moreno@example.test');
    await form.getByLabel('Local authorities you can reach (optional)').fill('344, Wirral');
    await form.getByRole('button', { name: 'Send' }).click();
    const problems = visitor.getByTestId('problems');
    await problems.getByText('Enter at least one sector you know').waitFor();
    await problems.getByText('Enter local authority codes of 3 digits, like 341').waitFor();
    await problems.getByText('Say when you could help').waitFor();
    await expectAccessible(visitor, 'volunteer as an adviser, with problems');

    await form.getByLabel('Sectors you know').fill('Engineering, Maritime');
    await form.getByLabel('Local authorities you can reach (optional)').fill('344');
    await form.getByLabel('When you could help').fill('One afternoon a month');
    await form.getByRole('button', { name: 'Send' }).click();
    await visitor.getByTestId('interest-received').getByText('What happens next').waitFor();
    await expectAccessible(visitor, 'volunteer as an adviser, received');
    await app.browser.screenshot(visitor, 'public-adviser-interest-received');

    const [adviser] = await app.t
      .get(DataSource)
      .query(`SELECT status, sectors, local_authority_codes FROM advisers WHERE email = $1`, [
        'alex.moreno@example.test',
      ]);
    expect(adviser).toMatchObject({ status: 'PENDING', local_authority_codes: ['344'] });
  });
});
