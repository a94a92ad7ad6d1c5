import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { UsersService } from '@chn/identity';
import { InstitutionType } from '@chn/institutions';
import {
  BenchmarkResult,
  COMPASS_CSV_HEADER,
  deriveEvaluations,
  LCR_2024_25_COMPASS_FIGURES,
} from '@chn/reporting';
import { GraphqlClient, TestApp } from '@chn/testing';

/** An FSM % inside each national FSM quartile of the 2024/25 reference data (≤14, ≤22, ≤31, above). */
const FSM_IN_QUARTILE = { 1: 9.5, 2: 18.0, 3: 26.5, 4: 41.0 } as const;

const RESULT_LABEL: Record<BenchmarkResult, string> = {
  ACHIEVED: 'Achieved',
  PARTIALLY_ACHIEVED: 'Partially achieved',
  NOT_ACHIEVED: 'Not achieved',
};

export interface SeedHub {
  evaluatedIds: string[];
  unevaluatedInHubIds: string[];
}

/**
 * A hub whose data is that of the Liverpool City Region dashboard (2024/25): 147 eligible
 * institutions of which 143 in the hub, 140 evaluated with evaluations derived from the
 * dashboard's figures and imported as CSV, 105 matched 1-2-1, 111 current advisers, FSQ for 26
 * institutions, 85 % on Compass+.
 */
