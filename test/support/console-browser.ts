import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { consoleDir } from '../../apps/api/src/console/serve-console';

/** Debian's chromium, installed by .ci/ensure-chromium.sh; playwright never downloads a browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const ARTIFACTS = join(__dirname, '..', 'artifacts');

let axeSource: string | undefined;

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe-core (WCAG 2.0-2.2 A and AA rules) on the page as it stands and fails on any serious
 * or critical violation, naming each rule and the elements it found; `name` says which page.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const result = (await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    })) as { violations: AxeViolation[] };
    return result.violations;
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length)
    throw new Error(
      `${name}: ${serious.length} serious or critical accessibility violation(s):\n` +
        serious
          .map(
            (v) =>
              `- ${v.id} (${v.impact}): ${v.help}\n` +
              v.nodes
                .slice(0, 5)
                .map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`)
                .join('\n'),
          )
          .join('\n'),
    );
}

/** Headless chromium (playwright's default launch: a fresh temporary profile), driving the built console. */
export class ConsoleBrowser {
  private constructor(private readonly browser: Browser) {}

  static async launch(): Promise<ConsoleBrowser> {
    if (!existsSync(join(consoleDir(), 'index.html')))
      throw new Error('The console is not built: run "npm run build:console" first');
    if (!existsSync(CHROMIUM))
      throw new Error(`No chromium at ${CHROMIUM}: run "sh .ci/ensure-chromium.sh"`);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
    return new ConsoleBrowser(browser);
  }

  /** The console's sign-in form in a fresh page (own cookies and session storage), at a laptop's size. */
  async open(baseUrl: string): Promise<Page> {
    const page = await this.visit(`${baseUrl}/console/`);
    await page.getByLabel('Email').waitFor();
    return page;
  }

  /** A fresh page at any address, at a laptop's size; `beforeLoad` may set routes first. */
  async visit(url: string, beforeLoad?: (page: Page) => Promise<unknown>): Promise<Page> {
    const context = await this.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await beforeLoad?.(page);
    await page.goto(url);
    return page;
  }

  /** A fresh page signed in through the console's form. */
  async signIn(baseUrl: string, email: string, password: string): Promise<Page> {
    const page = await this.open(baseUrl);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in-as').waitFor();
    // The console then takes them to their home page: wait until it is there, so that the
    // test's first step is not undone by that navigation.
    await page.waitForURL((url) => /^\/console\/[a-z]/.test(url.pathname));
    await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
    return page;
  }

  async screenshot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
