import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, Role } from '@chn/core';
import { ReminderScan } from '@chn/notifications';
import { SmtpSink, TestApp, waitUntil } from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import { DbsRemindersKeyed1795395700000 } from '../libs/core/src/database/migrations/1795395700000-dbs-reminders-keyed';
import {
  adviserWithAccount,
  emailOf,
  FAST_NOTIFICATIONS,
  PROPOSE,
  proposeVariables,
} from './notifications.fixtures';
import { createEmployer, employerUser, ledInstitution, SignedIn } from './opportunities.fixtures';

const TODAY = '2026-03-10';
const REMINDER_EVENT = `(e.type LIKE 'reminder.%' OR e.type = 'adviser.dbs_expiring')`;
const NOTHING = {
  match_unanswered: 0,
  booking_unconfirmed: 0,
  opportunity_starting: 0,
  attendance_due: 0,
  induction_expiring: 0,
  dbs_expiring: 0,
  institutions_unmatched: 0,
  membership_renewal: 0,
  insurance_expiring: 0,
  risk_assessment_due: 0,
  checklist_overdue: 0,
  feedback_request_school: 0,
  feedback_request_employer: 0,
  feedback_reminder_school: 0,
  feedback_reminder_employer: 0,
  hub_event_tomorrow: 0,
};

