import { join } from 'node:path';
import { AppConfig, Role } from '@chn/core';
import { UsersService } from '@chn/identity';
import { freePort, TestApp, TestProcess } from '@chn/testing';
import { ConsoleBrowser } from './support/console-browser';

const CLIENT_ID = 'careers-hub-test';
const CLIENT_SECRET = 'a-client-secret-for-the-tests-only';
const ME = '{ me { email role } }';
const EXCHANGE = `mutation ($code: String!) { exchangeSignInCode(code: $code) { accessToken user { email } } }`;

/** A browser's cookies and redirects, over plain HTTP: one jar per host. */
class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const { host } = new URL(url);
    const jar = this.jars.get(host) ?? new Map<string, string>();
    this.jars.set(host, jar);
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair.split('=');
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line)) jar.delete(name.trim());
      else jar.set(name.trim(), value.join('='));
    }
    return res;
  }

  /**
   * Follows redirects from `url`, answering the provider's login and consent forms as `login`,
   * up to the app's last answer; `rewriteCallback` may change the provider's redirect to the
   * app's callback, or stop before it (null).
   */
  async signIn(
    url: string,
    login: string,
    appOrigin: string,
    rewriteCallback: (url: string) => string | null = (u) => u,
  ): Promise<{ res: Response; callbackUrl?: string }> {
    let next: { url: string; init?: RequestInit } = { url };
    let callbackUrl: string | undefined;
    for (let hops = 0; hops < 20; hops += 1) {
      const res = await this.request(next.url, next.init);
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        let target = new URL(location, next.url).toString();
        if (target.includes('/auth/oidc/') && target.includes('/callback')) {
          callbackUrl = target;
          const rewritten = rewriteCallback(target);
          if (rewritten === null) return { res: new Response(null, { status: 204 }), callbackUrl };
          target = rewritten;
        }
        if (target.startsWith(appOrigin) && !target.includes('/auth/oidc/')) {
          return { res, callbackUrl };
        }
        next = { url: target };
        continue;
      }
      const html = await res.text();
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      if (!prompt || !next.url.includes('/interaction/')) {
        return { res: new Response(html, { status: res.status }), callbackUrl };
      }
      const form = new URLSearchParams({ prompt, login, password: 'any-password' });
      next = {
        url: next.url,
        init: {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: form.toString(),
        },
      };
    }
    throw new Error('too many redirects');
  }
}

