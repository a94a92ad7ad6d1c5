import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { consoleDir } from '../../apps/api/src/console/serve-console';

/** Debian's chromium, installed by .ci/ensure-chromium.sh; playwright never downloads a browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const ARTIFACTS = join(__dirname, '..', 'artifacts');

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
    const context = await this.browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/console/`);
    await page.getByLabel('Email').waitFor();
    return page;
  }

  /** A fresh page signed in through the console's form. */
  async signIn(baseUrl: string, email: string, password: string): Promise<Page> {
    const page = await this.open(baseUrl);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in-as').waitFor();
    return page;
  }

  async screenshot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
