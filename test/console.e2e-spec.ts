/// <reference lib="dom" />
import { DEMO_PASSWORD } from '../apps/cli/src/demo/demo-accounts';
import { seedDemo } from '../apps/cli/src/commands';
import { GraphqlClient, waitUntil } from '@chn/testing';
import { Locator } from 'playwright-core';
import { consoleApp } from './support/console-app';
import { expectAccessible } from './support/console-browser';
import { tabTo } from './support/console-keyboard';

const STAFF = 'hub.staff@demo.careershub.test';
const EMPLOYER = 'employer@demo.careershub.test';

interface Figure {
  count: number;
  percent: number | null;
}
const SUMMARY = `{ matchingSummary { academicYear institutionsInHub matchedAny { count percent } } }`;
type Summary = { matchingSummary: { institutionsInHub: number; matchedAny: Figure } };

const shown = (figure: Figure) => `${figure.percent!.toFixed(1)}%`;

describe('hub console in a browser (e2e)', () => {
  const app = consoleApp();
  let staff: GraphqlClient;

  beforeAll(async () => {
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    await seedDemo();
    log.mockRestore();
    staff = await app.t.client.login(STAFF, DEMO_PASSWORD);
  });

  it('is served at /console, with the page itself for any console address', async () => {
    const page = await fetch(`${app.t.baseUrl}/console/matching`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="root"></div>');
    const script = html.match(/src="(\/console\/assets\/[^"]+\.js)"/)![1];
    const asset = await fetch(`${app.t.baseUrl}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${app.t.baseUrl}/console/assets/missing.js`)).status).toBe(404);
  });

  it('shows a wrong password as the API’s error and stays signed out', async () => {
    const page = await app.browser.open(app.t.baseUrl);
    await page.getByLabel('Email').fill(STAFF);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('UNAUTHENTICATED');
    expect(await page.getByTestId('signed-in-as').count()).toBe(0);
    await expectAccessible(page, 'sign-in with an error');
  });

  it('works from the keyboard alone, with visible focus and every control labelled', async () => {
    const page = await app.browser.open(app.t.baseUrl);
    await expectAccessible(page, 'sign-in');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('email');
    await page.keyboard.type(STAFF);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('signed-in-as').waitFor();

    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { text: el.textContent, outline: getComputedStyle(el).outlineStyle };
    });
    expect(skip).toEqual({ text: 'Skip to content', outline: 'solid' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Matching');
    await page.keyboard.press('Enter');
    await page.getByTestId('unmatched-institution').first().waitFor();
    expect(page.url()).toContain('/console/matching');

    const unlabelled = await page
      .locator('input, select, button')
      .evaluateAll(
        (controls) =>
          controls.filter(
            (c) =>
              !(c as HTMLInputElement).labels?.length &&
              !c.textContent?.trim() &&
              !c.getAttribute('aria-label'),
          ).length,
      );
    expect(unlabelled).toBe(0);
    await page.close();
  });

  it('hub staff propose a suggested adviser, record the acceptance and see the matched % rise', async () => {
    const before = (await staff.ok<Summary>(SUMMARY)).matchingSummary;
    const page = await app.browser.signIn(app.t.baseUrl, STAFF, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Matching' }).click();
    const matched = page.getByTestId('workbench-matched-any').locator('.tile-value');
    await untilText(matched, shown(before.matchedAny));

    const firstCard = page.getByTestId('unmatched-institution').first();
    const institution = (await firstCard.locator('h3').textContent())!;
    const propose = firstCard.getByRole('button', { name: /^Propose .* as 1-2-1$/ }).first();
    await propose.waitFor();
    const adviser = (await firstCard
      .getByTestId('suggestion')
      .first()
      .locator('td')
      .first()
      .evaluate((td) => td.firstChild!.textContent))!;
    type Total = { totalCount: number };
    const free = await staff.ok<{ oneToOne: Total; agile: Total }>(`{
      oneToOne: spareAdviserCapacityConnection(kind: ONE_TO_ONE) { totalCount }
      agile: spareAdviserCapacityConnection(kind: AGILE) { totalCount } }`);
    const freeOneToOne = free.oneToOne.totalCount;
    const freeAgile = free.agile.totalCount;
    expect(freeOneToOne).toBeGreaterThan(0);
    expect(freeAgile).toBeGreaterThan(freeOneToOne);
    expect(freeAgile).toBeGreaterThan(10);
    for (const [kind, count] of [
      ['one-to-one', freeOneToOne],
      ['agile', freeAgile],
    ] as const) {
      expect(
        await page.getByTestId(`workbench-spare-${kind}`).locator('.tile-value').textContent(),
      ).toBe(String(count));
      // Ten advisers a page, each kind paged on its own.
      const pages = page.getByTestId(`spare-capacity-${kind}-pages`);
      const rows = pages.getByTestId(`spare-capacity-${kind}`).locator('tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(Math.min(count, 10));
      if (count > 10) {
        const firstName = await rows.first().locator('a').textContent();
        await pages.getByRole('button', { name: 'Next page' }).click();
        await rows.first().filter({ hasNotText: firstName! }).waitFor();
        expect(await rows.count()).toBe(Math.min(count - 10, 10));
        await pages.getByRole('button', { name: 'Previous page' }).click();
        await rows.first().filter({ hasText: firstName! }).waitFor();
      }
    }
    await app.browser.screenshot(page, 'workbench');
    await expectAccessible(page, 'workbench');
    await propose.click();
    await page.getByText(`Proposed ${adviser} to ${institution}`).waitFor();

    const proposal = page.getByTestId('proposal').filter({ hasText: institution });
    await proposal.getByRole('button', { name: /accepted/ }).click();
    const after = await waitUntil(async () => {
      const { matchingSummary } = await staff.ok<Summary>(SUMMARY);
      return matchingSummary.matchedAny.count === before.matchedAny.count + 1 && matchingSummary;
    }, 'the accepted match counts as matched');
    expect(after.matchedAny.percent!).toBeGreaterThan(before.matchedAny.percent!);
    await untilText(matched, shown(after.matchedAny));
    await page.close();
  });

  it('hub staff propose a match and record its acceptance with the keyboard alone', async () => {
    const before = (await staff.ok<Summary>(SUMMARY)).matchingSummary;
    const page = await app.browser.open(app.t.baseUrl);
    await page.keyboard.press('Tab');
    await page.keyboard.type(STAFF);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('signed-in-as').waitFor();
    await tabTo(page, 'Matching');
    await page.keyboard.press('Enter');
    await page.getByTestId('unmatched-institution').first().waitFor();
    await page.getByTestId('suggestion').first().waitFor();

    const label = await tabTo(page, /^Propose .* as 1-2-1$/);
    const [, adviser, institution] = /^Propose (.*) to (.*) as 1-2-1$/.exec(label)!;
    await page.keyboard.press('Enter');
    await page.getByText(`Proposed ${adviser} to ${institution}`).waitFor();
    await page.getByTestId('proposal').filter({ hasText: institution }).waitFor();

    await tabTo(page, `Record that ${adviser} accepted ${institution}`);
    await page.keyboard.press('Space');
    await page
      .getByTestId('proposal')
      .filter({ hasText: institution })
      .waitFor({ state: 'detached' });
    await waitUntil(async () => {
      const { matchingSummary } = await staff.ok<Summary>(SUMMARY);
      return matchingSummary.matchedAny.count === before.matchedAny.count + 1;
    }, 'the match accepted by keyboard counts as matched');
    await expectAccessible(page, 'workbench after keyboard proposal');
    await page.close();
  });

  it('a past year’s workbench says plainly that nothing can be proposed in it', async () => {
    const page = await app.browser.signIn(app.t.baseUrl, STAFF, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Matching' }).click();
    // The year is chosen on the workbench itself: chosen sooner, the navigation would reset it.
    await page.getByRole('heading', { level: 1, name: 'Matching workbench' }).waitFor();
    const year = page.getByRole('combobox', { name: 'Academic year' });
    const lastYear = (await year.locator('option').nth(1).getAttribute('value'))!;
    await year.selectOption(lastYear);
    const ended = page.getByTestId('year-ended');
    await ended.waitFor();
    expect(await ended.textContent()).toContain(`${lastYear} has ended`);
    await page.getByTestId('unmatched-institution').first().waitFor();
    expect(await page.getByRole('button', { name: /^Propose .* as 1-2-1$/ }).count()).toBe(0);
    await expectAccessible(page, 'past year’s workbench');
    await page.close();
  });

  it('hub staff propose an adviser outside their local authorities only by saying why', async () => {
    const page = await app.browser.signIn(app.t.baseUrl, STAFF, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Matching' }).click();
    const card = page
      .getByTestId('unmatched-institution')
      .filter({ has: page.getByTestId('suggestion') })
      .first();
    await card.getByTestId('suggestion').first().waitFor();
    const institution = (await card.locator('h3').textContent())!;
    const adviser = (await card
      .getByTestId('suggestion')
      .first()
      .locator('td')
      .first()
      .evaluate((td) => td.firstChild!.textContent))!;
    // Since the suggestion was shown, the adviser's reach changed.
    const { advisers } = await staff.ok<{
      advisers: { edges: { node: { id: string; name: string } }[] };
    }>(
      `query ($search: String) { advisers(first: 5, filter: { search: $search }) { edges { node { id name } } } }`,
      {
        search: adviser,
      },
    );
    const adviserId = advisers.edges.find((e) => e.node.name === adviser)!.node.id;
    await staff.ok(
      `mutation ($id: ID!) { updateAdviser(id: $id, input: { localAuthorityCodes: ["999"] }) { id } }`,
      { id: adviserId },
    );

    await card
      .getByRole('button', { name: `Propose ${adviser} to ${institution} as 1-2-1` })
      .click();
    const refusal = page.getByRole('alert').filter({ hasText: 'not proposed' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('OUTSIDE_ADVISER_LOCAL_AUTHORITIES');
    const why = page.getByLabel(/^Why propose .* outside the adviser’s local authorities\?$/);
    await why.fill('Moving to the area next month; the school asked for them');
    await page.getByRole('button', { name: 'Propose anyway' }).click();
    await page.getByText(`Proposed ${adviser} to ${institution}`).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);

    const proposal = page.getByTestId('proposal').filter({ hasText: institution });
    expect(await proposal.getByTestId('override-reason').textContent()).toBe(
      'Outside their local authorities: Moving to the area next month; the school asked for them',
    );
    await app.browser.screenshot(page, 'workbench-override');
    await expectAccessible(page, 'workbench with an override');
    await page.close();
  });

  it('hub staff plan the whole hub, and only their confirmation proposes the pairings', async () => {
    const PROPOSED = `{ matches(first: 1, filter: { status: PROPOSED }) { totalCount } }`;
    type Count = { matches: { totalCount: number } };
    const proposed = async () => (await staff.ok<Count>(PROPOSED)).matches.totalCount;
    const before = await proposed();

    const page = await app.browser.signIn(app.t.baseUrl, STAFF, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Matching' }).click();
    await page.getByRole('button', { name: /^Plan .* for the whole hub$/ }).click();
    const rows = page.getByTestId('auto-match-plan').locator('tbody tr');
    await rows.first().waitFor();
    const pairings = await rows.count();
    const scores = await rows.evaluateAll((trs) =>
      trs.map((tr) => Number(tr.querySelectorAll('td')[2].textContent)),
    );
    const total = await page.getByTestId('plan-total').textContent();
    expect(total).toBe(`${pairings} pairings, total score ${scores.reduce((a, b) => a + b, 0)}`);
    await app.browser.screenshot(page, 'workbench-plan');
    await expectAccessible(page, 'workbench with a plan');

    await page.getByRole('button', { name: `Propose these ${pairings} pairings…` }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await proposed()).toBe(before);

    await page.getByRole('button', { name: `Propose these ${pairings} pairings…` }).click();
    await page.getByRole('button', { name: 'Yes, propose them' }).click();
    await page.getByText(`Proposed ${pairings} matches.`).waitFor();
    expect(await proposed()).toBe(before + pairings);
    await page.close();
  });

  it('hub staff see the network: membership, sector groups, open opportunities, bookings to confirm', async () => {
    const { all, active, opportunities, bookings } = await staff.ok<{
      all: { totalCount: number };
      active: { totalCount: number };
      opportunities: { totalCount: number };
      bookings: { totalCount: number };
    }>(`{
      all: employers(first: 1) { totalCount }
      active: employers(first: 1, filter: { membershipStatus: ACTIVE }) { totalCount }
      opportunities(first: 1, filter: { statuses: [PUBLISHED], hasPlacesLeft: true }) { totalCount }
      bookings(first: 1, filter: { status: REQUESTED }) { totalCount }
    }`);
    const page = await app.browser.signIn(app.t.baseUrl, STAFF, DEMO_PASSWORD);
    await page.getByRole('link', { name: 'Network' }).click();
    await page.getByTestId('booking').first().waitFor();
    const tile = (label: string) =>
      page.locator('.tile', { hasText: label }).locator('.tile-value').textContent();
    expect(await tile('Employers')).toBe(String(all.totalCount));
    expect(await tile('Active members')).toBe(String(active.totalCount));
    expect(await page.getByTestId('opportunity').count()).toBe(
      Math.min(50, opportunities.totalCount),
    );
    expect(await page.getByTestId('booking').count()).toBe(Math.min(50, bookings.totalCount));
    expect(await page.getByTestId('employers').locator('tbody tr').count()).toBe(
      Math.min(25, all.totalCount),
    );
    expect(await page.getByRole('alert').count()).toBe(0);
    await app.browser.screenshot(page, 'network');
    await expectAccessible(page, 'network');
    await page.close();
  });

  it('an employer sees only the bookings on their own opportunities, is offered no hub team page, and is refused matching', async () => {
    const employer = await app.t.client.login(EMPLOYER, DEMO_PASSWORD);
    const bookings = `{ bookings(first: 50, filter: { status: REQUESTED }) { edges { node { id opportunity { employer { id } } } } } }`;
    type Bookings = { bookings: { edges: { node: { id: string } }[] } };
    const own = (await employer.ok<Bookings>(bookings)).bookings.edges.map((e) => e.node.id);
    const all = (await staff.ok<Bookings>(bookings)).bookings.edges.map((e) => e.node.id);
    expect(own.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(own.length);

    const page = await app.browser.signIn(app.t.baseUrl, EMPLOYER, DEMO_PASSWORD);
    expect(page.url()).toContain('/console/employer');
    await page.getByRole('link', { name: 'Network' }).click();
    await page.getByTestId('booking').first().waitFor();
    const onPage = await page
      .getByTestId('booking')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-booking-id')));
    expect(onPage.sort()).toEqual([...own].sort());
    expect(await page.getByRole('alert').count()).toBe(0);
    await app.browser.screenshot(page, 'network-employer');
    await expectAccessible(page, 'network for an employer');

    const nav = page.getByRole('navigation', { name: 'Console pages' });
    expect(await nav.getByRole('link', { name: 'Matching' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Hub overview' }).count()).toBe(0);

    // Typed in by hand, a hub team page still shows the API's refusal, never the hub's data.
    await page.goto(`${app.t.baseUrl}/console/matching`);
    const refusal = page.getByRole('alert').first();
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('FORBIDDEN');
    expect(await page.getByTestId('unmatched-institution').count()).toBe(0);

    await page.goto(`${app.t.baseUrl}/console/overview`);
    await page.getByRole('heading', { name: /^Hub overview/ }).waitFor();
    const overviewRefusal = page.getByRole('alert').first();
    await overviewRefusal.waitFor();
    expect(await overviewRefusal.textContent()).toContain('FORBIDDEN');
    expect(await page.getByTestId('tile-eligible').count()).toBe(0);
    await expectAccessible(page, 'overview refused');
    await page.close();
  });
});

/** Waits until the locator's text is exactly `text` (the console refreshes after a change). */
async function untilText(locator: Locator, text: string): Promise<void> {
  const element = await locator.elementHandle();
  await locator
    .page()
    .waitForFunction(([el, want]) => el?.textContent === want, [element, text] as const)
    .catch(async () => {
      throw new Error(`expected "${text}", page shows "${await locator.textContent()}"`);
    });
}