export async function buildSeedDashboardHub(
  t: TestApp,
  hubId: string,
  staff: GraphqlClient,
  urnBase: number,
): Promise<SeedHub> {
  const db = t.get(DataSource);
  const plan = deriveEvaluations(LCR_2024_25_COMPASS_FIGURES);
  const institutions = [
    ...plan.map((row, i) => ({
      urn: String(urnBase + i),
      name: `Evaluated ${String(i).padStart(3, '0')}`,
      type: row.type,
      fsm_percent: row.fsmQuartile ? FSM_IN_QUARTILE[row.fsmQuartile] : null,
      eligible: true,
      in_hub_since: '2021-09-01',
      compass_plus: i < 119,
      pupils: 1000,
    })),
    ...[0, 1, 2].map((i) => ({
      urn: String(urnBase + 200 + i),
      name: `Not evaluated ${i}`,
      type: InstitutionType.MAINSTREAM,
      fsm_percent: 30,
      eligible: true,
      in_hub_since: '2024-01-10',
      compass_plus: false,
      pupils: 900,
    })),
    ...[0, 1, 2, 3].map((i) => ({
      urn: String(urnBase + 300 + i),
      name: `Not in hub ${i}`,
      type: InstitutionType.MAINSTREAM,
      fsm_percent: 20,
      eligible: true,
      in_hub_since: i === 0 ? '2025-10-01' : null,
      compass_plus: false,
      pupils: 800,
    })),
    ...[0, 1].map((i) => ({
      urn: String(urnBase + 400 + i),
      name: `Not eligible ${i}`,
      type: InstitutionType.POST_16,
      fsm_percent: null,
      eligible: false,
      in_hub_since: '2021-09-01',
      compass_plus: true,
      pupils: 500,
    })),
  ];
  const ids: { id: string; urn: string }[] = await db.query(
    `INSERT INTO institutions (hub_id, urn, name, type, fsm_percent, eligible, in_hub_since, compass_plus, pupils)
     SELECT $1, r.urn, r.name, r.type::institution_type, r.fsm_percent, r.eligible, r.in_hub_since,
            r.compass_plus, r.pupils
     FROM jsonb_to_recordset($2::jsonb) AS r(urn varchar, name varchar, type text, fsm_percent numeric,
       eligible boolean, in_hub_since date, compass_plus boolean, pupils int)
     RETURNING id, urn`,
    [hubId, JSON.stringify(institutions)],
  );
  const idOf = new Map(ids.map((row) => [row.urn, row.id]));
  const evaluatedIds = plan.map((_, i) => idOf.get(String(urnBase + i))!);

  // The evaluations that count (March 2025), an older one that the later one replaces, one after
  // the year that must not count yet, and one for an institution outside the hub.
  const lines = [COMPASS_CSV_HEADER.join(',')];
  const row = (urn: string, date: string, results: BenchmarkResult[], answer = 'Some (26-50%)') =>
    [
      urn,
      date,
      ...results.flatMap((r, b) => [RESULT_LABEL[r], String(40 + b * 5)]),
      answer,
      'A few',
      'Most',
      "Don't know",
    ].join(',');
  plan.forEach((p, i) => lines.push(row(String(urnBase + i), '15/03/2025', p.results)));
  const allPartial = Array<BenchmarkResult>(8).fill(BenchmarkResult.PARTIALLY_ACHIEVED);
  const allAchieved = Array<BenchmarkResult>(8).fill(BenchmarkResult.ACHIEVED);
  lines.push(row(String(urnBase), '2023-10-01', allPartial));
  lines.push(row(String(urnBase + 1), '2025-09-20', allPartial));
  lines.push(row(String(urnBase + 300), '2025-01-20', allAchieved));
  const imported = await staff.ok<{ importCompassEvaluations: { rows: number; created: number } }>(
    'mutation ($csv: String!) { importCompassEvaluations(csv: $csv) { rows created } }',
    { csv: lines.join('\n') },
  );
  if (imported.importCompassEvaluations.created !== plan.length + 3) {
    throw new Error(`Imported ${JSON.stringify(imported)}`);
  }

  // FSQ: 26 institutions, 3950 students, 15 of them with at least 100.
  const fsq = [...Array<number>(15).fill(200), ...Array<number>(10).fill(86), 90];
  await Promise.all(
    fsq.map((students, i) =>
      staff.ok('mutation ($input: RecordFsqInput!) { recordFsq(input: $input) { students } }', {
        input: { institutionId: evaluatedIds[i * 5], academicYear: '2024/25', students },
      }),
    ),
  );

  // 111 active advisers (and a paused one), 105 institutions matched 1-2-1 in the year.
  const advisers: { id: string }[] = await db.query(
    `INSERT INTO advisers (hub_id, name, email, status)
     SELECT $1, 'Adviser ' || n, 'adviser' || n || '@seed.example.test',
            (CASE WHEN n <= 111 THEN 'ACTIVE' ELSE 'PAUSED' END)::adviser_status
     FROM generate_series(1, 112) AS n
     RETURNING id`,
    [hubId],
  );
  await db.query(
    `INSERT INTO matches (hub_id, adviser_id, institution_id, type, status, starts_on)
     SELECT $1, (a.ids)[n], (i.ids)[n], 'ONE_TO_ONE', 'ACTIVE', DATE '2024-09-16'
     FROM generate_series(1, 105) AS n, (SELECT $2::uuid[] AS ids) a, (SELECT $3::uuid[] AS ids) i`,
    [hubId, advisers.map((a) => a.id), evaluatedIds.slice(0, 105)],
  );

  const users = t.get(UsersService);
  const logins: [string, Role, string][] = [
    ['Gill Wood', Role.HUB_STAFF, '2025-04-04T09:00:00Z'],
    ['Gill Walsh', Role.HUB_ADMIN, '2025-04-23T10:00:00Z'],
    ['Julie Roberts', Role.VIEWER, '2025-04-23T08:00:00Z'],
  ];
  for (const [name, role, at] of logins) {
    const user = await users.insert({
      email: `${name.toLowerCase().replace(' ', '.')}.${urnBase}@seed.example.test`,
      name,
      role,
      password: 'correct-horse-battery',
      hubId,
    });
    await db.query('UPDATE users SET last_login_at = $2 WHERE id = $1', [user.id, at]);
  }
  return {
    evaluatedIds,
    unevaluatedInHubIds: [0, 1, 2].map((i) => idOf.get(String(urnBase + 200 + i))!),
  };
}
