/// <reference lib="dom" />
import { Page } from 'playwright-core';
import { contrast, effectiveBackground, parseColour } from './contrast';

/** A focus indicator must stand out 3:1 from what surrounds the control (WCAG 1.4.11, 2.4.13). */
export const FOCUS_CONTRAST = 3;

/**
 * The focused element's accessible name as a screen reader would read it, for the cases the
 * console uses: aria-labelledby, aria-label, its labels (without the control's own text, such
 * as a select's options), else its text.
 */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '';
    const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy)
      return clean(
        labelledBy
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent)
          .join(' '),
      );
    const ariaLabel = el.getAttribute('aria-label');
    if (ariaLabel) return clean(ariaLabel);
    const labels = (el as HTMLInputElement).labels;
    if (labels?.length)
      return clean(
        Array.from(labels)
          .map((label) => {
            const copy = label.cloneNode(true) as HTMLElement;
            copy.querySelectorAll('input, select, textarea').forEach((c) => c.remove());
            return copy.textContent;
          })
          .join(' '),
      );
    return clean(el.textContent);
  });
}

/**
 * Presses Tab (Shift+Tab with `backwards`) until the focused element's accessible name is `name`
 * (or matches it), and returns that name; fails after `max` presses, naming the last ones seen.
 */
export async function tabTo(
  page: Page,
  name: string | RegExp,
  { max = 120, backwards = false }: { max?: number; backwards?: boolean } = {},
): Promise<string> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const current = await focusedName(page);
    if (typeof name === 'string' ? current === name : name.test(current)) return current;
    seen.push(current);
  }
  throw new Error(
    `No control named ${String(name)} within ${max} ${backwards ? 'Shift+Tab' : 'Tab'} presses; ` +
      `the last focused were: ${seen.slice(-8).join(' | ')}`,
  );
}

/** Types into the focused control after selecting what it holds, as a keyboard user would. */
export async function typeHere(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

/** Tabs to the field named `name`, checks its focus shows, and types `text` into it. */
export async function fillByKeyboard(page: Page, name: string | RegExp, text: string) {
  await tabTo(page, name);
  await expectVisibleFocus(page);
  await typeHere(page, text);
}

/** What the focused element paints for its focus, and what surrounds it. */
interface FocusStyle {
  name: string;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  /** The background-color of each ancestor, innermost first. */
  around: string[];
}

/**
 * Fails unless the focused element shows a solid outline at least 2px wide whose colour stands
 * out 3:1 from the background around the element; returns that ratio.
 */
export async function expectVisibleFocus(page: Page): Promise<number> {
  const style = await page.evaluate((): FocusStyle | null => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const computed = getComputedStyle(el);
    const around: string[] = [];
    for (let p = el.parentElement; p; p = p.parentElement)
      around.push(getComputedStyle(p).backgroundColor);
    return {
      name: el.outerHTML.slice(0, 120),
      outlineStyle: computed.outlineStyle,
      outlineWidth: parseFloat(computed.outlineWidth),
      outlineColor: computed.outlineColor,
      around,
    };
  });
  if (!style) throw new Error('Nothing has focus: it was lost to the page');
  const ratio = contrast(parseColour(style.outlineColor), effectiveBackground(style.around));
  const shown = { outline: style.outlineStyle, wide: style.outlineWidth >= 2, ratio };
  if (shown.outline !== 'solid' || !shown.wide || ratio < FOCUS_CONTRAST)
    throw new Error(
      `No visible focus on ${style.name}: ${style.outlineWidth}px ${style.outlineStyle} ` +
        `${style.outlineColor} outline, ${ratio.toFixed(2)}:1 against its surroundings`,
    );
  return ratio;
}

/** Signs in from the console's sign-in form with the keyboard alone. */
export async function signInByKeyboard(page: Page, email: string, password: string) {
  await fillByKeyboard(page, 'Email', email);
  await fillByKeyboard(page, 'Password', password);
  await page.keyboard.press('Enter');
  await page.getByTestId('signed-in-as').waitFor();
}

/** Fails unless, once the page has settled after an action, something other than the page has focus. */
export async function expectFocusKept(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () => document.activeElement && document.activeElement !== document.body,
      null,
      {
        timeout: 3000,
      },
    )
    .catch(() => {
      throw new Error('Focus was lost to the page after the action');
    });
}
