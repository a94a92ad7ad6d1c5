import { Page } from 'playwright-core';
import { Role } from '@chn/core';
import { TEST_PASSWORD, waitUntil } from '@chn/testing';
import { consoleApp } from './support/console-app';

/** How far, in CSS pixels, the page or its header runs past the right edge of the window. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector('.app-header') as HTMLElement;
    const parts = Array.from(header.querySelectorAll<HTMLElement>('*'));
    const right = Math.max(...parts.map((part) => part.getBoundingClientRect().right));
    return {
      header: Math.max(0, Math.ceil(right - document.documentElement.clientWidth)),
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });

/**
 * The overflow once the page has reflowed: charts and tables take their new width a frame or
 * more after the window's, so it is measured until it is nothing or a few seconds have passed.
 */
async function overflowOnceReflowed(page: Page) {
  let last = await overflow(page);
  await waitUntil(
    async () => {
      last = await overflow(page);
      return last.header === 0 && last.page === 0;
    },
    'the page fits the window',
    5_000,
    100,
  ).catch(() => undefined);
  return last;
}

describe('the console on a phone: 320 CSS pixels wide, nothing runs off the side (e2e)', () => {
  const app = consoleApp();

  beforeAll(async () => {
    const hubId = (await app.t.createHub('RFL', 'St Helens Careers Hub')).id;
    await app.t.signedIn(Role.HUB_ADMIN, hubId, 'admin@reflow.example');
    await app.t.signedIn(Role.HUB_ADMIN, null, 'national@reflow.example');
  });

  it.each([
    ['a hub admin, who has the most pages', 'admin@reflow.example'],
    ['a national administrator, with the hub picker', 'national@reflow.example'],
  ])('the header of %s wraps within the window', async (_who, email) => {
    const page = await app.browser.signIn(app.t.baseUrl, email, TEST_PASSWORD);
    await page.setViewportSize({ width: 1366, height: 900 });
    const wide = await page.locator('.app-header').boundingBox();
    await page.setViewportSize({ width: 320, height: 640 });
    // Wide data tables scroll sideways inside their own region (WCAG 1.4.10 allows it); the page may not.
    expect(await overflowOnceReflowed(page)).toEqual({ header: 0, page: 0 });
    // Wrapped, not clipped: the header grew taller to hold everything.
    expect((await page.locator('.app-header').boundingBox())!.height).toBeGreaterThan(wide!.height);
    await page
      .getByRole('navigation', { name: 'Console pages' })
      .getByRole('link', { name: 'Your account' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    expect(await overflowOnceReflowed(page)).toEqual({ header: 0, page: 0 });
    await app.browser.screenshot(page, `reflow-320-${email.split('@')[0]}`);
  });
});
