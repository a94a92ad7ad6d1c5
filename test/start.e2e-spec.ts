import { ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createDatabase, databaseUrl, dropDatabase, uniqueName, waitUntil } from '@chn/testing';
import { ensureCompiled, ROOT } from './support/compiled-entry-points';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Every process below `pid`, read from /proc. */
function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  const below = (p: number): number[] => (parents.get(p) ?? []).flatMap((c) => [c, ...below(c)]);
  return below(pid);
}

const alive = (pid: number) => {
  try {
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return false;
  }
};

/** `npm start` as a supervisor runs it, stopped with one signal sent to the npm process only. */
describe('npm start (e2e)', () => {
  const database = uniqueName('chn_start');
  let npm: ChildProcess;
  let service: number[] = [];
  let output = '';

  beforeAll(async () => {
    ensureCompiled();
    await createDatabase(database, process.env.CHN_TEST_TEMPLATE_DB);
  }, 180_000);
  afterEach(() => {
    // When the signal did not get through, nothing else would stop them.
    for (const pid of [npm?.pid, ...service]) if (pid && alive(pid)) process.kill(pid, 'SIGKILL');
  });
  afterAll(() => dropDatabase(database));

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'stops the API and the worker within seconds on a %s to npm',
    async (signal) => {
      const [port, mailPort, viewerPort] = [await freePort(), await freePort(), await freePort()];
      npm = spawn('npm', ['start', '--', '--no-build'], {
        cwd: ROOT,
        env: {
          ...process.env,
          NODE_ENV: 'development',
          DATABASE_URL: databaseUrl(database),
          QUEUE_PREFIX: database,
          PORT: String(port),
          SMTP_URL: `smtp://127.0.0.1:${mailPort}`,
          MAIL_VIEWER_PORT: String(viewerPort),
          DEMO_DATA: 'false',
          LOG_LEVEL: 'warn',
        },
      });
      output = '';
      npm.stdout!.on('data', (chunk) => (output += chunk));
      npm.stderr!.on('data', (chunk) => (output += chunk));
      await waitUntil(
        () => output.includes('Careers Hub Network is running'),
        `the service is running (printed so far: ${output})`,
        90_000,
      );
      service = descendants(npm.pid!);
      expect(service.length).toBeGreaterThanOrEqual(3); // the service, its API and its worker

      const exited = new Promise<number | null>((resolve) => npm.on('exit', resolve));
      const sentAt = Date.now();
      process.kill(npm.pid!, signal);
      const code = await exited;
      await waitUntil(() => !service.some(alive), 'the service has stopped', 5_000).catch(
        () => undefined,
      );

      expect({
        stoppedWithin10s: Date.now() - sentAt < 10_000,
        running: service.filter(alive),
      }).toEqual({
        stoppedWithin10s: true,
        running: [],
      });
      expect(code).toBe(0);
      await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
    },
    120_000,
  );
});
