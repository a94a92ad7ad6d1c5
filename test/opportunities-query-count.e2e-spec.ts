import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { DeliveryMode, OpportunitiesService, OpportunityKind, Tier } from '@chn/opportunities';
import { GraphqlClient, TestApp } from '@chn/testing';
import {
  createEmployer,
  createInstitution,
  daysFromToday,
  hubAdminActor,
  REQUEST_PLACES,
} from './opportunities.fixtures';

const PAGE = `query ($first: Int!) {
  opportunities(first: $first) {
    totalCount
    edges { node { id title employer { name } placesLeft bookings { id } } }
  }
}`;

interface Page {
  opportunities: {
    totalCount: number;
    edges: { node: { employer: { name: string }; placesLeft: number; bookings: unknown[] } }[];
  };
}

/** A page's field resolvers batch through DataLoaders: its SQL does not grow with its size. */
describe('opportunities query count (e2e)', () => {
  let t: TestApp;
  let staff: GraphqlClient;

  beforeAll(async () => {
    t = await TestApp.start();
    const hub = await t.createHub('COUNT');
    staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    const actor = hubAdminActor(hub.id);
    const employers = [];
    for (let i = 0; i < 5; i += 1) employers.push(await createEmployer(t, hub.id, `Employer ${i}`));
    const school = await createInstitution(t, hub.id);
    const service = t.get(OpportunitiesService);
    for (let i = 0; i < 60; i += 1) {
      const created = await service.create(actor, {
        employerId: employers[i % employers.length],
        kind: OpportunityKind.WORKPLACE_VISIT,
        title: `Visit ${i}`,
        description: 'A visit.',
        tier: Tier.T1,
        sector: 'Digital & Gaming',
        yearGroups: [8],
        deliveryMode: DeliveryMode.IN_PERSON,
        startsOn: daysFromToday(10 + i),
        endsOn: daysFromToday(10 + i),
        lengthDays: 0.5,
        totalPlaces: 5,
      });
      await service.publish(actor, created.id);
      if (i % 3 === 0) {
        await staff.ok(REQUEST_PLACES, {
          input: {
            opportunityId: created.id,
            institutionId: school,
            places: 2,
            fsmPlaces: 1,
            yearGroup: 8,
          },
        });
      }
    }
  });
  afterAll(() => t.stop());

  const queriesOf = async <T>(query: string, variables: Record<string, unknown>) => {
    const logger = t.get(DataSource).logger;
    const spy = jest.spyOn(logger, 'logQuery');
    try {
      const page = await staff.ok<T>(query, variables);
      return { page, queries: spy.mock.calls.map(([sql]) => sql) };
    } finally {
      spy.mockRestore();
    }
  };
  const queriesFor = (first: number) => queriesOf<Page>(PAGE, { first });

  it('costs the same number of queries for a page of 5 as for a page of 50', async () => {
    const small = await queriesFor(5);
    const large = await queriesFor(50);
    expect(small.page.opportunities.edges).toHaveLength(5);
    expect(large.page.opportunities.edges).toHaveLength(50);
    expect(large.page.opportunities.edges.every((e) => e.node.employer.name.length > 0)).toBe(true);
    const booked = large.page.opportunities.edges.filter((e) => e.node.bookings.length === 1);
    expect(booked.length).toBe(17);
    expect(booked.every((e) => e.node.placesLeft === 3)).toBe(true);
    expect(small.queries.length).toBeGreaterThan(0);
    expect(large.queries.length).toBe(small.queries.length);
  });

  it('authenticates once per request, however many top-level fields it asks for', async () => {
    const { queries } = await queriesOf(
      `{ a: opportunities(first: 1) { totalCount } b: opportunities(first: 2) { totalCount }
         c: opportunities(first: 3) { totalCount } }`,
      {},
    );
    const userReads = queries.filter((sql) => /FROM "users"/.test(sql));
    expect(userReads).toHaveLength(1);
  });

  it('counts the list only when totalCount is asked for', async () => {
    const count = (queries: string[]) => queries.filter((sql) => /COUNT\(/i.test(sql)).length;
    const without = await queriesOf(`{ opportunities(first: 5) { edges { node { id } } } }`, {});
    const withCount = await queriesOf(`{ opportunities(first: 5) { totalCount } }`, {});
    expect(count(without.queries)).toBe(0);
    expect(count(withCount.queries)).toBe(1);
  });
});
