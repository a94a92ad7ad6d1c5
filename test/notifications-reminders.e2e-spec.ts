import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { ReminderScan } from '@chn/notifications';
import { SmtpSink, TestApp, waitUntil } from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import {
  adviserWithAccount,
  emailOf,
  FAST_NOTIFICATIONS,
  PROPOSE,
  proposeVariables,
} from './notifications.fixtures';
import { createEmployer, employerUser, ledInstitution, SignedIn } from './opportunities.fixtures';

const TODAY = '2026-03-10';
const NOTHING = {
  match_unanswered: 0,
  booking_unconfirmed: 0,
  opportunity_starting: 0,
  attendance_due: 0,
  induction_expiring: 0,
  institutions_unmatched: 0,
  membership_renewal: 0,
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

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start({ ...FAST_NOTIFICATIONS, SMTP_URL: sink.url });
    db = t.get(DataSource);
    const hubA = (await t.createHub('RMA', 'Halton Careers Hub')).id;
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
    // An adviser whose induction (36 months) runs out on 2026-03-20.
    await db.query(`UPDATE advisers SET induction_completed_on = '2023-03-20' WHERE id = $1`, [
      adviser.adviserId,
    ]);

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
         VALUES ($1, $2, $3, 2, 0, 9, $4, $5, $6, $7)`,
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
    await booking(inTwoDays, led.institutionId, 'CONFIRMED');
    const endedFourDaysAgo = await opportunity('2026-03-06', '2026-03-06');
    await booking(endedFourDaysAgo, led.institutionId, 'CONFIRMED');
    await booking(endedFourDaysAgo, other.institutionId, 'CONFIRMED', true);

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
      institutions_unmatched: 2,
      membership_renewal: 1,
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
         FROM domain_events e WHERE e.type LIKE 'reminder.%'`,
      );
      return row.unpublished === 0 && row.pending === 0 && row.total > 0;
    }, 'the reminders are delivered');
    const kindsOf = async (client: SignedIn) =>
      (
        await db.query(
          `SELECT kind FROM notifications n JOIN domain_events e ON e.id = n.event_id
           WHERE n.channel = 'EMAIL' AND n.recipient_user_id = $1 AND e.type LIKE 'reminder.%'
           ORDER BY kind`,
          [client.userId],
        )
      ).map((r: { kind: string }) => r.kind);
    expect(await kindsOf(staffA)).toEqual(['INDUCTION_EXPIRING', 'INSTITUTIONS_UNMATCHED']);
    expect(await kindsOf(staffB)).toEqual(['INSTITUTIONS_UNMATCHED']);
    expect(await kindsOf(contact)).toEqual([
      'ATTENDANCE_DUE',
      'BOOKING_UNCONFIRMED',
      'MEMBERSHIP_RENEWAL_DUE',
      'OPPORTUNITY_STARTING',
    ]);
    expect(await kindsOf(leader)).toEqual(['OPPORTUNITY_STARTING']);
    expect(await kindsOf(adviserUser)).toEqual(['INDUCTION_EXPIRING', 'MATCH_UNANSWERED']);

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
  });

  it('reminds again in a new period', async () => {
    await db.query(`UPDATE employer_memberships SET renewal_on = '2027-03-30' WHERE id = $1`, [
      membershipId,
    ]);
    expect((await scan.run({ today: '2026-10-15' })).institutions_unmatched).toBe(2);
    expect((await scan.run({ today: '2026-10-16' })).institutions_unmatched).toBe(0);
    expect((await scan.run({ today: '2027-03-10' })).membership_renewal).toBe(1);
  });
});