describe('sign-in with an OpenID Connect provider (e2e)', () => {
  let t: TestApp;
  let provider: TestProcess;
  let hubId: string;
  const settings = {
    OIDC_PROVIDERS: 'test',
    OIDC_TEST_NAME: 'Test Identity',
    OIDC_TEST_CLIENT_ID: CLIENT_ID,
    OIDC_TEST_CLIENT_SECRET: CLIENT_SECRET,
    LOGIN_SLOWDOWN_AFTER: '10',
    LOGIN_LOCK_AFTER: '2',
  };

  beforeAll(async () => {
    const port = await freePort();
    t = await TestApp.start({ ...settings, OIDC_TEST_ISSUER: `http://127.0.0.1:${port}` });
    // The app listens on a port chosen when it starts: its public address is known only now.
    t.get(AppConfig).PUBLIC_URL = t.baseUrl;
    provider = new TestProcess(
      'oidc-provider',
      process.execPath,
      [
        join(__dirname, 'support', 'oidc-provider.mjs'),
        String(port),
        CLIENT_ID,
        CLIENT_SECRET,
        `${t.baseUrl}/auth/oidc/test/callback`,
      ],
      { readyWhen: /listening/, readyTimeoutMs: 15_000 },
    );
    await provider.ready;
    hubId = (await t.createHub('OIDC')).id;
  });
  afterAll(async () => {
    await provider?.stop();
    await t?.stop();
    for (const key of [...Object.keys(settings), 'OIDC_TEST_ISSUER']) delete process.env[key];
  });

  it('lists the configured providers on the public sign-in page', async () => {
    const { data } = await t.client.request('{ signInProviders { id name startPath } }');
    expect(data).toEqual({
      signInProviders: [{ id: 'test', name: 'Test Identity', startPath: '/auth/oidc/test/start' }],
    });
  });

  it('signs an existing account in: a one-time code in the fragment, exchanged once for a token', async () => {
    await t.signedIn(Role.CAREERS_LEADER, hubId, 'Leader@Example.test');
    const browser = new Browser();
    const { res } = await browser.signIn(
      `${t.baseUrl}/auth/oidc/test/start`,
      'leader@example.test',
      t.baseUrl,
    );
    expect(res.status).toBe(303);
    const landing = new URL(res.headers.get('location')!);
    expect(landing.pathname).toBe('/console/');
    expect(landing.search).toBe('');
    const code = new URLSearchParams(landing.hash.slice(1)).get('sign-in-code')!;
    expect(code).toMatch(/^[\w-]{40,}$/);

    const exchanged = await t.client.request<{
      exchangeSignInCode: { accessToken: string; user: { email: string } };
    }>(EXCHANGE, { code });
    expect(exchanged.data?.exchangeSignInCode.user.email).toBe('leader@example.test');
    const { me } = await t.client
      .as(exchanged.data!.exchangeSignInCode.accessToken)
      .ok<{ me: { email: string; role: string } }>(ME);
    expect(me).toEqual({ email: 'leader@example.test', role: 'CAREERS_LEADER' });

    const again = await t.client.request(EXCHANGE, { code });
    expect(again.errors?.[0].extensions?.reason).toBe('SIGN_IN_CODE_INVALID');
  });

  it('refuses an email the provider does not verify, with a page that says so', async () => {
    await t.signedIn(Role.CAREERS_LEADER, hubId, 'unverified.leader@example.test');
    const { res } = await new Browser().signIn(
      `${t.baseUrl}/auth/oidc/test/start`,
      'unverified.leader@example.test',
      t.baseUrl,
    );
    expect(res.status).toBe(403);
    const page = await res.text();
    expect(page).toContain('SIGN_IN_EMAIL_NOT_VERIFIED');
    expect(page).toContain('does not confirm that unverified.leader@example.test is verified');
  });

  it('never creates an account for an unknown email, and counts it like a wrong password', async () => {
    const email = 'stranger@example.test';
    for (let i = 0; i < 2; i += 1) {
      const { res } = await new Browser().signIn(
        `${t.baseUrl}/auth/oidc/test/start`,
        email,
        t.baseUrl,
      );
      expect(res.status).toBe(401);
      const page = await res.text();
      expect(page).toContain('SIGN_IN_NO_ACCOUNT');
      expect(page).toContain(`No Careers Hub account has the email ${email}`);
    }
    expect(await t.get(UsersService).findByEmail(email)).toBeNull();
    const locked = await new Browser().signIn(
      `${t.baseUrl}/auth/oidc/test/start`,
      email,
      t.baseUrl,
    );
    expect(locked.res.status).toBe(429);
    expect(await locked.res.text()).toContain('SIGN_IN_LOCKED');
  });

  it('refuses a callback whose state was tampered with, and one without the starting cookie', async () => {
    await t.signedIn(Role.HUB_STAFF, hubId, 'staff.oidc@example.test');
    const browser = new Browser();
    const tampered = await browser.signIn(
      `${t.baseUrl}/auth/oidc/test/start`,
      'staff.oidc@example.test',
      t.baseUrl,
      (url) => {
        const u = new URL(url);
        u.searchParams.set('state', `${u.searchParams.get('state')}x`);
        return u.toString();
      },
    );
    expect(tampered.res.status).toBe(400);
    expect(await tampered.res.text()).toContain('SIGN_IN_STATE_INVALID');

    // A callback address replayed in a browser that did not start the sign-in.
    const { callbackUrl } = await new Browser().signIn(
      `${t.baseUrl}/auth/oidc/test/start`,
      'staff.oidc@example.test',
      t.baseUrl,
      () => null,
    );
    const replayed = await new Browser().request(callbackUrl!);
    expect(replayed.status).toBe(400);
    expect(await replayed.text()).toContain('SIGN_IN_STATE_INVALID');
  });

  it('signs in from the console’s button, in a browser, through the provider’s own pages', async () => {
    await t.signedIn(Role.EMPLOYER, hubId, 'employer.oidc@example.test');
    const browser = await ConsoleBrowser.launch();
    try {
      const page = await browser.open(t.baseUrl);
      await page.getByRole('link', { name: 'Sign in with Test Identity' }).click();
      await page.locator('input[name="login"]').fill('employer.oidc@example.test');
      await page.locator('input[name="password"]').fill('any-password');
      await page.getByRole('button', { name: 'Sign-in' }).click();
      await page.getByRole('button', { name: 'Continue' }).click();
      const signedInAs = page.getByTestId('signed-in-as');
      await signedInAs.waitFor();
      expect(await signedInAs.textContent()).toBe('EMPLOYER user (Employer)');
      expect(new URL(page.url()).hash).toBe('');
      await browser.screenshot(page, 'sign-in-with-provider');
    } finally {
      await browser.close();
    }
  });

  it('answers a clear page for a provider that is not configured', async () => {
    const res = await fetch(`${t.baseUrl}/auth/oidc/nope/start`, { redirect: 'manual' });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('SIGN_IN_PROVIDER_UNKNOWN');
  });
});
