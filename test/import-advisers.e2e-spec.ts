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

const IMPORT = `mutation ($csv: String!, $dryRun: Boolean, $unknownEmployers: UnknownEmployers) {
  importAdvisers(csv: $csv, dryRun: $dryRun, unknownEmployers: $unknownEmployers) { ${BULK_IMPORT_FIELDS} }
}`;

const HEADER =
  'name,email,employer,sectors,local_authorities,dbs_checked_on,induction_completed_on,max_one_to_one,max_agile,status,left_on';

/** As Excel saves it: a BOM, CRLF line ends, quoted fields and UK dates. */
const EXCEL_FILE =
  '\uFEFF' +
  [
    HEADER,
    '"Okafor, Ada",ADA@example.org,Mersey Games Ltd,"Digital; Gaming",341;343,15/09/2023,01/10/2023,2,3,Active,',
    'Ben Lee,ben@example.org,,Finance,341,2022-01-10,,1,2,LEFT,31/07/2024',
    'Cara Diaz,cara@example.org,mersey games ltd,,,,,,,,',
  ].join('\r\n') +
  '\r\n';

describe('advisers import (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let hub: HubEntity;
  let staff: GraphqlClient;
  let mersey: string;

  const run = async (csv: string, variables: Record<string, unknown> = {}) =>
    (await staff.ok<{ importAdvisers: BulkImportView }>(IMPORT, { csv, ...variables }))
      .importAdvisers;
  const refusal = (csv: string, variables: Record<string, unknown> = {}) =>
    importRefusal(staff, IMPORT, { csv, ...variables }, 'ADVISERS_CSV_INVALID');
  const advisers = () =>
    db.query(
      `SELECT name, email, employer_id, sectors, local_authority_codes,
              to_char(dbs_checked_on, 'YYYY-MM-DD') AS dbs, to_char(induction_completed_on, 'YYYY-MM-DD') AS induction,
              max_one_to_one, max_agile, status, to_char(left_on, 'YYYY-MM-DD') AS left_on
       FROM advisers WHERE hub_id = $1 ORDER BY email`,
      [hub.id],
    );
  const count = async (table: string) =>
    (await db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    t = await TestApp.start();
    db = t.get(DataSource);
    hub = await t.createHub('IMPA');
    staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    [{ id: mersey }] = await db.query(
      `INSERT INTO employers (hub_id, name, sector, size_band) VALUES ($1, 'Mersey Games Ltd', 'Digital', 'LARGE') RETURNING id`,
      [hub.id],
    );
  });
  afterAll(() => t.stop());

  it('reports a dry run without writing anything', async () => {
    const report = await run(EXCEL_FILE, { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, rows: 3, created: 3, updated: 0, unchanged: 0 });
    expect(report.outcomes.map((o) => [o.line, o.key, o.action])).toEqual([
      [2, 'ada@example.org', 'CREATED'],
      [3, 'ben@example.org', 'CREATED'],
      [4, 'cara@example.org', 'CREATED'],
    ]);
    expect(await advisers()).toEqual([]);
  });

  it('imports an Excel file, leavers included, and says so in the audit trail', async () => {
    const report = await run(EXCEL_FILE);
    expect(report).toMatchObject({ dryRun: false, rows: 3, created: 3 });
    expect(await advisers()).toEqual([
      {
        name: 'Okafor, Ada',
        email: 'ada@example.org',
        employer_id: mersey,
        sectors: ['Digital', 'Gaming'],
        local_authority_codes: ['341', '343'],
        dbs: '2023-09-15',
        induction: '2023-10-01',
        max_one_to_one: 2,
        max_agile: 3,
        status: 'ACTIVE',
        left_on: null,
      },
      expect.objectContaining({ email: 'ben@example.org', status: 'LEFT', left_on: '2024-07-31' }),
      expect.objectContaining({
        email: 'cara@example.org',
        employer_id: mersey,
        status: 'ACTIVE',
        max_one_to_one: 1,
        max_agile: 2,
      }),
    ]);
    const audit = await db.query(
      `SELECT action FROM audit_log WHERE hub_id = $1 AND entity_type = 'adviser'`,
      [hub.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'imported',
      'imported',
      'imported',
    ]);
  });

  it('changes nothing when the same file is imported again, and updates changed rows', async () => {
    const again = await run(EXCEL_FILE);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    const changed = await run(
      [HEADER, 'Ben Lee,ben@example.org,,Finance,341,2022-01-10,,1,2,Active,'].join('\n'),
    );
    expect(changed.outcomes).toEqual([
      { line: 2, key: 'ben@example.org', action: 'UPDATED', changes: 'status, left_on' },
    ]);
    expect((await advisers())[1]).toMatchObject({ status: 'ACTIVE', left_on: null });
  });

  it('refuses unknown employers unless asked to add them as applicants', async () => {
    const csv = `name,email,employer\nDee Roy,dee@example.org,Halton Chemicals\nEd Fox,ed@example.org,halton chemicals`;
    expect(await refusal(csv)).toEqual([
      'line 2: no employer "Halton Chemicals" in the hub',
      'line 3: no employer "halton chemicals" in the hub',
    ]);
    expect(await count('employers')).toBe(1);
    const report = await run(csv, { unknownEmployers: 'CREATE_APPLICANT' });
    expect(report.created).toBe(2);
    const applicants = await db.query(
      `SELECT e.id, e.name, m.status FROM employers e JOIN employer_memberships m ON m.employer_id = e.id
       WHERE e.hub_id = $1 AND e.id <> $2`,
      [hub.id, mersey],
    );
    expect(applicants).toEqual([
      { id: expect.any(String), name: 'Halton Chemicals', status: 'PENDING' },
    ]);
    const linked = await db.query(
      `SELECT DISTINCT employer_id FROM advisers WHERE email IN ('dee@example.org', 'ed@example.org')`,
    );
    expect(linked).toEqual([{ employer_id: applicants[0].id }]);
  });

  it('refuses a file with problems, each with its line, and writes nothing', async () => {
    const before = await advisers();
    const audits = await count('audit_log');
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const csv = [
      HEADER,
      'Fay Gold,fay@example.org,,,,,,,,,',
      `Gil Hart,not-an-email,,,,,,,,,`,
      `Hal Ives,hal@example.org,,,34,${future},,x,,Retired,`,
      'Fay Again,FAY@example.org,,,,,,,,ACTIVE,01/01/2024',
    ].join('\n');
    expect(await refusal(csv)).toEqual([
      'line 3: email "not-an-email" is not an email address',
      `line 4: local authority code(s) 34 not 3 digits; dbs_checked_on ${future} is in the future; max_one_to_one "x" is not a whole number up to 99; status "Retired" is not ACTIVE, PENDING, PAUSED or LEFT`,
      'line 5: same email as line 2; left_on is given but the status is not LEFT',
    ]);
    const dry = await run(csv, { dryRun: true });
    expect(dry.refused.map((r) => r.line)).toEqual([3, 4, 5]);
    expect(await refusal('name,email\n"unclosed,x@example.org')).toEqual([
      expect.stringMatching(/^line 2: malformed CSV/),
    ]);
    expect(await refusal('name,mail\nA,a@example.org')).toEqual([
      'line 1: missing column(s): email',
    ]);
    expect(await advisers()).toEqual(before);
    expect(await count('audit_log')).toBe(audits);
  });

  it('serves each import’s template with every column explained, to the hub team only', async () => {
    const TEMPLATE = `query ($kind: CsvImportKind!) { csvImportTemplate(kind: $kind) { fileName csv columns { name description } } }`;
    const { csvImportTemplate } = await staff.ok<{
      csvImportTemplate: {
        fileName: string;
        csv: string;
        columns: { name: string; description: string }[];
      };
    }>(TEMPLATE, { kind: 'ADVISERS' });
    expect(csvImportTemplate.fileName).toBe('advisers.csv');
    expect(csvImportTemplate.csv).toBe(`${HEADER}\r\n`);
    expect(csvImportTemplate.columns.map((c) => c.name).join(',')).toBe(HEADER);
    expect(csvImportTemplate.columns.every((c) => c.description.length > 10)).toBe(true);
    const matches = await staff.ok<{ csvImportTemplate: { csv: string } }>(TEMPLATE, {
      kind: 'MATCHES',
    });
    expect(matches.csvImportTemplate.csv).toBe(
      'adviser_email,urn,type,starts_on,ends_on,ended_on,status,focus\r\n',
    );
    const viewer = await t.signedIn(Role.VIEWER, hub.id);
    expect(await viewer.errorCode(TEMPLATE, { kind: 'ADVISERS' })).toBe('FORBIDDEN');
  });
});
