/// <reference lib="dom" />
import { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../apps/cli/src/demo/demo-accounts';
import { seedDemo } from '../apps/cli/src/commands';
import { TestApp } from '@chn/testing';
import { ConsoleBrowser, expectAccessible } from './support/console-browser';

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
  let t: TestApp;
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    t = await TestApp.start();
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    await seedDemo();
    log.mockRestore();
    browser = await ConsoleBrowser.launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t.stop();
  });

  it('lands a careers leader on their institution, where they request places and see the booking', async () => {
    const page = await browser.signIn(t.baseUrl, LEADER, DEMO_PASSWORD);
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
    await browser.screenshot(page, 'careers-leader-home');
  });

  it('asks a national administrator to pick a hub, remembers it, and shows its overview', async () => {
    const page = await browser.signIn(t.baseUrl, NATIONAL, DEMO_PASSWORD);
    await page.getByTestId('pick-a-hub').waitFor();
    expect(await page.locator('.notice-error').count()).toBe(0);
    await browser.screenshot(page, 'national-admin-pick-a-hub');

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
    await browser.screenshot(page, 'national-admin-overview');
  });

  it.each(DEMO_ACCOUNTS.map((a) => [a.national ? 'NATIONAL_ADMIN' : a.role, a.email]))(
    'offers %s only pages the API answers',
    async (audience, email) => {
      const page = await browser.signIn(t.baseUrl, email, DEMO_PASSWORD);
      if (email === NATIONAL) await pickFirstHub(page);
      const nav = page.getByRole('navigation', { name: 'Console pages' }).getByRole('link');
      const labels = await nav.allTextContents();
      expect(labels.length).toBeGreaterThan(1);
      for (const label of labels) {
        await nav.filter({ hasText: label }).first().click();
        await page.locator('main h1').first().waitFor();
        await settled(page);
        const refusals = await page.locator('.notice-error').allTextContents();
        expect({ label, refusals }).toEqual({ label, refusals: [] });
        await expectAccessible(page, `${audience} ${label}`);
      }
      await browser.screenshot(page, `nav-${audience.toLowerCase()}`);
    },
  );
});
