import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import {
  BULK_IMPORT_FIELDS,
  BulkImportView,
  GraphqlClient,
  importRefusal,
  TestApp,
} from '@chn/testing';
import { createInstitution } from './opportunities.fixtures';

const LCR_LINES = readFileSync(
  join(__dirname, '..', 'libs/institutions/data/lcr-establishments.csv'),
  'utf8',
)
  .trim()
  .split('\n');
const GIAS_CSV = LCR_LINES.slice(0, 21).join('\n');

const INSTITUTIONS = `mutation ($csv: String!, $dryRun: Boolean) {
  importInstitutions(csv: $csv, dryRun: $dryRun) { ${BULK_IMPORT_FIELDS} rejected { line urn reason } }
}`;
const INSTITUTIONS_SKIPPING = `mutation ($csv: String!, $dryRun: Boolean) {
  importInstitutions(csv: $csv, dryRun: $dryRun) {
    ${BULK_IMPORT_FIELDS} skipped outcomes { reason } rejected { line urn reason }
  }
}`;
const COMPASS = `mutation ($csv: String!, $dryRun: Boolean) {
  importCompassEvaluations(csv: $csv, dryRun: $dryRun) { ${BULK_IMPORT_FIELDS} replaced }
}`;
const FSQ = `mutation ($csv: String!, $dryRun: Boolean) {
  importFsqCompletions(csv: $csv, dryRun: $dryRun) { ${BULK_IMPORT_FIELDS} }
}`;
const COMPASS_HEADER =
  'urn,evaluated_on,bm1_result,bm1_score,bm2_result,bm2_score,bm3_result,bm3_score,bm4_result,bm4_score,bm5_result,bm5_score,bm6_result,bm6_score,bm7_result,bm7_score,bm8_result,bm8_score';
const ALL_ACHIEVED = Array(8).fill('Achieved,').join(',');

/**
 * The GIAS institutions, Compass evaluations and FSQ imports take a dry run: it answers what the
 * real import then does, row by row, and writes nothing; a refused file changes nothing, its
 * refusals listed with their lines by a dry run and named in the error of a real import.
 */
