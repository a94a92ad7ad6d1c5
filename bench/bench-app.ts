import { join } from 'node:path';
import { TestApp, useTestAppFactory } from '../libs/testing/src/test-app';
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  uniqueName,
} from '../libs/testing/src/test-database';
import { createApiApp } from '../apps/api/src/create-api-app';
import { migrate } from '../apps/cli/src/commands';

/**
 * Runs a bench against the API started on a freshly migrated database, then drops it; with
 * `keepDatabase` the bench's database is left for inspection (its URL is printed).
 */
export async function withBenchApp(
  bench: (t: TestApp) => Promise<void>,
  options: { keepDatabase?: boolean } = {},
): Promise<void> {
  const template = uniqueName('chn_bench_tpl');
  await createDatabase(template);
  await migrate(databaseUrl(template));
  process.env.CHN_TEST_TEMPLATE_DB = template;
  useTestAppFactory(createApiApp);
  const t = await TestApp.start({ LOG_LEVEL: 'silent' });
  try {
    await bench(t);
  } finally {
    if (options.keepDatabase) {
      await t.app.close();
      console.log('kept database', process.env.DATABASE_URL);
    } else await t.stop();
    await dropDatabase(template);
  }
}

/** Runs a bench's main and exits with 0, or with 1 after printing what went wrong. */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/**
 * How to start an app as its own process: the built entry point under dist/ (`npm run bench`),
 * or its sources through the TypeScript loader when the bench itself runs from sources.
 */
export function appEntry(app: 'api' | 'worker'): { script: string; execArgv: string[] } {
  const fromSources = __filename.endsWith('.ts');
  return {
    script: join(__dirname, '..', 'apps', app, 'src', fromSources ? 'main.ts' : 'main.js'),
    execArgv: fromSources
      ? ['-r', join(__dirname, '..', 'libs', 'testing', 'src', 'register-typescript.cjs')]
      : [],
  };
}
