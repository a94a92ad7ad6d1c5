import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { DataSource } from 'typeorm';
import { TestApp, waitUntil } from '@chn/testing';

/** A port nothing listens on yet. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Readiness {
  status: number;
  ms: number;
  body: { error?: Record<string, { status: string; message?: string }> };
}

describe('readiness (e2e)', () => {
  let redis: ChildProcess;
  let t: TestApp;

  const ready = async (): Promise<Readiness> => {
    const started = Date.now();
    const res = await fetch(`${t.baseUrl}/health/ready`, { signal: AbortSignal.timeout(10_000) });
    return { status: res.status, ms: Date.now() - started, body: await res.json() };
  };

  beforeAll(async () => {
    const port = await freePort();
    // A Redis of this test's own, so freezing it touches no one else's.
    redis = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    t = await TestApp.start({ REDIS_URL: `redis://127.0.0.1:${port}` });
    await waitUntil(async () => (await ready()).status === 200, 'readiness is up');
  });
  afterAll(async () => {
    redis.kill('SIGCONT');
    await t.stop();
    redis.kill('SIGTERM');
  });

  it('answers 503 naming Redis within a second when Redis stops answering', async () => {
    redis.kill('SIGSTOP');
    try {
      const frozen = await ready();
      expect(frozen.status).toBe(503);
      expect(frozen.body.error?.redis?.status).toBe('down');
      expect(frozen.body.error?.postgres).toBeUndefined();
      expect(frozen.ms).toBeLessThan(1500);
    } finally {
      redis.kill('SIGCONT');
    }
    await waitUntil(async () => (await ready()).status === 200, 'readiness is up again');
  });

  it('answers 503 naming PostgreSQL within a second when no connection comes free', async () => {
    const db = t.get(DataSource);
    const busy = Array.from({ length: 10 }, () => db.query('SELECT pg_sleep(2.5)'));
    try {
      const starved = await ready();
      expect(starved.status).toBe(503);
      expect(starved.body.error?.postgres?.status).toBe('down');
      expect(starved.ms).toBeLessThan(1500);
    } finally {
      await Promise.all(busy);
    }
    expect((await ready()).status).toBe(200);
  });
});
