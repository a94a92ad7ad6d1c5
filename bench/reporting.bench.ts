/**
 * hubDashboard at national scale: 40 hubs, 5,000 institutions, ten academic years of Compass
 * evaluations, FSQ and matches, 100,000 opportunities with their bookings, all inserted with
 * set-based SQL. Prints hubDashboard latency (p50/p99) for one hub under 20 concurrent clients
 * over HTTP, for the seed dashboard's figures and for the whole dashboard with the delivery
 * figures. National figures are computed across the 40 hubs. Asserts nothing about timings.
 */
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { GraphqlClient } from '../libs/testing/src/graphql-client';
import { TestApp } from '../libs/testing/src/test-app';
import { createBenchAccount, rssMbOf, startApiProcess } from './api-process';
import { runBench, withBenchApp } from './bench-app';
import { summarise } from './stats';

const HUBS = 40;
const INSTITUTIONS = 5_000;
const OPPORTUNITIES = 100_000;
const FIRST_YEAR = 2015;
const LAST_YEAR = 2024;
const CLIENTS = 20;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ACADEMIC_YEAR = `${LAST_YEAR}/${String((LAST_YEAR + 1) % 100).padStart(2, '0')}`;

const SEED_FIGURES = `query ($year: String) {
  hubDashboard(academicYear: $year) {
    eligibleInstitutions institutionsInHub percentInHub inHubTarget fsqInstitutions fsqStudents
    percentFsqAtLeast100 evaluatedInstitutions percentCompassPlus currentAdvisers
    percentMatchedAny percentMatchedOneToOne percentMatchedAgile lastLogins { name role lastLoginAt }
    byInstitutionType { type institutions averageAchieved bm5Percent bm6Percent }
    institutionTypeTotal { institutions averageAchieved bm5Percent bm6Percent }
    byFsmQuartile { quartile institutions averageAchieved bm5Percent bm6Percent }
    fsmQuartileTotal { institutions averageAchieved bm5Percent bm6Percent }
    floorTarget { achieving failing percentAchieving percentFailing }
    achievedDistribution { benchmarksAchieved institutions percent }
    benchmarks { number achievedPercent partiallyPercent notAchievedPercent nationalAchievedPercent hubQuartile }
    averageAchieved nationalAverageAchieved nationalFiguresSource benchmarksRequiredToReachTarget
    supplementaryAnswers { question answers { answer institutions percent } }
  }
}`;

const WHOLE_DASHBOARD = SEED_FIGURES.replace(
  'supplementaryAnswers',
  `matchedHistory { academicYear percentMatchedAny }
   opportunities { total { opportunities placesBooked } byTier { group placesAttended }
     bySector { group placesAttended } byKeyStage { group placesAttended } }
   workExperience { ks3 { daysPerPupil } ks4 { daysPerPupil } institutions { urn ks3 { placeDays } ks4 { placeDays } } }
   meaningfulCriteria { delivered allCriteriaPercent }
   network { memberships { status employers } sectorGroups { name employers } }
   supplementaryAnswers`,
);

/** Deterministic pseudo-random 0..1 from integers, so every run builds the same data. */
const RAND = (expr: string) => `(abs(hashtext(${expr})) % 10000) / 10000.0`;

