/// <reference lib="dom" />
import { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/cli/src/demo/demo-accounts';
import { seedDemo } from '../apps/cli/src/commands';
import { consoleApp } from './support/console-app';
import { expectAccessible } from './support/console-browser';

const LEADER = 'careers.leader@demo.careershub.test';
const NATIONAL = 'national.admin@demo.careershub.test';

/** Waits until no section is still loading. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
}

async function pickFirstHub(page: Page): Promise<string> {
  const picker = page.getByLabel('Hub', { exact: true });
  await picker.locator('option').nth(1).waitFor({ state: 'attached' });
  const name = (await picker.locator('option').nth(1).textContent())!;
  await picker.selectOption({ label: name });
  return name;
}

describe('the console for every role (e2e)', () => {
  const app = consoleApp();

  beforeAll(async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    await seedDemo();
    log.mockRestore();
  });

  it('lands a careers leader on their institution, where they request places and see the booking', async () => {
    const page = await app.browser.signIn(app.t.baseUrl, LEADER, DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'My institution', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/console/my-institution');
    await page.getByRole('heading', { name: 'Your Enterprise Adviser' }).waitFor();
    await page.getByRole('heading', { name: /^Your figures for / }).waitFor();

    const offered = page.getByTestId('open-opportunities');
    await offered.waitFor();
    const request = offered.getByRole('button', { name: /^Request places on / }).first();
    const title = (await request.textContent())!.replace('Request places on ', '');
    await request.click();
    const form = page.getByRole('form', { name: `Request places on ${title}` });
    await form.getByLabel('Pupils').fill('2');
    await form.getByLabel('Of whom on free school meals').fill('1');
    await form.getByRole('button', { name: 'Send request' }).click();

    const booking = page.getByTestId('my-bookings').getByRole('row').filter({ hasText: title });
    await booking.first().waitFor();
    expect(await booking.first().textContent()).toMatch(/Requested|On the waiting list/);
    await settled(page);
    expect(await page.locator('.notice-error').count()).toBe(0);
    await app.browser.screenshot(page, 'careers-leader-home');
  });

  it('asks a national administrator to pick a hub, remembers it, and shows its overview', async () => {
    const page = await app.browser.signIn(app.t.baseUrl, NATIONAL, DEMO_PASSWORD);
    await page.getByTestId('pick-a-hub').waitFor();
    expect(await page.locator('.notice-error').count()).toBe(0);
    await app.browser.screenshot(page, 'national-admin-pick-a-hub');

    const hubName = await pickFirstHub(page);
    await page.getByRole('heading', { name: /^Hub overview / }).waitFor();
    await settled(page);
    expect(await page.locator('.notice-error').count()).toBe(0);
    expect(await page.locator('.tile').count()).toBeGreaterThan(3);
    expect(await page.locator('.hub-name').textContent()).toContain(hubName);

    await page.reload();
    await page.getByRole('heading', { name: /^Hub overview / }).waitFor();
    const picker = page.getByLabel('Hub', { exact: true });
    expect(await picker.locator('option:checked').textContent()).toBe(hubName);
    await settled(page);
    await app.browser.screenshot(page, 'national-admin-overview');
  });

  it('lets a national administrator match, manage users and set national figures on the picked hub', async () => {
    const page = await app.browser.signIn(app.t.baseUrl, NATIONAL, DEMO_PASSWORD);
    const hubName = await pickFirstHub(page);
    const db = app.t.app.get(DataSource);
    const [{ id: hubId }] = await db.query('SELECT id FROM hubs WHERE name = $1', [hubName]);
    const nav = page.getByRole('navigation', { name: 'Console pages' });
    const noRefusal = async (name: string) => {
      await settled(page);
      expect({ name, refusals: await page.locator('.notice-error').allTextContents() }).toEqual({
        name,
        refusals: [],
      });
      await expectAccessible(page, `national admin ${name}`);
    };

    await nav.getByRole('link', { name: 'Matching' }).click();
    await page.getByRole('heading', { name: 'Matching workbench', level: 1 }).waitFor();
    await page.getByTestId('suggestion').first().waitFor();
    await noRefusal('matching');
    await app.browser.screenshot(page, 'national-admin-matching');

    await nav.getByRole('link', { name: 'Matches', exact: true }).click();
    await page.getByRole('heading', { name: 'Matches', level: 1 }).waitFor();
    await page.getByLabel('Status').selectOption({ label: 'Any' });
    await page.getByTestId('matches').waitFor();
    const shown = await page
      .getByTestId('match')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-match-id')));
    const [{ count: outside }] = await db.query(
      'SELECT count(*)::int AS count FROM matches WHERE id = ANY($1) AND hub_id <> $2',
      [shown, hubId],
    );
    expect({ shown: shown.length > 0, outside }).toEqual({ shown: true, outside: 0 });
    await noRefusal('matches');

    await nav.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    const invite = page.getByRole('form', { name: 'Invite someone' });
    await invite.getByLabel('Name').fill('Nadia National-Invite');
    await invite.getByLabel('Email').fill('nadia.invited@example.test');
    await invite.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Invitation sent to nadia.invited@example.test').waitFor();
    const [invited] = await db.query('SELECT hub_id FROM users WHERE email = $1', [
      'nadia.invited@example.test',
    ]);
    expect(invited.hub_id).toBe(hubId);
    await noRefusal('users');

    await nav.getByRole('link', { name: 'National reference data' }).click();
    await page.getByRole('heading', { name: 'National reference data', level: 1 }).waitFor();
    await page.getByTestId('national-reference-year').first().waitFor();
    await noRefusal('national reference');
    const year = (await page
      .getByTestId('national-reference-year')
      .first()
      .locator('th')
      .textContent())!;
    await page.getByRole('button', { name: `Edit ${year}` }).click();
    const figures = page.getByRole('form', { name: `National figures of ${year}` });
    await figures.getByLabel('Average benchmarks achieved (0-8)').fill('4.2');
    await figures.getByRole('button', { name: `Save ${year}` }).click();
    await page.locator('.notice-ok, .notice-error').first().waitFor();
    expect(await page.locator('.notice-ok, .notice-error').first().textContent()).toBe(
      `Saved the national figures of ${year}.`,
    );
    const [saved] = await db.query(
      'SELECT average_achieved::float8 AS average FROM national_references WHERE academic_year = $1',
      [year],
    );
    expect(saved.average).toBe(4.2);
    await noRefusal('national reference form');
    await app.browser.screenshot(page, 'national-admin-national-reference');

    const queues = nav.getByRole('link', { name: 'Queues' });
    expect(await queues.getAttribute('href')).toBe('/admin/queues');
    const status = await page.evaluate(
      async () => (await fetch('/admin/queues', { credentials: 'include' })).status,
    );
    expect(status).toBe(200);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').waitFor();
    const after = await page.evaluate(
      async () => (await fetch('/admin/queues', { credentials: 'include' })).status,
    );
    expect(after).toBe(401);
  });

  it.each(DEMO_ACCOUNTS.map((a) => [a.national ? 'NATIONAL_ADMIN' : a.role, a.email]))(
    'offers %s only pages the API answers',
    async (audience, email) => {
      const page = await app.browser.signIn(app.t.baseUrl, email, DEMO_PASSWORD);
      if (email === NATIONAL) await pickFirstHub(page);
      const nav = page.getByRole('navigation', { name: 'Console pages' }).getByRole('link');
      const labels = await nav.allTextContents();
      expect(labels.length).toBeGreaterThan(1);
      // The queue board is the API's own page, not the console's: checked on its own below.
      for (const label of labels.filter((l) => l !== 'Queues')) {
        await nav.filter({ hasText: label }).first().click();
        await page.locator('main h1').first().waitFor();
        await settled(page);
        const refusals = await page.locator('.notice-error').allTextContents();
        expect({ label, refusals }).toEqual({ label, refusals: [] });
        await expectAccessible(page, `${audience} ${label}`);
      }
      await app.browser.screenshot(page, `nav-${audience.toLowerCase()}`);
    },
  );
});