describe('notification reminders (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let scan: ReminderScan;
  let staffA: SignedIn;
  let staffB: SignedIn;
  let contact: SignedIn;
  let leader: SignedIn;
  let adviserUser: SignedIn;
  let membershipId: string;
  let hubA: string;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start({ ...FAST_NOTIFICATIONS, SMTP_URL: sink.url });
    db = t.get(DataSource);
    hubA = (await t.createHub('RMA', 'Halton Careers Hub')).id;
    const hubB = (await t.createHub('RMB', 'Sefton Careers Hub')).id;
    staffA = await t.signedIn(Role.HUB_STAFF, hubA);
    staffB = await t.signedIn(Role.HUB_STAFF, hubB);
    const employerId = await createEmployer(t, hubA, 'Riverside Games', { membership: null });
    contact = await employerUser(t, hubA, employerId);
    const led = await ledInstitution(t, hubA, { name: 'Halton High' });
    leader = led.leader;
    const other = await ledInstitution(t, hubA, { name: 'Runcorn College' });
    await db.query(
      `INSERT INTO institutions (hub_id, urn, name, type, eligible, in_hub_since)
       VALUES ($1, '600001', 'Bootle Academy', 'MAINSTREAM', true, '2020-09-01')`,
      [hubB],
    );
    await db.query(`UPDATE institutions SET in_hub_since = '2020-09-01' WHERE hub_id = $1`, [hubA]);

    // Matches: one unanswered for 9 days, one declined (resolved).
    const adviser = await adviserWithAccount(t, staffA, hubA, 'Grace Hopper');
    adviserUser = adviser.user;
    for (const institutionId of [led.institutionId, other.institutionId]) {
      await staffA.ok(PROPOSE, proposeVariables(adviser.adviserId, institutionId));
    }
    await db.query(`UPDATE matches SET created_at = '2026-03-01T10:00:00Z'`);
    await db.query(
      `UPDATE matches SET status = 'DECLINED', decline_reason = 'No capacity' WHERE institution_id = $1`,
      [other.institutionId],
    );
    // An adviser whose induction (36 months) runs out on 2026-03-20, and DBS check on 2026-03-25.
    await db.query(
      `UPDATE advisers SET induction_completed_on = '2023-03-20', dbs_checked_on = '2023-03-25'
       WHERE id = $1`,
      [adviser.adviserId],
    );

    const opportunity = async (startsOn: string, endsOn: string) =>
      (
        await db.query(
          `INSERT INTO opportunities (hub_id, employer_id, kind, title, description, tier, sector,
             year_groups, delivery_mode, starts_on, ends_on, length_days, total_places,
             meaningful_criteria, status)
           VALUES ($1, $2, 'WORKPLACE_VISIT', $3, 'A day at the studio', 'T2', 'Digital', '{9,10}',
             'IN_PERSON', $4, $5, 1, 10, '{CLEAR_PURPOSE}', 'PUBLISHED') RETURNING id`,
          [hubA, employerId, `Studio day ${startsOn}`, startsOn, endsOn],
        )
      )[0].id as string;
    const booking = async (
      opportunityId: string,
      institutionId: string,
      status: string,
      attended = false,
    ) =>
      db.query(
        `INSERT INTO bookings (hub_id, opportunity_id, institution_id, places, fsm_places, year_group,
           status, attended, fsm_attended, attendance_recorded_at)
         VALUES ($1, $2, $3, 2, 0, 9, $4, $5, $6, $7) RETURNING id`,
        [
          hubA,
          opportunityId,
          institutionId,
          status,
          attended ? 2 : null,
          attended ? 0 : null,
          attended ? new Date() : null,
        ],
      );
    const inFourDays = await opportunity('2026-03-14', '2026-03-14');
    await booking(inFourDays, other.institutionId, 'REQUESTED');
    await booking(inFourDays, led.institutionId, 'CONFIRMED');
    const inTwoDays = await opportunity('2026-03-12', '2026-03-12');
    const [ready] = await booking(inTwoDays, led.institutionId, 'CONFIRMED');
    // Within 7 days of the start: the checklist of the booking in four days is still open; this
    // one is complete.
    await db.query(
      `INSERT INTO booking_checklists (booking_id, hub_id, consent_count, consent_recorded_at,
         needs_shared_at, travel_arrangements, travel_arranged_at, supervisor_name, supervisor_role,
         supervisor_named_at, induction_confirmed_at)
       VALUES ($1, $2, 2, now(), now(), 'Walking', now(), 'Sam Lead', 'Studio manager', now(), now())`,
      [ready.id, hubA],
    );
    const endedFourDaysAgo = await opportunity('2026-03-06', '2026-03-06');
    await booking(endedFourDaysAgo, led.institutionId, 'CONFIRMED');
    await booking(endedFourDaysAgo, other.institutionId, 'CONFIRMED', true);

    // Insurance running out on 2026-03-25; a risk assessment (12 months) due on 2026-03-12,
    // before the opportunity it covers ends; one on an ended opportunity is no longer due.
    await db.query(
      `INSERT INTO employer_compliance (employer_id, hub_id, insurer, policy_number, cover_amount_pounds, insurance_expires_on)
       VALUES ($1, $2, 'Mersey Mutual', 'EL-77', 5000000, '2026-03-25')`,
      [employerId, hubA],
    );
    for (const assessed of [inFourDays, endedFourDaysAgo]) {
      await db.query(
        `INSERT INTO opportunity_risk_assessments (opportunity_id, hub_id, employer_id, reviewed_on, reviewed_by, link)
         VALUES ($1, $2, $3, '2025-03-12', 'Sam Safety', 'https://example.test/risk.pdf')`,
        [assessed, hubA, employerId],
      );
    }

    membershipId = (
      await db.query(
        `INSERT INTO employer_memberships (hub_id, employer_id, status, applied_at, joined_on, renewal_on)
         VALUES ($1, $2, 'ACTIVE', now(), '2025-03-30', '2026-03-30') RETURNING id`,
        [hubA, employerId],
      )
    )[0].id;
    const lapsedEmployer = await createEmployer(t, hubA, 'Old Ferry Co', { membership: null });
    await db.query(
      `INSERT INTO employer_memberships (hub_id, employer_id, status, applied_at, joined_on, renewal_on, ended_on)
       VALUES ($1, $2, 'LAPSED', now(), '2025-03-20', '2026-03-20', '2026-03-01')`,
      [hubA, lapsedEmployer],
    );

    worker = await createWorkerApp();
    scan = worker.get(ReminderScan);
  });
  afterAll(async () => {
    await worker?.close();
    await t.stop();
    await sink.stop();
  });

  it('reminds once per item due, and not about resolved ones', async () => {
    expect(await scan.run({ today: TODAY })).toEqual({
      match_unanswered: 1,
      booking_unconfirmed: 1,
      opportunity_starting: 1,
      attendance_due: 1,
      induction_expiring: 1,
      dbs_expiring: 1,
      institutions_unmatched: 2,
      membership_renewal: 1,
      insurance_expiring: 1,
      risk_assessment_due: 1,
      checklist_overdue: 1,
      // The booking attended at the opportunity that ended four days ago.
      feedback_request_school: 1,
      feedback_request_employer: 1,
      feedback_reminder_school: 0,
      feedback_reminder_employer: 0,
      hub_event_tomorrow: 0,
    });
    expect(await scan.run({ today: TODAY })).toEqual(NOTHING);
    expect(await scan.run({ today: '2026-03-11' })).toEqual(NOTHING);
  });

  it('delivers each reminder to the right people, one digest per hub', async () => {
    await waitUntil(async () => {
      const [row] = await db.query(
        `SELECT count(*) FILTER (WHERE e.published_at IS NULL)::int AS unpublished,
                (SELECT count(*)::int FROM notifications WHERE channel = 'EMAIL' AND status = 'PENDING') AS pending,
                (SELECT count(*)::int FROM notifications) AS total
         FROM domain_events e WHERE ${REMINDER_EVENT}`,
      );
      return row.unpublished === 0 && row.pending === 0 && row.total > 0;
    }, 'the reminders are delivered');
    const kindsOf = async (client: SignedIn) =>
      (
        await db.query(
          `SELECT kind FROM notifications n JOIN domain_events e ON e.id = n.event_id
           WHERE n.channel = 'EMAIL' AND n.recipient_user_id = $1 AND ${REMINDER_EVENT}
           ORDER BY kind`,
          [client.userId],
        )
      ).map((r: { kind: string }) => r.kind);
    expect(await kindsOf(staffA)).toEqual([
      'DBS_EXPIRING',
      'INDUCTION_EXPIRING',
      'INSTITUTIONS_UNMATCHED',
      'INSURANCE_EXPIRING',
    ]);
    expect(await kindsOf(staffB)).toEqual(['INSTITUTIONS_UNMATCHED']);
    expect(await kindsOf(contact)).toEqual([
      'ATTENDANCE_DUE',
      'BOOKING_UNCONFIRMED',
      'CHECKLIST_OVERDUE',
      'FEEDBACK_REQUESTED_FROM_EMPLOYER',
      'INSURANCE_EXPIRING',
      'MEMBERSHIP_RENEWAL_DUE',
      'OPPORTUNITY_STARTING',
      'RISK_ASSESSMENT_DUE',
    ]);
    expect(await kindsOf(leader)).toEqual(['CHECKLIST_OVERDUE', 'OPPORTUNITY_STARTING']);
    expect(await kindsOf(adviserUser)).toEqual([
      'DBS_EXPIRING',
      'INDUCTION_EXPIRING',
      'MATCH_UNANSWERED',
    ]);

    const digests = sink
      .to(await emailOf(t, staffA.userId))
      .filter((m) => m.subject.includes('unmatched'));
    expect(digests).toHaveLength(1);
    expect(digests[0].subject).toBe('2 institutions still unmatched in 2025/26');
    expect(digests[0].text).toContain('Halton High\nRuncorn College');
    const [renewal] = sink
      .to(await emailOf(t, contact.userId))
      .filter((m) => m.subject.includes('renews'));
    expect(renewal.subject).toBe('Your Halton Careers Hub network membership renews on 2026-03-30');
    expect(renewal.text).toMatch(/Renew the membership: http\S+\/console\/network\s/);
    const [cover] = sink
      .to(await emailOf(t, staffA.userId))
      .filter((m) => m.subject.includes('insurance'));
    expect(cover.subject).toBe(
      'Employer’s liability insurance runs out on 2026-03-25: Riverside Games',
    );
    expect(cover.text).toMatch(/Record the renewed cover: http\S+\/console\/compliance\s/);
  });

  it('reminds again in a new period', async () => {
    await db.query(`UPDATE employer_memberships SET renewal_on = '2027-03-30' WHERE id = $1`, [
      membershipId,
    ]);
    expect((await scan.run({ today: '2026-10-15' })).institutions_unmatched).toBe(2);
    expect((await scan.run({ today: '2026-10-16' })).institutions_unmatched).toBe(0);
    expect((await scan.run({ today: '2027-03-10' })).membership_renewal).toBe(1);
  });

  const adviserIn = async (hubId: string, name: string, dbsCheckedOn: string) =>
    (
      await db.query(
        `INSERT INTO advisers (hub_id, name, email, status, dbs_checked_on)
         VALUES ($1, $2, $3, 'ACTIVE', $4) RETURNING id`,
        [hubId, name, `${name.replace(/ /g, '.').toLowerCase()}@example.test`, dbsCheckedOn],
      )
    )[0].id as string;
  const dbsWarnings = async (adviserId: string) =>
    (
      await db.query(
        `SELECT payload->>'expiresOn' AS "expiresOn" FROM domain_events
         WHERE type = 'adviser.dbs_expiring' AND aggregate_id = $1 ORDER BY occurred_at`,
        [adviserId],
      )
    ).map((r: { expiresOn: string }) => r.expiresOn);

  it('warns REMINDER_DBS_EXPIRY_DAYS before a DBS check runs out, once per expiry date', async () => {
    const adviserId = await adviserIn(hubA, 'Ten Day Warning', '2022-12-20');
    const config = worker.get(AppConfig);
    config.REMINDER_DBS_EXPIRY_DAYS = 10;
    try {
      expect((await scan.run({ today: '2025-12-09' })).dbs_expiring).toBe(0);
      expect((await scan.run({ today: '2025-12-10' })).dbs_expiring).toBe(1);
      expect((await scan.run({ today: '2025-12-11' })).dbs_expiring).toBe(0);
    } finally {
      config.REMINDER_DBS_EXPIRY_DAYS = 30;
    }
    expect(await dbsWarnings(adviserId)).toEqual(['2025-12-20']);

    await db.query(`UPDATE advisers SET dbs_checked_on = '2025-12-15' WHERE id = $1`, [adviserId]);
    expect((await scan.run({ today: '2028-11-20' })).dbs_expiring).toBe(1);
    expect(await dbsWarnings(adviserId)).toEqual(['2025-12-20', '2028-12-15']);
  });

  it('does not warn again about a DBS expiry warned before the warning became a reminder', async () => {
    const adviserId = await adviserIn(hubA, 'Warned Before', '2023-01-05');
    await db.query(
      `INSERT INTO domain_events (hub_id, type, aggregate_type, aggregate_id, payload)
       VALUES ($1, 'adviser.dbs_expiring', 'adviser', $2, '{"expiresOn": "2026-01-05"}')`,
      [hubA, adviserId],
    );
    const runner = db.createQueryRunner();
    try {
      await new DbsRemindersKeyed1795395700000().up(runner);
    } finally {
      await runner.release();
    }
    expect((await scan.run({ today: '2025-12-25' })).dbs_expiring).toBe(0);
    expect(await dbsWarnings(adviserId)).toEqual(['2026-01-05']);
  });

  it('digests the unmatched institutions that matchingSummary and the dashboard count', async () => {
    const hubC = (await t.createHub('RMC', 'Knowsley Careers Hub')).id;
    const staffC = await t.signedIn(Role.HUB_STAFF, hubC);
    const adviserId = await adviserIn(hubC, 'Knowsley Adviser', '2025-06-01');
    let urn = 610000;
    const institution = async (name: string, inHubSince: string | null, eligible = true) =>
      (
        await db.query(
          `INSERT INTO institutions (hub_id, urn, name, type, eligible, in_hub_since)
           VALUES ($1, $2, $3, 'MAINSTREAM', $4, $5) RETURNING id`,
          [hubC, String(++urn), name, eligible, inHubSince],
        )
      )[0].id as string;
    const match = (institutionId: string, status: string, startsOn: string, endedOn?: string) =>
      db.query(
        `INSERT INTO matches (hub_id, adviser_id, institution_id, type, status, starts_on, ended_on)
         VALUES ($1, $2, $3, 'AGILE', $4, $5, $6)`,
        [hubC, adviserId, institutionId, status, startsOn, endedOn ?? null],
      );
    await institution('Still Unmatched', '2020-09-01');
    await institution('Joined Mid-Year', '2026-01-15');
    await institution('Joins Next Year', '2026-09-01');
    await institution('Never In The Hub', null);
    await institution('Not Eligible', '2020-09-01', false);
    await match(
      await institution('Matched Until October', '2020-09-01'),
      'ENDED',
      '2025-01-10',
      '2025-10-01',
    );
    await match(
      await institution('Matched Last Year', '2020-09-01'),
      'ENDED',
      '2024-09-10',
      '2025-06-30',
    );
    await match(await institution('Only Proposed', '2020-09-01'), 'PROPOSED', '2025-11-01');

    await scan.run({ today: '2026-03-12' });
    const [{ payload }] = await db.query(
      `SELECT payload FROM domain_events WHERE type = 'reminder.institutions_unmatched' AND hub_id = $1`,
      [hubC],
    );
    expect(payload.institutions).toEqual([
      'Joined Mid-Year',
      'Matched Last Year',
      'Only Proposed',
      'Still Unmatched',
    ]);

    const { matchingSummary, hubDashboard } = await staffC.ok<{
      matchingSummary: {
        institutionsInHub: number;
        matchedAny: { count: number };
        unmatchedInstitutions: { edges: { node: { name: string } }[] };
      };
      hubDashboard: { institutionsInHub: number; percentMatchedAny: number };
    }>(
      `{ matchingSummary(academicYear: "2025/26") {
           institutionsInHub matchedAny { count }
           unmatchedInstitutions(first: 100) { edges { node { name } } } }
         hubDashboard(academicYear: "2025/26") { institutionsInHub percentMatchedAny } }`,
    );
    expect(payload.count).toBe(
      matchingSummary.institutionsInHub - matchingSummary.matchedAny.count,
    );
    expect(matchingSummary.unmatchedInstitutions.edges.map((e) => e.node.name)).toEqual(
      payload.institutions,
    );
    expect(hubDashboard).toEqual({ institutionsInHub: 5, percentMatchedAny: 20 });
  });
});
