/**
 * Notifications end to end: 10,000 domain events (one email each) written to the outbox at
 * once, relayed to BullMQ, turned into notifications and sent to a local SMTP sink, with one
 * worker process and then with two (real processes, started from dist/). Prints emails per
 * second and the delay from the event's commit to the sink receiving the email; asserts nothing.
 */
import 'reflect-metadata';
import { ChildProcess, fork } from 'node:child_process';
import { Client } from 'pg';
import { migrate } from '../apps/cli/src/commands';
import { SmtpSink } from '../tools/mail-sink';
import {
  createDatabase,
  databaseUrl,
  dropDatabase,
  uniqueName,
} from '../libs/testing/src/test-database';
import { appEntry, runBench } from './bench-app';
import { summarise } from './stats';
import { recordApprovals } from './workload';

const EVENTS = Number(process.env.BENCH_NOTIFICATION_EVENTS ?? 10_000);
const CONCURRENCY = process.env.BENCH_WORKER_CONCURRENCY ?? '8';
/** Worker counts to run, one round each: `BENCH_NOTIFICATION_WORKERS=1` for one worker only. */
const ROUNDS = (process.env.BENCH_NOTIFICATION_WORKERS ?? '1,2').split(',').map(Number);
/** Extra node flags for the worker processes, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`. */
const WORKER_NODE_ARGS = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function round(workers: number, database: string, sink: SmtpSink, db: Client) {
  await db.query('TRUNCATE notifications, domain_events');
  sink.clear();
  const prefix = uniqueName('chn_bench_q');
  const env = {
    ...process.env,
    CHN_PROCESS: 'worker',
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: databaseUrl(database),
    QUEUE_PREFIX: prefix,
    SMTP_URL: sink.url,
    OUTBOX_POLL_MS: '20',
    WORKER_CONCURRENCY: CONCURRENCY,
  };
  const { script, execArgv } = appEntry('worker');
  const children: ChildProcess[] = Array.from({ length: workers }, () =>
    fork(script, { env, execArgv: [...execArgv, ...WORKER_NODE_ARGS] }),
  );
  // Ready when a probe event per worker has gone through.
  const [{ id: adviserId, hub_id: hubId }] = (
    await db.query('SELECT id, hub_id FROM advisers LIMIT 1')
  ).rows as { id: string; hub_id: string }[];
  await recordApprovals(db, hubId, adviserId, 1);
  await waitFor(() => sink.messages.length >= 1, 60_000, 'workers ready');
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await db.query('TRUNCATE notifications, domain_events');
  sink.clear();
  const start = Date.now();
  await recordApprovals(db, hubId, adviserId, EVENTS);
  const committed = Date.now();
  await waitFor(() => sink.messages.length >= EVENTS, 600_000, `${EVENTS} emails`);
  const wall = Date.now() - start;
  const duplicates = sink.notificationIds.length - new Set(sink.notificationIds).size;
  children.forEach((child) => child.kill('SIGTERM'));
  await Promise.all(children.map((child) => new Promise((resolve) => child.once('exit', resolve))));
  const delays = sink.messages.map((mail) => mail.receivedAt.getTime() - committed);
  const figures = summarise(delays, wall);
  console.log(
    JSON.stringify({
      workers,
      concurrencyPerWorker: Number(CONCURRENCY),
      events: EVENTS,
      emails: sink.messages.length,
      duplicates,
      emailsPerSec: figures.reqPerSec,
      emailsPerSecPerWorker: Math.round(figures.reqPerSec / workers),
      delayP50Ms: figures.p50Ms,
      delayP99Ms: figures.p99Ms,
      delayMaxMs: figures.maxMs,
    }),
  );
}

async function main() {
  const database = uniqueName('chn_bench_notify');
  await createDatabase(database);
  const sink = await SmtpSink.start({ parse: false });
  const db = new Client({ connectionString: databaseUrl(database) });
  try {
    await migrate(databaseUrl(database));
    await db.connect();
    const [{ id: hubId }] = (
      await db.query(
        `INSERT INTO hubs (code, name, region) VALUES ('BEN', 'Bench Careers Hub', 'Bench') RETURNING id`,
      )
    ).rows;
    await db.query(
      `INSERT INTO advisers (hub_id, name, email, status) VALUES ($1, 'Bench Adviser', 'bench.adviser@example.test', 'ACTIVE')`,
      [hubId],
    );
    for (const workers of ROUNDS) await round(workers, database, sink, db);
  } finally {
    await db.end();
    await sink.stop();
    await dropDatabase(database);
  }
}

runBench(main);
