/// <reference lib="dom" />
import { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { TestApp } from '@chn/testing';
import { AppWithMail } from './notifications.fixtures';
import { ConsoleBrowser, expectAccessible } from './support/console-browser';

const ADMIN = { email: 'first.admin@example.test', password: 'first-admin-password' };

/** Fails if the page shows any refusal or error from the API. */
async function expectNoRefusal(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
  expect({
    name,
    refusals: await page.locator('.notice-error, [role="alert"]').allTextContents(),
  }).toEqual({ name, refusals: [] });
}

/**
 * A deployment without demo data (DEMO_DATA=false): the API creates the first national
 * administrator from BOOTSTRAP_ADMIN_* as it starts, and everything else is done in the console.
 */
describe('a fresh deployment, from the first administrator to a working hub (e2e)', () => {
  let app: AppWithMail;
  let t: TestApp;
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    app = await AppWithMail.start({
      DEMO_DATA: 'false',
      BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
      BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
    });
    t = app.t;
    browser = await ConsoleBrowser.launch();
  });
  afterAll(async () => {
    await browser?.close();
    await app.stop();
    delete process.env.BOOTSTRAP_ADMIN_EMAIL;
    delete process.env.BOOTSTRAP_ADMIN_PASSWORD;
  });

  it('the bootstrap administrator creates and picks a hub, invites its admin, who signs in to it', async () => {
    const db = t.get(DataSource);
    const counts = async () =>
      (
        await db.query(`SELECT (SELECT count(*)::int FROM hubs) AS hubs,
          (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM institutions) AS institutions`)
      )[0] as { hubs: number; users: number; institutions: number };
    expect(await counts()).toEqual({ hubs: 0, users: 1, institutions: 0 });

    const page = await browser.signIn(t.baseUrl, ADMIN.email, ADMIN.password);
    await page.getByTestId('pick-a-hub').waitFor();
    await expectNoRefusal(page, 'first sign-in');
    const nav = page.getByRole('navigation', { name: 'Console pages' });

    await nav.getByRole('link', { name: 'Hubs' }).click();
    await page.getByRole('heading', { name: 'Hubs', level: 1 }).waitFor();
    await page.getByText('No hub yet').waitFor();
    await expectAccessible(page, 'hubs page with no hub');
    const create = page.getByRole('form', { name: 'Create a hub' });
    await create.getByLabel('Name').fill('Halton Careers Hub');
    await create.getByLabel('Code').fill('HAL');
    await create.getByLabel('Region').fill('North West');
    await create.getByRole('button', { name: 'Create hub' }).click();
    await page.getByText('Created Halton Careers Hub.').waitFor();
    await page
      .getByTestId('hubs')
      .getByRole('row', { name: /Halton Careers Hub/ })
      .waitFor();
    await expectNoRefusal(page, 'hub created');

    // The header's picker offers the new hub at once; picking it opens the hub's pages.
    await page.getByLabel('Hub', { exact: true }).selectOption({ label: 'Halton Careers Hub' });
    await page.locator('.hub-name').getByText('Halton Careers Hub').waitFor();
    await nav.getByRole('link', { name: 'Hub overview' }).click();
    await page.getByRole('heading', { name: /^Hub overview / }).waitFor();
    await expectNoRefusal(page, 'overview of an empty hub');
    await expectAccessible(page, 'overview of an empty hub');
    await browser.screenshot(page, 'fresh-hub-overview');

    await nav.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    const invite = page.getByRole('form', { name: 'Invite someone' });
    await invite.getByLabel('Name').fill('Harriet Halton');
    await invite.getByLabel('Email').fill('harriet.halton@example.test');
    await invite.getByLabel('Role').selectOption('HUB_ADMIN');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Invitation sent to harriet.halton@example.test.').waitFor();
    await expectNoRefusal(page, 'invitation sent');
    const [hub] = await db.query(`SELECT id FROM hubs WHERE code = 'HAL'`);
    const [invited] = await db.query('SELECT role, hub_id FROM users WHERE email = $1', [
      'harriet.halton@example.test',
    ]);
    expect(invited).toEqual({ role: 'HUB_ADMIN', hub_id: hub.id });

    const email = await app.firstTo('harriet.halton@example.test');
    const link = new URL(email.text.match(/Choose your password: (\S+)/)![1]);
    const harriet = await browser.visit(`${t.baseUrl}${link.pathname}${link.search}`);
    await harriet.getByLabel('New password (at least 10 characters)').fill('harriet-chose-this');
    await harriet.getByLabel('Type it again').fill('harriet-chose-this');
    await harriet.getByRole('button', { name: 'Set password and sign in' }).click();
    await harriet.getByTestId('signed-in-as').waitFor();
    expect(await harriet.getByTestId('signed-in-as').textContent()).toBe(
      'Harriet Halton (Hub admin)',
    );
    expect(await harriet.locator('.hub-name').textContent()).toContain('Halton Careers Hub');
    await harriet.getByRole('heading', { name: /^Hub overview / }).waitFor();
    await expectNoRefusal(harriet, 'the new hub admin’s overview');
    await expectAccessible(harriet, 'the new hub admin’s overview');
    await browser.screenshot(harriet, 'fresh-hub-admin-signed-in');
    expect(await counts()).toEqual({ hubs: 1, users: 2, institutions: 0 });
  });
});
