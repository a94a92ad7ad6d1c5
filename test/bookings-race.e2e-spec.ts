import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { GraphqlClient, TestApp } from '@chn/testing';
import {
  createEmployer,
  ledInstitution,
  opportunityInput,
  publishedOpportunity,
  REQUEST_PLACES,
  SignedIn,
} from './opportunities.fixtures';

const INSTITUTIONS = 20;
const REQUESTS = 200;
const PLACES = 10;

/** Places are never overbooked, whatever the concurrency. */
describe('bookings under contention (e2e)', () => {
  let t: TestApp;
  let staff: GraphqlClient;
  let opportunityId: string;
  const schools: { leader: SignedIn; institutionId: string }[] = [];

  beforeAll(async () => {
    t = await TestApp.start();
    const hub = await t.createHub('RACE');
    staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    const employerId = await createEmployer(t, hub.id, 'Busy Studio Ltd');
    opportunityId = await publishedOpportunity(
      staff,
      opportunityInput({ employerId, totalPlaces: PLACES }),
    );
    for (let i = 0; i < INSTITUTIONS; i += 1) {
      schools.push(await ledInstitution(t, hub.id, { fsmPercent: 10 + i }));
    }
  });
  afterAll(() => t.stop());

  it(`grants exactly ${PLACES} of ${REQUESTS} concurrent one-place requests`, async () => {
    const results = await Promise.all(
      Array.from({ length: REQUESTS }, (_, i) => {
        const school = schools[i % INSTITUTIONS];
        const client = i % 2 === 0 ? school.leader : staff;
        return client.request<{ requestPlaces: { id: string; status: string } }>(REQUEST_PLACES, {
          input: {
            opportunityId,
            institutionId: school.institutionId,
            places: 1,
            fsmPlaces: 0,
            yearGroup: 10,
          },
        });
      }),
    );

    const granted = results.filter((r) => r.data?.requestPlaces);
    const refused = results.filter((r) => r.errors?.length);
    expect(granted).toHaveLength(PLACES);
    expect(granted.every((r) => r.data!.requestPlaces.status === 'REQUESTED')).toBe(true);
    expect(refused).toHaveLength(REQUESTS - PLACES);
    expect(
      refused.every(
        (r) =>
          r.errors![0].extensions?.code === 'CONFLICT' &&
          r.errors![0].extensions?.reason === 'NO_PLACES_LEFT',
      ),
    ).toBe(true);

    const { opportunity } = await staff.ok<{
      opportunity: { placesHeld: number; placesLeft: number };
    }>('query ($id: ID!) { opportunity(id: $id) { placesHeld placesLeft } }', {
      id: opportunityId,
    });
    expect(opportunity).toEqual({ placesHeld: PLACES, placesLeft: 0 });

    const [row] = await t.get(DataSource).query(
      `SELECT (SELECT SUM(places)::int FROM bookings
                WHERE opportunity_id = $1 AND status IN ('REQUESTED', 'CONFIRMED')) AS held,
              (SELECT count(*)::int FROM bookings WHERE opportunity_id = $1) AS bookings,
              (SELECT places_held FROM opportunities WHERE id = $1) AS counter,
              (SELECT count(*)::int FROM domain_events
                WHERE type = 'booking.requested' AND payload->>'opportunityId' = $1::text) AS events`,
      [opportunityId],
    );
    expect(row).toEqual({ held: PLACES, bookings: PLACES, counter: PLACES, events: PLACES });
  });

  it('refuses even a direct write that would overbook, at the database', async () => {
    jest.spyOn(t.get(DataSource).logger, 'logQueryError').mockImplementation(() => undefined);
    await expect(
      t
        .get(DataSource)
        .query('UPDATE opportunities SET places_held = places_held + 1 WHERE id = $1', [
          opportunityId,
        ]),
    ).rejects.toThrow(/ck_opportunities_places_held/);
  });
});
