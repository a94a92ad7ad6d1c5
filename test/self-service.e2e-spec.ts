import { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { GraphqlClient, SmtpSink, TestApp, waitUntil } from '@chn/testing';
import { createWorkerApp } from '../apps/worker/src/create-worker-app';
import { FAST_NOTIFICATIONS } from './notifications.fixtures';

const APPLY = `mutation ($input: ApplyToJoinNetworkInput!) { applyToJoinNetwork(input: $input) }`;
const INTEREST = `mutation ($input: ExpressInterestAsAdviserInput!) { expressInterestAsAdviser(input: $input) }`;
const PENDING = `{ memberships(status: PENDING, first: 50) { edges { node { id employer { name }
  application { contactName contactEmail contactPhone sectorGroupIds } } } } }`;
const APPROVE = `mutation ($id: ID!) { approveMembership(id: $id) { id status } }`;
const DECLINE = `mutation ($id: ID!) { withdrawMembership(id: $id, reason: "Outside our area") { id status } }`;
const PUBLIC_HUBS = `{ publicHubs { code name } }`;

let addressCounter = 0;
/** A client whose requests come from their own address (the API trusts the loopback proxy). */
const fromNewAddress = (client: GraphqlClient) => {
  const address = `203.0.113.${++addressCounter}`;
  return <T>(query: string, variables: Record<string, unknown> = {}) =>
    client.request<T>(query, variables, { 'x-forwarded-for': address });
};

describe('self-service applications (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let sink: SmtpSink;
  let worker: INestApplicationContext | undefined;
  let hub: HubEntity;
  let otherHub: HubEntity;
  let anonymous: GraphqlClient;
  let staff: GraphqlClient;
  let otherStaff: GraphqlClient;

  const application = (email: string, name = 'Firesprite Games') => ({
    input: {
      hubCode: 'SELF',
      organisationName: name,
      website: 'https://firesprite.example',
      sector: 'Digital & Gaming',
      sizeBand: 'MEDIUM',
      contactName: 'Jo Contact',
      contactEmail: email,
      phone: '0151 496 0000',
    },
  });
  const pendingFor = async (client: GraphqlClient, email: string) => {
    const data = await client.ok<{
      memberships: {
        edges: { node: { id: string; application: { contactEmail: string } | null } }[];
      };
    }>(PENDING);
    return data.memberships.edges
      .map((e) => e.node)
      .filter((n) => n.application?.contactEmail === email);
  };
  const count = async (sql: string, params: unknown[]) =>
    ((await db.query(sql, params)) as { n: number }[])[0].n;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start({ ...FAST_NOTIFICATIONS, SMTP_URL: sink.url, PUBLIC_FORM_LIMIT: '3' });
    db = t.get(DataSource);
    hub = await t.createHub('SELF');
    otherHub = await t.createHub('ELSE');
    anonymous = new GraphqlClient(t.baseUrl);
    staff = await t.signedIn(Role.HUB_STAFF, hub.id, 'staff@self.example');
    otherStaff = await t.signedIn(Role.HUB_STAFF, otherHub.id);
  });
  afterAll(async () => {
    await worker?.close();
    await t.stop();
    await sink.stop();
  });

  it('lists every hub by code and name without sign-in', async () => {
    const res = await anonymous.request<{ publicHubs: { code: string }[] }>(PUBLIC_HUBS);
    expect(res.data?.publicHubs.map((h) => h.code)).toEqual(
      expect.arrayContaining(['SELF', 'ELSE']),
    );
  });

  it('takes an application, tells hub staff, and records the approval for the invitation', async () => {
    const send = fromNewAddress(anonymous);
    const res = await send<{ applyToJoinNetwork: boolean }>(
      APPLY,
      application('Jo@Firesprite.example'),
    );
    expect(res.data?.applyToJoinNetwork).toBe(true);
    // The same address again changes nothing.
    await send(APPLY, application('jo@firesprite.example', 'Firesprite Again'));
    const [pending] = await pendingFor(staff, 'jo@firesprite.example');
    expect(await pendingFor(staff, 'jo@firesprite.example')).toHaveLength(1);
    expect(
      await count(`SELECT count(*)::int AS n FROM employers WHERE name LIKE 'Firesprite%'`, []),
    ).toBe(1);

    // Another hub's staff neither see nor approve it.
    expect(await pendingFor(otherStaff, 'jo@firesprite.example')).toHaveLength(0);
    expect(await otherStaff.errorCode(APPROVE, { id: pending.id })).toBe('NOT_FOUND');

    worker = await createWorkerApp();
    await waitUntil(
      async () =>
        (await count(
          `SELECT count(*)::int AS n FROM notifications WHERE kind = 'EMPLOYER_APPLIED' AND recipient_email = $1`,
          ['staff@self.example'],
        )) > 0,
      'hub staff hear of the application',
    );
    await worker.close();
    worker = undefined;

    expect(
      (await staff.ok<{ approveMembership: { status: string } }>(APPROVE, { id: pending.id }))
        .approveMembership.status,
    ).toBe('ACTIVE');
    const [event] = await db.query(
      `SELECT payload FROM domain_events WHERE type = 'employer.application_approved' AND aggregate_id = $1`,
      [pending.id],
    );
    expect(event.payload).toMatchObject({
      contactEmail: 'jo@firesprite.example',
      contactName: 'Jo Contact',
      organisationName: 'Firesprite Games',
    });
    // Decided: the same address may apply again, as a new application.
    await send(APPLY, application('jo@firesprite.example', 'Firesprite Studio'));
    expect(await pendingFor(staff, 'jo@firesprite.example')).toHaveLength(1);
  });

  it('declines an application without recording an approval', async () => {
    await fromNewAddress(anonymous)(APPLY, application('decline@example.test', 'Declined Ltd'));
    const [pending] = await pendingFor(staff, 'decline@example.test');
    await staff.ok(DECLINE, { id: pending.id });
    expect(await pendingFor(staff, 'decline@example.test')).toHaveLength(0);
    expect(
      await count(
        `SELECT count(*)::int AS n FROM domain_events WHERE type = 'employer.application_approved' AND aggregate_id = $1`,
        [pending.id],
      ),
    ).toBe(0);
  });

  it('answers the same whether or not the email is known', async () => {
    await t.signedIn(Role.EMPLOYER, hub.id, 'known@example.test');
    const send = fromNewAddress(anonymous);
    const known = await send(APPLY, application('known@example.test', 'Known Co'));
    const unknown = await send(APPLY, application('unknown@example.test', 'Unknown Co'));
    expect(known).toEqual(unknown);
  });

  it('refuses bad input with reasons and changes nothing', async () => {
    const before = await count('SELECT count(*)::int AS n FROM employers', []);
    const send = fromNewAddress(anonymous);
    const res = await send(APPLY, {
      input: { ...application('not an email').input, organisationName: '   ', website: 'nope' },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual([
      'contactEmail',
      'organisationName',
      'website',
    ]);
    const foreignGroup = await send(APPLY, {
      input: {
        ...application('groups@example.test').input,
        sectorGroupIds: ['00000000-0000-4000-8000-000000000000'],
      },
    });
    expect(foreignGroup.errors?.[0].extensions?.reason).toBe('UNKNOWN_SECTOR_GROUP');
    const noHub = await send(APPLY, {
      input: { ...application('x@example.test').input, hubCode: 'NOPE' },
    });
    expect(noHub.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await count('SELECT count(*)::int AS n FROM employers', [])).toBe(before);
  });

  it('limits submissions per address', async () => {
    const send = fromNewAddress(anonymous);
    for (let i = 0; i < 3; i++) {
      expect(
        (await send(APPLY, application(`limit${i}@example.test`, `Limit ${i}`))).errors,
      ).toBeUndefined();
    }
    const refused = await send(INTEREST, {
      input: {
        hubCode: 'SELF',
        name: 'Late Volunteer',
        email: 'late@example.test',
        sectors: ['Retail'],
        localAuthorityCodes: ['341'],
        availabilityNote: 'Evenings',
      },
    });
    expect(refused.errors?.[0].extensions?.reason).toBe('PUBLIC_FORM_LIMITED');
    // Another address is unaffected.
    expect(
      (await fromNewAddress(anonymous)(APPLY, application('other@example.test', 'Other'))).errors,
    ).toBeUndefined();
  });

  it('records a volunteer as a PENDING adviser, once, for hub staff to approve', async () => {
    const send = fromNewAddress(anonymous);
    const interest = {
      input: {
        hubCode: 'SELF',
        name: 'Val Volunteer',
        email: 'Val@Example.test',
        employerName: 'Unilever',
        sectors: ['Manufacturing'],
        localAuthorityCodes: ['341'],
        availabilityNote: 'Two afternoons a term',
      },
    };
    const first = await send(INTEREST, interest);
    const second = await send(INTEREST, interest);
    expect(first).toEqual(second);
    const advisers = await db.query(
      `SELECT id, status, availability_note FROM advisers WHERE email = 'val@example.test'`,
    );
    expect(advisers).toHaveLength(1);
    expect(advisers[0].status).toBe('PENDING');
    expect(advisers[0].availability_note).toContain('Unilever');
    expect(
      await count(
        `SELECT count(*)::int AS n FROM domain_events WHERE type = 'adviser.registered' AND aggregate_id = $1`,
        [advisers[0].id],
      ),
    ).toBe(1);
    const blank = await send(INTEREST, { input: { ...interest.input, availabilityNote: ' ' } });
    expect(blank.errors?.[0].extensions?.fields?.[0].field).toBe('availabilityNote');
  });
});
