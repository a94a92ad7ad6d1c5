import { DataSource } from 'typeorm';
import { Actor, Role } from '@chn/core';
import { InstitutionsService, InstitutionType } from '@chn/institutions';
import { GraphqlClient, TestApp } from '@chn/testing';

/** Shared set-up for the opportunities and bookings suites. */

export type SignedIn = GraphqlClient & { userId: string };

let urnCounter = 400000;

/** An ISO date `days` from today (negative for the past). */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function hubAdminActor(hubId: string): Actor {
  return { userId: '00000000-0000-4000-8000-000000000001', role: Role.HUB_ADMIN, hubId };
}

/**
 * An employer of the hub, by default with an ACTIVE network membership (only members post
 * opportunities); `membership: null` for one that has none.
 */
export async function createEmployer(
  t: TestApp,
  hubId: string,
  name: string,
  { membership = 'ACTIVE' }: { membership?: 'ACTIVE' | 'PENDING' | 'LAPSED' | null } = {},
): Promise<string> {
  const db = t.get(DataSource);
  const [row] = await db.query(
    `INSERT INTO employers (hub_id, name, sector, size_band) VALUES ($1, $2, 'Digital & Gaming', 'MEDIUM') RETURNING id`,
    [hubId, name],
  );
  if (membership) {
    const pending = membership === 'PENDING';
    await db.query(
      `INSERT INTO employer_memberships (hub_id, employer_id, status, applied_at, joined_on, renewal_on)
       VALUES ($1, $2, $3, now(), $4, $5)`,
      [
        hubId,
        row.id,
        membership,
        pending ? null : daysFromToday(-30),
        pending ? null : daysFromToday(335),
      ],
    );
  }
  return row.id as string;
}

/**
 * Moves an opportunity's dates, straight in the database, as if days had passed: nobody can
 * post or book an opportunity in the past through the API.
 */
export async function moveDates(
  t: TestApp,
  opportunityId: string,
  startsOn: string,
  endsOn: string = startsOn,
): Promise<void> {
  await t
    .get(DataSource)
    .query('UPDATE opportunities SET starts_on = $2, ends_on = $3 WHERE id = $1', [
      opportunityId,
      startsOn,
      endsOn,
    ]);
}

/** A signed-in EMPLOYER user acting for `employerId`. */
export async function employerUser(
  t: TestApp,
  hubId: string,
  employerId: string,
): Promise<SignedIn> {
  const client = await t.signedIn(Role.EMPLOYER, hubId);
  await t
    .get(DataSource)
    .query('INSERT INTO employer_contacts (user_id, employer_id) VALUES ($1, $2)', [
      client.userId,
      employerId,
    ]);
  return client;
}

/** An institution, led by `careersLeaderId` when given. */
export async function createInstitution(
  t: TestApp,
  hubId: string,
  options: { name?: string; fsmPercent?: number | null; careersLeaderId?: string } = {},
): Promise<string> {
  urnCounter += 1;
  const institution = await t.get(InstitutionsService).create(hubAdminActor(hubId), {
    urn: String(urnCounter),
    name: options.name ?? `School ${urnCounter}`,
    type: InstitutionType.MAINSTREAM,
    fsmPercent: options.fsmPercent ?? null,
    careersLeaderId: options.careersLeaderId ?? null,
    laCode: '341',
    laName: 'Liverpool',
  });
  return institution.id;
}

/** A careers leader and the institution they lead. */
export async function ledInstitution(
  t: TestApp,
  hubId: string,
  options: { name?: string; fsmPercent?: number | null } = {},
): Promise<{ leader: SignedIn; institutionId: string }> {
  const leader = await t.signedIn(Role.CAREERS_LEADER, hubId);
  const institutionId = await createInstitution(t, hubId, {
    ...options,
    careersLeaderId: leader.userId,
  });
  return { leader, institutionId };
}

export function opportunityInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'WORKPLACE_VISIT',
    title: 'Studio visit',
    description: 'A day in a games studio: meet the team and build a level.',
    tier: 'T2',
    sector: 'Digital & Gaming',
    yearGroups: [9, 10],
    deliveryMode: 'IN_PERSON',
    startsOn: daysFromToday(30),
    endsOn: daysFromToday(30),
    lengthDays: 1,
    totalPlaces: 10,
    meaningfulCriteria: ['CLEAR_PURPOSE', 'TWO_WAY_INTERACTION', 'PERFORMS_TASK'],
    location: 'Liverpool L1',
    ...overrides,
  };
}

export const CREATE_OPPORTUNITY = `mutation ($input: CreateOpportunityInput!) {
  createOpportunity(input: $input) { id status employerId totalPlaces }
}`;
export const PUBLISH_OPPORTUNITY = `mutation ($id: ID!) { publishOpportunity(id: $id) { id status } }`;
export const REQUEST_PLACES = `mutation ($input: RequestPlacesInput!) {
  requestPlaces(input: $input) { id status places fsmPlaces yearGroup }
}`;

export const SUBMIT_OPPORTUNITY = `mutation ($id: ID!) { submitOpportunity(id: $id) { id status } }`;
export const APPROVE_OPPORTUNITY = `mutation ($id: ID!) { approveOpportunity(id: $id) { id status } }`;

/**
 * Creates and publishes an opportunity through the API; returns its id. One needing the hub's
 * approval (a placement) is submitted, then approved by `approver` (by default `client`, which
 * must then be hub staff).
 */
export async function publishedOpportunity(
  client: GraphqlClient,
  input: Record<string, unknown>,
  approver: GraphqlClient = client,
): Promise<string> {
  const { createOpportunity } = await client.ok<{ createOpportunity: { id: string } }>(
    CREATE_OPPORTUNITY,
    { input },
  );
  const id = createOpportunity.id;
  const published = await client.request(PUBLISH_OPPORTUNITY, { id });
  if (published.errors?.[0]?.extensions?.reason === 'APPROVAL_REQUIRED') {
    await client.ok(SUBMIT_OPPORTUNITY, { id });
    await approver.ok(APPROVE_OPPORTUNITY, { id });
  } else if (published.errors?.length) {
    throw new Error(`GraphQL errors: ${JSON.stringify(published.errors)}`);
  }
  return id;
}

export async function countRows(t: TestApp, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await t.get(DataSource).query(`SELECT count(*)::int AS n FROM (${sql}) q`, params);
  return row.n as number;
}

const COMPLETE_CHECKLIST_ITEM = `mutation ($input: CompleteChecklistItemInput!) {
  completeChecklistItem(input: $input) { complete }
}`;

/** Completes every checklist item of a booking of `places` pupils, each side its own. */
export async function completeChecklist(
  leader: GraphqlClient,
  employer: GraphqlClient,
  bookingId: string,
  places: number,
): Promise<void> {
  for (const [client, input] of [
    [leader, { item: 'PARENTAL_CONSENT', consentCount: places }],
    [leader, { item: 'NEEDS_SHARED' }],
    [leader, { item: 'TRAVEL_ARRANGED', travelArrangements: 'On foot with two teachers' }],
    [employer, { item: 'SUPERVISOR_NAMED', supervisorName: 'Sam Lead', supervisorRole: 'Manager' }],
    [employer, { item: 'INDUCTION_CONFIRMED' }],
  ] as const) {
    await client.ok(COMPLETE_CHECKLIST_ITEM, { input: { bookingId, ...input } });
  }
}
