import { summarise } from './stats';

interface Client {
  ok<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  request(query: string, variables?: Record<string, unknown>): Promise<{ errors?: unknown[] }>;
}
interface Db {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export const RACE_PLACES = 10;
const RACERS = 200;

async function timed<T>(run: () => Promise<T>, into: number[]): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    into.push(performance.now() - start);
  }
}

/** An employer that may post (an active network member) in the hub; returns its id. */
export async function postingEmployer(db: Db, hubId: string): Promise<string> {
  const rows = (await db.query(
    `INSERT INTO employers (hub_id, name, sector, size_band) VALUES ($1, 'Bench Co', 'Digital', 'SMALL') RETURNING id`,
    [hubId],
  )) as { id: string }[] | { rows: { id: string }[] };
  const [{ id }] = Array.isArray(rows) ? rows : rows.rows;
  await db.query(
    `INSERT INTO employer_memberships (hub_id, employer_id, status, applied_at, joined_on)
     VALUES ($1, $2, 'ACTIVE', now(), current_date)`,
    [hubId, id],
  );
  return id;
}

/**
 * `rounds` times: a published opportunity of 10 places, then 200 concurrent `requestPlaces` for
 * one place each from the hub's institutions. Places held must be 10 a round, however many API
 * processes answer.
 */
export async function raceForPlaces(
  client: Client,
  employerId: string,
  institutionIds: string[],
  rounds: number,
) {
  const startsOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const durations: number[] = [];
  const roundMs: number[] = [];
  let held = 0;
  for (let round = 0; round < rounds; round += 1) {
    const created = await client.ok<{ createOpportunity: { id: string } }>(
      `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { id } }`,
      {
        input: {
          employerId,
          kind: 'WORKPLACE_VISIT',
          title: `Bench visit ${round}`,
          description: 'Bench',
          tier: 'T1',
          sector: 'Digital',
          yearGroups: [9],
          deliveryMode: 'IN_PERSON',
          startsOn,
          endsOn: startsOn,
          lengthDays: 1,
          totalPlaces: RACE_PLACES,
        },
      },
    );
    const opportunityId = created.createOpportunity.id;
    await client.ok('mutation ($id: ID!) { publishOpportunity(id: $id) { id } }', {
      id: opportunityId,
    });
    const start = performance.now();
    const results = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        timed(
          () =>
            client.request(
              `mutation ($input: RequestPlacesInput!) { requestPlaces(input: $input) { id } }`,
              {
                input: {
                  opportunityId,
                  institutionId: institutionIds[i % institutionIds.length],
                  places: 1,
                  fsmPlaces: 0,
                  yearGroup: 9,
                },
              },
            ),
          durations,
        ),
      ),
    );
    roundMs.push(performance.now() - start);
    held += results.filter((r) => !r.errors).length;
  }
  const sortedRounds = [...roundMs].sort((a, b) => a - b);
  return {
    rounds,
    placesHeldPerRound: held / rounds,
    medianRoundMs: Math.round(sortedRounds[Math.floor(sortedRounds.length / 2)]),
    ...summarise(
      durations,
      roundMs.reduce((a, b) => a + b, 0),
    ),
  };
}

/** `clients` concurrent loops of `query` for `seconds`: requests/s and latency. */
export async function readLoad(client: Client, query: string, clients: number, seconds: number) {
  const durations: number[] = [];
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < deadline) await timed(() => client.ok(query), durations);
    }),
  );
  return summarise(durations, performance.now() - started);
}

/** The read both API benches load: a page of 50 institutions with each one's careers leader. */
export const READ_QUERY =
  '{ institutions(first: 50) { totalCount edges { node { id name careersLeader { id } } } } }';

/** `count` outbox events of one email each (the adviser hears of their approval), in one INSERT. */
export async function recordApprovals(
  db: Db,
  hubId: string,
  adviserId: string,
  count: number,
): Promise<void> {
  await db.query(
    `INSERT INTO domain_events (hub_id, type, aggregate_type, aggregate_id)
     SELECT $1, 'adviser.approved', 'adviser', $2 FROM generate_series(1, $3)`,
    [hubId, adviserId, count],
  );
}
