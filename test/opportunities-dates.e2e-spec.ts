import { DataSource } from 'typeorm';
import { Clock, Role } from '@chn/core';
import { CloseEndedOpportunitiesJob } from '@chn/opportunities';
import { GraphqlClient, TestApp } from '@chn/testing';
import {
  countRows,
  createEmployer,
  CREATE_OPPORTUNITY,
  daysFromToday,
  ledInstitution,
  moveDates,
  opportunityInput,
  PUBLISH_OPPORTUNITY,
  publishedOpportunity,
  REQUEST_PLACES,
  SignedIn,
} from './opportunities.fixtures';

const OPEN = `query ($id: ID!) { opportunity(id: $id) { status openForRequests placesLeft } }`;
const WITH_PLACES_LEFT = `query ($sector: String!) {
  opportunities(first: 100, filter: { sector: $sector, hasPlacesLeft: true }) { edges { node { title } } }
}`;
const UPDATE = `mutation ($id: ID!, $input: UpdateOpportunityInput!) {
  updateOpportunity(id: $id, input: $input) { startsOn location }
}`;

describe('opportunity dates: the booking window and the daily close (e2e)', () => {
  let t: TestApp;
  let staff: GraphqlClient;
  let employerId: string;
  let school: { leader: SignedIn; institutionId: string };

  const ask = (opportunityId: string, extra: Record<string, unknown> = {}) =>
    school.leader.request(REQUEST_PLACES, {
      input: {
        opportunityId,
        institutionId: school.institutionId,
        places: 2,
        fsmPlaces: 1,
        yearGroup: 10,
        ...extra,
      },
    });

  beforeAll(async () => {
    t = await TestApp.start();
    const hub = await t.createHub('DATES');
    staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    employerId = await createEmployer(t, hub.id, 'Pier Head Studios');
    school = await ledInstitution(t, hub.id, { name: 'Dates Academy' });
  });
  afterAll(() => t.stop());
  afterEach(() => t.get(Clock).setToday(null));

  describe('requests', () => {
    it('are refused once the opportunity has started, waiting list included, and change nothing', async () => {
      const started = await publishedOpportunity(
        staff,
        opportunityInput({ employerId, title: 'Started a month ago', sector: 'Window' }),
      );
      await moveDates(t, started, daysFromToday(-30), daysFromToday(10));
      const before = await countRows(t, 'SELECT 1 FROM bookings');
      for (const extra of [{}, { joinWaitingList: true }]) {
        const res = await ask(started, extra);
        expect(res.errors?.[0].extensions).toMatchObject({
          code: 'CONFLICT',
          reason: 'OPPORTUNITY_STARTED',
        });
      }
      expect(await countRows(t, 'SELECT 1 FROM bookings')).toBe(before);
      expect(await staff.ok(OPEN, { id: started })).toEqual({
        opportunity: { status: 'PUBLISHED', openForRequests: false, placesLeft: 10 },
      });
    });

    it('close when the first day begins: taken the day before, refused on the day', async () => {
      const tomorrow = await publishedOpportunity(
        staff,
        opportunityInput({
          employerId,
          title: 'Starts tomorrow',
          sector: 'Window opening',
          startsOn: daysFromToday(1),
          endsOn: daysFromToday(1),
        }),
      );
      expect((await staff.ok(OPEN, { id: tomorrow })).opportunity).toMatchObject({
        openForRequests: true,
      });
      expect((await ask(tomorrow)).errors).toBeUndefined();
      t.get(Clock).setToday(daysFromToday(1));
      expect((await staff.ok(OPEN, { id: tomorrow })).opportunity).toMatchObject({
        openForRequests: false,
      });
      expect((await ask(tomorrow)).errors?.[0].extensions?.reason).toBe('OPPORTUNITY_STARTED');
    });

    it('are not offered under "places left" once it has started', async () => {
      await publishedOpportunity(
        staff,
        opportunityInput({ employerId, title: 'Still ahead', sector: 'Window' }),
      );
      const { opportunities } = await staff.ok<{
        opportunities: { edges: { node: { title: string } }[] };
      }>(WITH_PLACES_LEFT, { sector: 'Window' });
      expect(opportunities.edges.map((e) => e.node.title)).toEqual(['Still ahead']);
    });

    it('are not listed among a sector group’s open opportunities once it has started', async () => {
      const { createSectorGroup } = await staff.ok<{ createSectorGroup: { id: string } }>(
        'mutation { createSectorGroup(input: { name: "Window makers" }) { id } }',
      );
      await staff.ok(
        'mutation ($g: ID!, $e: ID!) { addEmployerToSectorGroup(sectorGroupId: $g, employerId: $e) { id } }',
        { g: createSectorGroup.id, e: employerId },
      );
      const tomorrow = daysFromToday(1);
      await publishedOpportunity(
        staff,
        opportunityInput({
          employerId,
          title: 'Group visit',
          startsOn: tomorrow,
          endsOn: tomorrow,
        }),
      );
      const open = async () => {
        const { sectorGroup } = await staff.ok<{
          sectorGroup: { openOpportunities: { title: string }[] };
        }>('query ($id: ID!) { sectorGroup(id: $id) { openOpportunities { title } } }', {
          id: createSectorGroup.id,
        });
        return sectorGroup.openOpportunities.map((o) => o.title);
      };
      expect(await open()).toContain('Group visit');
      t.get(Clock).setToday(tomorrow);
      expect(await open()).not.toContain('Group visit');
    });
  });

  describe('publishing and changing dates', () => {
    it('refuses to publish a draft whose start has passed, until its dates move', async () => {
      const { createOpportunity } = await staff.ok<{ createOpportunity: { id: string } }>(
        CREATE_OPPORTUNITY,
        { input: opportunityInput({ employerId, title: 'Stale draft' }) },
      );
      await moveDates(t, createOpportunity.id, daysFromToday(-2));
      const res = await staff.request(PUBLISH_OPPORTUNITY, { id: createOpportunity.id });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'STARTS_IN_PAST',
      });
      expect((await staff.ok(OPEN, { id: createOpportunity.id })).opportunity).toMatchObject({
        status: 'DRAFT',
      });
      await staff.ok(UPDATE, {
        id: createOpportunity.id,
        input: { startsOn: daysFromToday(3), endsOn: daysFromToday(3) },
      });
      await staff.ok(PUBLISH_OPPORTUNITY, { id: createOpportunity.id });
    });

    it('refuses moving a start into the past, but lets a running opportunity change otherwise', async () => {
      const running = await publishedOpportunity(
        staff,
        opportunityInput({ employerId, title: 'Running', lengthDays: 1 }),
      );
      await moveDates(t, running, daysFromToday(-1), daysFromToday(5));
      const res = await staff.request(UPDATE, {
        id: running,
        input: { startsOn: daysFromToday(-3) },
      });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'STARTS_IN_PAST',
      });
      const ok = await staff.ok<{ updateOpportunity: { startsOn: string; location: string } }>(
        UPDATE,
        { id: running, input: { location: 'Liverpool L3' } },
      );
      expect(ok.updateOpportunity).toEqual({
        startsOn: daysFromToday(-1),
        location: 'Liverpool L3',
      });
    });

    it('refuses a length longer than the dates when they change', async () => {
      const id = await publishedOpportunity(
        staff,
        opportunityInput({
          employerId,
          title: 'Week',
          startsOn: daysFromToday(20),
          endsOn: daysFromToday(24),
          lengthDays: 5,
        }),
      );
      const res = await staff.request(UPDATE, { id, input: { endsOn: daysFromToday(22) } });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'LENGTH_EXCEEDS_DATES',
      });
    });
  });

  describe('the daily close', () => {
    it('closes published opportunities whose last day has passed, once, with an audit entry', async () => {
      const closing = (title: string, endsOn: string) =>
        opportunityInput({
          employerId,
          title,
          sector: 'Closing',
          lengthDays: 1,
          startsOn: daysFromToday(0),
          endsOn,
        });
      const ended = await publishedOpportunity(staff, closing('Ended yesterday', daysFromToday(0)));
      const lastDay = await publishedOpportunity(
        staff,
        closing('Last day today', daysFromToday(1)),
      );
      await staff.ok(CREATE_OPPORTUNITY, { input: closing('Old draft', daysFromToday(0)) });
      // The job runs tomorrow.
      t.get(Clock).setToday(daysFromToday(1));

      const job = t.get(CloseEndedOpportunitiesJob);
      expect(await job.run({})).toEqual({ closed: 1 });
      const statuses = await t
        .get(DataSource)
        .query(`SELECT title, status FROM opportunities WHERE sector = 'Closing' ORDER BY title`);
      expect(statuses).toEqual([
        { title: 'Ended yesterday', status: 'CLOSED' },
        { title: 'Last day today', status: 'PUBLISHED' },
        { title: 'Old draft', status: 'DRAFT' },
      ]);
      expect(
        await countRows(
          t,
          `SELECT 1 FROM audit_log WHERE entity_type = 'opportunity' AND entity_id = $1
             AND action = 'closed' AND actor_user_id IS NULL`,
          [ended],
        ),
      ).toBe(1);
      expect(await job.run({})).toEqual({ closed: 0 });
      // Run as of tomorrow, the one on its last day today closes too.
      await job.run({ today: daysFromToday(2) });
      expect((await staff.ok(OPEN, { id: lastDay })).opportunity).toMatchObject({
        status: 'CLOSED',
      });
    });
  });
});
