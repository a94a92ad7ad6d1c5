import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { BULK_IMPORT_FIELDS, BulkImportView, GraphqlClient, TestApp } from '@chn/testing';

const IMPORT = `mutation ($csv: String!, $dryRun: Boolean) {
  importInstitutionStatus(csv: $csv, dryRun: $dryRun) { ${BULK_IMPORT_FIELDS} }
}`;

describe('institutions’ hub status import (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let hub: HubEntity;
  let staff: GraphqlClient;

  const run = async (csv: string, dryRun = false) =>
    (await staff.ok<{ importInstitutionStatus: BulkImportView }>(IMPORT, { csv, dryRun }))
      .importInstitutionStatus;
  const statuses = () =>
    db.query(
      `SELECT urn, to_char(in_hub_since, 'YYYY-MM-DD') AS since, eligible, compass_plus
       FROM institutions WHERE hub_id = $1 ORDER BY urn`,
      [hub.id],
    );

  beforeAll(async () => {
    t = await TestApp.start();
    db = t.get(DataSource);
    hub = await t.createHub('IMPS');
    staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    await db.query(
      `INSERT INTO institutions (hub_id, urn, name, type, eligible)
       VALUES ($1, '630001', 'Alpha', 'MAINSTREAM', true), ($1, '630002', 'Beta', 'SEND', true)`,
      [hub.id],
    );
  });
  afterAll(() => t.stop());

  it('sets join dates, eligibility and Compass+ of held institutions, dry run first, idempotently', async () => {
    const csv = '\uFEFFURN,In_Hub_Since,Compass_Plus\r\n630001,01/09/2021,Yes\r\n630002,,No\r\n';
    const dry = await run(csv, true);
    expect(dry.outcomes).toEqual([
      { line: 2, key: '630001', action: 'UPDATED', changes: 'in_hub_since, compass_plus' },
      { line: 3, key: '630002', action: 'UNCHANGED', changes: null },
    ]);
    expect((await statuses())[0]).toMatchObject({ since: null, compass_plus: false });
    expect((await run(csv)).updated).toBe(1);
    expect(await statuses()).toEqual([
      { urn: '630001', since: '2021-09-01', eligible: true, compass_plus: true },
      { urn: '630002', since: null, eligible: true, compass_plus: false },
    ]);
    expect(await run(csv)).toMatchObject({ updated: 0, unchanged: 2 });
  });

  it('refuses unknown URNs, future dates and an ineligible institution in the hub, writing nothing', async () => {
    const before = await statuses();
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const res = await staff.request(IMPORT, {
      csv: `urn,in_hub_since,eligible\n630002,2022-01-01,yes\n699999,,\n630001,${future},\n630002,,maybe\n`,
    });
    expect(res.errors?.[0].extensions).toMatchObject({
      reason: 'INSTITUTION_STATUS_CSV_INVALID',
      fields: [
        {
          field: 'csv',
          messages: [
            `line 4: in_hub_since ${future} is in the future`,
            'line 5: same URN as line 2; eligible "maybe" is not Yes or No',
          ],
        },
      ],
    });
    const unknown = await staff.request(IMPORT, {
      csv: 'urn,in_hub_since,eligible\n699999,,\n630001,2021-09-01,no\n',
    });
    expect(unknown.errors?.[0].extensions?.fields?.[0].messages).toEqual([
      'line 2: no institution with URN 699999 in the hub',
      'line 3: an institution in the hub must be eligible',
    ]);
    expect(await statuses()).toEqual(before);
  });

  it('takes the status columns with a GIAS file, all or nothing', async () => {
    const GIAS = `mutation ($csv: String!) { importInstitutions(csv: $csv) { created rejected { line } } }`;
    const header = 'urn,name,phase,in_hub_since,eligible,compass_plus';
    const { importInstitutions } = await staff.ok<{ importInstitutions: { created: number } }>(
      GIAS,
      { csv: `${header}\r\n640001,Gamma Academy,Secondary,01/09/2022,Yes,Yes\r\n` },
    );
    expect(importInstitutions.created).toBe(1);
    expect((await statuses()).find((row: { urn: string }) => row.urn === '640001')).toEqual({
      urn: '640001',
      since: '2022-09-01',
      eligible: true,
      compass_plus: true,
    });
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const refused = await staff.request(GIAS, {
      csv: `${header}\n640002,Delta School,Primary,${future},Yes,No\n`,
    });
    expect(refused.errors?.[0].extensions).toMatchObject({
      reason: 'INSTITUTIONS_CSV_INVALID',
      fields: [{ messages: [`line 2: in_hub_since ${future} is in the future`] }],
    });
    expect(await db.query(`SELECT 1 FROM institutions WHERE urn = '640002'`)).toEqual([]);
  });
});
