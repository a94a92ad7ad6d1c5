import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Clock, Role } from '@chn/core';
import { COMPASS_CSV_HEADER } from '@chn/reporting';
import { BULK_IMPORT_FIELDS, BulkImportView, GraphqlClient, TestApp } from '@chn/testing';

/**
 * A hub's history loaded from CSV files only (hub B) gives the same dashboard and matched
 * percentages, year by year, as the same history built call by call through the API (hub A), the
 * Clock standing on each day a call was made.
 */

/** Real schools of the Liverpool City Region (GIAS-derived, libs/institutions/data). */
const LCR = readFileSync(
  join(__dirname, '..', 'libs/institutions/data/lcr-establishments.csv'),
  'utf8',
)
  .trim()
  .split(/\r?\n/);
const GIAS_HEADER = LCR[0];
const gias = (urn: string): string => {
  const row = LCR.find((line) => line.startsWith(`${urn},`));
  if (!row) throw new Error(`URN ${urn} is not in the LCR extract`);
  return row;
};

const ALL_LAS = ['876', '340', '341', '342', '343', '344'];
const TODAY = '2026-11-16';
const YEARS = ['2022/23', '2023/24', '2024/25', '2025/26', '2026/27'];

/** Each institution: its hub status as the hub holds it (join date, eligible, Compass+). */
const INSTITUTIONS = {
  allSaints: { urn: '135479', since: '2021-09-01', eligible: true, compassPlus: true },
  halewood: { urn: '139614', since: '2022-01-15', eligible: true, compassPlus: false },
  kirkby: { urn: '140001', since: '2023-09-01', eligible: true, compassPlus: true },
  ashley: { urn: '111515', since: '2022-09-01', eligible: true, compassPlus: false },
  jigsaw: { urn: '104850', since: '2025-02-10', eligible: true, compassPlus: false },
  grange: { urn: '144617', since: '2024-09-01', eligible: true, compassPlus: true },
  riverside: { urn: '130622', since: null, eligible: true, compassPlus: false },
  gateacre: { urn: '150956', since: null, eligible: false, compassPlus: false },
};
type School = keyof typeof INSTITUTIONS;

const ADVISERS = {
  ben: { name: 'Ben Lee', dbs: '2021-08-01', induction: '2021-08-15', joins: '2021-09-01' },
  cara: { name: 'Cara Wynn', dbs: '2022-06-01', induction: '2022-07-01', joins: '2022-07-05' },
  dev: { name: 'Dev Patel', dbs: '2023-08-01', induction: '2023-08-20', joins: '2023-09-01' },
  ada: { name: 'Ada Okafor', dbs: '2025-03-01', induction: '2025-03-15', joins: '2025-09-01' },
};
type Adviser = keyof typeof ADVISERS;
/** Cara's DBS and induction renewed on 10/06/2025; Ben left on 31/08/2024, Dev on 31/07/2025. */
const CARA_RENEWED = { on: '2025-06-10', dbs: '2025-06-01', induction: '2025-06-10' };
const LEAVERS: Partial<Record<Adviser, string>> = { ben: '2024-08-31', dev: '2025-07-31' };

interface MatchPlan {
  adviser: Adviser;
  school: School;
  type: 'ONE_TO_ONE' | 'AGILE';
  startsOn: string;
  endsOn?: string;
  endedOn?: string;
  focus?: string;
}
/** Matches across five academic years, and one before them. */
const MATCHES: MatchPlan[] = [
  {
    adviser: 'ben',
    school: 'halewood',
    type: 'ONE_TO_ONE',
    startsOn: '2021-11-01',
    endedOn: '2022-07-15',
  },
  {
    adviser: 'ben',
    school: 'allSaints',
    type: 'ONE_TO_ONE',
    startsOn: '2022-09-05',
    endedOn: '2024-07-19',
  },
  {
    adviser: 'cara',
    school: 'ashley',
    type: 'ONE_TO_ONE',
    startsOn: '2022-10-03',
    endedOn: '2025-07-18',
  },
  {
    adviser: 'ben',
    school: 'halewood',
    type: 'AGILE',
    startsOn: '2022-11-01',
    endsOn: '2023-02-28',
    endedOn: '2023-02-28',
    focus: 'Careers fair, year 10',
  },
  {
    adviser: 'dev',
    school: 'kirkby',
    type: 'ONE_TO_ONE',
    startsOn: '2023-09-11',
    endedOn: '2025-07-18',
  },
  {
    adviser: 'dev',
    school: 'halewood',
    type: 'AGILE',
    startsOn: '2024-01-15',
    endsOn: '2024-04-30',
    endedOn: '2024-04-30',
    focus: 'Mock interviews',
  },
  {
    adviser: 'cara',
    school: 'jigsaw',
    type: 'AGILE',
    startsOn: '2025-03-03',
    endsOn: '2025-06-30',
    endedOn: '2025-06-30',
    focus: 'Employer encounters',
  },
  { adviser: 'ada', school: 'allSaints', type: 'ONE_TO_ONE', startsOn: '2025-09-08' },
  { adviser: 'cara', school: 'kirkby', type: 'ONE_TO_ONE', startsOn: '2025-09-15' },
  {
    adviser: 'ada',
    school: 'grange',
    type: 'AGILE',
    startsOn: '2026-10-01',
    endsOn: '2027-03-31',
    focus: 'Year 11 interviews',
  },
];

