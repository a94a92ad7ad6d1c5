import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { GraphqlClient, TestApp } from '@chn/testing';

const CREATE = `mutation ($input: CreateEmployerInput!) { createEmployer(input: $input) { id name companiesHouseNumber } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateEmployerInput!) { updateEmployer(id: $id, input: $input) { id name website } }`;
const APPLY = `mutation ($employerId: ID!) { applyForMembership(input: { employerId: $employerId, pledge: "2 placements a year" }) { id status } }`;
const APPROVE = `mutation ($id: ID!) { approveMembership(id: $id) { id status joinedOn renewalOn } }`;
const LAPSE = `mutation ($id: ID!) { lapseMembership(id: $id) { id status endedOn } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawMembership(id: $id, reason: "No longer able to offer places") { id status } }`;
const EMPLOYER = `query ($id: ID!) { employer(id: $id) { name membership { id status pledge } sectorGroups { name } contacts { email } } }`;

describe('employer network (e2e)', () => {
  let t: TestApp;
  let hub: HubEntity;
  let otherHub: HubEntity;
  let staff: GraphqlClient;
  let admin: GraphqlClient;
  let staffB: GraphqlClient;
  let gamesCo: string;
  let hotelCo: string;
  let contact: GraphqlClient & { userId: string };

  const membershipStatus = async (id: string) =>
    (
      await t.get(DataSource).query('SELECT status FROM employer_memberships WHERE id = $1', [id])
    )[0].status;

  beforeAll(async () => {
    t = await TestApp.start();
    hub = await t.createHub('NET');
    otherHub = await t.createHub('OTHER');
    staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    admin = await t.signedIn(Role.HUB_ADMIN, hub.id);
    staffB = await t.signedIn(Role.HUB_STAFF, otherHub.id);
    gamesCo = (
      await staff.ok<{ createEmployer: { id: string } }>(CREATE, {
        input: {
          name: 'Firesprite Games',
          sector: 'Digital & Gaming',
          sizeBand: 'MEDIUM',
          companiesHouseNumber: '07436287',
        },
      })
    ).createEmployer.id;
    hotelCo = (
      await staff.ok<{ createEmployer: { id: string } }>(CREATE, {
        input: { name: 'Titanic Hotel', sector: 'Visitor Economy', sizeBand: 'LARGE' },
      })
    ).createEmployer.id;
    contact = await t.signedIn(Role.EMPLOYER, hub.id);
    await staff.ok(
      'mutation ($e: ID!, $u: ID!) { addEmployerContact(employerId: $e, userId: $u) { id } }',
      {
        e: gamesCo,
        u: contact.userId,
      },
    );
  });
  afterAll(() => t.stop());

  it('validates employer input and changes nothing on bad input', async () => {
    const res = await staff.request(CREATE, {
      input: {
        name: 'Bad Co',
        sector: 'Retail',
        sizeBand: 'SMALL',
        companiesHouseNumber: '123',
        website: 'not a url',
      },
    });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual([
      'companiesHouseNumber',
      'website',
    ]);
    const { employers } = await staff.ok<{ employers: { totalCount: number } }>(
      '{ employers { totalCount } }',
    );
    expect(employers.totalCount).toBe(2);
    expect(
      await staff.errorCode(CREATE, {
        input: {
          name: 'Copy',
          sector: 'Digital',
          sizeBand: 'SMALL',
          companiesHouseNumber: '07436287',
        },
      }),
    ).toBe('CONFLICT');
  });

  it('lets an employer contact edit only its own organisation', async () => {
    const own = await contact.ok<{ updateEmployer: { website: string } }>(UPDATE, {
      id: gamesCo,
      input: { website: 'https://firesprite.example' },
    });
    expect(own.updateEmployer.website).toBe('https://firesprite.example');
    expect(await contact.errorCode(UPDATE, { id: hotelCo, input: { name: 'Hijacked' } })).toBe(
      'FORBIDDEN',
    );
    const { employer } = await staff.ok<{
      employer: { name: string; contacts: { email: string }[] };
    }>(EMPLOYER, {
      id: hotelCo,
    });
    expect(employer.name).toBe('Titanic Hotel');
    const seenByContact = await contact.ok<{ employer: { contacts: unknown[] } }>(EMPLOYER, {
      id: hotelCo,
    });
    expect(seenByContact.employer.contacts).toEqual([]);
  });

  it('keeps employers, memberships and sector groups to their hub', async () => {
    const list = await staffB.ok<{ employers: { totalCount: number } }>(
      '{ employers { totalCount } }',
    );
    expect(list.employers.totalCount).toBe(0);
    expect(await staffB.errorCode(EMPLOYER, { id: gamesCo })).toBe('NOT_FOUND');
    expect(await staffB.errorCode(UPDATE, { id: gamesCo, input: { name: 'Mine now' } })).toBe(
      'NOT_FOUND',
    );
    expect(await staffB.errorCode(APPLY, { employerId: gamesCo })).toBe('NOT_FOUND');
  });

  it('runs the membership lifecycle and refuses illegal transitions without changing anything', async () => {
    const applied = await contact.ok<{ applyForMembership: { id: string; status: string } }>(
      APPLY,
      { employerId: gamesCo },
    );
    const id = applied.applyForMembership.id;
    expect(applied.applyForMembership.status).toBe('PENDING');
    expect(await contact.errorCode(APPLY, { employerId: gamesCo })).toBe('CONFLICT');
    expect(await contact.errorCode(APPROVE, { id })).toBe('FORBIDDEN');

    const lapseEarly = await staff.request(LAPSE, { id });
    expect(lapseEarly.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ILLEGAL_MEMBERSHIP_TRANSITION',
    });
    expect(await membershipStatus(id)).toBe('PENDING');

    const approved = await staff.ok<{
      approveMembership: { status: string; joinedOn: string; renewalOn: string };
    }>(APPROVE, { id });
    expect(approved.approveMembership.status).toBe('ACTIVE');
    expect(Number(approved.approveMembership.renewalOn.slice(0, 4))).toBe(
      Number(approved.approveMembership.joinedOn.slice(0, 4)) + 1,
    );
    expect(await staff.errorCode(APPROVE, { id })).toBe('CONFLICT');
    expect(await membershipStatus(id)).toBe('ACTIVE');

    await staff.ok(LAPSE, { id });
    expect(await staff.errorCode(LAPSE, { id })).toBe('CONFLICT');
    expect(await staff.errorCode(WITHDRAW, { id })).toBe('CONFLICT');
    expect(await membershipStatus(id)).toBe('LAPSED');

    const again = await contact.ok<{ applyForMembership: { id: string } }>(APPLY, {
      employerId: gamesCo,
    });
    await staff.ok(WITHDRAW, { id: again.applyForMembership.id });
    expect(await membershipStatus(again.applyForMembership.id)).toBe('WITHDRAWN');

    const { employer } = await staff.ok<{ employer: { membership: { status: string } } }>(
      EMPLOYER,
      { id: gamesCo },
    );
    expect(employer.membership.status).toBe('WITHDRAWN');
  });

  it('records memberships in the audit trail and the outbox', async () => {
    const hotelMembership = (
      await staff.ok<{ applyForMembership: { id: string } }>(APPLY, { employerId: hotelCo })
    ).applyForMembership.id;
    await staff.ok(APPROVE, { id: hotelMembership });
    const events = await t
      .get(DataSource)
      .query(
        `SELECT type, payload FROM domain_events WHERE aggregate_id = $1 ORDER BY occurred_at`,
        [hotelMembership],
      );
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'membership.applied',
      'membership.approved',
    ]);
    const trail = await admin.ok<{
      auditTrail: { edges: { node: { action: string; actorRole: string } }[] };
    }>(
      'query ($id: ID) { auditTrail(entityType: "membership", entityId: $id) { edges { node { action actorRole } } } }',
      { id: hotelMembership },
    );
    expect(trail.auditTrail.edges.map((e) => e.node.action)).toEqual(['applied', 'approved']);
    expect(await staff.errorCode('{ auditTrail { totalCount } }')).toBe('FORBIDDEN');
    const filtered = await staff.ok<{ employers: { edges: { node: { name: string } }[] } }>(
      '{ employers(filter: { membershipStatus: ACTIVE }) { edges { node { name } } } }',
    );
    expect(filtered.employers.edges.map((e) => e.node.name)).toEqual(['Titanic Hotel']);
  });

  it('groups employers by sector', async () => {
    const CREATE_GROUP =
      'mutation ($name: String!) { createSectorGroup(input: { name: $name }) { id name } }';
    const gaming = (
      await staff.ok<{ createSectorGroup: { id: string } }>(CREATE_GROUP, { name: 'Gaming' })
    ).createSectorGroup.id;
    expect(await staff.errorCode(CREATE_GROUP, { name: 'Gaming' })).toBe('CONFLICT');
    const ADD =
      'mutation ($g: ID!, $e: ID!) { addEmployerToSectorGroup(sectorGroupId: $g, employerId: $e) { id } }';
    await staff.ok(ADD, { g: gaming, e: gamesCo });
    await staff.ok(ADD, { g: gaming, e: gamesCo });
    await staff.ok(ADD, { g: gaming, e: hotelCo });
    const GROUPS = '{ sectorGroups { name employerCount employers { name } } }';
    let groups = await contact.ok<{
      sectorGroups: { employerCount: number; employers: { name: string }[] }[];
    }>(GROUPS);
    expect(groups.sectorGroups[0].employerCount).toBe(2);
    await staff.ok(
      'mutation ($g: ID!, $e: ID!) { removeEmployerFromSectorGroup(sectorGroupId: $g, employerId: $e) { id } }',
      { g: gaming, e: hotelCo },
    );
    groups = await contact.ok(GROUPS);
    expect(groups.sectorGroups[0].employers.map((e) => e.name)).toEqual(['Firesprite Games']);
    const inGroup = await staff.ok<{ employers: { totalCount: number } }>(
      'query ($g: ID) { employers(filter: { sectorGroupId: $g }) { totalCount } }',
      { g: gaming },
    );
    expect(inGroup.employers.totalCount).toBe(1);
    expect(await staffB.errorCode(ADD, { g: gaming, e: gamesCo })).toBe('NOT_FOUND');
  });
});
