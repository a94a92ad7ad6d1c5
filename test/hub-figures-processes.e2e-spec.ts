import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import * as eventQueries from '@chn/events';
import { YEAR_FIGURES_SQL } from '@chn/matching';
import {
  GraphqlClient,
  startApiProcess,
  TEST_PASSWORD,
  TestApp,
  TestProcess,
  uniqueName,
} from '@chn/testing';
import * as activityQueries from '../libs/reporting/src/dashboard/hub-activity.queries';
import * as dashboardQueries from '../libs/reporting/src/dashboard/hub-dashboard.queries';
import * as qualityQueries from '../libs/reporting/src/quality/quality.queries';
import * as networkActivityQueries from '../libs/reporting/src/dashboard/network-activity.queries';

const YEAR = '2025/26';
const FIGURES = `query ($year: String) {
  hubDashboard(academicYear: $year) {
    eligibleInstitutions institutionsInHub inHubTarget fsqStudents currentAdvisers nationalAverageAchieved
  }
}`;

interface Figures {
  eligibleInstitutions: number;
  institutionsInHub: number;
  inHubTarget: number;
  fsqStudents: number;
  currentAdvisers: number;
  nationalAverageAchieved: number | null;
}

describe('hub figures kept by two API processes (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let second: TestProcess;
  let hubId: string;
  /** The same hub admin signed in to each process. */
  let throughFirst: GraphqlClient;
  let throughSecond: GraphqlClient;
  let institutionId: string;

  const figures = async (client: GraphqlClient) =>
    (await client.ok<{ hubDashboard: Figures }>(FIGURES, { year: YEAR })).hubDashboard;
  const bothSee = async (expected: Partial<Figures>) => {
    expect(await figures(throughFirst)).toMatchObject(expected);
    expect(await figures(throughSecond)).toMatchObject(expected);
  };
  const insertAdviser = (runner: { query: DataSource['query'] }) =>
    runner.query(
      `INSERT INTO advisers (hub_id, name, email, status, max_one_to_one, max_agile)
       VALUES ($1, 'By hand', $2, 'ACTIVE', 1, 1)`,
      [hubId, `${uniqueName('ea')}@example.test`],
    );

  beforeAll(async () => {
    t = await TestApp.start();
    db = t.get(DataSource);
    const hub = await t.createHub('TWO');
    hubId = hub.id;
    const email = `${uniqueName('admin')}@example.test`;
    throughFirst = await t.signedIn(Role.HUB_ADMIN, hubId, email);
    const started = await startApiProcess();
    second = started.api;
    throughSecond = await started.client.login(email, TEST_PASSWORD);
    await bothSee({ eligibleInstitutions: 0, inHubTarget: 95, fsqStudents: 0, currentAdvisers: 0 });
  }, 90_000);
  afterAll(async () => {
    await second?.stop();
    await t?.stop();
  });

  it('listens for changes in each process', async () => {
    const [{ listeners }] = await db.query(
      `SELECT count(*)::int AS listeners FROM pg_stat_activity
       WHERE datname = current_database() AND application_name = 'careers-hub-network figures'`,
    );
    expect(listeners).toBe(2);
  });

  it('keeps the figures: a write that bypasses the triggers is not seen', async () => {
    await db.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await insertAdviser(manager);
    });
    await bothSee({ currentAdvisers: 0 });
  });

  it('shows an institution created through one process in the other at once', async () => {
    const created = await throughFirst.ok<{ createInstitution: { id: string } }>(
      `mutation ($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`,
      {
        input: {
          urn: '700001',
          name: 'Two Process Academy',
          type: 'MAINSTREAM',
          inHubSince: '2024-01-10',
          pupils: 900,
        },
      },
    );
    institutionId = created.createInstitution.id;
    // The hand-written adviser shows too: the hub's figures were dropped, not patched.
    await bothSee({ eligibleInstitutions: 1, institutionsInHub: 1, currentAdvisers: 1 });
  });

  it('shows a hub status changed through the second process in the first', async () => {
    await throughSecond.ok(
      `mutation ($id: ID!) { setInstitutionHubStatus(id: $id, eligible: false, inHub: false) { id } }`,
      { id: institutionId },
    );
    await bothSee({ eligibleInstitutions: 0, institutionsInHub: 0 });
    await throughFirst.ok(
      `mutation ($id: ID!) { setInstitutionHubStatus(id: $id, eligible: true, inHub: true) { id } }`,
      { id: institutionId },
    );
    await bothSee({ eligibleInstitutions: 1 });
  });

  it('shows targets set through one process in the other', async () => {
    await throughFirst.ok(
      `mutation { setHubTargets(input: { floorTargetBenchmarks: 4, inHubTargetPercent: 90 }) { hubId } }`,
    );
    await bothSee({ inHubTarget: 90 });
  });

  it('shows FSQ recorded through the second process in the first', async () => {
    await throughSecond.ok(
      `mutation ($input: RecordFsqInput!) { recordFsq(input: $input) { students } }`,
      { input: { institutionId, academicYear: YEAR, students: 120 } },
    );
    await bothSee({ fsqStudents: 120 });
  });

  it('shows a row written by hand, as the worker or the CLI would, in both', async () => {
    await insertAdviser(db);
    await bothSee({ currentAdvisers: 2 });
  });

  it('shows national reference data, shared by every hub, changed by hand in both', async () => {
    // 2025/26 has no reference row of its own: the seeded 2024/25 one (5.9) stands in.
    await bothSee({ nationalAverageAchieved: 5.9 });
    await db.query(
      `UPDATE national_references SET average_achieved = 6.4 WHERE academic_year = '2024/25'`,
    );
    await bothSee({ nationalAverageAchieved: 6.4 });
  });

  it('has every table the dashboard reads notify its changes', async () => {
    const sql = [
      ...Object.values(dashboardQueries),
      ...Object.values(activityQueries),
      ...Object.values(qualityQueries),
      ...Object.values(networkActivityQueries),
      eventQueries.HUB_EVENTS_HELD_BY_KIND_SQL,
      eventQueries.HUB_EVENT_FIGURES_SQL,
      eventQueries.HUB_EVENTS_LAST_ENDED_SQL,
    ]
      .filter((value) => typeof value === 'string')
      .concat(YEAR_FIGURES_SQL)
      .join('\n');
    const named = [...sql.matchAll(/\b(?:FROM|JOIN)\s+([a-z_]+)/gi)].map((m) => m[1]);
    const rows: { table_name: string; notifies: boolean }[] = await db.query(
      `SELECT c.relname AS table_name,
              EXISTS (SELECT 1 FROM pg_trigger tg WHERE tg.tgrelid = c.oid
                      AND tg.tgname LIKE 'hub_figures_%') AS notifies
       FROM pg_class c
       WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace AND c.relname = ANY($1)`,
      [named],
    );
    expect(rows.length).toBeGreaterThan(8);
    expect(rows.filter((r) => !r.notifies).map((r) => r.table_name)).toEqual([]);
  });
});
