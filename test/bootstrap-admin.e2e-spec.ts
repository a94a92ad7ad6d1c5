import { INestApplication, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TestApp } from '@chn/testing';
import { createApiApp } from '../apps/api/src/create-api-app';
import { seedDemo } from '../apps/cli/src/commands';

const BOOTSTRAP = {
  BOOTSTRAP_ADMIN_EMAIL: 'root@example.test',
  BOOTSTRAP_ADMIN_PASSWORD: 'bootstrap-password',
};

/** The bootstrap national administrator, and the hint when there is no administrator at all. */
describe('first national administrator (e2e)', () => {
  let t: TestApp;
  let logged: jest.SpyInstance;
  let warned: jest.SpyInstance;
  const messages = (spy: jest.SpyInstance) => spy.mock.calls.map((args) => args.join(' '));

  /** The API starting again against the same database, with these settings. */
  const restartApi = async (env: Record<string, string | undefined>) => {
    Object.assign(process.env, env);
    for (const [key, value] of Object.entries(env))
      if (value === undefined) delete process.env[key];
    const app: INestApplication = await createApiApp();
    await app.init();
    await app.close();
  };

  beforeAll(async () => {
    logged = jest.spyOn(Logger.prototype, 'log');
    warned = jest.spyOn(Logger.prototype, 'warn');
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    t = await TestApp.start();
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t.stop();
  });
  beforeEach(() => jest.clearAllMocks());

  it('says how to create the first administrator on a database without any', async () => {
    await restartApi({ BOOTSTRAP_ADMIN_EMAIL: undefined, BOOTSTRAP_ADMIN_PASSWORD: undefined });
    expect(messages(warned)).toContainEqual(
      expect.stringContaining('npm run cli -- create-admin --email'),
    );
  });

  it('creates the bootstrap administrator after demo data was seeded, and says so', async () => {
    expect(await seedDemo()).toBe(true);
    await restartApi(BOOTSTRAP);
    expect(messages(logged)).toContainEqual(
      expect.stringContaining('Created the bootstrap national administrator root@example.test'),
    );
    const admin = await t.client.login('root@example.test', 'bootstrap-password');
    const { me } = await admin.ok<{ me: { role: string; hubId: null } }>('{ me { role hubId } }');
    expect(me).toEqual({ role: 'HUB_ADMIN', hubId: null });
  });

  it('leaves an existing administrator of that email as it is, and gives no hint once one exists', async () => {
    await restartApi({ ...BOOTSTRAP, BOOTSTRAP_ADMIN_PASSWORD: 'a-different-password' });
    await t.client.login('root@example.test', 'bootstrap-password');
    const [{ count }] = await t
      .get(DataSource)
      .query("SELECT count(*)::int AS count FROM users WHERE email = 'root@example.test'");
    expect(count).toBe(1);
    await restartApi({ BOOTSTRAP_ADMIN_EMAIL: undefined, BOOTSTRAP_ADMIN_PASSWORD: undefined });
    expect(messages(logged).concat(messages(warned))).not.toContainEqual(
      expect.stringMatching(/Created the bootstrap|No national administrator/),
    );
  });
});
