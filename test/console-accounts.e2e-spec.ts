import { Role } from '@chn/core';
import { TEST_PASSWORD, waitUntil } from '@chn/testing';
import { consoleApp } from './support/console-app';
import { expectAccessible } from './support/console-browser';

describe('accounts in the console (e2e)', () => {
  const app = consoleApp({ mail: true });

  it('a hub admin invites a user from the Users page, who sets a password from the emailed link and signs in', async () => {
    const hubId = (await app.t.createHub('ACC', 'Halton Careers Hub')).id;
    await app.t.signedIn(Role.HUB_ADMIN, hubId, 'hub.admin@example.test');

    const page = await app.browser.signIn(app.t.baseUrl, 'hub.admin@example.test', TEST_PASSWORD);
    await page.getByRole('link', { name: 'Users' }).click();
    const form = page.getByRole('form', { name: 'Invite someone' });
    await form.getByLabel('Name').fill('Priya Shah');
    await form.getByLabel('Email').fill('priya.shah@example.test');
    await form.getByLabel('Role').selectOption('HUB_STAFF');
    await form.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Invitation sent to priya.shah@example.test.').waitFor();
    const row = page.getByTestId('users').getByRole('row', { name: /Priya Shah/ });
    await row.getByText('Invited, no password yet').waitFor();
    await expectAccessible(page, 'users page');
    await app.browser.screenshot(page, 'accounts-users-page');

    const email = await waitUntil(
      () => app.sink.to('priya.shah@example.test')[0],
      'the invitation reaches the invited user',
    );
    const link = new URL(email.text.match(/Choose your password: (\S+)/)![1]);
    expect(link.pathname).toBe('/console/invitation');

    const invited = await app.browser.open(app.t.baseUrl);
    await invited.goto(`${app.t.baseUrl}${link.pathname}${link.search}`);
    await invited.getByLabel('New password (at least 10 characters)').fill('priya-chooses-this');
    await invited.getByLabel('Type it again').fill('priya-chooses-this');
    await invited.getByRole('button', { name: 'Set password and sign in' }).click();
    await invited.getByTestId('signed-in-as').waitFor();
    expect(await invited.getByTestId('signed-in-as').textContent()).toBe('Priya Shah (Hub staff)');
    await expectAccessible(invited, 'invitation accepted');
    await app.browser.screenshot(invited, 'accounts-invitation-accepted');

    // The password works from the sign-in form too, and the link does not work twice.
    await app.browser.signIn(app.t.baseUrl, 'priya.shah@example.test', 'priya-chooses-this');
    const again = await app.browser.open(app.t.baseUrl);
    await again.goto(`${app.t.baseUrl}${link.pathname}${link.search}`);
    await again.getByLabel('New password (at least 10 characters)').fill('someone-else-tries');
    await again.getByLabel('Type it again').fill('someone-else-tries');
    await again.getByRole('button', { name: 'Set password and sign in' }).click();
    await again.getByText('This link has been used already or has expired.').waitFor();
  });
});
