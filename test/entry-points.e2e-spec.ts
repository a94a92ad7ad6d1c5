import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { TestApp } from '@chn/testing';
import { ensureCompiled, run } from './support/compiled-entry-points';

const CLI = 'dist/apps/cli/src/main.js';
const CSV = join(__dirname, '..', 'libs/institutions/data/lcr-establishments.csv');

/** Every way of starting the code, as `npm start`, Docker and operators run it (compiled). */
const ENTRY_POINTS: [string, string, string[]][] = [
  ['npm start', 'npm', ['start', '--', '--no-build']],
  ['start-all', 'node', ['dist/tools/start-all.js']],
  ['the API', 'node', ['dist/apps/api/src/main.js']],
  ['the worker', 'node', ['dist/apps/worker/src/main.js']],
  ['cli migrate', 'node', [CLI, 'migrate']],
  ['cli seed-demo', 'node', [CLI, 'seed-demo']],
  ['cli create-admin', 'node', [CLI, 'create-admin', '--email', 'x@example.test']],
  ['cli import-institutions', 'node', [CLI, 'import-institutions', CSV, '--hub', 'LCR']],
  [
    'cli import-compass-evaluations',
    'node',
    [CLI, 'import-compass-evaluations', CSV, '--hub', 'LCR'],
  ],
  ['cli import-fsq', 'node', [CLI, 'import-fsq', CSV, '--hub', 'LCR']],
  ['cli export-dashboard', 'node', [CLI, 'export-dashboard', '--hub', 'LCR', '--year', '2024/25']],
  ['cli export-matches', 'node', [CLI, 'export-matches', '--hub', 'LCR', '--year', '2024/25']],
  ['cli emit-schema', 'node', [CLI, 'emit-schema']],
];

/** What a process printed, without the two lines npm prints before running a script. */
const ownLines = (output: string) =>
  output.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('> '));

describe('entry points (e2e)', () => {
  beforeAll(() => ensureCompiled(), 180_000);

  describe.each([
    ['PORT', 'abc'],
    ['JWT_SECRET', 'short'],
  ])('with %s=%s', (setting, value) => {
    // Each a process of its own that exits at once: run a few at a time.
    it.concurrent.each(ENTRY_POINTS)(
      '%s prints one line naming it and exits non-zero',
      async (_, cmd, args) => {
        const { code, output } = await run(cmd, args, { [setting]: value, ADMIN_PASSWORD: 'x' });
        expect(code).not.toBe(0);
        expect(ownLines(output)).toEqual([
          expect.stringMatching(`^Invalid configuration: ${setting}:`),
        ]);
      },
    );
  });

  describe('create-admin', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await TestApp.start();
    });
    afterAll(() => t.stop());

    const nationalAdmins = async () =>
      (
        await t
          .get(DataSource)
          .query(
            "SELECT email FROM users WHERE role = 'HUB_ADMIN' AND hub_id IS NULL ORDER BY email",
          )
      ).map((row: { email: string }) => row.email);

    it('creates a national administrator, the password read from standard input', async () => {
      const created = await run(
        'node',
        [CLI, 'create-admin', '--email', 'First.Admin@example.test', '--name', 'Ada Lovelace'],
        { LOG_LEVEL: 'silent' },
        'first-admin-password\n',
      );
      expect(created).toEqual({
        code: 0,
        output:
          'Created national administrator first.admin@example.test. Sign in with this email.\n',
      });
      const admin = await t.client.login('first.admin@example.test', 'first-admin-password');
      const { me } = await admin.ok<{ me: { name: string; role: string; hubId: null } }>(
        '{ me { name role hubId } }',
      );
      expect(me).toEqual({ name: 'Ada Lovelace', role: 'HUB_ADMIN', hubId: null });
    });

    it('refuses a short password or a taken email, creating nothing', async () => {
      const short = await run('node', [CLI, 'create-admin', '--email', 'second@example.test'], {
        ADMIN_PASSWORD: 'short',
      });
      expect(short.code).toBe(1);
      expect(short.output).toContain('password must be longer than or equal to 10 characters');
      const taken = await run(
        'node',
        [CLI, 'create-admin', '--email', 'first.admin@example.test'],
        {
          ADMIN_PASSWORD: 'another-long-password',
        },
      );
      expect(taken.code).toBe(1);
      expect(taken.output).toContain('already exists');
      expect(await nationalAdmins()).toEqual(['first.admin@example.test']);
    });
  });
});