type Result = 'ACHIEVED' | 'PARTIALLY_ACHIEVED' | 'NOT_ACHIEVED';
const A: Result = 'ACHIEVED';
const P: Result = 'PARTIALLY_ACHIEVED';
const N: Result = 'NOT_ACHIEVED';
interface Evaluation {
  school: School;
  evaluatedOn: string;
  results: Result[];
  scores: (number | null)[];
  answers: (string | null)[];
}
const EVALUATIONS: Evaluation[] = [
  {
    school: 'allSaints',
    evaluatedOn: '2023-03-01',
    results: [A, A, P, A, A, N, A, A],
    scores: [100, 100, 50, 100, 100, 0, 100, 100],
    answers: ['MOST', 'SOME', 'ALL', 'A_FEW'],
  },
  {
    school: 'allSaints',
    evaluatedOn: '2025-03-01',
    results: [A, A, A, A, A, A, A, A],
    scores: [100, 100, 100, 100, 100, 100, 100, 100],
    answers: ['ALL', 'MOST', 'ALL', 'MOST'],
  },
  {
    school: 'halewood',
    evaluatedOn: '2024-05-20',
    results: [N, A, P, P, A, A, N, A],
    scores: [null, null, null, null, null, null, null, null],
    answers: ['SOME', null, 'DONT_KNOW', null],
  },
  {
    school: 'ashley',
    evaluatedOn: '2025-02-01',
    results: [A, N, N, A, P, A, A, N],
    scores: [90, 20, 10, 100, 60, 100, 100, 30],
    answers: [null, null, null, null],
  },
  {
    school: 'kirkby',
    evaluatedOn: '2026-10-15',
    results: [A, A, P, A, A, A, P, A],
    scores: [95, 100, 70, 100, 100, 100, 65, 100],
    answers: ['MOST', 'SOME', 'MOST', 'SOME'],
  },
];
const FSQ: { school: School; academicYear: string; students: number }[] = [
  { school: 'allSaints', academicYear: '2024/25', students: 140 },
  { school: 'halewood', academicYear: '2024/25', students: 60 },
  { school: 'allSaints', academicYear: '2025/26', students: 155 },
  { school: 'ashley', academicYear: '2025/26', students: 12 },
  { school: 'kirkby', academicYear: '2025/26', students: 210 },
];

const email = (adviser: Adviser) => `${adviser}@history.example.org`;
const ukDate = (iso: string | null | undefined) =>
  iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';
