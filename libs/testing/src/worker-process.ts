import { join, resolve } from 'node:path';
import { TestProcess } from './child-process';

const ROOT = resolve(__dirname, '../../..');

/**
 * The worker as its own OS process, run from the TypeScript sources (no build needed), with
 * the test's environment (its database, queue prefix) plus `env`. Resolves once it is ready.
 * Stop it with `stop('SIGKILL')` to crash it, `stop()` to let it finish its jobs.
 */
export async function startWorkerProcess(env: Record<string, string> = {}): Promise<TestProcess> {
  const worker = new TestProcess(
    'worker',
    process.execPath,
    ['-r', join(ROOT, 'libs/testing/src/register-typescript.cjs'), 'apps/worker/src/main.ts'],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'info', ...env },
      // Every line names the process (README, LOG_LEVEL).
      readyWhen: /"service":"worker".*"msg":"Worker ready"/,
      readyTimeoutMs: 45_000,
    },
  );
  await worker.ready;
  return worker;
}
