import { join, resolve } from 'node:path';
import { TestProcess } from './child-process';
import { freePort } from './free-port';
import { GraphqlClient } from './graphql-client';

const ROOT = resolve(__dirname, '../../..');

/**
 * The API as its own OS process, run from the TypeScript sources, with the test's environment
 * (its database, queue prefix) plus `env`: a second API process beside a TestApp. Resolves once
 * it listens.
 */
export async function startApiProcess(
  env: Record<string, string> = {},
): Promise<{ api: TestProcess; baseUrl: string; client: GraphqlClient }> {
  const port = await freePort();
  const api = new TestProcess(
    'api',
    process.execPath,
    ['-r', join(ROOT, 'libs/testing/src/register-typescript.cjs'), 'apps/api/src/main.ts'],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'info', PORT: String(port), ...env },
      readyWhen: /Nest application successfully started/,
      readyTimeoutMs: 60_000,
    },
  );
  await api.ready;
  const baseUrl = `http://127.0.0.1:${port}`;
  return { api, baseUrl, client: new GraphqlClient(baseUrl) };
}
