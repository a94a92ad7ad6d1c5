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
const ADD_CONTACT =
  'mutation ($e: ID!, $u: ID!) { addEmployerContact(employerId: $e, userId: $u) { id } }';
const CONTACT_EMAIL = 'jo.contact@firesprite.example';

describe('employer network (e2e)', () => {
  let t: TestApp;
  let hub: HubEntity;
  let otherHub: HubEntity;
  let staff: GraphqlClient;
  let admin: GraphqlClient;
  let staffB: GraphqlClient & { userId: string };
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
    contact = await t.signedIn(Role.EMPLOYER, hub.id, CONTACT_EMAIL);
    await staff.ok(ADD_CONTACT, { e: gamesCo, u: contact.userId });
  });

  const reasonOf = async (
    client: GraphqlClient,
    query: string,
    variables: Record<string, unknown>,
  ) => {
    const res = await client.request(query, variables);
    return [res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.reason];
  };
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
    const badUpdate = await staff.request(UPDATE, {
      id: gamesCo,
      input: { name: 'Renamed', website: 'ftp//nope' },
    });
    expect(badUpdate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badUpdate.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['website']);
    const unchanged = await t
      .get(DataSource)
      .query('SELECT name, website FROM employers WHERE id = $1', [gamesCo]);
    expect(unchanged[0]).toEqual({ name: 'Firesprite Games', website: null });
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

  it('shows contacts only to the hub team and the employer itself', async () => {
    const CONTACTS = 'query ($id: ID!) { employer(id: $id) { contacts { email } } }';
    const expected = { employer: { contacts: [{ email: CONTACT_EMAIL }] } };
    expect(await staff.ok(CONTACTS, { id: gamesCo })).toEqual(expected);
    expect(await contact.ok(CONTACTS, { id: gamesCo })).toEqual(expected);
    const leader = await t.signedIn(Role.CAREERS_LEADER, hub.id);
    expect(await leader.ok(CONTACTS, { id: gamesCo })).toEqual({ employer: { contacts: [] } });
  });

  it('adds only EMPLOYER users of the hub who act for no other employer as contacts', async () => {
    const leader = await t.signedIn(Role.CAREERS_LEADER, hub.id);
    expect(await staff.errorCode(ADD_CONTACT, { e: hotelCo, u: leader.userId })).toBe(
      'BAD_USER_INPUT',
    );
    const elsewhere = await t.signedIn(Role.EMPLOYER, otherHub.id);
    expect(await staff.errorCode(ADD_CONTACT, { e: hotelCo, u: elsewhere.userId })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await reasonOf(staff, ADD_CONTACT, { e: hotelCo, u: contact.userId })).toEqual([
      'CONFLICT',
      'CONTACT_OF_ANOTHER_EMPLOYER',
    ]);
    expect(await contact.errorCode(ADD_CONTACT, { e: gamesCo, u: contact.userId })).toBe(
      'FORBIDDEN',
    );
    const rows = await t
      .get(DataSource)
      .query('SELECT employer_id FROM employer_contacts WHERE user_id = $1', [contact.userId]);
    expect(rows).toEqual([{ employer_id: gamesCo }]);
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
    expect(await staffB.errorCode(ADD_CONTACT, { e: gamesCo, u: staffB.userId })).toBe('NOT_FOUND');

    const pending = (
      await staff.ok<{ applyForMembership: { id: string } }>(APPLY, { employerId: hotelCo })
    ).applyForMembership.id;
    const group = (
      await staff.ok<{ createSectorGroup: { id: string } }>(
        'mutation { createSectorGroup(input: { name: "Maritime" }) { id } }',
      )
    ).createSectorGroup.id;
    expect(await staffB.ok('{ memberships { totalCount } sectorGroups { id } }')).toEqual({
      memberships: { totalCount: 0 },
      sectorGroups: [],
    });
    expect(
      await staffB.errorCode('query ($id: ID!) { sectorGroup(id: $id) { id } }', { id: group }),
    ).toBe('NOT_FOUND');
    expect(await staffB.errorCode(APPROVE, { id: pending })).toBe('NOT_FOUND');
    expect(await staffB.errorCode(WITHDRAW, { id: pending })).toBe('NOT_FOUND');
    expect(await membershipStatus(pending)).toBe('PENDING');
    const mine = await staff.ok<{
      memberships: { edges: { node: { employer: { name: string } } }[] };
    }>('{ memberships(status: PENDING) { edges { node { status employer { name } } } } }');
    expect(mine.memberships.edges.map((e) => e.node.employer.name)).toEqual(['Titanic Hotel']);

    await staff.ok(WITHDRAW, { id: pending });
  });

  it('runs the membership lifecycle and refuses illegal transitions without changing anything', async () => {
    const ILLEGAL = ['CONFLICT', 'ILLEGAL_MEMBERSHIP_TRANSITION'];
    const applied = await contact.ok<{ applyForMembership: { id: string; status: string } }>(
      APPLY,
      { employerId: gamesCo },
    );
    const id = applied.applyForMembership.id;
    expect(applied.applyForMembership.status).toBe('PENDING');
    expect(await reasonOf(contact, APPLY, { employerId: gamesCo })).toEqual([
      'CONFLICT',
      'MEMBERSHIP_ALREADY_OPEN',
    ]);
    expect(await contact.errorCode(APPLY, { employerId: hotelCo })).toBe('FORBIDDEN');
    expect(await contact.errorCode(APPROVE, { id })).toBe('FORBIDDEN');

    expect(await reasonOf(staff, LAPSE, { id })).toEqual(ILLEGAL);
    expect(await membershipStatus(id)).toBe('PENDING');
    const badDate = await staff.request(
      'mutation ($id: ID!) { approveMembership(id: $id, joinedOn: "2025-02-30") { id } }',
      { id },
    );
    expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await membershipStatus(id)).toBe('PENDING');

    const approved = await staff.ok<{
      approveMembership: { status: string; joinedOn: string; renewalOn: string };
    }>(APPROVE, { id });
    expect(approved.approveMembership.status).toBe('ACTIVE');
    expect(Number(approved.approveMembership.renewalOn.slice(0, 4))).toBe(
      Number(approved.approveMembership.joinedOn.slice(0, 4)) + 1,
    );
    expect(await reasonOf(staff, APPROVE, { id })).toEqual(ILLEGAL);
    expect(await membershipStatus(id)).toBe('ACTIVE');
    expect(await reasonOf(contact, APPLY, { employerId: gamesCo })).toEqual([
      'CONFLICT',
      'MEMBERSHIP_ALREADY_OPEN',
    ]);

    const lapsed = await staff.ok<{ lapseMembership: { status: string; endedOn: string } }>(LAPSE, {
      id,
    });
    expect(lapsed.lapseMembership.status).toBe('LAPSED');
    expect(lapsed.lapseMembership.endedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await reasonOf(staff, LAPSE, { id })).toEqual(ILLEGAL);
    expect(await reasonOf(staff, WITHDRAW, { id })).toEqual(ILLEGAL);
    expect(await reasonOf(staff, APPROVE, { id })).toEqual(ILLEGAL);
    expect(await membershipStatus(id)).toBe('LAPSED');

    const again = (
      await contact.ok<{ applyForMembership: { id: string } }>(APPLY, { employerId: gamesCo })
    ).applyForMembership.id;
    expect(again).not.toBe(id);
    await staff.ok(WITHDRAW, { id: again });
    expect(await membershipStatus(again)).toBe('WITHDRAWN');
    expect(await reasonOf(staff, LAPSE, { id: again })).toEqual(ILLEGAL);
    expect(await reasonOf(staff, APPROVE, { id: again })).toEqual(ILLEGAL);
    expect(await membershipStatus(again)).toBe('WITHDRAWN');
    const rows = await t
      .get(DataSource)
      .query(
        'SELECT status, joined_on, ended_on FROM employer_memberships WHERE employer_id = $1 ORDER BY applied_at',
        [gamesCo],
      );
    expect(rows.map((r: { status: string }) => r.status)).toEqual(['LAPSED', 'WITHDRAWN']);
    expect(rows[1].joined_on).toBeNull();

    const { employer } = await staff.ok<{ employer: { membership: { status: string } } }>(
      EMPLOYER,
      { id: gamesCo },
    );
    expect(employer.membership.status).toBe('WITHDRAWN');
  });

  it('lets only one of several concurrent applications or approvals win', async () => {
    // In the other hub, so this hub's lists and audit trail stay as the other tests expect.
    const extra = (
      await staffB.ok<{ createEmployer: { id: string } }>(CREATE, {
        input: { name: 'Race Ferries', sector: 'Maritime', sizeBand: 'SMALL' },
      })
    ).createEmployer.id;
    const outcome = (res: { errors?: { extensions?: { code?: string } }[] }) =>
      res.errors?.[0].extensions?.code ?? 'OK';

    const applications = await Promise.all(
      Array.from({ length: 5 }, () => staffB.request(APPLY, { employerId: extra })),
    );
    expect(applications.map(outcome).sort()).toEqual([
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'CONFLICT',
      'OK',
    ]);
    const id = (
      applications.find((res) => !res.errors)?.data as { applyForMembership: { id: string } }
    ).applyForMembership.id;

    const approvals = await Promise.all(
      Array.from({ length: 3 }, () => staffB.request(APPROVE, { id })),
    );
    expect(approvals.map(outcome).sort()).toEqual(['CONFLICT', 'CONFLICT', 'OK']);
    expect(await membershipStatus(id)).toBe('ACTIVE');
    const approvedEvents = await t
      .get(DataSource)
      .query(
        `SELECT count(*)::int AS n FROM domain_events WHERE aggregate_id = $1 AND type = 'membership.approved'`,
        [id],
      );
    expect(approvedEvents[0].n).toBe(1);
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
    const all = await admin.ok<{ auditTrail: { edges: { node: { action: string } }[] } }>(
      '{ auditTrail(entityType: "membership") { edges { node { action } } } }',
    );
    const tally: Record<string, number> = {};
    for (const { node } of all.auditTrail.edges) tally[node.action] = (tally[node.action] ?? 0) + 1;
    // Two employers: hotel applied, withdrew, applied, was approved; games applied, was approved,
    // lapsed, applied again and withdrew.
    expect(tally).toEqual({ applied: 4, approved: 2, lapsed: 1, withdrawn: 2 });
    const filtered = await staff.ok<{ employers: { edges: { node: { name: string } }[] } }>(
      '{ employers(filter: { membershipStatus: ACTIVE }) { edges { node { name } } } }',
    );
    expect(filtered.employers.edges.map((e) => e.node.name)).toEqual(['Titanic Hotel']);
  });

  it('filters employers by sector and by part of the name', async () => {
    const names = async (filter: Record<string, unknown>) =>
      (
        await staff.ok<{ employers: { edges: { node: { name: string } }[] } }>(
          'query ($f: EmployerFilter) { employers(filter: $f) { edges { node { name } } } }',
          { f: filter },
        )
      ).employers.edges.map((e) => e.node.name);
    expect(await names({ sector: 'visitor economy' })).toEqual(['Titanic Hotel']);
    expect(await names({ search: 'fire' })).toEqual(['Firesprite Games']);
    expect(await names({ search: '%' })).toEqual([]);
    expect(await names({})).toEqual(['Firesprite Games', 'Titanic Hotel']);
    expect(
      await staff.errorCode(
        '{ employers(filter: { hubId: "' + otherHub.id + '" }) { totalCount } }',
      ),
    ).toBe('FORBIDDEN');
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
  it('tells an employer contact which employer they act for, and no one else', async () => {
    const MY_EMPLOYER = '{ myEmployer { id name contacts { email } } }';
    const mine = await contact.ok<{ myEmployer: { id: string; name: string } }>(MY_EMPLOYER);
    expect(mine.myEmployer).toMatchObject({ id: gamesCo, name: 'Firesprite Games' });
    const stranger = await t.signedIn(Role.EMPLOYER, hub.id, 'no.contact@example.com');
    expect((await stranger.ok<{ myEmployer: null }>(MY_EMPLOYER)).myEmployer).toBeNull();
    expect(await staff.errorCode(MY_EMPLOYER)).toBe('FORBIDDEN');
  });
  it('lets a contact ask to join a sector group, which hub staff approve or turn down', async () => {
    const CREATE_GROUP =
      'mutation ($name: String!) { createSectorGroup(input: { name: $name }) { id } }';
    const REQUEST =
      'mutation ($id: ID!) { requestSectorGroupMembership(sectorGroupId: $id) { id } }';
    const GROUP =
      'query ($id: ID!) { sectorGroup(id: $id) { joinRequested joinRequests { name } employers { name } } }';
    const MEMBER =
      'mutation ($e: ID!, $g: ID!) { addEmployerToSectorGroup(employerId: $e, sectorGroupId: $g) { id } }';
    const REMOVE =
      'mutation ($e: ID!, $g: ID!) { removeEmployerFromSectorGroup(employerId: $e, sectorGroupId: $g) { id } }';
    const requests = async () =>
      (
        await t
          .get(DataSource)
          .query('SELECT sector_group_id FROM sector_group_join_requests WHERE employer_id = $1', [
            gamesCo,
          ])
      ).length as number;
    const groupId = async (name: string) =>
      (await staff.ok<{ createSectorGroup: { id: string } }>(CREATE_GROUP, { name }))
        .createSectorGroup.id;
    const creative = await groupId('Creative Industries');
    const digital = await groupId('Digital Makers');

    await contact.ok(REQUEST, { id: creative });
    await contact.ok(REQUEST, { id: creative });
    expect(await requests()).toBe(1);
    expect(
      (await contact.ok<{ sectorGroup: object }>(GROUP, { id: creative })).sectorGroup,
    ).toEqual({ joinRequested: true, joinRequests: [], employers: [] });
    expect((await staff.ok<{ sectorGroup: object }>(GROUP, { id: creative })).sectorGroup).toEqual({
      joinRequested: false,
      joinRequests: [{ name: 'Firesprite Games' }],
      employers: [],
    });

    // Approved: the employer is in the group and the request is gone; asking again changes nothing.
    await staff.ok(MEMBER, { e: gamesCo, g: creative });
    expect((await staff.ok<{ sectorGroup: object }>(GROUP, { id: creative })).sectorGroup).toEqual({
      joinRequested: false,
      joinRequests: [],
      employers: [{ name: 'Firesprite Games' }],
    });
    await contact.ok(REQUEST, { id: creative });
    expect(await requests()).toBe(0);

    // Turned down: the request is gone, and the audit trail says so.
    await contact.ok(REQUEST, { id: digital });
    await staff.ok(REMOVE, { e: gamesCo, g: digital });
    expect(await requests()).toBe(0);
    const audit: { action: string }[] = await t
      .get(DataSource)
      .query(
        `SELECT action FROM audit_log WHERE entity_id = $1 AND changes->>'sectorGroupId' = ANY($2) ORDER BY at`,
        [gamesCo, [creative, digital]],
      );
    expect(audit.map((a) => a.action)).toEqual([
      'sector_group_requested',
      'sector_group_joined',
      'sector_group_requested',
      'sector_group_request_refused',
    ]);

    // Only an employer's contact asks, and only for a group of its own hub.
    expect(await staff.errorCode(REQUEST, { id: digital })).toBe('FORBIDDEN');
    const stranger = await t.signedIn(Role.EMPLOYER, hub.id, 'no.employer@example.com');
    expect(await reasonOf(stranger, REQUEST, { id: digital })).toEqual([
      'FORBIDDEN',
      'NOT_YOUR_EMPLOYER',
    ]);
    const otherGroup = (
      await staffB.ok<{ createSectorGroup: { id: string } }>(CREATE_GROUP, { name: 'Elsewhere' })
    ).createSectorGroup.id;
    expect(await contact.errorCode(REQUEST, { id: otherGroup })).toBe('NOT_FOUND');
    expect(await requests()).toBe(0);
  });
});