describe('dry runs of the institution, Compass and FSQ imports (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let hub: HubEntity;
  let staff: GraphqlClient;

  beforeAll(async () => {
    t = await TestApp.start();
    db = t.get(DataSource);
    hub = await t.createHub('DRY');
    staff = await t.signedIn(Role.HUB_STAFF, hub.id);
  });
  afterAll(() => t.stop());

  const count = async (table: string): Promise<number> =>
    (await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  /** Runs the import dry, checks nothing changed, then for real; both answers must agree. */
  async function dryThenReal<R extends { dryRun: boolean }>(
    mutation: string,
    field: string,
    csv: string,
    table: string,
  ): Promise<R> {
    const before = await count(table);
    const dry = (await staff.ok<Record<string, R>>(mutation, { csv, dryRun: true }))[field];
    expect(await count(table)).toBe(before);
    const real = (await staff.ok<Record<string, R>>(mutation, { csv }))[field];
    expect(dry.dryRun).toBe(true);
    expect(real.dryRun).toBe(false);
    expect({ ...dry, dryRun: false }).toEqual(real);
    return real;
  }

  it('institutions: a dry run reports what the import does, writes nothing, and re-importing is unchanged', async () => {
    const first = await dryThenReal(INSTITUTIONS, 'importInstitutions', GIAS_CSV, 'institutions');
    expect(first).toMatchObject({ rows: 20, created: 20, rejected: [] });
    expect(await count('institutions')).toBe(20);

    const renamed = GIAS_CSV.replace('Riverside College Halton', 'Riverside College');
    const again = await dryThenReal(INSTITUTIONS, 'importInstitutions', renamed, 'institutions');
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 19 });

    const withBadRow = `${GIAS_CSV.replace('Riverside College Halton', 'Riverside')}\n,Nameless School,876,Halton,,,Primary,Open,,,,,,,\r\n999001,Shut School,876,Halton,,,Secondary,Closed,,,,,,,`;
    const dry = await staff.ok<{ importInstitutions: BulkImportView & { rejected: unknown[] } }>(
      INSTITUTIONS,
      { csv: withBadRow, dryRun: true },
    );
    // The closed establishment on line 23 is skipped; the row without a URN refuses the file.
    expect(dry.importInstitutions).toMatchObject({
      dryRun: true,
      rows: 1,
      outcomes: [],
      refused: [{ line: 22, reason: 'URN is missing' }],
      rejected: [{ line: 22, urn: null, reason: 'URN is missing' }],
    });
    expect(
      await importRefusal(staff, INSTITUTIONS, { csv: withBadRow }, 'INSTITUTIONS_CSV_INVALID'),
    ).toEqual(['line 22: URN is missing']);
    expect(await count('institutions')).toBe(20);
    const [{ name }] = await db.query(`SELECT name FROM institutions WHERE urn = '130622'`);
    expect(name).toBe('Riverside College');
  });

  it('institutions: each row’s outcome with the fields it changes, Excel-style file', async () => {
    const excel =
      '\uFEFFurn,name,phase,in_hub_since,compass_plus\r\n' +
      '130622,"Riverside College, Halton",16 plus,01/09/2021,Yes\r\n' +
      '144617,The Grange School,All-through,,\r\n';
    const dry = await staff.ok<{ importInstitutions: BulkImportView }>(INSTITUTIONS, {
      csv: excel,
      dryRun: true,
    });
    expect(dry.importInstitutions.outcomes).toEqual([
      {
        line: 2,
        key: '130622',
        action: 'UPDATED',
        changes: 'name, in_hub_since, compass_plus',
      },
      { line: 3, key: '144617', action: 'UNCHANGED', changes: null },
    ]);
    await staff.ok(INSTITUTIONS, { csv: excel });
    const again = await staff.ok<{ importInstitutions: BulkImportView }>(INSTITUTIONS, {
      csv: excel,
    });
    expect(again.importInstitutions).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('institutions: a GIAS extract holding closed establishments imports the open ones and skips the others, each with its line; re-importing is unchanged', async () => {
    const lines = LCR_LINES.map((line) => line.trimEnd());
    const header = `${lines[0]},close_date`;
    const columns = header.split(',');
    const row = (cells: Record<string, string>) =>
      columns.map((column) => cells[column] ?? '').join(',');
    const giasRow = (line: string, status = 'Open') => `${line.replace(',Open,', `,${status},`)},`;
    // The real LCR rows are all open; the closed and proposed ones (999xxx) are made up.
    const csv = [
      header,
      ...lines.slice(21, 27).map((line) => giasRow(line)),
      row({
        urn: '999101',
        name: 'Old Bridge High School',
        status: 'Closed',
        close_date: '31/08/2019',
      }),
      row({ urn: '999102', name: 'Former Park School', status: 'Open', close_date: '2020-07-31' }),
      row({ urn: '999103', name: 'New Free School', status: 'Proposed to open' }),
      giasRow(lines[3], 'Closed'),
    ].join('\r\n');
    const heldUrn = lines[3].split(',')[0];
    const heldRow = async () => db.query('SELECT * FROM institutions WHERE urn = $1', [heldUrn]);
    const held = await heldRow();
    expect(held).toHaveLength(1);
    const before = await count('institutions');

    type Report = BulkImportView & { skipped: number; outcomes: { reason: string | null }[] };
    const first = await dryThenReal<Report>(
      INSTITUTIONS_SKIPPING,
      'importInstitutions',
      csv,
      'institutions',
    );
    const skips = [
      { line: 8, key: '999101', action: 'SKIPPED', changes: null, reason: 'closed establishment' },
      { line: 9, key: '999102', action: 'SKIPPED', changes: null, reason: 'closed establishment' },
      {
        line: 10,
        key: '999103',
        action: 'SKIPPED',
        changes: null,
        reason: 'not yet open (proposed to open)',
      },
      {
        line: 11,
        key: heldUrn,
        action: 'SKIPPED',
        changes: null,
        reason: "closed establishment; the hub's record is left as it is",
      },
    ];
    expect(first).toMatchObject({
      rows: 10,
      created: 6,
      updated: 0,
      unchanged: 0,
      skipped: 4,
      refused: [],
      rejected: [],
    });
    expect(first.outcomes.slice(0, 6).map((o) => o.action)).toEqual(Array(6).fill('CREATED'));
    expect(first.outcomes.slice(6)).toEqual(skips);
    expect(await count('institutions')).toBe(before + 6);
    expect(
      await db.query(`SELECT urn FROM institutions WHERE urn IN ('999101', '999102', '999103')`),
    ).toEqual([]);
    expect(await heldRow()).toEqual(held);

    const again = await dryThenReal<Report>(
      INSTITUTIONS_SKIPPING,
      'importInstitutions',
      csv,
      'institutions',
    );
    expect(again).toMatchObject({ rows: 10, created: 0, updated: 0, unchanged: 6, skipped: 4 });
    expect(again.outcomes.slice(6)).toEqual(skips);
    expect(await count('institutions')).toBe(before + 6);

    const withBadRow = `${csv}\r\n${row({ urn: '999104', name: 'Bad Fsm School', status: 'Open', fsm_percent: '140' })}`;
    expect(
      await importRefusal(staff, INSTITUTIONS, { csv: withBadRow }, 'INSTITUTIONS_CSV_INVALID'),
    ).toEqual(['line 12: FSM % "140" is not a number between 0 and 100']);
    expect(await count('institutions')).toBe(before + 6);
  });

  it('Compass evaluations: a dry run reports created and replaced, writes nothing; a refused file names its lines', async () => {
    const school = await createInstitution(t, hub.id);
    const [{ urn }] = await db.query('SELECT urn FROM institutions WHERE id = $1', [school]);
    const csv = [COMPASS_HEADER, `${urn},2025-01-10,${ALL_ACHIEVED}`].join('\n');
    const first = await dryThenReal(
      COMPASS,
      'importCompassEvaluations',
      csv,
      'compass_evaluations',
    );
    expect(first).toMatchObject({ rows: 1, created: 1, replaced: 0 });
    const again = await dryThenReal(
      COMPASS,
      'importCompassEvaluations',
      csv,
      'compass_evaluations',
    );
    expect(again).toMatchObject({ rows: 1, created: 0, updated: 0, unchanged: 1, replaced: 0 });
    const changed = csv.replace(',Achieved,,', ',Partially achieved,75,');
    const replaced = await dryThenReal<BulkImportView>(
      COMPASS,
      'importCompassEvaluations',
      changed,
      'compass_evaluations',
    );
    expect(replaced).toMatchObject({ rows: 1, created: 0, updated: 1, replaced: 1 });
    expect(replaced.outcomes).toEqual([
      {
        line: 2,
        key: `${urn} 2025-01-10`,
        action: 'UPDATED',
        changes: 'bm1_result, bm1_score',
      },
    ]);

    const before = await count('compass_evaluations');
    const bad = `${changed}\r\n9999999,10/01/2025,${ALL_ACHIEVED}`;
    const refused = await staff.ok<{ importCompassEvaluations: BulkImportView }>(COMPASS, {
      csv: bad,
      dryRun: true,
    });
    expect(refused.importCompassEvaluations).toMatchObject({
      outcomes: [],
      refused: [{ line: 3, reason: 'no institution with URN 9999999 in the hub' }],
    });
    expect(await importRefusal(staff, COMPASS, { csv: bad }, 'COMPASS_CSV_INVALID')).toEqual([
      'line 3: no institution with URN 9999999 in the hub',
    ]);
    expect(await count('compass_evaluations')).toBe(before);
  });

  it('FSQ completions: a dry run reports created, updated and unchanged, writes nothing; a refused file names its lines', async () => {
    const [a, b] = [await createInstitution(t, hub.id), await createInstitution(t, hub.id)];
    const urns: { urn: string }[] = await db.query(
      'SELECT urn FROM institutions WHERE id = ANY($1) ORDER BY urn',
      [[a, b]],
    );
    const csv = (x: number) =>
      `urn,academic_year,students\n${urns[0].urn},2024/25,120\n${urns[1].urn},2024/25,${x}`;
    const first = await dryThenReal(FSQ, 'importFsqCompletions', csv(80), 'fsq_completions');
    expect(first).toMatchObject({ rows: 2, created: 2, updated: 0, unchanged: 0 });
    const again = await dryThenReal<BulkImportView>(
      FSQ,
      'importFsqCompletions',
      csv(90),
      'fsq_completions',
    );
    expect(again).toMatchObject({ rows: 2, created: 0, updated: 1, unchanged: 1 });
    const [{ students }] = await db.query(
      'SELECT students FROM fsq_completions WHERE institution_id = $1',
      [b],
    );
    expect(students).toBe(90);

    expect(again.outcomes).toEqual([
      { line: 2, key: `${urns[0].urn} 2024/25`, action: 'UNCHANGED', changes: null },
      { line: 3, key: `${urns[1].urn} 2024/25`, action: 'UPDATED', changes: 'students' },
    ]);

    const bad = `${csv(100)}\n${urns[0].urn},2024-25,7`;
    const refused = await staff.ok<{ importFsqCompletions: BulkImportView }>(FSQ, {
      csv: bad,
      dryRun: true,
    });
    expect(refused.importFsqCompletions.refused).toEqual([
      { line: 4, reason: 'academic_year "2024-25" is not like 2024/25' },
    ]);
    expect(await importRefusal(staff, FSQ, { csv: bad }, 'FSQ_CSV_INVALID')).toEqual([
      'line 4: academic_year "2024-25" is not like 2024/25',
    ]);
    expect(await count('fsq_completions')).toBe(2);
    const [{ students: kept }] = await db.query(
      'SELECT students FROM fsq_completions WHERE institution_id = $1',
      [b],
    );
    expect(kept).toBe(90);
  });
});
