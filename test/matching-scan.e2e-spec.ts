import { DataSource } from 'typeorm';
import { AppConfig, Role } from '@chn/core';
import { MatchingScanService } from '@chn/matching';
import { TestApp } from '@chn/testing';

describe('matching daily scan (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let hubId: string;

  const events = async (type: string) =>
    (await db.query('SELECT aggregate_id, payload FROM domain_events WHERE type = $1', [type])) as {
      aggregate_id: string;
      payload: Record<string, string>;
    }[];

  beforeAll(async () => {
    t = await TestApp.start({ DBS_VALIDITY_MONTHS: '36' });
    db = t.get(DataSource);
    hubId = (await t.createHub('SCAN')).id;
    const staff = await t.signedIn(Role.HUB_STAFF, hubId);
    const REGISTER = `mutation ($input: RegisterAdviserInput!) { registerAdviser(input: $input) { id } }`;
    for (const [name, dbs] of [
      ['Expiring Soon', '2022-12-01'],
      ['Fine For Years', '2025-01-01'],
    ]) {
      await staff.ok(REGISTER, {
        input: {
          name,
          email: `${name.replace(/ /g, '.').toLowerCase()}@example.test`,
          status: 'ACTIVE',
          inductionCompletedOn: '2022-01-01',
          dbsCheckedOn: dbs,
        },
      });
    }
    await db.query(
      `INSERT INTO institutions (hub_id, urn, name, type, eligible, in_hub_since) VALUES
         ($1, '500001', 'Unmatched Academy', 'MAINSTREAM', true, '2020-09-01'),
         ($1, '500002', 'Not In Hub School', 'MAINSTREAM', true, NULL)`,
      [hubId],
    );
  });
  afterAll(() => t.stop());

  it('records a DBS check expiring within 30 days once, however often it runs', async () => {
    const scan = t.get(MatchingScanService);
    expect(await scan.recordDbsExpiring('2025-11-10')).toBe(1);
    expect(await scan.recordDbsExpiring('2025-11-11')).toBe(0);
    const recorded = await events('adviser.dbs_expiring');
    expect(recorded).toHaveLength(1);
    expect(recorded[0].payload.expiresOn).toBe('2025-12-01');
  });

  it('warns REMINDER_DBS_EXPIRY_DAYS ahead of a DBS check running out', async () => {
    const config = t.get(AppConfig);
    const [{ id }] = await db.query(
      `INSERT INTO advisers (hub_id, name, email, status, dbs_checked_on)
       VALUES ($1, 'Ten Day Warning', 'ten.day.warning@example.test', 'ACTIVE', '2022-12-20') RETURNING id`,
      [hubId],
    );
    const scan = t.get(MatchingScanService);
    config.REMINDER_DBS_EXPIRY_DAYS = 10;
    try {
      expect(await scan.recordDbsExpiring('2025-12-09')).toBe(0);
      expect(await scan.recordDbsExpiring('2025-12-10')).toBe(1);
    } finally {
      config.REMINDER_DBS_EXPIRY_DAYS = 30;
    }
    const recorded = (await events('adviser.dbs_expiring')).filter((e) => e.aggregate_id === id);
    expect(recorded.map((e) => e.payload.expiresOn)).toEqual(['2025-12-20']);
  });

  it('reports institutions still unmatched 30 days into the year, once per year, and not before', async () => {
    const scan = t.get(MatchingScanService);
    expect(await scan.recordUnmatched('2025-09-20')).toBe(0);
    expect(await scan.recordUnmatched('2025-10-01')).toBe(1);
    expect(await scan.recordUnmatched('2025-10-02')).toBe(0);
    const recorded = await events('institution.unmatched');
    expect(recorded.map((e) => e.payload.academicYear)).toEqual(['2025/26']);
  });
});