const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
/** A CSV as Excel saves it: BOM, CRLF, text with commas quoted. */
const excel = (...lines: string[]) => '\uFEFF' + lines.join('\r\n') + '\r\n';
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The hub's files: the GIAS extract with the hub status columns, and the history. */
function hubFiles() {
  const schools = Object.values(INSTITUTIONS);
  return {
    institutions: excel(
      `${GIAS_HEADER},in_hub_since,eligible,compass_plus`,
      ...schools.map(
        (s) => `${gias(s.urn)},${ukDate(s.since)},${yesNo(s.eligible)},${yesNo(s.compassPlus)}`,
      ),
    ),
    advisers: excel(
      'name,email,employer,sectors,local_authorities,dbs_checked_on,induction_completed_on,max_one_to_one,max_agile,status,left_on',
      ...(Object.keys(ADVISERS) as Adviser[]).map((key) => {
        const adviser = ADVISERS[key];
        const renewed = key === 'cara';
        return [
          quoted(adviser.name),
          email(key),
          '',
          quoted('Engineering; Finance'),
          ALL_LAS.join(';'),
          ukDate(renewed ? CARA_RENEWED.dbs : adviser.dbs),
          ukDate(renewed ? CARA_RENEWED.induction : adviser.induction),
          '2',
          '3',
          LEAVERS[key] ? 'Left' : 'Active',
          ukDate(LEAVERS[key]),
        ].join(',');
      }),
    ),
    matches: excel(
      'adviser_email,urn,type,starts_on,ends_on,ended_on,status,focus',
      ...MATCHES.map((m) =>
        [
          email(m.adviser),
          INSTITUTIONS[m.school].urn,
          m.type === 'ONE_TO_ONE' ? '1-2-1' : 'Agile',
          ukDate(m.startsOn),
          ukDate(m.endsOn),
          ukDate(m.endedOn),
          m.endedOn ? 'Ended' : 'Active',
          m.focus ? quoted(m.focus) : '',
        ].join(','),
      ),
    ),
    compass: excel(
      COMPASS_CSV_HEADER.join(','),
      ...EVALUATIONS.map((e) =>
        [
          INSTITUTIONS[e.school].urn,
          ukDate(e.evaluatedOn),
          ...e.results.flatMap((result, i) => [
            {
              ACHIEVED: 'Achieved',
              PARTIALLY_ACHIEVED: 'Partially achieved',
              NOT_ACHIEVED: 'Not achieved',
            }[result],
            e.scores[i] ?? '',
          ]),
          ...e.answers.map((answer) => answer ?? ''),
        ].join(','),
      ),
    ),
    fsq: excel(
      'urn,academic_year,students',
      ...FSQ.map((f) => `${INSTITUTIONS[f.school].urn},${f.academicYear},${f.students}`),
    ),
  };
}

const IMPORT = {
  institutions: `mutation ($csv: String!, $dryRun: Boolean) { importInstitutions(csv: $csv, dryRun: $dryRun) { ${BULK_IMPORT_FIELDS} } }`,
  advisers: `mutation ($csv: String!, $dryRun: Boolean) { importAdvisers(csv: $csv, dryRun: $dryRun) { ${BULK_IMPORT_FIELDS} } }`,
  matches: `mutation ($csv: String!, $dryRun: Boolean) { importMatches(csv: $csv, dryRun: $dryRun) { ${BULK_IMPORT_FIELDS} } }`,
  compass: `mutation ($csv: String!, $dryRun: Boolean) { importCompassEvaluations(csv: $csv, dryRun: $dryRun) { ${BULK_IMPORT_FIELDS} } }`,
  fsq: `mutation ($csv: String!, $dryRun: Boolean) { importFsqCompletions(csv: $csv, dryRun: $dryRun) { ${BULK_IMPORT_FIELDS} } }`,
};

const DASHBOARD_CSV = `query ($academicYear: String) { exportDashboard(academicYear: $academicYear) }`;
const DASHBOARD = `query ($academicYear: String) { hubDashboard(academicYear: $academicYear) {
  eligibleInstitutions institutionsInHub currentAdvisers evaluatedInstitutions averageAchieved
  matchedHistory { academicYear institutionsInHub percentMatchedAny percentMatchedOneToOne percentMatchedAgile }
} }`;

