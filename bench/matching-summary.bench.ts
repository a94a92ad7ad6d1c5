/**
 * Times matchingSummary (headline, breakdowns, five-year history, first page of unmatched
 * institutions) over ten academic years of synthetic matches for about 150 institutions.
 * Prints the median of 20 runs; asserts nothing about timings.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { TestApp } from '../libs/testing/src/test-app';
import { runBench, withBenchApp } from './bench-app';
import { rssMb } from './stats';

const RUNS = 20;
const WARM_UP = 3;
const INSTITUTIONS = 150;
const ADVISERS = 40;
const FIRST_YEAR = 2016;
const LAST_YEAR = 2025;

const FIGURES = 'count percent';
const SUMMARY = `query ($academicYear: String) {
  matchingSummary(academicYear: $academicYear) {
    institutionsInHub matchedAny { ${FIGURES} } matchedOneToOne { ${FIGURES} } matchedAgile { ${FIGURES} }
    advisersActive advisersMatchable advisersWithSpareOneToOne advisersWithSpareAgile
    byLocalAuthority { laCode institutions matchedAny { ${FIGURES} } }
    byInstitutionType { institutionType institutions matchedAny { ${FIGURES} } }
    history { academicYear matchedAny { ${FIGURES} } matchedAgile { ${FIGURES} } }
    unmatchedInstitutions(first: 20) { totalCount edges { node { id name } } }
  }
}`;

async function seed(db: DataSource, hubId: string) {
  await db.query(
    `INSERT INTO institutions (hub_id, urn, name, type, la_code, la_name, eligible, in_hub_since)
     SELECT $1, (200000 + g)::text, 'Bench School ' || g,
            (ARRAY['MAINSTREAM', 'SEND', 'AP', 'POST_16'])[1 + g % 4]::institution_type,
            (340 + g % 5)::text, 'Authority ' || g % 5, g % 20 <> 0,
            CASE WHEN g % 10 = 0 THEN NULL ELSE DATE '2015-01-01' + g END
     FROM generate_series(1, $2::int) g`,
    [hubId, INSTITUTIONS],
  );
  await db.query(
    `INSERT INTO advisers (hub_id, name, email, status, max_one_to_one, max_agile, dbs_checked_on,
                           induction_completed_on)
     SELECT $1, 'Bench Adviser ' || g, 'bench.adviser' || g || '@example.test',
            CASE WHEN g % 7 = 0 THEN 'PAUSED' ELSE 'ACTIVE' END::adviser_status, 5, 5,
            CURRENT_DATE - 400, CURRENT_DATE - 400
     FROM generate_series(1, $2::int) g`,
    [hubId, ADVISERS],
  );
  // A 1-2-1 per institution most years (ended in July, the last year still active) and an
  // agile piece of work in some years.
  await db.query(
    `WITH schools AS (
       SELECT id, row_number() OVER (ORDER BY name) AS n FROM institutions WHERE hub_id = $1
     ), eas AS (
       SELECT array_agg(id ORDER BY name) AS ids FROM advisers WHERE hub_id = $1
     ), plan AS (
       SELECT s.id, s.n, y, eas.ids[1 + (s.n + y) % array_length(eas.ids, 1)] AS adviser_id
       FROM schools s CROSS JOIN eas CROSS JOIN generate_series($2::int, $3::int) y
     )
     INSERT INTO matches (hub_id, adviser_id, institution_id, type, status, starts_on, ends_on, ended_on)
     SELECT $1, adviser_id, id, 'ONE_TO_ONE'::match_type, CASE WHEN y = $3 THEN 'ACTIVE' ELSE 'ENDED' END::match_status,
            make_date(y, 9, 15), NULL, CASE WHEN y = $3 THEN NULL ELSE make_date(y + 1, 7, 20) END
     FROM plan WHERE (n + y) % 3 <> 0
     UNION ALL
     SELECT $1, adviser_id, id, 'AGILE'::match_type, 'ENDED'::match_status, make_date(y, 11, 1), make_date(y + 1, 2, 28),
            make_date(y + 1, 2, 28)
     FROM plan WHERE (n * y) % 5 = 0 AND y < $3`,
    [hubId, FIRST_YEAR, LAST_YEAR],
  );
  await db.query('ANALYZE');
}

async function main() {
  await withBenchApp(async (t: TestApp) => {
    const hub = await t.createHub('BENCH');
    const db = t.get(DataSource);
    await seed(db, hub.id);
    const [{ count: matches }] = await db.query('SELECT count(*)::int AS count FROM matches');
    const staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    const academicYear = `${LAST_YEAR}/${String((LAST_YEAR + 1) % 100).padStart(2, '0')}`;

    for (let i = 0; i < WARM_UP; i += 1) await staff.ok(SUMMARY, { academicYear });
    const durations: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const start = performance.now();
      await staff.ok(SUMMARY, { academicYear });
      durations.push(performance.now() - start);
    }
    const sorted = [...durations].sort((a, b) => a - b);
    console.log('matchingSummary over ten academic years:', {
      institutions: INSTITUTIONS,
      matches,
      runs: RUNS,
      medianMs: Number(sorted[Math.floor(sorted.length / 2)].toFixed(1)),
      maxMs: Number(sorted[sorted.length - 1].toFixed(1)),
    });
    console.log('rss MB:', rssMb());
  });
}

runBench(main);