async function seed(db: DataSource): Promise<string[]> {
  const hubs: { id: string }[] = await db.query(
    `INSERT INTO hubs (code, name, region)
     SELECT 'H' || g, 'Hub ' || g, 'Region ' || (g % 9) FROM generate_series(1, $1::int) g
     RETURNING id`,
    [HUBS],
  );
  const hubIds = hubs.map((h) => h.id);
  await db.query(
    `INSERT INTO institutions (hub_id, urn, name, type, la_code, la_name, pupils, fsm_percent,
                               eligible, in_hub_since, compass_plus)
     SELECT ($1::uuid[])[1 + g % $2], (300000 + g)::text, 'Institution ' || g,
            (ARRAY['MAINSTREAM','MAINSTREAM','MAINSTREAM','SEND','AP','POST_16'])[1 + abs(hashtext('t' || g)) % 6]::institution_type,
            (300 + g % 150)::text, 'Authority ' || g % 150, 300 + g % 1500,
            CASE WHEN g % 7 = 0 THEN NULL ELSE round((${RAND("'fsm' || g")} * 60)::numeric, 1) END,
            abs(hashtext('e' || g)) % 25 <> 0,
            CASE WHEN abs(hashtext('h' || g)) % 30 = 0 THEN NULL ELSE DATE '2014-09-01' + g % 2000 END,
            abs(hashtext('c' || g)) % 5 <> 0
     FROM generate_series(1, $3::int) g`,
    [hubIds, HUBS, INSTITUTIONS],
  );
  await db.query(
    `INSERT INTO advisers (hub_id, name, email, status, max_one_to_one, max_agile, dbs_checked_on)
     SELECT ($1::uuid[])[1 + g % $2], 'Adviser ' || g, 'adviser' || g || '@bench.example.test',
            CASE WHEN g % 9 = 0 THEN 'PAUSED' ELSE 'ACTIVE' END::adviser_status, 3, 3, DATE '2024-01-01'
     FROM generate_series(1, $3::int) g`,
    [hubIds, HUBS, INSTITUTIONS],
  );
  await db.query(
    `INSERT INTO users (hub_id, email, name, role, password_hash, last_login_at)
     SELECT ($1::uuid[])[1 + g % $2], 'user' || g || '@bench.example.test', 'User ' || g,
            (ARRAY['HUB_ADMIN','HUB_STAFF','VIEWER'])[1 + g % 3]::user_role, 'x',
            now() - make_interval(hours => g)
     FROM generate_series(1, $2 * 10) g`,
    [hubIds, HUBS],
  );
  // One evaluation a year per institution, each benchmark achieved with its own likelihood.
  await db.query(
    `INSERT INTO compass_evaluations (hub_id, institution_id, evaluated_on, ks3_all_pupils, ks4_all_pupils)
     SELECT i.hub_id, i.id, make_date(y + 1, 1 + (hashtext(i.urn) & 3), 10),
            (enum_range(NULL::supplementary_answer))[1 + (abs(hashtext(i.urn || y)) % 8)],
            (enum_range(NULL::supplementary_answer))[1 + (abs(hashtext(y || i.urn)) % 8)]
     FROM institutions i CROSS JOIN generate_series($1::int, $2::int) y`,
    [FIRST_YEAR, LAST_YEAR],
  );
  await db.query(
    `INSERT INTO compass_benchmark_results (evaluation_id, benchmark, result, score)
     SELECT e.id, b,
            CASE WHEN ${RAND('e.id::text || b')} < 0.55 + b * 0.03 THEN 'ACHIEVED'
                 WHEN ${RAND('b || e.id::text')} < 0.9 THEN 'PARTIALLY_ACHIEVED'
                 ELSE 'NOT_ACHIEVED' END::benchmark_result,
            round((${RAND("'s' || e.id::text || b")} * 100)::numeric, 1)
     FROM compass_evaluations e CROSS JOIN generate_series(1, 8) b`,
  );
  await db.query(
    `INSERT INTO fsq_completions (hub_id, institution_id, academic_year, students)
     SELECT i.hub_id, i.id, y || '/' || lpad(((y + 1) % 100)::text, 2, '0'), abs(hashtext(i.urn || 'fsq' || y)) % 250
     FROM institutions i CROSS JOIN generate_series($1::int, $2::int) y
     WHERE abs(hashtext(i.urn || y)) % 5 = 0`,
    [FIRST_YEAR, LAST_YEAR],
  );
  // A 1-2-1 per institution most years, ended in July except the last year's.
  await db.query(
    `WITH schools AS (
       SELECT id, hub_id, row_number() OVER (PARTITION BY hub_id ORDER BY urn) AS n FROM institutions
     ), eas AS (
       SELECT hub_id, array_agg(id ORDER BY email) AS ids FROM advisers GROUP BY hub_id
     )
     INSERT INTO matches (hub_id, adviser_id, institution_id, type, status, starts_on, ends_on, ended_on)
     SELECT s.hub_id, eas.ids[1 + (s.n + y) % array_length(eas.ids, 1)], s.id,
            (CASE WHEN (s.n * y) % 9 = 0 THEN 'AGILE' ELSE 'ONE_TO_ONE' END)::match_type,
            CASE WHEN y = $2 THEN 'ACTIVE' ELSE 'ENDED' END::match_status,
            make_date(y, 9, 15), NULL, CASE WHEN y = $2 THEN NULL ELSE make_date(y + 1, 7, 20) END
     FROM schools s JOIN eas ON eas.hub_id = s.hub_id CROSS JOIN generate_series($1::int, $2::int) y
     WHERE (s.n + y) % 4 <> 0`,
    [FIRST_YEAR, LAST_YEAR],
  );
  await db.query(
    `INSERT INTO employers (hub_id, name, sector, size_band)
     SELECT ($1::uuid[])[1 + g % $2], 'Employer ' || g,
            (ARRAY['Digital','Health & Care','Visitor Economy','Manufacturing','Finance'])[1 + g % 5], 'MEDIUM'
     FROM generate_series(1, $2 * 25) g`,
    [hubIds, HUBS],
  );
  await db.query(
    `INSERT INTO employer_memberships (hub_id, employer_id, status, applied_at)
     SELECT hub_id, id, (ARRAY['ACTIVE','ACTIVE','PENDING','LAPSED'])[1 + abs(hashtext(name)) % 4]::membership_status, now()
     FROM employers`,
  );
  await db.query(
    `WITH e AS (SELECT id, hub_id, sector, row_number() OVER (PARTITION BY hub_id ORDER BY name) AS n FROM employers)
     INSERT INTO opportunities (hub_id, employer_id, kind, title, description, tier, sector, year_groups,
       delivery_mode, starts_on, ends_on, length_days, total_places, meaningful_criteria, status)
     SELECT e.hub_id, e.id, 'WORKPLACE_VISIT', 'Opportunity ' || g, 'Bench opportunity',
            (ARRAY['T1','T2','T3'])[1 + g % 3]::opportunity_tier, e.sector,
            ARRAY[7 + g % 5, 7 + (g + 1) % 5], 'IN_PERSON',
            make_date($3 + g % 10, 9, 1) + (g % 300), make_date($3 + g % 10, 9, 1) + (g % 300) + 4,
            0.5 * (1 + g % 10), 20 + g % 30,
            (enum_range(NULL::meaningful_criterion))[1:(1 + g % 7)], 'CLOSED'
     FROM generate_series(1, $1::int) g
     JOIN e ON e.hub_id = ($2::uuid[])[1 + g % ${HUBS}] AND e.n = 1 + g % 25`,
    [OPPORTUNITIES, hubIds, FIRST_YEAR],
  );
  await db.query(
    `WITH schools AS (
       SELECT hub_id, array_agg(id ORDER BY urn) AS ids FROM institutions GROUP BY hub_id
     )
     INSERT INTO bookings (hub_id, opportunity_id, institution_id, places, fsm_places, year_group, status,
       attended, fsm_attended, attendance_recorded_at)
     SELECT o.hub_id, o.id, s.ids[1 + (abs(hashtext(o.id::text || k)) % array_length(s.ids, 1))],
            5, 1, o.year_groups[1 + k % 2], 'CONFIRMED', 4, 1, now()
     FROM opportunities o JOIN schools s ON s.hub_id = o.hub_id CROSS JOIN generate_series(0, 1) k`,
  );
  await db.query('ANALYZE');
  return hubIds;
}