describe('a hub’s history imported from CSV files equals the same history built call by call (e2e)', () => {
  let t: TestApp;
  let clock: Clock;
  let staffA: GraphqlClient;
  let staffB: GraphqlClient;

  beforeAll(async () => {
    t = await TestApp.start();
    clock = t.get(Clock);
    clock.setToday(TODAY);
    staffA = await t.signedIn(Role.HUB_STAFF, (await t.createHub('HISA', 'History Hub')).id);
    staffB = await t.signedIn(Role.HUB_STAFF, (await t.createHub('HISB', 'History Hub')).id);
  });
  afterAll(async () => {
    clock?.setToday(null);
    await t?.stop();
  });

  /** Hub A: the GIAS extract, then every status, adviser, match, evaluation and figure by a call. */
  async function buildCallByCall(staff: GraphqlClient): Promise<void> {
    const extract = excel(GIAS_HEADER, ...Object.values(INSTITUTIONS).map((s) => gias(s.urn)));
    await staff.ok(IMPORT.institutions, { csv: extract });
    const ids = await idsByUrn(staff);
    const institution = (school: School) => ids.get(INSTITUTIONS[school].urn)!;
    for (const school of Object.keys(INSTITUTIONS) as School[]) {
      const { since, eligible, compassPlus } = INSTITUTIONS[school];
      await staff.ok(
        `mutation ($id: ID!, $eligible: Boolean!, $inHub: Boolean!, $since: String) {
          setInstitutionHubStatus(id: $id, eligible: $eligible, inHub: $inHub, since: $since) { id } }`,
        { id: institution(school), eligible, inHub: since !== null, since },
      );
      if (compassPlus) {
        await staff.ok(
          `mutation ($id: ID!) { updateInstitution(id: $id, input: { compassPlus: true }) { id } }`,
          { id: institution(school) },
        );
      }
    }

    const adviserIds = new Map<Adviser, string>();
    const matchIds = new Map<MatchPlan, string>();
    type Step = { on: string; order: number; run: () => Promise<unknown> };
    const steps: Step[] = [];
    for (const key of Object.keys(ADVISERS) as Adviser[]) {
      const adviser = ADVISERS[key];
      steps.push({
        on: adviser.joins,
        order: 0,
        run: async () => {
          const { registerAdviser } = await staff.ok<{ registerAdviser: { id: string } }>(
            `mutation ($input: RegisterAdviserInput!) { registerAdviser(input: $input) { id } }`,
            {
              input: {
                name: adviser.name,
                email: email(key),
                sectors: ['Engineering', 'Finance'],
                localAuthorityCodes: ALL_LAS,
                dbsCheckedOn: adviser.dbs,
                inductionCompletedOn: adviser.induction,
                maxOneToOne: 2,
                maxAgile: 3,
                status: 'PENDING',
              },
            },
          );
          adviserIds.set(key, registerAdviser.id);
          await staff.ok(`mutation ($id: ID!) { approveAdviser(id: $id) { id } }`, {
            id: registerAdviser.id,
          });
        },
      });
      const leaves = LEAVERS[key];
      if (leaves) {
        steps.push({
          on: leaves,
          order: 3,
          run: () =>
            staff.ok(
              `mutation ($id: ID!) { updateAdviser(id: $id, input: { status: LEFT }) { id } }`,
              { id: adviserIds.get(key) },
            ),
        });
      }
    }
    steps.push({
      on: CARA_RENEWED.on,
      order: 0,
      run: () =>
        staff.ok(
          `mutation ($id: ID!, $input: UpdateAdviserInput!) { updateAdviser(id: $id, input: $input) { id } }`,
          {
            id: adviserIds.get('cara'),
            input: { dbsCheckedOn: CARA_RENEWED.dbs, inductionCompletedOn: CARA_RENEWED.induction },
          },
        ),
    });
    for (const match of MATCHES) {
      steps.push({
        on: match.startsOn,
        order: 2,
        run: async () => {
          const { proposeMatch } = await staff.ok<{ proposeMatch: { id: string } }>(
            `mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }`,
            {
              input: {
                adviserId: adviserIds.get(match.adviser),
                institutionId: institution(match.school),
                type: match.type,
                startsOn: match.startsOn,
                endsOn: match.endsOn ?? null,
                focus: match.focus ?? null,
              },
            },
          );
          matchIds.set(match, proposeMatch.id);
          await staff.ok(`mutation ($id: ID!) { acceptMatch(id: $id) { id } }`, {
            id: proposeMatch.id,
          });
        },
      });
      if (match.endedOn) {
        steps.push({
          on: match.endedOn,
          order: 1,
          run: () =>
            staff.ok(
              `mutation ($id: ID!, $endedOn: String!) { endMatch(id: $id, endedOn: $endedOn, reason: "End of the school year") { id } }`,
              { id: matchIds.get(match), endedOn: match.endedOn },
            ),
        });
      }
    }
    steps.sort((a, b) => a.on.localeCompare(b.on) || a.order - b.order);
    try {
      for (const step of steps) {
        clock.setToday(step.on);
        await step.run();
      }
    } finally {
      clock.setToday(TODAY);
    }

    for (const e of EVALUATIONS) {
      await staff.ok(
        `mutation ($input: RecordCompassEvaluationInput!) { recordCompassEvaluation(input: $input) { id } }`,
        {
          input: {
            institutionId: institution(e.school),
            evaluatedOn: e.evaluatedOn,
            benchmarks: e.results.map((result, i) => ({
              number: i + 1,
              result,
              score: e.scores[i],
            })),
            ks3AllPupils: e.answers[0],
            ks3FsmPupils: e.answers[1],
            ks4AllPupils: e.answers[2],
            ks4FsmPupils: e.answers[3],
          },
        },
      );
    }
    for (const f of FSQ) {
      await staff.ok(
        `mutation ($input: RecordFsqInput!) { recordFsq(input: $input) { students } }`,
        {
          input: {
            institutionId: institution(f.school),
            academicYear: f.academicYear,
            students: f.students,
          },
        },
      );
    }
  }

  async function idsByUrn(staff: GraphqlClient): Promise<Map<string, string>> {
    const { institutions } = await staff.ok<{
      institutions: { edges: { node: { id: string; urn: string } }[] };
    }>(`query { institutions(first: 100) { edges { node { id urn } } } }`);
    return new Map(institutions.edges.map(({ node }) => [node.urn, node.id]));
  }

  /** Hub B: the five files, each checked by a dry run, then imported, then imported again. */
  async function importFiles(staff: GraphqlClient): Promise<void> {
    const files = hubFiles();
    for (const kind of ['institutions', 'advisers', 'matches', 'compass', 'fsq'] as const) {
      const field = (data: Record<string, BulkImportView>) => Object.values(data)[0];
      const dry = field(await staff.ok(IMPORT[kind], { csv: files[kind], dryRun: true }));
      expect({ kind, refused: dry.refused }).toEqual({ kind, refused: [] });
      const real = field(await staff.ok(IMPORT[kind], { csv: files[kind] }));
      expect(real).toEqual({ ...dry, dryRun: false });
      expect(real.created).toBe(real.rows);
      const again = field(await staff.ok(IMPORT[kind], { csv: files[kind] }));
      expect({ kind, unchanged: again.unchanged }).toEqual({ kind, unchanged: again.rows });
    }
  }

  /** Every dashboard figure of the five years (its CSV export), and the matched history. */
  async function figures(staff: GraphqlClient) {
    const dashboards: Record<string, unknown> = {};
    for (const academicYear of YEARS) {
      dashboards[academicYear] = {
        csv: (await staff.ok<{ exportDashboard: string }>(DASHBOARD_CSV, { academicYear }))
          .exportDashboard,
        figures: (await staff.ok<{ hubDashboard: unknown }>(DASHBOARD, { academicYear }))
          .hubDashboard,
      };
    }
    return dashboards;
  }

  it('gives the same dashboard and matched percentages for each of the five years', async () => {
    await buildCallByCall(staffA);
    await importFiles(staffB);

    const built = await figures(staffA);
    const imported = await figures(staffB);
    expect(imported).toEqual(built);

    const { hubDashboard } = await staffB.ok<{
      hubDashboard: {
        eligibleInstitutions: number;
        institutionsInHub: number;
        currentAdvisers: number;
        evaluatedInstitutions: number;
        matchedHistory: {
          academicYear: string;
          institutionsInHub: number;
          percentMatchedAny: number;
          percentMatchedOneToOne: number;
          percentMatchedAgile: number;
        }[];
      };
    }>(DASHBOARD, { academicYear: '2026/27' });
    expect(hubDashboard).toMatchObject({
      eligibleInstitutions: 7,
      institutionsInHub: 6,
      currentAdvisers: 2,
    });
    expect(
      hubDashboard.matchedHistory.map((y) => [
        y.academicYear,
        y.institutionsInHub,
        y.percentMatchedAny,
        y.percentMatchedOneToOne,
        y.percentMatchedAgile,
      ]),
    ).toEqual([
      ['2022/23', 3, 100, 66.7, 33.3],
      ['2023/24', 4, 100, 75, 25],
      ['2024/25', 6, 50, 33.3, 16.7],
      ['2025/26', 6, 33.3, 33.3, null],
      ['2026/27', 6, 50, 33.3, 16.7],
    ]);
    const [{ n }] = await t.get(DataSource).query(
      `SELECT count(*)::int AS n FROM audit_log a JOIN hubs h ON h.id = a.hub_id
          WHERE h.code = 'HISB' AND a.entity_type = 'match' AND a.action = 'imported'`,
    );
    expect(n).toBe(MATCHES.length);
  });
});
