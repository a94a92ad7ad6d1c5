import { readFileSync } from 'node:fs';
import { projectRoot, Role } from '@chn/core';
import { UsersService } from '@chn/identity';
import { TestProcess } from '../libs/testing/src/child-process';
import { freePort } from '../libs/testing/src/free-port';
import { TestApp } from '../libs/testing/src/test-app';
import { waitUntil } from '../libs/testing/src/wait-until';
import { appEntry } from './bench-app';

/** The service's V8 flags (none: V8's default young generation keeps RSS lowest, bench/README.md). */
const API_NODE_FLAGS = '';

/** The API built for production, in a process of its own, as a bench measures it. */
export interface ApiProcess {
  url: string;
  pid: number;
  /** A bearer token for an account the bench created in the same database. */
  signIn(email: string, password: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts the API's entry point (`appEntry`: dist/ when the bench is built; `BENCH_API_MAIN`
 * runs another build, for before/after figures) with `NODE_ENV=production` on the database
 * `DATABASE_URL` names, with the service's V8 flags (`BENCH_API_FLAGS` replaces them), and
 * waits until it answers.
 */
export async function startApiProcess(): Promise<ApiProcess> {
  const port = await freePort();
  const { script, execArgv } = appEntry('api');
  const main = process.env.BENCH_API_MAIN ?? script;
  const flags = (process.env.BENCH_API_FLAGS ?? API_NODE_FLAGS).split(' ').filter(Boolean);
  const api = new TestProcess('api', process.execPath, [...flags, ...execArgv, main], {
    cwd: projectRoot(),
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      // The bench's own process hashes at the tests' cost, which production refuses.
      PASSWORD_HASH_MEMORY_KIB: '65536',
      PASSWORD_HASH_ITERATIONS: '3',
      PORT: String(port),
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
      DEMO_DATA: 'false',
    },
    // It prints nothing at LOG_LEVEL=warn: readiness is its health endpoint answering.
    readyWhen: /^$ never/,
    readyTimeoutMs: 120_000,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntil(() => answersHealth(url), 'the API answers', 60_000, 200);
  return {
    url,
    pid: api.pid!,
    async signIn(email, password) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
          variables: { e: email, p: password },
        }),
      });
      return ((await res.json()) as { data: { login: { accessToken: string } } }).data.login
        .accessToken;
    },
    async stop() {
      await api.stop();
    },
  };
}

/** An account of `role` in `hubId` for the bench to sign in with, created through the app. */
export async function createBenchAccount(
  t: TestApp,
  role: Role,
  hubId: string,
): Promise<{ email: string; password: string }> {
  const account = {
    email: `${role.toLowerCase()}@bench.example.test`,
    password: 'bench-password-1',
  };
  await t.get(UsersService).insert({ ...account, name: `Bench ${role}`, role, hubId });
  return account;
}

/** Whether an API process at `baseUrl` answers its health check (false while it starts). */
export function answersHealth(baseUrl: string): Promise<boolean> {
  return fetch(`${baseUrl}/health`).then(
    (res) => res.ok,
    () => false,
  );
}

/** Jiffies of CPU (user + system) a process has used so far. */
export function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** A process's resident set, MB. */
export function rssMbOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
  return Math.round(Number(line?.[1] ?? 0) / 1024);
}
