import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock, RETENTION_RULES, Role } from '@chn/core';
import { TEST_PASSWORD, TestApp } from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import { RetentionPurgeJob } from '../apps/worker/src/retention-purge.job';
import { emailOf } from './notifications.fixtures';
import {
  createEmployer,
  createInstitution,
  opportunityInput,
  publishedOpportunity,
  REQUEST_PLACES,
  SignedIn,
} from './opportunities.fixtures';

const REGISTER_ADVISER = `mutation ($input: RegisterAdviserInput!) { registerAdviser(input: $input) { id } }`;
const CREATE_EVENT = `mutation ($input: CreateHubEventInput!) { createHubEvent(input: $input) { id } }`;
const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken }
}`;
// Kept 730 days by default: on 2026-01-15 the purge clears what is dated before 2024-01-16.
const OLD = '2024-01-10';
const RECENT = '2024-01-20';
// Public registrants are kept 180 days after their event: on 2026-01-15, events ended before 2025-07-19.
const EVENT_ENDED = { old: '2025-07-10T20:00:00Z', recent: '2025-07-20T20:00:00Z' };

describe('retention purge (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let worker: INestApplicationContext;
  let staff: SignedIn;
  const ids: Record<string, Record<'old' | 'recent', string>> = {};

  /** What each rule keeps, old and recent: whether the text or file is still there. */
  const kept = async () =>
    Object.fromEntries(
      await Promise.all(
        Object.entries({
          feedback: ['bookings', 'employer_feedback'],
          encounterFeedback: ['encounter_feedback', 'comments'],
          documents: ['compliance_documents', 'content'],
          notes: ['match_meetings', 'note'],
          registrants: ['hub_event_registrations', 'email'],
          emails: ['notifications', 'recipient_email'],
        }).map(async ([kind, [table, column]]) => {
          const rows: { id: string; kept: boolean }[] = await db.query(
            `SELECT id, ${column} IS NOT NULL AS kept FROM ${table} WHERE id = ANY($1)`,
            [Object.values(ids[kind])],
          );
          const of = (id: string) => rows.find((r) => r.id === id)?.kept ?? false;
          return [kind, { old: of(ids[kind].old), recent: of(ids[kind].recent) }];
        }),
      ),
    );
  const purges = () =>
    db.query(
      `SELECT actor_user_id, changes->'cleared' AS cleared FROM audit_log
       WHERE entity_type = 'retention_purge' AND action = 'purged' ORDER BY at`,
    );
  const purgeOn = (today: string) => {
    worker.get(Clock).setToday(today);
    return worker.get(RetentionPurgeJob).run();
  };

  beforeAll(async () => {
    t = await TestApp.start();
    db = t.get(DataSource);
    const hubId = (await t.createHub('KEEP', 'Halton Careers Hub')).id;
    staff = await t.signedIn(Role.HUB_STAFF, hubId);
    const employerId = await createEmployer(t, hubId, 'Runcorn Robotics');
    const institutionId = await createInstitution(t, hubId, { name: 'Widnes Academy' });

    // Attendance feedback: two bookings whose attendance was recorded on each day.
    ids.feedback = { old: '', recent: '' };
    for (const age of ['old', 'recent'] as const) {
      const opportunityId = await publishedOpportunity(staff, opportunityInput({ employerId }));
      const { requestPlaces } = await staff.ok<{ requestPlaces: { id: string } }>(REQUEST_PLACES, {
        input: { opportunityId, institutionId, places: 2, fsmPlaces: 1, yearGroup: 9 },
      });
      await db.query(
        `UPDATE bookings SET status = 'CONFIRMED', attended = 2, fsm_attended = 1,
           attendance_recorded_at = $2, employer_feedback = 'A keen group' WHERE id = $1`,
        [requestPlaces.id, age === 'old' ? OLD : RECENT],
      );
      ids.feedback[age] = requestPlaces.id;
    }

    // Encounter feedback: the employer's, given on each day, on the same bookings.
    ids.encounterFeedback = { old: '', recent: '' };
    for (const age of ['old', 'recent'] as const) {
      const [row] = await db.query(
        `INSERT INTO encounter_feedback (hub_id, booking_id, party, rating, would_host_again, comments, submitted_at)
         VALUES ($1, $2, 'EMPLOYER', 4, true, 'Would host again', $3) RETURNING id`,
        [hubId, ids.feedback[age], age === 'old' ? OLD : RECENT],
      );
      ids.encounterFeedback[age] = row.id;
    }

    const pdf = Buffer.from('%PDF-1.4 risk assessment');
    ids.documents = { old: '', recent: '' };
    for (const age of ['old', 'recent'] as const) {
      const [row] = await db.query(
        `INSERT INTO compliance_documents (hub_id, employer_id, file_name, content_type, size_bytes, content, created_at)
         VALUES ($1, $2, $3, 'application/pdf', $4, $5, $6) RETURNING id`,
        [hubId, employerId, `${age}.pdf`, pdf.length, pdf, age === 'old' ? OLD : RECENT],
      );
      ids.documents[age] = row.id;
    }

    const { registerAdviser } = await staff.ok<{ registerAdviser: { id: string } }>(
      REGISTER_ADVISER,
      { input: { name: 'Sam Okafor', email: 'sam.okafor@example.test', status: 'ACTIVE' } },
    );
    const [match] = await db.query(
      `INSERT INTO matches (hub_id, adviser_id, institution_id, type, status, starts_on)
       VALUES ($1, $2, $3, 'ONE_TO_ONE', 'ACTIVE', '2023-09-01') RETURNING id`,
      [hubId, registerAdviser.id, institutionId],
    );
    ids.notes = { old: '', recent: '' };
    for (const age of ['old', 'recent'] as const) {
      const [row] = await db.query(
        `INSERT INTO match_meetings (hub_id, match_id, met_on, benchmarks, note)
         VALUES ($1, $2, $3, '{5}', 'Talked through the careers fair') RETURNING id`,
        [hubId, match.id, age === 'old' ? OLD : RECENT],
      );
      ids.notes[age] = row.id;
    }

    // A parent's public registration for an event that ended on each day: came, two of them.
    ids.registrants = { old: '', recent: '' };
    for (const age of ['old', 'recent'] as const) {
      const { createHubEvent } = await staff.ok<{ createHubEvent: { id: string } }>(CREATE_EVENT, {
        input: {
          kind: 'PARENT_CARER_SESSION',
          title: `Careers in gaming, ${age}`,
          venue: 'Halton Stadium',
          startsAt: '2030-01-10T18:00:00Z',
          endsAt: '2030-01-10T20:00:00Z',
          capacity: 90,
          audiences: ['PARENTS_CARERS'],
        },
      });
      const ends = new Date(EVENT_ENDED[age]);
      await db.query(
        `UPDATE hub_events SET status = 'PUBLISHED', starts_at = $2, ends_at = $3,
           registration_closes_at = NULL WHERE id = $1`,
        [createHubEvent.id, new Date(ends.getTime() - 2 * 3600_000), ends],
      );
      const [row] = await db.query(
        `INSERT INTO hub_event_registrations (hub_id, event_id, kind, status, name, email, places,
           consent_to_contact, confirmed_at, attended, attendance_recorded_at)
         VALUES ($1, $2, 'PUBLIC', 'CONFIRMED', 'Pat Parent', $3, 2, true, $4, 2, $4) RETURNING id`,
        [hubId, createHubEvent.id, `pat.${age}@family.example`, ends],
      );
      ids.registrants[age] = row.id;
    }
    // The emails sent to parents (no account) and one to a member of staff, on each day.
    ids.emails = { old: '', recent: '' };
    const email = async (to: string, userId: string | null, at: string) => {
      const [row] = await db.query(
        `INSERT INTO notifications (hub_id, event_id, kind, channel, recipient_email,
           recipient_user_id, status, subject, body_text, created_at, sent_at)
         VALUES ($1, gen_random_uuid(), 'hub_event.follow_up', 'EMAIL', $2, $3, 'SENT',
           'Thank you for coming', 'Dear Pat Parent, the FAQ guide is attached.', $4, $4)
         RETURNING id`,
        [hubId, to, userId, at],
      );
      return row.id as string;
    };
    for (const age of ['old', 'recent'] as const) {
      ids.emails[age] = await email(`pat.${age}@family.example`, null, EVENT_ENDED[age]);
    }
    ids.staffEmail = {
      old: await email('staff@keep.example', staff.userId, EVENT_ENDED.old),
      recent: '',
    };
    worker = await createWorkerApp();
  });
  afterAll(async () => {
    await worker?.close();
    await t.stop();
  });

  it('clears what is older than its retention period, keeps what is not, and audits the counts', async () => {
    expect(await purgeOn('2026-01-15')).toEqual({
      cleared: {
        'attendance feedback comments': 1,
        'encounter feedback comments': 1,
        'risk assessment PDFs': 1,
        'match meeting notes': 1,
        'public event registrants’ names and emails': 1,
        'emails to public event registrants': 1,
      },
    });
    expect(await kept()).toEqual({
      feedback: { old: false, recent: true },
      encounterFeedback: { old: false, recent: true },
      documents: { old: false, recent: true },
      notes: { old: false, recent: true },
      registrants: { old: false, recent: true },
      emails: { old: false, recent: true },
    });
    expect(await purges()).toEqual([
      {
        actor_user_id: null,
        cleared: {
          'attendance feedback comments': 1,
          'encounter feedback comments': 1,
          'risk assessment PDFs': 1,
          'match meeting notes': 1,
          'public event registrants’ names and emails': 1,
          'emails to public event registrants': 1,
        },
      },
    ]);
    // An email to someone with an account is theirs to see in their history: it stays.
    expect(
      await db.query('SELECT count(*)::int AS n FROM notifications WHERE id = $1', [
        ids.staffEmail.old,
      ]),
    ).toEqual([{ n: 1 }]);
    // The rows stay: what happened is still counted.
    expect(
      await db.query(
        `SELECT attended, (SELECT count(*)::int FROM match_meetings) AS meetings FROM bookings WHERE id = $1`,
        [ids.feedback.old],
      ),
    ).toEqual([{ attended: 2, meetings: 2 }]);
    // The parent's registration still counts, with nothing left to name them.
    expect(
      await db.query(
        `SELECT kind, status, name, email, places, attended, consent_to_contact
         FROM hub_event_registrations WHERE id = $1`,
        [ids.registrants.old],
      ),
    ).toEqual([
      {
        kind: 'PUBLIC',
        status: 'CONFIRMED',
        name: null,
        email: null,
        places: 2,
        attended: 2,
        consent_to_contact: true,
      },
    ]);
  });

  it('answers a purged document’s download with DOCUMENT_PURGED', async () => {
    const { login } = await t.client.ok<{ login: { accessToken: string } }>(LOGIN, {
      email: await emailOf(t, staff.userId),
      password: TEST_PASSWORD,
    });
    const download = (id: string) =>
      fetch(`${t.baseUrl}/compliance/documents/${id}`, {
        headers: { authorization: `Bearer ${login.accessToken}` },
      });
    const purged = await download(ids.documents.old);
    expect(purged.status).toBe(404);
    expect(await purged.json()).toMatchObject({ error: { reason: 'DOCUMENT_PURGED' } });
    const kept = await download(ids.documents.recent);
    expect(kept.status).toBe(200);
    expect(Buffer.from(await kept.arrayBuffer()).toString()).toBe('%PDF-1.4 risk assessment');
  });

  it('clears nothing more when run again, and writes no audit entry', async () => {
    const before = await db.query('SELECT * FROM audit_log ORDER BY id');
    expect(await purgeOn('2026-01-15')).toEqual({
      cleared: {
        'attendance feedback comments': 0,
        'encounter feedback comments': 0,
        'risk assessment PDFs': 0,
        'match meeting notes': 0,
        'public event registrants’ names and emails': 0,
        'emails to public event registrants': 0,
      },
    });
    expect(await db.query('SELECT * FROM audit_log ORDER BY id')).toEqual(before);
    expect((await kept()).notes).toEqual({ old: false, recent: true });
  });

  it('follows the clock: ten days on, the recent ones are due too', async () => {
    await purgeOn('2026-01-25');
    expect(await kept()).toEqual({
      feedback: { old: false, recent: false },
      encounterFeedback: { old: false, recent: false },
      documents: { old: false, recent: false },
      notes: { old: false, recent: false },
      registrants: { old: false, recent: false },
      emails: { old: false, recent: false },
    });
    expect(await purges()).toHaveLength(2);
    worker.get(Clock).setToday(null);
  });

  it('has one rule per kind of data, each a column of a table that exists, nullable where only it is cleared', async () => {
    for (const rule of RETENTION_RULES) {
      const [column] = await db.query(
        `SELECT is_nullable FROM information_schema.columns WHERE table_name = $1 AND column_name = $2`,
        [rule.table, rule.clear],
      );
      expect({ rule: rule.name, nullable: column?.is_nullable }).toEqual({
        rule: rule.name,
        nullable: rule.deleteRow ? expect.any(String) : 'YES',
      });
    }
  });
});
