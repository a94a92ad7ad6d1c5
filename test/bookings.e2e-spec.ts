import { DataSource } from 'typeorm';
import { Clock, Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { GraphqlClient, TestApp } from '@chn/testing';
import {
  completeChecklist,
  countRows,
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

const BOOKING = `query ($id: ID!) { booking(id: $id) { id status places statusReason placeOfferedAt } }`;
const BOOKINGS = `query ($filter: BookingFilter) {
  bookings(filter: $filter, first: 100) { totalCount edges { node { id institutionId status } } }
}`;
const CONFIRM = `mutation ($id: ID!) { confirmBooking(id: $id) { id status confirmedAt } }`;
const DECLINE = `mutation ($id: ID!, $reason: String!) { declineBooking(id: $id, reason: $reason) { id status statusReason } }`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelBooking(id: $id, reason: $reason) { id status } }`;
const ATTENDANCE = `mutation ($bookingId: ID!, $attended: Int!, $fsmAttended: Int!, $feedback: String) {
  recordAttendance(bookingId: $bookingId, attended: $attended, fsmAttended: $fsmAttended, employerFeedback: $feedback) {
    id attended fsmAttended employerFeedback attendanceRecordedAt
  }
}`;
const PLACES = `query ($id: ID!) { opportunity(id: $id) { totalPlaces placesHeld placesLeft } }`;

interface School {
  leader: SignedIn;
  institutionId: string;
}

describe('bookings (e2e)', () => {
  let t: TestApp;
  let hub: HubEntity;
  let staff: GraphqlClient;
  let employer: SignedIn;
  let rival: SignedIn;
  let employerId: string;
  let high: School; // 45 % FSM
  let low: School; // 12 % FSM
  let other: School; // no FSM figure
  let fourth: School;

  const request = (
    client: GraphqlClient,
    input: Record<string, unknown>,
  ): Promise<{ id: string; status: string }> =>
    client
      .ok<{ requestPlaces: { id: string; status: string } }>(REQUEST_PLACES, { input })
      .then((d) => d.requestPlaces);

  const placesOf = (id: string) =>
    staff
      .ok<{ opportunity: { totalPlaces: number; placesHeld: number; placesLeft: number } }>(
        PLACES,
        { id },
      )
      .then((d) => d.opportunity);

  beforeAll(async () => {
    t = await TestApp.start();
    hub = await t.createHub('BOOK');
    staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    employerId = await createEmployer(t, hub.id, 'Mersey Games Ltd');
    employer = await employerUser(t, hub.id, employerId);
    rival = await employerUser(t, hub.id, await createEmployer(t, hub.id, 'Rival Studio Ltd'));
    high = await ledInstitution(t, hub.id, { name: 'High FSM Academy', fsmPercent: 45 });
    low = await ledInstitution(t, hub.id, { name: 'Low FSM School', fsmPercent: 12 });
    other = await ledInstitution(t, hub.id, { name: 'Unknown FSM College', fsmPercent: null });
    fourth = await ledInstitution(t, hub.id, { name: 'Fourth School', fsmPercent: 30 });
  });
  afterAll(() => t.stop());

  describe('the waiting list', () => {
    let opportunityId: string;
    let otherBooking: string;
    let fourthBooking: string;
    let lowWaiting: string;
    let highWaiting: string;

    beforeAll(async () => {
      opportunityId = await publishedOpportunity(
        staff,
        opportunityInput({ employerId, totalPlaces: 2 }),
      );
      const base = { opportunityId, places: 1, fsmPlaces: 0, yearGroup: 10 };
      otherBooking = (await request(other.leader, { ...base, institutionId: other.institutionId }))
        .id;
      fourthBooking = (
        await request(fourth.leader, { ...base, institutionId: fourth.institutionId })
      ).id;
    });

    it('refuses a request when full, unless it joins the waiting list', async () => {
      const base = { opportunityId, places: 1, fsmPlaces: 1, yearGroup: 10 };
      const full = await low.leader.request(REQUEST_PLACES, {
        input: { ...base, institutionId: low.institutionId },
      });
      expect(full.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'NO_PLACES_LEFT',
      });
      // The lower-FSM school asks first; the higher-FSM school asks later.
      const lowRequest = await request(low.leader, {
        ...base,
        institutionId: low.institutionId,
        joinWaitingList: true,
      });
      const highRequest = await request(high.leader, {
        ...base,
        institutionId: high.institutionId,
        joinWaitingList: true,
      });
      expect([lowRequest.status, highRequest.status]).toEqual(['WAITLISTED', 'WAITLISTED']);
      lowWaiting = lowRequest.id;
      highWaiting = highRequest.id;
      expect(await placesOf(opportunityId)).toMatchObject({ placesHeld: 2, placesLeft: 0 });
    });

    it('gives each waitlisted booking its place in priority order, in one batch', async () => {
      const POSITIONS = `query ($filter: BookingFilter) {
        bookings(filter: $filter, first: 100) { edges { node { id status waitingListPosition } } }
      }`;
      const spy = jest.spyOn(t.get(DataSource).logger, 'logQuery');
      let page: {
        bookings: { edges: { node: { id: string; waitingListPosition: number | null } }[] };
      };
      let queries: string[];
      try {
        page = await staff.ok(POSITIONS, { filter: { opportunityId } });
        queries = spy.mock.calls.map(([sql]) => sql);
      } finally {
        spy.mockRestore();
      }
      const position = new Map(
        page.bookings.edges.map((e) => [e.node.id, e.node.waitingListPosition]),
      );
      // The higher-FSM school asked later but comes first; holding bookings have no position.
      expect(position.get(highWaiting)).toBe(1);
      expect(position.get(lowWaiting)).toBe(2);
      expect(position.get(otherBooking)).toBeNull();
      expect(position.get(fourthBooking)).toBeNull();
      const waitingListQueries = queries.filter((sql) => /unnest\(/.test(sql));
      expect(waitingListQueries).toHaveLength(1);

      const own = await low.leader.ok<{ booking: { waitingListPosition: number } }>(
        `query ($id: ID!) { booking(id: $id) { waitingListPosition } }`,
        { id: lowWaiting },
      );
      expect(own.booking.waitingListPosition).toBe(2);
    });

    it('offers a freed place to the higher-FSM institution first', async () => {
      await fourth.leader.ok(CANCEL, { id: fourthBooking, reason: 'Clashes with mock exams' });

      const promoted = await staff.ok<{ booking: { status: string; placeOfferedAt: string } }>(
        BOOKING,
        { id: highWaiting },
      );
      expect(promoted.booking.status).toBe('REQUESTED');
      expect(promoted.booking.placeOfferedAt).not.toBeNull();
      const waiting = await staff.ok<{ booking: { status: string } }>(BOOKING, { id: lowWaiting });
      expect(waiting.booking.status).toBe('WAITLISTED');
      expect(await placesOf(opportunityId)).toMatchObject({ placesHeld: 2, placesLeft: 0 });

      expect(
        await countRows(
          t,
          `SELECT 1 FROM domain_events WHERE type = 'booking.place_offered' AND aggregate_id = $1
             AND payload->>'institutionId' = $2::text`,
          [highWaiting, high.institutionId],
        ),
      ).toBe(1);
      expect(
        await countRows(
          t,
          `SELECT 1 FROM domain_events WHERE type = 'booking.cancelled' AND aggregate_id = $1`,
          [fourthBooking],
        ),
      ).toBe(1);
      expect(
        await countRows(
          t,
          `SELECT 1 FROM audit_log WHERE entity_type = 'booking' AND entity_id = $1 AND action = 'place_offered'`,
          [highWaiting],
        ),
      ).toBe(1);
    });

    it('offers places when the employer adds some, and refuses to cut below those held', async () => {
      const UPDATE = `mutation ($id: ID!, $places: Int!) { updateOpportunity(id: $id, input: { totalPlaces: $places }) { totalPlaces } }`;
      await employer.ok(UPDATE, { id: opportunityId, places: 3 });
      const now = await staff.ok<{ booking: { status: string } }>(BOOKING, { id: lowWaiting });
      expect(now.booking.status).toBe('REQUESTED');
      expect(await placesOf(opportunityId)).toEqual({
        totalPlaces: 3,
        placesHeld: 3,
        placesLeft: 0,
      });

      const cut = await employer.request(UPDATE, { id: opportunityId, places: 2 });
      expect(cut.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'PLACES_BELOW_HELD',
      });
      expect((await placesOf(opportunityId)).totalPlaces).toBe(3);
    });

    it('lets the employer confirm and decline, freeing places', async () => {
      const { confirmBooking } = await employer.ok<{
        confirmBooking: { status: string; confirmedAt: string };
      }>(CONFIRM, { id: highWaiting });
      expect(confirmBooking.status).toBe('CONFIRMED');
      expect(await employer.errorCode(CONFIRM, { id: highWaiting })).toBe('CONFLICT');

      const { declineBooking } = await employer.ok<{
        declineBooking: { status: string; statusReason: string };
      }>(DECLINE, { id: otherBooking, reason: 'Not suitable for this group' });
      expect(declineBooking).toEqual(
        expect.objectContaining({
          status: 'DECLINED',
          statusReason: 'Not suitable for this group',
        }),
      );
      expect(await placesOf(opportunityId)).toMatchObject({ placesHeld: 2, placesLeft: 1 });
      expect(
        await countRows(
          t,
          `SELECT 1 FROM domain_events WHERE aggregate_id = ANY($1::uuid[])
             AND type IN ('booking.confirmed', 'booking.declined')`,
          [[highWaiting, otherBooking]],
        ),
      ).toBe(2);
    });

    it('keeps the held-places counter equal to the bookings', async () => {
      const [row] = await t.get(DataSource).query(
        `SELECT o.places_held AS counter,
                (SELECT COALESCE(SUM(places), 0)::int FROM bookings b
                  WHERE b.opportunity_id = o.id AND b.status IN ('REQUESTED', 'CONFIRMED')) AS held
         FROM opportunities o WHERE o.id = $1`,
        [opportunityId],
      );
      expect(row.counter).toBe(row.held);
    });

    it('offers no place once the opportunity has started', async () => {
      const startsOn = daysFromToday(10);
      const started = await publishedOpportunity(
        staff,
        opportunityInput({ employerId, totalPlaces: 1, startsOn, endsOn: startsOn }),
      );
      const base = { opportunityId: started, places: 1, fsmPlaces: 0, yearGroup: 10 };
      const held = await request(low.leader, { ...base, institutionId: low.institutionId });
      const waiting = await request(high.leader, {
        ...base,
        institutionId: high.institutionId,
        joinWaitingList: true,
      });
      expect(waiting.status).toBe('WAITLISTED');

      t.get(Clock).setToday(startsOn);
      try {
        await low.leader.ok(CANCEL, { id: held.id, reason: 'Pupil unwell on the day' });
      } finally {
        t.get(Clock).setToday(null);
      }

      const after = await staff.ok<{ booking: { status: string; placeOfferedAt: string | null } }>(
        BOOKING,
        { id: waiting.id },
      );
      expect(after.booking).toMatchObject({ status: 'WAITLISTED', placeOfferedAt: null });
      expect(
        await countRows(
          t,
          `SELECT 1 FROM domain_events WHERE type = 'booking.place_offered' AND aggregate_id = $1`,
          [waiting.id],
        ),
      ).toBe(0);
    });
  });

  describe('validation', () => {
    let opportunityId: string;

    beforeAll(async () => {
      opportunityId = await publishedOpportunity(
        staff,
        opportunityInput({ employerId, yearGroups: [9, 10] }),
      );
    });

    it.each([
      ['negative places', { places: -1 }, 'places'],
      ['fsmPlaces above places', { places: 2, fsmPlaces: 3 }, 'fsmPlaces'],
      ['year group 14', { yearGroup: 14 }, 'yearGroup'],
      ['a year group the opportunity is not for', { yearGroup: 7 }, 'yearGroup'],
    ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_, change, field) => {
      const before = await countRows(t, 'SELECT 1 FROM bookings');
      const res = await staff.request(REQUEST_PLACES, {
        input: {
          opportunityId,
          institutionId: high.institutionId,
          places: 1,
          fsmPlaces: 0,
          yearGroup: 10,
          ...change,
        },
      });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(field);
      expect(await countRows(t, 'SELECT 1 FROM bookings')).toBe(before);
    });
  });

  describe('attendance', () => {
    let pastBooking: string;
    let futureBooking: string;

    beforeAll(async () => {
      const pastId = await publishedOpportunity(
        staff,
        opportunityInput({
          employerId,
          startsOn: daysFromToday(5),
          endsOn: daysFromToday(6),
          lengthDays: 2,
        }),
      );
      const futureId = await publishedOpportunity(staff, opportunityInput({ employerId }));
      const base = { institutionId: high.institutionId, places: 4, fsmPlaces: 2, yearGroup: 9 };
      pastBooking = (await request(high.leader, { ...base, opportunityId: pastId })).id;
      futureBooking = (await request(high.leader, { ...base, opportunityId: futureId })).id;
      // Booked ahead, then the days pass.
      await moveDates(t, pastId, daysFromToday(-3), daysFromToday(-2));
    });

    it('is recorded only on a confirmed booking', async () => {
      const res = await employer.request(ATTENDANCE, {
        bookingId: pastBooking,
        attended: 3,
        fsmAttended: 1,
      });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'INVALID_BOOKING_STATUS',
      });
    });

    it('is refused before the opportunity has run', async () => {
      await employer.ok(CONFIRM, { id: futureBooking });
      const res = await employer.request(ATTENDANCE, {
        bookingId: futureBooking,
        attended: 3,
        fsmAttended: 1,
      });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'OPPORTUNITY_NOT_ENDED',
      });
    });

    it('must add up: attended within places, FSM within attended', async () => {
      await employer.ok(CONFIRM, { id: pastBooking });
      for (const [attended, fsmAttended, field] of [
        [5, 0, 'attended'],
        [3, 4, 'fsmAttended'],
      ] as const) {
        const res = await employer.request(ATTENDANCE, {
          bookingId: pastBooking,
          attended,
          fsmAttended,
        });
        expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual([field]);
      }
      expect(
        await countRows(t, 'SELECT 1 FROM bookings WHERE id = $1 AND attended IS NOT NULL', [
          pastBooking,
        ]),
      ).toBe(0);
    });

    it('records counts and feedback, after which the booking cannot be cancelled', async () => {
      await completeChecklist(high.leader, employer, pastBooking, 4);
      const { recordAttendance } = await employer.ok<{
        recordAttendance: { attended: number; fsmAttended: number; employerFeedback: string };
      }>(ATTENDANCE, {
        bookingId: pastBooking,
        attended: 3,
        fsmAttended: 2,
        feedback: 'Great questions from the group.',
      });
      expect(recordAttendance).toMatchObject({
        attended: 3,
        fsmAttended: 2,
        employerFeedback: 'Great questions from the group.',
      });
      expect(await high.leader.errorCode(CANCEL, { id: pastBooking, reason: 'Too late' })).toBe(
        'CONFLICT',
      );
      expect(
        await countRows(
          t,
          `SELECT 1 FROM audit_log WHERE entity_id = $1 AND action = 'attendance_recorded'`,
          [pastBooking],
        ),
      ).toBe(1);
    });
  });

  describe('rights', () => {
    let opportunityId: string;
    let highBooking: string;

    beforeAll(async () => {
      opportunityId = await publishedOpportunity(staff, opportunityInput({ employerId }));
      highBooking = (
        await request(high.leader, {
          opportunityId,
          institutionId: high.institutionId,
          places: 2,
          fsmPlaces: 1,
          yearGroup: 9,
        })
      ).id;
      await request(staff, {
        opportunityId,
        institutionId: low.institutionId,
        places: 1,
        fsmPlaces: 0,
        yearGroup: 9,
      });
    });

    it('lets a careers leader book only for their own institution', async () => {
      const res = await high.leader.request(REQUEST_PLACES, {
        input: {
          opportunityId,
          institutionId: low.institutionId,
          places: 1,
          fsmPlaces: 0,
          yearGroup: 9,
        },
      });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_YOUR_INSTITUTION',
      });
    });

    it('shows a careers leader only their own institution’s bookings', async () => {
      const { bookings } = await high.leader.ok<{
        bookings: { edges: { node: { institutionId: string } }[] };
      }>(BOOKINGS, { filter: { opportunityId } });
      expect(bookings.edges.map((e) => e.node.institutionId)).toEqual([high.institutionId]);
      const viaOpportunity = await low.leader.ok<{
        opportunity: { bookings: { institutionId: string }[] };
      }>('query ($id: ID!) { opportunity(id: $id) { bookings { institutionId } } }', {
        id: opportunityId,
      });
      expect(viaOpportunity.opportunity.bookings.map((b) => b.institutionId)).toEqual([
        low.institutionId,
      ]);
      expect(await low.leader.errorCode(BOOKING, { id: highBooking })).toBe('NOT_FOUND');
      expect(await low.leader.errorCode(CANCEL, { id: highBooking, reason: 'x' })).toBe(
        'NOT_FOUND',
      );
    });

    it('shows the employer every booking on its opportunities, and a rival none', async () => {
      const own = await employer.ok<{ bookings: { totalCount: number } }>(BOOKINGS, {
        filter: { opportunityId },
      });
      expect(own.bookings.totalCount).toBe(2);
      const theirs = await rival.ok<{ bookings: { totalCount: number } }>(BOOKINGS, {
        filter: { opportunityId },
      });
      expect(theirs.bookings.totalCount).toBe(0);
      const viaOpportunity = await rival.ok<{ opportunity: { bookings: unknown[] } }>(
        'query ($id: ID!) { opportunity(id: $id) { bookings { id } } }',
        { id: opportunityId },
      );
      expect(viaOpportunity.opportunity.bookings).toEqual([]);
      expect(await rival.errorCode(BOOKING, { id: highBooking })).toBe('NOT_FOUND');
      expect(await rival.errorCode(CONFIRM, { id: highBooking })).toBe('NOT_FOUND');
      expect(await high.leader.errorCode(CONFIRM, { id: highBooking })).toBe('FORBIDDEN');
      const viewer = await t.signedIn(Role.VIEWER, hub.id);
      expect(await viewer.errorCode(BOOKINGS, {})).toBe('FORBIDDEN');
    });

    it('shows an institution’s bookings to its careers leader and the hub team only', async () => {
      const QUERY = `query ($id: ID!) { institution(id: $id) { bookings { id status } } }`;
      const mine = await high.leader.ok<{ institution: { bookings: { id: string }[] | null } }>(
        QUERY,
        { id: high.institutionId },
      );
      expect(mine.institution.bookings?.map((b) => b.id)).toContain(highBooking);
      const notMine = await low.leader.ok<{ institution: { bookings: unknown[] | null } }>(QUERY, {
        id: high.institutionId,
      });
      expect(notMine.institution.bookings).toBeNull();
      const asStaff = await staff.ok<{ institution: { bookings: { id: string }[] | null } }>(
        QUERY,
        { id: high.institutionId },
      );
      expect(asStaff.institution.bookings?.length).toBe(mine.institution.bookings?.length);
    });

    it('keeps bookings inside their hub', async () => {
      const otherHub = await t.createHub('ELSE');
      const outsider = await t.signedIn(Role.HUB_STAFF, otherHub.id);
      expect(await outsider.errorCode(BOOKING, { id: highBooking })).toBe('NOT_FOUND');
      expect(await outsider.errorCode(CANCEL, { id: highBooking, reason: 'x' })).toBe('NOT_FOUND');
      const list = await outsider.ok<{ bookings: { totalCount: number } }>(BOOKINGS, {});
      expect(list.bookings.totalCount).toBe(0);
      const theirSchool = await ledInstitution(t, otherHub.id);
      const res = await outsider.request(REQUEST_PLACES, {
        input: {
          opportunityId,
          institutionId: theirSchool.institutionId,
          places: 1,
          fsmPlaces: 0,
          yearGroup: 9,
        },
      });
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('listing', () => {
    it('walks every booking of the hub once, page by page', async () => {
      const PAGE = `query ($after: String) {
        bookings(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
      }`;
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      do {
        const page: {
          bookings: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: { id: string } }[];
          };
        } = await staff.ok(PAGE, { after });
        total = page.bookings.totalCount;
        seen.push(...page.bookings.edges.map((e) => e.node.id));
        after = page.bookings.pageInfo.hasNextPage ? page.bookings.pageInfo.endCursor : null;
      } while (after);
      expect(total).toBeGreaterThan(6);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
      expect(total).toBe(await countRows(t, 'SELECT 1 FROM bookings WHERE hub_id = $1', [hub.id]));
    });
  });

  describe('closing and cancelling an opportunity', () => {
    it('takes no requests once closed, and cancelling it cancels its open bookings', async () => {
      const opportunityId = await publishedOpportunity(staff, opportunityInput({ employerId }));
      const input = {
        opportunityId,
        institutionId: high.institutionId,
        places: 2,
        fsmPlaces: 0,
        yearGroup: 10,
      };
      const booking = await request(high.leader, input);
      await employer.ok('mutation ($id: ID!) { closeOpportunity(id: $id) { status } }', {
        id: opportunityId,
      });
      const closed = await high.leader.request(REQUEST_PLACES, { input });
      expect(closed.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'OPPORTUNITY_NOT_OPEN',
      });

      await employer.ok('mutation ($id: ID!) { cancelOpportunity(id: $id) { status } }', {
        id: opportunityId,
      });
      const after = await staff.ok<{ booking: { status: string; statusReason: string } }>(BOOKING, {
        id: booking.id,
      });
      expect(after.booking).toMatchObject({
        status: 'CANCELLED',
        statusReason: 'The opportunity was cancelled',
      });
      expect(await placesOf(opportunityId)).toMatchObject({ placesHeld: 0 });
      expect(
        await countRows(
          t,
          `SELECT 1 FROM domain_events WHERE type = 'booking.cancelled' AND aggregate_id = $1`,
          [booking.id],
        ),
      ).toBe(1);
    });
  });
});
