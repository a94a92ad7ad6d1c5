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

  it('refuses the development JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
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
});
