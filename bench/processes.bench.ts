/**
 * Several processes on one PostgreSQL and one Redis: the same work through one API process and
 * one worker, then through two API processes behind a round-robin proxy (in this script) and two
 * workers. Prints read requests/s and latency, the places race (places held must be 10 a round:
 * nothing counted twice) and a burst of outbox events to email (every email sent once: no
 * duplicate Message-ID at the sink, as many emails as notifications). Asserts nothing.
 */
import 'reflect-metadata';
import { createServer, request, Agent, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { TestProcess } from '../libs/testing/src/child-process';
import { freePort } from '../libs/testing/src/free-port';
import { GraphqlClient } from '../libs/testing/src/graphql-client';
import { TEST_PASSWORD, TestApp } from '../libs/testing/src/test-app';
import { uniqueName } from '../libs/testing/src/test-database';
import { SmtpSink } from '../tools/mail-sink';
import { answersHealth } from './api-process';
import { appEntry, runBench, withBenchApp } from './bench-app';
import { postingEmployer, raceForPlaces, READ_QUERY, readLoad, recordApprovals } from './workload';

const READ_SECONDS = Number(process.env.BENCH_READ_SECONDS ?? 10);
const READ_CLIENTS = 20;
const RACE_ROUNDS = Number(process.env.BENCH_RACE_ROUNDS ?? 3);
const EVENTS = Number(process.env.BENCH_PROCESS_EVENTS ?? 2_000);
const INSTITUTIONS = 150;
/** API processes (and as many workers) per round: `BENCH_PROCESSES=2` for the second only. */
const ROUNDS = (process.env.BENCH_PROCESSES ?? '1,2').split(',').map(Number);

/** Logs at warn (as in production under load); readiness is read from /health and a probe email. */
function start(app: 'api' | 'worker', env: Record<string, string>): TestProcess {
  const { script, execArgv } = appEntry(app);
  return new TestProcess(app, process.execPath, [...execArgv, script], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
  });
}

const listening = (port: number) => answersHealth(`http://127.0.0.1:${port}`);

/** Sends each request to the next API process in turn. */
async function roundRobin(ports: number[]): Promise<Server> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  let next = 0;
  const server = createServer((req, res) => {
    const port = ports[next++ % ports.length];
    const upstream = request(
      { host: '127.0.0.1', port, path: req.url, method: req.method, headers: req.headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      if (res.headersSent) return res.destroy(error);
      res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: `proxy: ${error.message}` }] }));
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function waitFor(check: () => Promise<boolean> | boolean, what: string) {
  const deadline = Date.now() + 600_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function round(
  processes: number,
  t: TestApp,
  sink: SmtpSink,
  hubId: string,
  email: string,
  employerId: string,
  institutionIds: string[],
) {
  const db = t.get(DataSource);
  await db.query('TRUNCATE notifications, domain_events');
  sink.clear();
  const env = { QUEUE_PREFIX: uniqueName('chn_bench_q'), SMTP_URL: sink.url, OUTBOX_POLL_MS: '20' };
  const ports = await Promise.all(Array.from({ length: processes }, () => freePort()));
  const children = [
    ...ports.map((port) => start('api', { ...env, PORT: String(port) })),
    ...ports.map(() => start('worker', env)),
  ];
  const proxy = await roundRobin(ports);
  try {
    for (const apiPort of ports) await waitFor(() => listening(apiPort), 'API listening');
    const { port } = proxy.address() as AddressInfo;
    const client = await new GraphqlClient(`http://127.0.0.1:${port}`).login(email, TEST_PASSWORD);
    await readLoad(client, READ_QUERY, READ_CLIENTS, 1);
    const read = await readLoad(client, READ_QUERY, READ_CLIENTS, READ_SECONDS);
    const race = await raceForPlaces(client, employerId, institutionIds, RACE_ROUNDS);
    const [{ id: adviserId }] = await db.query('SELECT id FROM advisers WHERE hub_id = $1', [
      hubId,
    ]);
    await recordApprovals(db, hubId, adviserId, 1);
    await waitFor(() => sink.messages.length > 0, 'workers ready');
    sink.clear();
    const burstStart = Date.now();
    await recordApprovals(db, hubId, adviserId, EVENTS);
    await waitFor(async () => sink.messages.length >= EVENTS, `${EVENTS} emails`);
    const emailsPerSec = Math.round((EVENTS / (Date.now() - burstStart)) * 1000);
    // Room for a second copy of any email to arrive, were one to be sent.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    // Less the probe's.
    const [{ sent }] = await db.query(
      `SELECT count(*)::int - 1 AS sent FROM notifications WHERE channel = 'EMAIL' AND status = 'SENT'`,
    );
    console.log(
      `${processes} API process(es) behind the proxy, ${processes} worker(s):`,
      JSON.stringify({
        read,
        race,
        emails: {
          events: EVENTS,
          markedSent: sent,
          atTheSink: sink.messages.length,
          duplicates: sink.notificationIds.length - new Set(sink.notificationIds).size,
          emailsPerSec,
        },
      }),
    );
  } catch (error) {
    for (const child of children) console.error(`--- ${child.name} ${child.pid}:\n${child.output}`);
    throw error;
  } finally {
    proxy.close();
    await Promise.all(children.map((child) => child.stop()));
  }
}

async function main() {
  const sink = await SmtpSink.start({ parse: false });
  try {
    await withBenchApp(async (t: TestApp) => {
      const db = t.get(DataSource);
      const hub = await t.createHub('MANY');
      await db.query(
        `INSERT INTO institutions (hub_id, urn, name, type, eligible, in_hub_since)
         SELECT $1, (400000 + g)::text, 'Institution ' || g, 'MAINSTREAM', true, DATE '2024-09-01'
         FROM generate_series(1, $2::int) g`,
        [hub.id, INSTITUTIONS],
      );
      await db.query(
        `INSERT INTO advisers (hub_id, name, email, status) VALUES ($1, 'Bench Adviser', 'bench.adviser@example.test', 'ACTIVE')`,
        [hub.id],
      );
      const email = `${uniqueName('staff')}@bench.example.test`;
      await t.signedIn(Role.HUB_STAFF, hub.id, email);
      const employerId = await postingEmployer(db, hub.id);
      const institutionIds = (
        await db.query<{ id: string }[]>('SELECT id FROM institutions WHERE hub_id = $1', [hub.id])
      ).map((row) => row.id);
      for (const processes of ROUNDS) {
        await round(processes, t, sink, hub.id, email, employerId, institutionIds);
      }
    });
  } finally {
    await sink.stop();
  }
}

runBench(main);