/** Transactions committed in the bench's database so far (PostgreSQL reports them within a second). */
async function commits(db: DataSource): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const [{ commits: count }] = await db.query(
    `SELECT xact_commit::int AS commits FROM pg_stat_database WHERE datname = current_database()`,
  );
  return count as number;
}

async function run(
  db: DataSource,
  client: { ok: (q: string, v: Record<string, unknown>) => Promise<unknown> },
  query: string,
  clients = CLIENTS,
) {
  for (let i = 0; i < 5; i += 1) await client.ok(query, { year: ACADEMIC_YEAR });
  const durations: number[] = [];
  const before = await commits(db);
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) {
        const start = performance.now();
        await client.ok(query, { year: ACADEMIC_YEAR });
        durations.push(performance.now() - start);
      }
    }),
  );
  const figures = summarise(durations, performance.now() - started);
  const perRequest = ((await commits(db)) - before) / durations.length;
  return { ...figures, sqlTransactionsPerRequest: Number(perRequest.toFixed(2)) };
}

async function main() {
  await withBenchApp(
    async (t: TestApp) => {
      const db = t.get(DataSource);
      const seedStart = performance.now();
      const hubIds = await seed(db);
      const counts = (
        await db.query(`SELECT
        (SELECT count(*) FROM institutions)::int AS institutions,
        (SELECT count(*) FROM compass_evaluations)::int AS evaluations,
        (SELECT count(*) FROM compass_benchmark_results)::int AS benchmark_results,
        (SELECT count(*) FROM matches)::int AS matches,
        (SELECT count(*) FROM opportunities)::int AS opportunities,
        (SELECT count(*) FROM bookings)::int AS bookings`)
      )[0];
      console.log('national-scale data:', {
        hubs: HUBS,
        ...counts,
        seedSeconds: Math.round((performance.now() - seedStart) / 1000),
      });
      if (process.env.BENCH_SECONDS === '0') return;
      const { email, password } = await createBenchAccount(t, Role.HUB_STAFF, hubIds[0]);
      // The API measured is the production build in a process of its own, as deployed; this
      // process only sends the requests.
      const api = await startApiProcess();
      try {
        const staff = new GraphqlClient(api.url, await api.signIn(email, password));
        console.log(
          `hubDashboard, seed figures, one hub, 1 client, ${SECONDS}s:`,
          await run(db, staff, SEED_FIGURES, 1),
        );
        console.log(
          `hubDashboard, seed figures, one hub, ${CLIENTS} clients, ${SECONDS}s:`,
          await run(db, staff, SEED_FIGURES),
        );
        console.log(
          `hubDashboard, with delivery figures, one hub, ${CLIENTS} clients, ${SECONDS}s:`,
          await run(db, staff, WHOLE_DASHBOARD),
        );
        console.log('API RSS MB:', rssMbOf(api.pid), '| load average:', loadavg().join(' '));
      } finally {
        await api.stop();
      }
    },
    { keepDatabase: Boolean(process.env.BENCH_KEEP_DB) },
  );
}

runBench(main);
