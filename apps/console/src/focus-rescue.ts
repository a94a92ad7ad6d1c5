import { useEffect } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])';
/** Where the search for a control stops and the region's heading takes focus instead. */
const REGION = 'section, main';
/** Past the page's main region the whole page changed (signed in or out): the browser's start is right. */
const PAGE = '#root, body';

function isDisabled(element: HTMLElement): boolean {
  return (element as HTMLButtonElement).disabled === true;
}

/** The nearest control still on the page around where focus was, else that region's heading. */
function nearestLeft(trail: HTMLElement[]): HTMLElement | null {
  for (const around of trail) {
    if (!around.isConnected) continue;
    if (around.matches(PAGE)) return null;
    if (around.matches(REGION)) {
      const heading = around.querySelector<HTMLElement>('h1, h2, h3');
      if (!heading) continue;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      return heading;
    }
    const control = around.querySelector<HTMLElement>(FOCUSABLE);
    if (control) return control;
  }
  return null;
}

/**
 * Keeps the keyboard's place. When the focused control goes away (a request answered and its
 * row gone, a form closed, a button replaced by the next step) the browser drops focus to the
 * page, and the next Tab starts again from the top. This puts it back: on the same control once
 * it is enabled again (a button is disabled while its action runs), else on the nearest control
 * left where it was, else on the heading of its section. A click elsewhere is left alone.
 */
export function useFocusRescue(): void {
  useEffect(() => {
    let last: HTMLElement | null = null;
    let trail: HTMLElement[] = [];
    const remember = (event: FocusEvent) => {
      if (!(event.target instanceof HTMLElement)) return;
      last = event.target;
      trail = [];
      for (let up = last.parentElement; up; up = up.parentElement) trail.push(up);
    };
    const forget = () => (last = null);
    const rescue = () => {
      const active = document.activeElement;
      if (!last || (active && active !== document.body)) return;
      if (last.isConnected) {
        if (!isDisabled(last)) last.focus();
        return;
      }
      last = null;
      nearestLeft(trail)?.focus();
    };
    const changes = new MutationObserver(rescue);
    changes.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['disabled'],
    });
    document.addEventListener('focusin', remember);
    document.addEventListener('pointerdown', forget, true);
    return () => {
      changes.disconnect();
      document.removeEventListener('focusin', remember);
      document.removeEventListener('pointerdown', forget, true);
    };
  }, []);
}
