import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { TestApp } from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import { FAST_NOTIFICATIONS, inboxNotice } from './notifications.fixtures';
import {
  createEmployer,
  daysFromToday,
  employerUser,
  ledInstitution,
  moveDates,
  opportunityInput,
  publishedOpportunity,
  REQUEST_PLACES,
  SignedIn,
} from './opportunities.fixtures';

const CHECKLIST = `query ($bookingId: ID!) {
  bookingChecklist(bookingId: $bookingId) {
    bookingId complete consentCount travelArrangements supervisorName supervisorRole
    items { item party completedAt }
  }
}`;
const COMPLETE = `mutation ($input: CompleteChecklistItemInput!) {
  completeChecklistItem(input: $input) { complete items { item completedAt } }
}`;
const CONFIRM = `mutation ($id: ID!) { confirmBooking(id: $id) { id } }`;
const ATTENDANCE = `mutation ($bookingId: ID!) {
  recordAttendance(bookingId: $bookingId, attended: 3, fsmAttended: 1) { attended }
}`;

type Checklist = {
  complete: boolean;
  consentCount: number | null;
  travelArrangements: string | null;
  supervisorName: string | null;
  supervisorRole: string | null;
  items: { item: string; party: string; completedAt: string | null }[];
};

describe('booking checklist (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let worker: INestApplicationContext;
  let staff: SignedIn;
  let contact: SignedIn;
  let rival: SignedIn;
  let leader: SignedIn;
  let otherLeader: SignedIn;
  let opportunityId: string;
  let bookingId: string;
  let openBookingId: string;

  const book = async (client: SignedIn, institutionId: string) => {
    const { requestPlaces } = await client.ok<{ requestPlaces: { id: string } }>(REQUEST_PLACES, {
      input: { opportunityId, institutionId, places: 3, fsmPlaces: 1, yearGroup: 9 },
    });
    await contact.ok(CONFIRM, { id: requestPlaces.id });
    return requestPlaces.id;
  };
  const complete = (client: SignedIn, input: Record<string, unknown>) =>
    client.ok<{ completeChecklistItem: { complete: boolean } }>(COMPLETE, {
      input: { bookingId, ...input },
    });
  const refusal = async (client: SignedIn, query: string, variables: Record<string, unknown>) =>
    (await client.request(query, variables)).errors?.[0].extensions;
  /** Everything a refusal must leave as it was: the checklists, the bookings, audit and events. */
  const snapshot = async () => ({
    checklists: await db.query('SELECT * FROM booking_checklists ORDER BY booking_id'),
    bookings: await db.query('SELECT * FROM bookings ORDER BY id'),
    audit: (await db.query(`SELECT count(*)::int AS n FROM audit_log`))[0].n,
    events: (await db.query(`SELECT count(*)::int AS n FROM domain_events`))[0].n,
  });
  const handOffs = async () =>
    (
      await db.query(
        `SELECT type, payload->'open' AS open FROM domain_events
         WHERE aggregate_id = $1 AND type LIKE 'booking.checklist_%' ORDER BY occurred_at, id`,
        [bookingId],
      )
    ).map((e: { type: string; open: string[] }) => [e.type, e.open]);

  beforeAll(async () => {
    t = await TestApp.start(FAST_NOTIFICATIONS);
    db = t.get(DataSource);
    const hubId = (await t.createHub('LIST', 'Knowsley Careers Hub')).id;
    staff = await t.signedIn(Role.HUB_STAFF, hubId);
    const employerId = await createEmployer(t, hubId, 'Prescot Print Works');
    contact = await employerUser(t, hubId, employerId);
    rival = await employerUser(t, hubId, await createEmployer(t, hubId, 'Rival Press'));
    const school = await ledInstitution(t, hubId, { name: 'Huyton School' });
    const other = await ledInstitution(t, hubId, { name: 'Kirkby College' });
    leader = school.leader;
    otherLeader = other.leader;
    opportunityId = await publishedOpportunity(staff, opportunityInput({ employerId }));
    bookingId = await book(leader, school.institutionId);
    openBookingId = await book(otherLeader, other.institutionId);
    worker = await createWorkerApp();
  });
  afterAll(async () => {
    await worker?.close();
    await t.stop();
  });

  it('starts with every item open, readable by both sides and the hub team only', async () => {
    for (const reader of [staff, contact, leader]) {
      const { bookingChecklist } = await reader.ok<{ bookingChecklist: Checklist }>(CHECKLIST, {
        bookingId,
      });
      expect(bookingChecklist.complete).toBe(false);
      expect(bookingChecklist.items).toEqual([
        { item: 'PARENTAL_CONSENT', party: 'INSTITUTION', completedAt: null },
        { item: 'NEEDS_SHARED', party: 'INSTITUTION', completedAt: null },
        { item: 'TRAVEL_ARRANGED', party: 'INSTITUTION', completedAt: null },
        { item: 'SUPERVISOR_NAMED', party: 'EMPLOYER', completedAt: null },
        { item: 'INDUCTION_CONFIRMED', party: 'EMPLOYER', completedAt: null },
      ]);
    }
    for (const outsider of [rival, otherLeader]) {
      expect((await refusal(outsider, CHECKLIST, { bookingId }))?.code).toBe('NOT_FOUND');
    }
  });

  it('refuses the wrong party and a consent count other than the places, changing nothing', async () => {
    const before = await snapshot();
    const cases: [SignedIn, Record<string, unknown>, Record<string, unknown>][] = [
      [
        contact,
        { item: 'PARENTAL_CONSENT', consentCount: 3 },
        { code: 'FORBIDDEN', reason: 'NOT_YOUR_CHECKLIST_ITEM' },
      ],
      [
        leader,
        { item: 'SUPERVISOR_NAMED', supervisorName: 'Pat Kay', supervisorRole: 'Print manager' },
        { code: 'FORBIDDEN', reason: 'NOT_YOUR_CHECKLIST_ITEM' },
      ],
      [staff, { item: 'NEEDS_SHARED' }, { code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' }],
      [rival, { item: 'INDUCTION_CONFIRMED' }, { code: 'NOT_FOUND' }],
      [otherLeader, { item: 'NEEDS_SHARED' }, { code: 'NOT_FOUND' }],
      [
        leader,
        { item: 'PARENTAL_CONSENT', consentCount: 2 },
        { code: 'BAD_USER_INPUT', reason: 'CONSENT_COUNT_MISMATCH' },
      ],
      [leader, { item: 'TRAVEL_ARRANGED' }, { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' }],
    ];
    for (const [client, input, error] of cases) {
      expect(await refusal(client, COMPLETE, { input: { bookingId, ...input } })).toMatchObject(
        error,
      );
    }
    expect(await snapshot()).toEqual(before);
  });

  it('hands each side its turn with a notification, until every item is done', async () => {
    await complete(leader, { item: 'PARENTAL_CONSENT', consentCount: 3 });
    await complete(leader, { item: 'NEEDS_SHARED' });
    // The school still owes an item: nobody has been handed anything yet.
    expect(await handOffs()).toEqual([]);
    await complete(leader, {
      item: 'TRAVEL_ARRANGED',
      travelArrangements: 'Minibus from school, arriving 09:00',
    });
    expect(await handOffs()).toEqual([
      ['booking.checklist_to_employer', ['SUPERVISOR_NAMED', 'INDUCTION_CONFIRMED']],
    ]);
    const turn = await inboxNotice(contact, 'CHECKLIST_TO_EMPLOYER', 'Huyton School');
    expect(turn.body).toContain(
      'Still to do: the workplace supervisor named; the induction confirmed.',
    );

    await complete(contact, {
      item: 'SUPERVISOR_NAMED',
      supervisorName: ' Pat Kay ',
      supervisorRole: 'Print manager',
    });
    const last = await complete(contact, { item: 'INDUCTION_CONFIRMED' });
    expect(last.completeChecklistItem.complete).toBe(true);
    expect(await handOffs()).toEqual([
      ['booking.checklist_to_employer', ['SUPERVISOR_NAMED', 'INDUCTION_CONFIRMED']],
      ['booking.checklist_to_institution', []],
    ]);
    const ready = await inboxNotice(leader, 'CHECKLIST_TO_INSTITUTION', 'Prescot Print Works');
    expect(ready.subject).toMatch(/^Checklist complete/);

    const { bookingChecklist } = await staff.ok<{ bookingChecklist: Checklist }>(CHECKLIST, {
      bookingId,
    });
    expect(bookingChecklist).toMatchObject({
      complete: true,
      consentCount: 3,
      travelArrangements: 'Minibus from school, arriving 09:00',
      supervisorName: 'Pat Kay',
      supervisorRole: 'Print manager',
    });
    expect(
      (
        await db.query(
          `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'checklist_item_completed'`,
          [bookingId],
        )
      )[0].n,
    ).toBe(5);
  });

  it('refuses an item done twice, changing nothing', async () => {
    const before = await snapshot();
    expect(
      await refusal(contact, COMPLETE, { input: { bookingId, item: 'INDUCTION_CONFIRMED' } }),
    ).toMatchObject({ code: 'CONFLICT', reason: 'CHECKLIST_ITEM_DONE' });
    expect(await snapshot()).toEqual(before);
  });

  it('records attendance only once every item is done', async () => {
    await moveDates(t, opportunityId, daysFromToday(-2));
    const before = await snapshot();
    expect(await refusal(contact, ATTENDANCE, { bookingId: openBookingId })).toMatchObject({
      code: 'CONFLICT',
      reason: 'CHECKLIST_INCOMPLETE',
    });
    expect(await snapshot()).toEqual(before);
    const { recordAttendance } = await contact.ok<{ recordAttendance: { attended: number } }>(
      ATTENDANCE,
      { bookingId },
    );
    expect(recordAttendance.attended).toBe(3);
  });
});
