import { InvalidConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives working local defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toMatch(/^postgres:\/\//);
    expect(config.DEMO_DATA).toBe(true);
    expect(config.GRAPHQL_MAX_BODY_BYTES).toBeGreaterThan(10 * 1024 * 1024);
  });

  it('reads numbers and booleans from strings', () => {
    const config = loadConfig({ PORT: '4100', DEMO_DATA: 'false' });
    expect(config.PORT).toBe(4100);
    expect(config.DEMO_DATA).toBe(false);
  });

  it('names every bad setting in one message', () => {
    expect(() => loadConfig({ PORT: 'abc', REDIS_URL: 'http://x' })).toThrow(InvalidConfigError);
    try {
      loadConfig({ PORT: 'abc', REDIS_URL: 'http://x' });
    } catch (error) {
      expect((error as Error).message).toContain('PORT');
      expect((error as Error).message).toContain('REDIS_URL');
    }
  });

  it('reads which proxies to believe about the client address', () => {
    expect(loadConfig({}).TRUST_PROXY).toEqual(['loopback']);
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::/8' }).TRUST_PROXY).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
    ]);
    for (const bad of ['10.0.0.0/33', 'proxy.example', 'loopback,', '-1']) {
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
    }
  });

  it('refuses the development JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });

  it('hashes passwords at argon2’s cost, and refuses less than OWASP’s minimum in production', () => {
    expect(loadConfig({})).toMatchObject({
      PASSWORD_HASH_MEMORY_KIB: 65536,
      PASSWORD_HASH_ITERATIONS: 3,
    });
    const production = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-length' };
    const cheap = { PASSWORD_HASH_MEMORY_KIB: '1024', PASSWORD_HASH_ITERATIONS: '1' };
    expect(loadConfig(cheap).PASSWORD_HASH_MEMORY_KIB).toBe(1024);
    expect(() => loadConfig({ ...production, ...cheap })).toThrow(/PASSWORD_HASH_MEMORY_KIB/);
    expect(() => loadConfig({ ...production, PASSWORD_HASH_ITERATIONS: '1' })).toThrow(
      /PASSWORD_HASH_ITERATIONS at least 2/,
    );
    expect(loadConfig({ ...production, PASSWORD_HASH_MEMORY_KIB: '19456' })).toMatchObject({
      PASSWORD_HASH_MEMORY_KIB: 19456,
    });
  });

  it('reads retention periods, and keeps risk-assessment PDFs at least as long as one stands', () => {
    expect(loadConfig({ MEETING_NOTE_RETENTION_DAYS: '90' }).MEETING_NOTE_RETENTION_DAYS).toBe(90);
    expect(() => loadConfig({ FEEDBACK_COMMENT_RETENTION_DAYS: '0' })).toThrow(
      /FEEDBACK_COMMENT_RETENTION_DAYS/,
    );
    expect(loadConfig({ COMPLIANCE_DOCUMENT_RETENTION_DAYS: '372' })).toBeTruthy();
    expect(() => loadConfig({ COMPLIANCE_DOCUMENT_RETENTION_DAYS: '371' })).toThrow(
      /COMPLIANCE_DOCUMENT_RETENTION_DAYS must be at least 372/,
    );
  });

  it('needs a Notify template when a Notify key is set', () => {
    const key = `chn-${'1'.repeat(8)}-1111-1111-1111-${'1'.repeat(12)}-${'2'.repeat(8)}-2222-2222-2222-${'2'.repeat(12)}`;
    expect(() => loadConfig({ NOTIFY_API_KEY: key })).toThrow(/NOTIFY_TEMPLATE_ID/);
    const config = loadConfig({
      NOTIFY_API_KEY: key,
      NOTIFY_TEMPLATE_ID: 'f33517ff-2a88-4f6e-b855-c550268ce08a',
    });
    expect(config.NOTIFY_BASE_URL).toBe('https://api.notifications.service.gov.uk');
  });

  it('reads the OpenID Connect providers and names each missing setting', () => {
    const config = loadConfig({
      OIDC_PROVIDERS: 'google, Microsoft',
      OIDC_GOOGLE_ISSUER: 'https://accounts.google.com',
      OIDC_GOOGLE_CLIENT_ID: 'google-client',
      OIDC_GOOGLE_CLIENT_SECRET: 'google-secret',
      OIDC_MICROSOFT_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
      OIDC_MICROSOFT_CLIENT_ID: 'ms-client',
      OIDC_MICROSOFT_CLIENT_SECRET: 'ms-secret',
      OIDC_MICROSOFT_EMAIL_VERIFIED_CLAIM: 'xms_edov',
    });
    expect(config.oidcProviders).toEqual([
      expect.objectContaining({
        id: 'google',
        name: 'Google',
        emailVerifiedClaim: 'email_verified',
      }),
      expect.objectContaining({
        id: 'microsoft',
        name: 'Microsoft',
        emailVerifiedClaim: 'xms_edov',
      }),
    ]);
    expect(loadConfig({}).oidcProviders).toEqual([]);
    expect(() => loadConfig({ OIDC_PROVIDERS: 'google', OIDC_GOOGLE_ISSUER: 'not a url' })).toThrow(
      /OIDC_GOOGLE_ISSUER.*OIDC_GOOGLE_CLIENT_ID|OIDC_GOOGLE_CLIENT_ID.*OIDC_GOOGLE_ISSUER/,
    );
  });
});
