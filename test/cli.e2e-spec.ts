import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { TestApp } from '@chn/testing';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import {
  exportReport,
  importReportingCsv,
  importInstitutions,
  seedDemo,
} from '../apps/cli/src/commands';

const LCR_FILE = join(__dirname, '..', 'libs/institutions/data/lcr-establishments.csv');

describe('command line (e2e)', () => {
  let t: TestApp;
  let log: jest.SpyInstance;

  beforeAll(async () => {
    t = await TestApp.start();
    log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterAll(async () => {
    log.mockRestore();
    await t.stop();
  });

  const count = async (sql: string) => Number((await t.get(DataSource).query(sql))[0].count);

  it('seeds the demo hub into an empty database: real institutions and one user per role', async () => {
    expect(await seedDemo()).toBe(true);
    expect(await count('SELECT count(*) FROM institutions')).toBe(155);
    expect(await count('SELECT count(DISTINCT role) FROM users')).toBe(6);
    expect(await count('SELECT count(*) FROM institutions WHERE eligible')).toBe(147);
    expect(await count('SELECT count(*) FROM institutions WHERE in_hub_since IS NOT NULL')).toBe(
      143,
    );
    const staff = await t.client.login('hub.staff@demo.careershub.test', 'careers-hub-demo');
    const { institutions } = await staff.ok<{ institutions: { totalCount: number } }>(
      '{ institutions(first: 10) { totalCount } }',
    );
    expect(institutions.totalCount).toBe(155);
    // The seeded history is settled: nothing left for the worker to notify anyone of.
    expect(await count('SELECT count(*) FROM domain_events')).toBeGreaterThan(0);
    expect(await count('SELECT count(*) FROM domain_events WHERE published_at IS NULL')).toBe(0);
    const { notifications } = await staff.ok<{ notifications: { totalCount: number } }>(
      '{ notifications(unreadOnly: true) { totalCount } }',
    );
    expect(notifications.totalCount).toBe(0);
  });

  it('seeds a living employer network: sector groups, employers, advisers, opportunities in every tier, bookings', async () => {
    const staff = await t.client.login('hub.staff@demo.careershub.test', 'careers-hub-demo');
    const network = await staff.ok<{
      sectorGroups: {
        name: string;
        employerCount: number;
        advisers: unknown[];
        openOpportunities: unknown[];
      }[];
      advisers: { totalCount: number };
      opportunities: {
        edges: { node: { tier: string; placesLeft: number; totalPlaces: number } }[];
      };
    }>(`{
      sectorGroups { name employerCount advisers { id } openOpportunities { id } }
      advisers { totalCount }
      opportunities(first: 50, filter: { statuses: [PUBLISHED] }) { edges { node { tier placesLeft totalPlaces } } }
    }`);
    expect(network.sectorGroups).toHaveLength(3);
    expect(network.sectorGroups.every((g) => g.employerCount >= 3 && g.advisers.length > 0)).toBe(
      true,
    );
    expect(network.sectorGroups.every((g) => g.openOpportunities.length > 0)).toBe(true);
    expect(network.advisers.totalCount).toBeGreaterThanOrEqual(8);
    const tiers = new Set(network.opportunities.edges.map((e) => e.node.tier));
    expect([...tiers].sort()).toEqual(['T1', 'T2', 'T3']);
    expect(network.opportunities.edges.some((e) => e.node.placesLeft < e.node.totalPlaces)).toBe(
      true,
    );
    expect(await count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).toBeGreaterThan(
      0,
    );
    expect(await count('SELECT count(*) FROM bookings WHERE attended IS NOT NULL')).toBeGreaterThan(
      0,
    );
    // Confirmed bookings show their checklist complete, or the school's part done and the
    // employer's still open; every attended one was complete.
    const checklists = `SELECT count(*) FROM booking_checklists c JOIN bookings b ON b.id = c.booking_id`;
    expect(await count(`${checklists} WHERE c.induction_confirmed_at IS NOT NULL`)).toBeGreaterThan(
      0,
    );
    expect(
      await count(
        `${checklists} WHERE c.travel_arranged_at IS NOT NULL AND c.supervisor_named_at IS NULL`,
      ),
    ).toBeGreaterThan(0);
    expect(
      await count(
        `${checklists} WHERE b.attended IS NOT NULL AND c.induction_confirmed_at IS NULL`,
      ),
    ).toBe(0);
    const employer = await t.client.login('employer@demo.careershub.test', 'careers-hub-demo');
    const keys = await employer.ok<{ apiKeys: unknown[] }>('{ apiKeys { id } }');
    expect(keys.apiKeys).toEqual([]);
  });

  it('seeds delivered encounters with feedback given by some sides and owed by others', async () => {
    expect(
      await count(
        'SELECT count(DISTINCT party) FROM encounter_feedback WHERE comments IS NOT NULL',
      ),
    ).toBe(2);
    expect(
      await count("SELECT count(*) FROM encounter_feedback WHERE party = 'PUPILS'"),
    ).toBeGreaterThan(0);
    const owed = async (email: string, party: string) => {
      const client = await t.client.login(email, 'careers-hub-demo');
      const [row] = await t.get(DataSource).query(
        `SELECT b.id FROM bookings b JOIN opportunities o ON o.id = b.opportunity_id
         JOIN institutions i ON i.id = b.institution_id JOIN users u ON u.email = $1
         LEFT JOIN employer_contacts ec ON ec.employer_id = o.employer_id AND ec.user_id = u.id
         WHERE b.attended > 0 AND (i.careers_leader_id = u.id OR ec.user_id IS NOT NULL)
           AND NOT EXISTS (SELECT 1 FROM encounter_feedback f WHERE f.booking_id = b.id AND f.party = $2)`,
        [email, party],
      );
      const { encounterFeedback } = await client.ok<{ encounterFeedback: { yours: string[] } }>(
        'query ($id: ID!) { encounterFeedback(bookingId: $id) { yours } }',
        { id: row.id },
      );
      return encounterFeedback.yours;
    };
    expect(await owed('careers.leader@demo.careershub.test', 'CAREERS_LEADER')).toEqual([
      'CAREERS_LEADER',
      'PUPILS',
    ]);
    expect(await owed('employer@demo.careershub.test', 'EMPLOYER')).toEqual(['EMPLOYER']);

    const staff = await t.client.login('hub.staff@demo.careershub.test', 'careers-hub-demo');
    const { hubDashboard } = await staff.ok<{
      hubDashboard: {
        quality: {
          total: {
            delivered: number;
            schoolResponsePercent: number;
            wouldHostAgainPercent: number;
          };
          byTier: { group: string }[];
          byInstitutionType: { group: string }[];
        };
      };
    }>(`{ hubDashboard { quality {
      total { delivered schoolResponsePercent wouldHostAgainPercent }
      byTier { group } byInstitutionType { group } } } }`);
    const { quality } = hubDashboard;
    expect(quality.total.delivered).toBeGreaterThanOrEqual(7);
    expect(quality.total.schoolResponsePercent).toBeLessThan(100);
    expect(quality.total.wouldHostAgainPercent).toBeLessThan(100);
    expect(quality.byTier.map((g) => g.group)).toEqual(['T1', 'T2', 'T3']);
    expect(quality.byInstitutionType.map((g) => g.group)).toEqual(
      expect.arrayContaining(['AP', 'MAINSTREAM', 'SEND']),
    );
  });

  it('shows the safe-placements chain at every stage, and advisers’ meetings', async () => {
    const stages = await t.get(DataSource).query(`SELECT
      (SELECT count(*)::int FROM opportunities WHERE status = 'DRAFT' AND at_employer_premises) AS drafts,
      (SELECT count(*)::int FROM opportunities WHERE status = 'PENDING_APPROVAL') AS pending,
      (SELECT count(*)::int FROM opportunities WHERE status = 'DRAFT' AND rejection_reason IS NOT NULL) AS sent_back,
      (SELECT count(*)::int FROM opportunities WHERE status IN ('PUBLISHED', 'CLOSED') AND at_employer_premises) AS approved,
      (SELECT count(*)::int FROM employer_compliance WHERE insurance_expires_on > current_date + 60) AS insured,
      (SELECT count(*)::int FROM employer_compliance WHERE insurance_expires_on BETWEEN current_date AND current_date + 60) AS expiring,
      (SELECT count(*)::int FROM employer_compliance WHERE insurance_expires_on < current_date) AS expired,
      (SELECT count(*)::int FROM bookings b WHERE b.status = 'CONFIRMED' AND NOT EXISTS (
         SELECT 1 FROM booking_checklists c WHERE c.booking_id = b.id)) AS checklist_open,
      (SELECT count(*)::int FROM match_meetings) AS meetings`);
    expect(stages).toEqual([
      {
        drafts: expect.any(Number),
        pending: expect.any(Number),
        sent_back: expect.any(Number),
        approved: expect.any(Number),
        insured: expect.any(Number),
        expiring: expect.any(Number),
        expired: expect.any(Number),
        checklist_open: expect.any(Number),
        meetings: expect.any(Number),
      },
    ]);
    for (const [stage, n] of Object.entries(stages[0])) expect([stage, n]).not.toEqual([stage, 0]);

    // The demo adviser and careers leader see the adviser's meetings on their match.
    const adviser = await t.client.login('adviser@demo.careershub.test', 'careers-hub-demo');
    const query = `{ matches(filter: { status: ACTIVE, type: ONE_TO_ONE }) {
      edges { node { id meetings { metOn benchmarks } } } } }`;
    type Matches = { matches: { edges: { node: { id: string; meetings: unknown[] } }[] } };
    const own = (await adviser.ok<Matches>(query)).matches.edges;
    expect(own).toHaveLength(1);
    expect(own[0].node.meetings.length).toBeGreaterThan(0);
    const leader = await t.client.login('careers.leader@demo.careershub.test', 'careers-hub-demo');
    const theirs = (await leader.ok<Matches>(query)).matches.edges;
    expect(theirs.map((e) => e.node.id)).toContain(own[0].node.id);
  });

  it('seeds realistic matching: most institutions 1-2-1, some agile, some waiting', async () => {
    const staff = await t.client.login('hub.staff@demo.careershub.test', 'careers-hub-demo');
    const { matchingSummary } = await staff.ok<{
      matchingSummary: {
        institutionsInHub: number;
        matchedOneToOne: { percent: number };
        matchedAgile: { count: number };
        unmatchedInstitutions: { totalCount: number };
      };
    }>(
      '{ matchingSummary { institutionsInHub matchedOneToOne { percent } matchedAgile { count } unmatchedInstitutions { totalCount } } }',
    );
    expect(matchingSummary.institutionsInHub).toBe(143);
    expect(matchingSummary.matchedOneToOne.percent).toBe(73.4);
    expect(matchingSummary.matchedAgile.count).toBeGreaterThan(0);
    expect(matchingSummary.unmatchedInstitutions.totalCount).toBeGreaterThan(0);
  });

  it('seeds Compass evaluations, FSQ and targets so the demo dashboard shows the reference figures', async () => {
    const staff = await t.client.login('hub.staff@demo.careershub.test', 'careers-hub-demo');
    const { hubDashboard } = await staff.ok<{ hubDashboard: Record<string, unknown> }>(`{
      hubDashboard {
        eligibleInstitutions institutionsInHub percentInHub evaluatedInstitutions percentCompassPlus
        fsqInstitutions fsqStudents percentFsqAtLeast100 percentMatchedOneToOne averageAchieved
        floorTarget { achieving failing } achievedDistribution { institutions }
        benchmarks { achievedPercent } nationalAverageAchieved benchmarksRequiredToReachTarget
      } }`);
    expect(hubDashboard).toMatchObject({
      eligibleInstitutions: 147,
      institutionsInHub: 143,
      percentInHub: 97.3,
      evaluatedInstitutions: 140,
      percentCompassPlus: 85,
      fsqInstitutions: 26,
      fsqStudents: 3950,
      percentFsqAtLeast100: 10.5,
      percentMatchedOneToOne: 73.4,
      averageAchieved: 6.3,
      floorTarget: { achieving: 136, failing: 7 },
      nationalAverageAchieved: 5.9,
      benchmarksRequiredToReachTarget: 14,
    });
    expect(
      (hubDashboard.benchmarks as { achievedPercent: number }[]).map((b) => b.achievedPercent),
    ).toEqual([74.3, 88.6, 65.0, 85.0, 88.6, 75.7, 62.9, 87.1]);
  });

  it('seeds a year of hub events: held ones attended and followed up, coming ones filling', async () => {
    expect(
      await count(`SELECT count(DISTINCT kind) FROM hub_events WHERE status = 'PUBLISHED'`),
    ).toBe(5);
    expect(
      await count(`SELECT count(*) FROM hub_events WHERE kind = 'ADVISER_NETWORK_MEETING'`),
    ).toBe(2);
    // The gaming panel's parents and carers: over 90 came, and the FAQ guide followed up.
    expect(
      await count(`SELECT SUM(r.attended) AS count FROM hub_event_registrations r
        JOIN hub_events e ON e.id = r.event_id JOIN sector_groups g ON g.id = e.sector_group_id
        WHERE e.kind = 'PARENT_CARER_SESSION' AND g.name = 'Gaming' AND e.follow_up_sent_at IS NOT NULL`),
    ).toBeGreaterThan(90);
    // Coming events are open with the demo accounts registered.
    expect(
      await count(`SELECT count(*) FROM hub_event_registrations r JOIN hub_events e ON e.id = r.event_id
        JOIN users u ON u.id = r.user_id
        WHERE e.starts_at > now() AND r.status = 'CONFIRMED' AND u.email LIKE '%@demo.careershub.test'`),
    ).toBeGreaterThan(0);
    const staff = await t.client.login('hub.staff@demo.careershub.test', 'careers-hub-demo');
    const { hubDashboard } = await staff.ok<{
      hubDashboard: { networkActivity: { events: Record<string, number> } };
    }>(`{ hubDashboard { networkActivity { events {
      eventsHeld registrations attendanceRate noShows parentsAndCarersReached advisersAttending
    } } } }`);
    const events = hubDashboard.networkActivity.events;
    for (const figure of ['eventsHeld', 'registrations', 'noShows', 'advisersAttending']) {
      expect(events[figure]).toBeGreaterThan(0);
    }
    expect(events.attendanceRate).toBeGreaterThan(0.8);
    expect(events.parentsAndCarersReached).toBeGreaterThan(90);
  });

  it('never seeds a database that already holds data', async () => {
    expect(await seedDemo()).toBe(false);
    expect(await count('SELECT count(*) FROM hubs')).toBe(1);
  });

  it('imports a GIAS file into a hub by code, idempotently', async () => {
    await t.createHub('CLI');
    expect(await importInstitutions(LCR_FILE, 'CLI', false, true)).toBe(0);
    expect(log).toHaveBeenCalledWith(
      'Dry run, nothing written: 155 rows: 155 created, 0 updated, 0 unchanged, 0 skipped, 0 rejected.',
    );
    expect(
      await count(
        `SELECT count(*) FROM institutions i JOIN hubs h ON h.id = i.hub_id WHERE h.code = 'CLI'`,
      ),
    ).toBe(0);
    expect(await importInstitutions(LCR_FILE, 'CLI', false)).toBe(0);
    expect(await importInstitutions(LCR_FILE, 'CLI', false)).toBe(0);
    expect(
      await count(
        `SELECT count(*) FROM institutions i JOIN hubs h ON h.id = i.hub_id WHERE h.code = 'CLI'`,
      ),
    ).toBe(155);
    expect(log).toHaveBeenCalledWith(
      '155 rows: 0 created, 0 updated, 155 unchanged, 0 skipped, 0 rejected.',
    );

    const withClosed = join(mkdtempSync(join(tmpdir(), 'chn-cli-')), 'gias.csv');
    writeFileSync(
      withClosed,
      `${readFileSync(LCR_FILE, 'utf8').trimEnd()}\r\n999101,Old Bridge High School,341,Liverpool,,,Secondary,Closed,,,,,,,\r\n`,
    );
    expect(await importInstitutions(withClosed, 'CLI', false)).toBe(0);
    expect(log).toHaveBeenCalledWith(
      '156 rows: 0 created, 0 updated, 155 unchanged, 1 skipped, 0 rejected.',
    );
    expect(log).toHaveBeenCalledWith('  line 157: 999101 skipped, closed establishment');
  });

  it('imports Compass evaluations all or nothing and exports the dashboard and matches', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chn-cli-'));
    const file = join(dir, 'compass.csv');
    const header =
      'urn,evaluated_on,bm1_result,bm2_result,bm3_result,bm4_result,bm5_result,bm6_result,bm7_result,bm8_result';
    const [{ urn }] = await t
      .get(DataSource)
      .query(
        `SELECT urn FROM institutions i JOIN hubs h ON h.id = i.hub_id WHERE h.code = 'CLI' ORDER BY urn LIMIT 1`,
      );
    const row = `${urn},2025-03-01${',Achieved'.repeat(8)}`;
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    writeFileSync(file, `${header}\n${row}\n999999,2025-03-01${',Achieved'.repeat(8)}\n`);
    expect(await importReportingCsv('compass', file, 'CLI')).toBe(1);
    expect(error).toHaveBeenCalledWith('  line 3: no institution with URN 999999 in the hub');
    error.mockRestore();
    writeFileSync(file, `${header}\n${row}\n`);
    expect(await importReportingCsv('compass', file, 'CLI')).toBe(0);
    expect(await importReportingCsv('compass', file, 'CLI')).toBe(0);
    expect(log).toHaveBeenCalledWith('1 rows: evaluations 0 created, 0 updated, 1 unchanged.');
    expect(
      await count(
        "SELECT count(*) FROM compass_evaluations e JOIN hubs h ON h.id = e.hub_id WHERE h.code = 'CLI'",
      ),
    ).toBe(1);

    const fsq = join(dir, 'fsq.csv');
    writeFileSync(fsq, `urn,academic_year,students\n${urn},2024/25,140\n`);
    expect(await importReportingCsv('fsq', fsq, 'CLI', true)).toBe(0);
    expect(log).toHaveBeenCalledWith(
      'Dry run, nothing written: 1 rows: FSQ completions 1 created, 0 updated, 0 unchanged.',
    );
    expect(await importReportingCsv('fsq', fsq, 'CLI')).toBe(0);
    expect(
      await count(
        `SELECT students AS count FROM fsq_completions f JOIN hubs h ON h.id = f.hub_id WHERE h.code = 'CLI'`,
      ),
    ).toBe(140);

    const out = join(dir, 'dashboard.csv');
    expect(await exportReport('dashboard', 'LCR', '2024/25', out)).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('overview,institutions,eligible,147');
    const matches = join(dir, 'matches.csv');
    expect(await exportReport('matches', 'LCR', '2024/25', matches)).toBe(0);
    expect(readFileSync(matches, 'utf8').split('\r\n')[0]).toBe(
      'urn,institution,institution_type,adviser,match_type,status,starts_on,ends_on,ended_on',
    );
    const exports = await t.get(DataSource).query(
      `SELECT a.actor_user_id, a.changes FROM audit_log a JOIN hubs h ON h.id = a.hub_id
        WHERE h.code = 'LCR' AND a.entity_type = 'export' AND a.entity_id = h.id ORDER BY a.at`,
    );
    const by = { via: 'cli', osUser: userInfo().username };
    expect(exports).toEqual([
      { actor_user_id: null, changes: { report: 'dashboard', academicYear: '2024/25', ...by } },
      { actor_user_id: null, changes: { report: 'matches', academicYear: '2024/25', ...by } },
    ]);
  });

  it('refuses a file with a NUL in a cell, naming its line, and imports nothing', async () => {
    const hub = await t.createHub('NUL');
    const dir = mkdtempSync(join(tmpdir(), 'chn-cli-'));
    const gias = join(dir, 'gias.csv');
    writeFileSync(gias, 'urn,name\n190101,Good School\n190102,Ba\u0000d School\n');
    const fsq = join(dir, 'fsq.csv');
    writeFileSync(fsq, 'urn,academic_year,students\n190101,2024/25,1\u00000\n');
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await importInstitutions(gias, 'NUL', false)).toBe(2);
    expect(error).toHaveBeenCalledWith(
      'Line 3: column "name" holds a NUL character (U+0000), which cannot be stored',
    );
    expect(await importReportingCsv('fsq', fsq, 'NUL')).toBe(1);
    expect(error).toHaveBeenCalledWith(
      '  line 2: column "students" holds a NUL character (U+0000), which cannot be stored',
    );
    error.mockRestore();
    expect(await count(`SELECT count(*) FROM institutions WHERE hub_id = '${hub.id}'`)).toBe(0);
    expect(await count(`SELECT count(*) FROM fsq_completions WHERE hub_id = '${hub.id}'`)).toBe(0);
  });

  it('refuses an unknown hub code', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await importInstitutions(LCR_FILE, 'NOPE', false)).toBe(2);
    expect(error).toHaveBeenCalledWith('No hub with code NOPE.');
    error.mockRestore();
  });
});
