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

const IMPORT = `mutation ($csv: String!, $dryRun: Boolean) {
  importMatches(csv: $csv, dryRun: $dryRun) { ${BULK_IMPORT_FIELDS} }
}`;

const HEADER = 'adviser_email,urn,type,starts_on,ends_on,ended_on,status,focus';

/** Five academic years of history, as Excel saves it; Ben has since left and his DBS lapsed. */
const HISTORY =
  '\uFEFF' +
  [
    HEADER,
    'ben@example.org,610001,1-2-1,01/09/2020,,31/08/2022,Ended,"BM5 encounters, year 10"',
    'ada@example.org,610001,1-2-1,01/09/2022,,,Active,',
    'ben@example.org,610002,Agile,15/01/2021,30/04/2021,30/04/2021,ENDED,Careers fair',
    'ada@example.org,610002,ONE_TO_ONE,2023-09-01,,2024-07-31,ENDED,',
  ].join('\r\n') +
  '\r\n';

describe('match history import (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let hub: HubEntity;
  let staff: GraphqlClient;

  const run = async (csv: string, dryRun = false) =>
    (await staff.ok<{ importMatches: BulkImportView }>(IMPORT, { csv, dryRun })).importMatches;
  const refusal = (csv: string) => importRefusal(staff, IMPORT, { csv }, 'MATCHES_CSV_INVALID');
  const matches = () =>
    db.query(
      `SELECT a.email, i.urn, m.type, m.status, to_char(m.starts_on, 'YYYY-MM-DD') AS starts_on,
              to_char(m.ends_on, 'YYYY-MM-DD') AS ends_on, to_char(m.ended_on, 'YYYY-MM-DD') AS ended_on, m.focus
       FROM matches m JOIN advisers a ON a.id = m.adviser_id JOIN institutions i ON i.id = m.institution_id
       WHERE m.hub_id = $1 ORDER BY m.starts_on`,
      [hub.id],
    );
  const auditCount = async () =>
    (await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE hub_id = $1`, [hub.id]))[0]
      .n as number;

  beforeAll(async () => {
    t = await TestApp.start();
    db = t.get(DataSource);
    hub = await t.createHub('IMPM');
    staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    for (const urn of ['610001', '610002', '610003']) {
      await db.query(
        `INSERT INTO institutions (hub_id, urn, name, type, eligible, in_hub_since)
         VALUES ($1, $2, $3, 'MAINSTREAM', true, '2020-09-01')`,
        [hub.id, urn, `School ${urn}`],
      );
    }
    await db.query(
      `INSERT INTO advisers (hub_id, name, email, status, dbs_checked_on, left_on)
       VALUES ($1, 'Ada Okafor', 'ada@example.org', 'ACTIVE', current_date, NULL),
              ($1, 'Ben Lee', 'ben@example.org', 'LEFT', '2019-01-01', '2022-08-31')`,
      [hub.id],
    );
  });
  afterAll(() => t.stop());

  it('reports a dry run without writing anything', async () => {
    const report = await run(HISTORY, true);
    expect(report).toMatchObject({ dryRun: true, rows: 4, created: 4, refused: [] });
    expect(await matches()).toEqual([]);
  });

  it('records history as it was, a leaver with a lapsed DBS included, and audits it as imported', async () => {
    const report = await run(HISTORY);
    expect(report).toMatchObject({ dryRun: false, created: 4, updated: 0, unchanged: 0 });
    expect(await matches()).toEqual([
      {
        email: 'ben@example.org',
        urn: '610001',
        type: 'ONE_TO_ONE',
        status: 'ENDED',
        starts_on: '2020-09-01',
        ends_on: null,
        ended_on: '2022-08-31',
        focus: 'BM5 encounters, year 10',
      },
      expect.objectContaining({ urn: '610002', type: 'AGILE', ends_on: '2021-04-30' }),
      expect.objectContaining({ email: 'ada@example.org', urn: '610001', status: 'ACTIVE' }),
      expect.objectContaining({ urn: '610002', type: 'ONE_TO_ONE', ended_on: '2024-07-31' }),
    ]);
    const audit = await db.query(
      `SELECT DISTINCT action FROM audit_log WHERE hub_id = $1 AND entity_type = 'match'`,
      [hub.id],
    );
    expect(audit).toEqual([{ action: 'imported' }]);
    const [entry] = await db.query(
      `SELECT a.changes, a.actor_user_id IS NOT NULL AS by_someone FROM audit_log a
        JOIN matches m ON m.id = a.entity_id
        JOIN institutions i ON i.id = m.institution_id
       WHERE a.hub_id = $1 AND a.entity_type = 'match' AND i.urn = '610001' AND m.status = 'ENDED'`,
      [hub.id],
    );
    expect(entry).toEqual({
      by_someone: true,
      changes: expect.objectContaining({
        type: 'ONE_TO_ONE',
        status: 'ENDED',
        startsOn: '2020-09-01',
        endsOn: null,
        endedOn: '2022-08-31',
        focus: 'BM5 encounters, year 10',
      }),
    });
  });

  it('changes nothing on re-import, and updates a match the file changes', async () => {
    expect(await run(HISTORY)).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    const ended = await run(
      [HEADER, 'ada@example.org,610001,1-2-1,01/09/2022,,01/03/2025,,'].join('\n'),
    );
    expect(ended.outcomes).toEqual([
      {
        line: 2,
        key: 'ada@example.org 610001 ONE_TO_ONE 2022-09-01',
        action: 'UPDATED',
        changes: 'status, ended_on',
      },
    ]);
  });

  it('refuses each problem with its line and writes nothing', async () => {
    const before = await matches();
    const audits = await auditCount();
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const csv = [
      HEADER,
      'nobody@example.org,610003,1-2-1,2021-09-01,,,,',
      'ada@example.org,999999,agile,2021-09-01,,,,',
      `ada@example.org,610003,agile,${future},,,,`,
      `ada@example.org,610003,1-2-1,2021-01-01,,${future},ENDED,`,
      'ada@example.org,610003,1-2-1,2022-01-01,,2022-06-30,ENDED,',
      'ben@example.org,610003,1-2-1,2022-03-01,,2022-12-31,ENDED,',
    ].join('\n');
    expect(await refusal(csv)).toEqual(
      [
        'line 5: ended_on ' + future + ' is in the future',
        'line 4: starts_on ' + future + ' is in the future',
      ].sort((a, b) => a.localeCompare(b)),
    );
    const known = csv
      .split('\n')
      .filter((_, i) => i !== 3 && i !== 4)
      .join('\n');
    expect(await refusal(known)).toEqual([
      'line 2: no adviser with email nobody@example.org in the hub',
      'line 3: no institution with URN 999999 in the hub',
    ]);
    const overlapping = [HEADER, ...csv.split('\n').slice(5)].join('\n');
    expect(await refusal(overlapping)).toEqual([
      'line 3: overlaps the 1-2-1 match on line 2 for the same institution (one 1-2-1 match at a time)',
    ]);
    const overlapsHeld = [
      HEADER,
      'ben@example.org,610002,1-2-1,2024-01-01,,2024-03-01,ENDED,',
    ].join('\n');
    expect(await refusal(overlapsHeld)).toEqual([
      'line 2: overlaps a 1-2-1 match the hub holds from 2023-09-01 for the same institution (one 1-2-1 match at a time)',
    ]);
    expect(await refusal(`${HEADER}\n"unclosed,610001`)).toEqual([
      expect.stringMatching(/^line 2: malformed CSV/),
    ]);
    expect((await run(overlapping, true)).refused).toEqual([
      { line: 3, reason: expect.stringMatching(/^overlaps the 1-2-1 match on line 2/) },
    ]);
    expect(await matches()).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });
});
