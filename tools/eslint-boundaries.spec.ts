import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');

/**
 * Lints each snippet as if it were the file named, with the repository's own ESLint config (in
 * a child process: the config is an ES module), and returns the import-boundary errors.
 */
function boundaryErrors(cases: { file: string; from: string }[]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const { file, from } of JSON.parse(process.argv[1])) {
      const code = "import { thing } from '" + from + "';\\nexport const used = thing;\\n";
      const [result] = await eslint.lintText(code, { filePath: file });
      out.push(result.messages.filter((m) => m.ruleId === 'chn/import-boundaries').map((m) => m.message));
    }
    console.log(JSON.stringify(out));`;
  const output = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify(cases)],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000 },
  );
  return JSON.parse(output) as string[][];
}

describe('import boundaries (eslint.config.mjs)', () => {
  it('refuses imports across the library layers, into files, and of test code', () => {
    const refused = [
      // A library below imports one above, or one of its own layer.
      { file: 'libs/matching/src/x.ts', from: '@chn/reporting' },
      { file: 'libs/institutions/src/x.ts', from: '@chn/employers' },
      { file: 'libs/core/src/x.ts', from: '@chn/queue' },
      // Deep imports into another library's files.
      { file: 'libs/reporting/src/x.ts', from: '@chn/matching/planning/assignment' },
      { file: 'libs/reporting/src/x.ts', from: '../../matching/src/planning/assignment' },
      { file: 'apps/api/src/x.ts', from: '../../../libs/core/src/errors' },
      // Libraries never import apps, test code or tools.
      { file: 'libs/core/src/x.ts', from: '../../../apps/api/src/create-api-app' },
      { file: 'libs/testing/src/x.ts', from: '../../../apps/api/src/create-api-app' },
      { file: 'libs/notifications/src/x.ts', from: '../../../tools/mail-sink' },
      // Nothing but tests imports libs/testing.
      { file: 'apps/cli/src/x.ts', from: '@chn/testing' },
      { file: 'apps/cli/src/x.ts', from: '../../../libs/testing/src/smtp-sink' },
      { file: 'libs/core/src/x.ts', from: '@chn/testing' },
      { file: 'tools/x.ts', from: '@chn/testing' },
      // Apps import libraries, not development tools or other apps.
      { file: 'apps/cli/src/x.ts', from: '../../../tools/mail-sink' },
      { file: 'apps/worker/src/x.ts', from: '../../api/src/create-api-app' },
      // The console's browser modules are for the console alone, and only those named.
      { file: 'apps/api/src/x.ts', from: '@chn/core/calendar/academic-year' },
      { file: 'apps/console/src/x.ts', from: '@chn/core/errors/domain-error' },
    ];
    const errors = boundaryErrors(refused);
    refused.forEach((c, i) => expect([c, errors[i].length]).toEqual([c, 1]));
    expect(errors[0][0]).toBe(
      'libs/matching may not import libs/reporting: a library imports only libraries below it (core < queue < identity < institutions, employers < advisers < opportunities, matching < events < reporting, notifications, programmes)',
    );
    expect(errors[3][0]).toBe(
      "'@chn/matching/planning/assignment' reaches into libs/matching's files: import its public index.ts ('@chn/matching')",
    );
    expect(errors[9][0]).toBe('apps/cli may not import libs/testing: only tests do');
  });

  it('accepts what the layers allow, and anything in tests', () => {
    const allowed = [
      { file: 'libs/reporting/src/x.ts', from: '@chn/matching' },
      { file: 'libs/matching/src/x.ts', from: '@chn/core' },
      { file: 'libs/matching/src/planning/x.ts', from: '../matches/adviser-eligibility' },
      { file: 'apps/api/src/x.ts', from: '@chn/notifications' },
      { file: 'apps/cli/src/x.ts', from: '../../api/src/create-api-app' },
      { file: 'libs/testing/src/x.ts', from: '@chn/identity' },
      { file: 'libs/testing/src/x.ts', from: '../../../tools/mail-sink' },
      { file: 'tools/x.ts', from: '../apps/cli/src/commands' },
      { file: 'test/x.e2e-spec.ts', from: '../libs/matching/src/planning/assignment' },
      { file: 'libs/core/src/x.spec.ts', from: '@chn/testing' },
      { file: 'bench/x.ts', from: '../libs/testing/src/test-app' },
      { file: 'apps/console/src/x.ts', from: '@chn/core/calendar/academic-year' },
    ];
    expect(boundaryErrors(allowed)).toEqual(allowed.map(() => []));
  });
});
