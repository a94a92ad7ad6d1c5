import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { GraphqlClient, TestApp } from '@chn/testing';
import { createInstitution } from './opportunities.fixtures';

const LCR_LINES = readFileSync(
  join(__dirname, '..', 'libs/institutions/data/lcr-establishments.csv'),
  'utf8',
)
  .trim()
  .split('\n');
const GIAS_CSV = LCR_LINES.slice(0, 21).join('\n');

const INSTITUTIONS = `mutation ($csv: String!, $dryRun: Boolean) {
  importInstitutions(csv: $csv, dryRun: $dryRun) { dryRun rows created updated unchanged rejected { line reason } }
}`;
const COMPASS = `mutation ($csv: String!, $dryRun: Boolean) {
  importCompassEvaluations(csv: $csv, dryRun: $dryRun) { dryRun rows created replaced }
}`;
const FSQ = `mutation ($csv: String!, $dryRun: Boolean) {
  importFsqCompletions(csv: $csv, dryRun: $dryRun) { dryRun rows created updated unchanged }
}`;
const COMPASS_HEADER =
  'urn,evaluated_on,bm1_result,bm1_score,bm2_result,bm2_score,bm3_result,bm3_score,bm4_result,bm4_score,bm5_result,bm5_score,bm6_result,bm6_score,bm7_result,bm7_score,bm8_result,bm8_score';
const ALL_ACHIEVED = Array(8).fill('Achieved,').join(',');

/**
 * The GIAS institutions, Compass evaluations and FSQ imports take a dry run: it answers what the
 * real import then does, and writes nothing; a refused file is refused with line numbers either way.
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

    const withBadRow = `${GIAS_CSV}\n,Nameless School,876,Halton,,,Primary,Open,,,,,,,`;
    const dry = await staff.ok<{ importInstitutions: { rejected: { line: number }[] } }>(
      INSTITUTIONS,
      { csv: withBadRow, dryRun: true },
    );
    expect(dry.importInstitutions.rejected).toEqual([
      expect.objectContaining({ line: 22, reason: expect.any(String) }),
    ]);
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
    expect(again).toMatchObject({ rows: 1, created: 0, replaced: 1 });

    const before = await count('compass_evaluations');
    const refused = await staff.request(COMPASS, {
      csv: `${csv}\n9999999,2025-01-10,${ALL_ACHIEVED}`,
      dryRun: true,
    });
    expect(refused.errors?.[0].extensions).toMatchObject({
      reason: 'COMPASS_CSV_INVALID',
      fields: [{ field: 'csv', messages: ['line 3: no institution with URN 9999999 in the hub'] }],
    });
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
    const again = await dryThenReal(FSQ, 'importFsqCompletions', csv(90), 'fsq_completions');
    expect(again).toMatchObject({ rows: 2, created: 0, updated: 1, unchanged: 1 });
    const [{ students }] = await db.query(
      'SELECT students FROM fsq_completions WHERE institution_id = $1',
      [b],
    );
    expect(students).toBe(90);

    const refused = await staff.request(FSQ, {
      csv: `${csv(100)}\n${urns[0].urn},2024-25,7`,
      dryRun: true,
    });
    expect(refused.errors?.[0].extensions).toMatchObject({
      reason: 'FSQ_CSV_INVALID',
      fields: [{ field: 'csv', messages: ['line 4: academic_year "2024-25" is not like 2024/25'] }],
    });
    expect(await count('fsq_completions')).toBe(2);
  });
});
