import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { GraphqlClient, SmtpSink, TestApp, waitUntil } from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import { FAST_NOTIFICATIONS } from './notifications.fixtures';
import {
  countRows,
  createEmployer,
  CREATE_OPPORTUNITY,
  employerUser,
  ledInstitution,
  opportunityInput,
  PUBLISH_OPPORTUNITY,
  publishedOpportunity,
  REQUEST_PLACES,
  SignedIn,
} from './opportunities.fixtures';

const NOT_MEMBER = { code: 'FORBIDDEN', reason: 'MEMBERSHIP_NOT_ACTIVE' };
const LAPSE = `mutation ($id: ID!) { lapseMembership(id: $id) { status } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawMembership(id: $id) { status } }`;
const CONFIRM = `mutation ($id: ID!) { confirmBooking(id: $id) { status } }`;
const CREATE_KEY = 'mutation { createApiKey(name: "Booking system") { secret } }';
const INBOX = `{ notifications(first: 20) { edges { node { kind subject body } } } }`;

describe('only active network members post opportunities (e2e)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let db: DataSource;
  let hubId: string;
  let staff: SignedIn;
  let otherStaff: SignedIn;
  let school: { leader: SignedIn; institutionId: string };

  const membershipOf = async (employerId: string) =>
    (await db.query('SELECT id FROM employer_memberships WHERE employer_id = $1', [employerId]))[0]
      .id as string;
  const withKey = (secret: string, query: string, variables: Record<string, unknown> = {}) =>
    t.client.request<Record<string, unknown>>(query, variables, { 'x-api-key': secret });
  const ask = (opportunityId: string) =>
    school.leader.request<{ requestPlaces: { id: string; status: string } }>(REQUEST_PLACES, {
      input: {
        opportunityId,
        institutionId: school.institutionId,
        places: 2,
        fsmPlaces: 0,
        yearGroup: 10,
      },
    });

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start({ ...FAST_NOTIFICATIONS, SMTP_URL: sink.url });
    db = t.get(DataSource);
    hubId = (await t.createHub('MEMB', 'Knowsley Careers Hub')).id;
    staff = await t.signedIn(Role.HUB_STAFF, hubId);
    otherStaff = await t.signedIn(Role.HUB_STAFF, hubId);
    school = await ledInstitution(t, hubId, { name: 'Members Academy' });
    worker = await createWorkerApp();
  });
  afterAll(async () => {
    await worker?.close();
    await t.stop();
    await sink.stop();
  });

  it.each([
    ['no membership', null],
    ['a pending application', 'PENDING'],
    ['a lapsed membership', 'LAPSED'],
  ] as const)(
    'refuses an employer with %s, and hub staff acting for it, and creates nothing',
    async (_, membership) => {
      const employerId = await createEmployer(t, hubId, `Not A Member ${membership}`, {
        membership,
      });
      const contact = await employerUser(t, hubId, employerId);
      const before = await countRows(t, 'SELECT 1 FROM opportunities');
      for (const client of [contact, staff] as GraphqlClient[]) {
        const res = await client.request(CREATE_OPPORTUNITY, {
          input: opportunityInput({ employerId }),
        });
        expect(res.errors?.[0].extensions).toMatchObject(NOT_MEMBER);
      }
      expect(await countRows(t, 'SELECT 1 FROM opportunities')).toBe(before);
      const key = await contact.request(CREATE_KEY);
      expect(key.errors?.[0].extensions).toMatchObject(NOT_MEMBER);
      expect(
        await countRows(t, 'SELECT 1 FROM employer_api_keys WHERE employer_id = $1', [employerId]),
      ).toBe(0);
    },
  );

  it('stops a lapsed member publishing, confirming and using its keys; its published opportunities stay bookable', async () => {
    const employerId = await createEmployer(t, hubId, 'Lapsing Labs');
    const contact = await employerUser(t, hubId, employerId);
    const { createApiKey } = await contact.ok<{ createApiKey: { secret: string } }>(CREATE_KEY);
    const viaKey = await withKey(createApiKey.secret, CREATE_OPPORTUNITY, {
      input: opportunityInput({ title: 'Posted through the key' }),
    });
    expect(viaKey.errors).toBeUndefined();
    const published = await publishedOpportunity(contact, opportunityInput({ title: 'Live' }));
    await publishedOpportunity(contact, opportunityInput({ title: 'Also live' }));
    const requested = (await ask(published)).data!.requestPlaces.id;
    const { createOpportunity: draft } = await contact.ok<{ createOpportunity: { id: string } }>(
      CREATE_OPPORTUNITY,
      { input: opportunityInput({ title: 'Draft' }) },
    );

    await staff.ok(LAPSE, { id: await membershipOf(employerId) });

    for (const client of [contact, staff] as GraphqlClient[]) {
      const publish = await client.request(PUBLISH_OPPORTUNITY, { id: draft.id });
      expect(publish.errors?.[0].extensions).toMatchObject(NOT_MEMBER);
      const confirm = await client.request(CONFIRM, { id: requested });
      expect(confirm.errors?.[0].extensions).toMatchObject(NOT_MEMBER);
    }
    const keyed = await withKey(createApiKey.secret, '{ apiKeys { id } }');
    expect(keyed.errors?.[0].extensions).toMatchObject(NOT_MEMBER);
    expect(keyed.data).toBeNull();
    const statuses = await db.query(
      'SELECT b.status AS booking, o.status AS draft FROM bookings b, opportunities o WHERE b.id = $1 AND o.id = $2',
      [requested, draft.id],
    );
    expect(statuses).toEqual([{ booking: 'REQUESTED', draft: 'DRAFT' }]);

    // Until hub staff decide, schools can still book what was published.
    const another = await ledInstitution(t, hubId, { name: 'Still Booking School' });
    const late = await another.leader.request(REQUEST_PLACES, {
      input: {
        opportunityId: published,
        institutionId: another.institutionId,
        places: 1,
        fsmPlaces: 0,
        yearGroup: 9,
      },
    });
    expect(late.errors).toBeUndefined();

    // A new membership, once approved, lets the employer and its keys work again.
    const { applyForMembership } = await contact.ok<{ applyForMembership: { id: string } }>(
      `mutation ($employerId: ID!) { applyForMembership(input: { employerId: $employerId }) { id } }`,
      { employerId },
    );
    await staff.ok(`mutation ($id: ID!) { approveMembership(id: $id) { status } }`, {
      id: applyForMembership.id,
    });
    expect((await withKey(createApiKey.secret, '{ apiKeys { id } }')).errors).toBeUndefined();
    await contact.ok(CONFIRM, { id: requested });
  });

  it('tells hub staff, the one who ended it included, how many published opportunities stay bookable', async () => {
    const employerId = await createEmployer(t, hubId, 'Withdrawing Works');
    const contact = await employerUser(t, hubId, employerId);
    for (const title of ['One', 'Two', 'Three']) {
      await publishedOpportunity(contact, opportunityInput({ title }));
    }
    await contact.ok(CREATE_OPPORTUNITY, { input: opportunityInput({ title: 'Draft only' }) });
    const quiet = await createEmployer(t, hubId, 'Nothing Published Ltd');

    await staff.ok(WITHDRAW, { id: await membershipOf(employerId) });
    await staff.ok(LAPSE, { id: await membershipOf(quiet) });

    const events = await db.query(
      `SELECT aggregate_id, payload, actor_user_id FROM domain_events
       WHERE type = 'employer.published_without_membership' AND aggregate_id = ANY($1)`,
      [[employerId, quiet]],
    );
    expect(events).toEqual([
      {
        aggregate_id: employerId,
        payload: expect.objectContaining({
          employerId,
          membershipStatus: 'WITHDRAWN',
          publishedOpportunities: 3,
        }),
        actor_user_id: null,
      },
    ]);
    for (const client of [staff, otherStaff]) {
      const notice = await waitUntil(async () => {
        const { notifications } = await client.ok<{
          notifications: { edges: { node: { kind: string; subject: string; body: string } }[] };
        }>(INBOX);
        return notifications.edges
          .map((e) => e.node)
          .find(
            (n) => n.kind === 'PUBLISHED_WITHOUT_MEMBERSHIP' && n.subject.startsWith('Withdrawing'),
          );
      }, 'hub staff are told about the published opportunities');
      expect(notice).toMatchObject({
        subject: 'Withdrawing Works left the network with 3 opportunities still published',
        body: expect.stringContaining(
          'The Knowsley Careers Hub network membership of Withdrawing Works was withdrawn. Its 3 opportunities are still published and can be booked until the hub decides what to do with them.',
        ),
      });
    }
  });
});
