/// <reference lib="dom" />
import { Locator, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { TEST_PASSWORD } from '@chn/testing';
import { emailOf } from './notifications.fixtures';
import { consoleApp } from './support/console-app';
import { contrast, effectiveBackground, parseColour } from './support/contrast';
import { expectVisibleFocus, tabTo } from './support/console-keyboard';

/** WCAG 1.4.3 for text, 1.4.11 for a control's boundary. */
const TEXT = 4.5;
const BOUNDARY = 3;

type State = 'normal' | 'hover' | 'focus-visible' | 'disabled';

interface Control {
  kind: string;
  /** How to find it, and its accessible name (to reach it with Tab). */
  find: (page: Page) => Locator;
  name: string;
  /** Inputs show a border that must stand out from the page; buttons their fill. */
  boundary?: boolean;
  /** Links have no disabled state. */
  disables?: boolean;
}

interface Painted {
  color: string;
  /** Background colours from the element outwards. */
  backgrounds: string[];
  border: string;
  around: string[];
}

/** What the element paints, as computed now (in whatever state it is). */
function paintOf(locator: Locator): Promise<Painted> {
  return locator.evaluate((el) => {
    const chain = (from: Element | null) => {
      const colours: string[] = [];
      for (let e = from; e; e = e.parentElement) colours.push(getComputedStyle(e).backgroundColor);
      return colours;
    };
    const style = getComputedStyle(el);
    return {
      color: style.color,
      backgrounds: chain(el),
      border: style.borderTopColor,
      around: chain(el.parentElement),
    };
  });
}

/** The text's contrast, and (for inputs) the border's against the page around. */
function ratios(painted: Painted) {
  const background = effectiveBackground(painted.backgrounds);
  return {
    text: contrast(parseColour(painted.color), background),
    boundary: contrast(parseColour(painted.border), effectiveBackground(painted.around)),
  };
}

/** Puts the control in `state` and returns what it paints then; undoes nothing. */
async function inState(page: Page, control: Control, state: State): Promise<Painted> {
  const element = control.find(page);
  await page.mouse.move(1360, 895);
  if (state === 'hover') await element.hover();
  if (state === 'focus-visible') {
    await page.locator('body').evaluate((body) => body.focus());
    await tabTo(page, control.name);
    await expectVisibleFocus(page);
  }
  if (state === 'disabled') {
    // A disabled twin beside it: the same rules, in the disabled state.
    const twin = await element.evaluateHandle((el) => {
      const copy = el.cloneNode(true) as HTMLButtonElement;
      copy.removeAttribute('id');
      copy.disabled = true;
      copy.dataset.twin = 'disabled';
      el.after(copy);
      return copy;
    });
    const painted = await paintOf(page.locator('[data-twin="disabled"]'));
    await twin.evaluate((el) => (el as HTMLElement).remove());
    return painted;
  }
  return paintOf(element);
}

describe('console colours in every state (e2e)', () => {
  const app = consoleApp();
  let page: Page;

  beforeAll(async () => {
    const hubId = (await app.t.createHub('COL', 'St Helens Careers Hub')).id;
    const admin = await app.t.signedIn(Role.HUB_ADMIN, hubId);
    await app.t.signedIn(Role.HUB_STAFF, hubId, 'active.staff@example.test');
    const gone = await app.t.signedIn(Role.HUB_STAFF, hubId, 'gone.staff@example.test');
    await app.t
      .get(DataSource)
      .query('UPDATE users SET deactivated_at = now(), name = $2 WHERE id = $1', [
        gone.userId,
        'Gina Gone',
      ]);
    page = await app.browser.signIn(
      app.t.baseUrl,
      await emailOf(app.t, admin.userId),
      TEST_PASSWORD,
    );
    await page
      .getByRole('navigation', { name: 'Console pages' })
      .getByRole('link', { name: 'Users' })
      .click();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Reactivate Gina Gone' }).waitFor();
  });

  const form = (p: Page) => p.getByRole('form', { name: 'Invite someone' });
  const controls: Control[] = [
    {
      kind: 'primary button',
      find: (p) => p.getByRole('button', { name: 'Send invitation' }),
      name: 'Send invitation',
    },
    {
      kind: 'secondary button',
      find: (p) => p.getByRole('button', { name: 'Reactivate Gina Gone' }),
      name: 'Reactivate Gina Gone',
    },
    {
      kind: 'danger button',
      find: (p) => p.getByRole('button', { name: /^Deactivate / }).first(),
      name: 'Deactivate HUB_STAFF user',
    },
    {
      kind: 'header button',
      find: (p) => p.getByRole('button', { name: 'Sign out' }),
      name: 'Sign out',
    },
    {
      kind: 'header link',
      find: (p) =>
        p
          .getByRole('navigation', { name: 'Console pages' })
          .getByRole('link', { name: 'Hub overview' }),
      name: 'Hub overview',
      disables: false,
    },
    {
      kind: 'text input',
      find: (p) => form(p).getByLabel('Name'),
      name: 'Name',
      boundary: true,
    },
    {
      kind: 'select',
      find: (p) => form(p).getByLabel('Role'),
      name: 'Role',
      boundary: true,
    },
  ];

  const states: State[] = ['normal', 'hover', 'focus-visible', 'disabled'];
  const cases = controls.flatMap((control) =>
    states
      .filter((state) => state !== 'disabled' || control.disables !== false)
      .map((state) => [control.kind, state, control] as const),
  );

  it.each(cases)('a %s reads at 4.5:1 or more when %s', async (_kind, state, control) => {
    const found = ratios(await inState(page, control, state));
    expect(found.text).toBeGreaterThanOrEqual(TEXT);
    if (control.boundary) expect(found.boundary).toBeGreaterThanOrEqual(BOUNDARY);
  });

  it('a link on the light page reads at 4.5:1 or more, hovered and focused too', async () => {
    const signedOut = await app.browser.open(app.t.baseUrl);
    const link: Control = {
      kind: 'link',
      find: (p) => p.getByRole('link', { name: 'Forgot your password?' }),
      name: 'Forgot your password?',
    };
    for (const state of ['normal', 'hover', 'focus-visible'] as const) {
      const found = ratios(await inState(signedOut, link, state));
      expect({ state, enough: found.text >= TEXT }).toEqual({ state, enough: true });
    }
    await signedOut.close();
  });
});
