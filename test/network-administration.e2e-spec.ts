import { DataSource } from 'typeorm';
import { Clock, Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { GraphqlClient, TestApp } from '@chn/testing';

const CREATE = `mutation ($input: CreateEmployerInput!) { createEmployer(input: $input) { id } }`;
const APPLY = `mutation ($employerId: ID!) { applyForMembership(input: { employerId: $employerId }) { id } }`;
const APPROVE = `mutation ($id: ID!, $renewalOn: String) { approveMembership(id: $id, renewalOn: $renewalOn) { id status renewalOn } }`;
const RENEW = `mutation ($id: ID!, $renewalOn: String) { renewMembership(id: $id, renewalOn: $renewalOn) { id status renewalOn endedOn } }`;
const LAPSE = `mutation ($id: ID!) { lapseMembership(id: $id) { id status } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawMembership(id: $id) { id status } }`;
const DECLINE = `mutation ($id: ID!, $reason: MembershipDeclineReason!, $note: String) {
  declineMembership(id: $id, reason: $reason, note: $note) { id status declineReason declineNote endedOn } }`;
const PUBLIC_APPLY = `mutation ($input: ApplyToJoinNetworkInput!) { applyToJoinNetwork(input: $input) }`;
const PUBLIC_GROUPS = `query ($hubCode: String!) { publicSectorGroups(hubCode: $hubCode) { id name } }`;
const NETWORK = `query ($hubId: ID) {
  employers(filter: { hubId: $hubId }) { edges { node { name } } }
  memberships(hubId: $hubId) { edges { node { employer { name } } } }
  sectorGroups(hubId: $hubId) { name }
  advisers(filter: { hubId: $hubId, status: PENDING }) { edges { node { name } } }
}`;
const REGISTER_ADVISER = `mutation ($input: RegisterAdviserInput!) { registerAdviser(input: $input) { id status } }`;
const APPROVE_ADVISER = `mutation ($id: ID!) { approveAdviser(id: $id) { id status hasAccount } }`;
const DECLINE_ADVISER = `mutation ($id: ID!, $reason: AdviserDeclineReason!, $note: String) {
  declineAdviser(id: $id, reason: $reason, note: $note) { id status declineReason declineNote }
}`;

interface Network {
  employers: { edges: { node: { name: string } }[] };
  memberships: { edges: { node: { employer: { name: string } } }[] };
  sectorGroups: { name: string }[];
  advisers: { edges: { node: { name: string } }[] };
}

describe('network administration (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let hub: HubEntity;
  let otherHub: HubEntity;
  let staff: GraphqlClient;
  let admin: GraphqlClient;
  let otherAdmin: GraphqlClient;
  let national: GraphqlClient;
  let anonymous: GraphqlClient;

  const reasonOf = async (
    client: GraphqlClient,
    query: string,
    variables: Record<string, unknown> = {},
  ) => {
    const res = await client.request(query, variables);
    return [res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.reason];
  };
  const membershipRow = async (id: string) =>
    (
      await db.query(
        'SELECT status, renewal_on::text, ended_on::text, decline_reason, decline_note FROM employer_memberships WHERE id = $1',
        [id],
      )
    )[0] as Record<string, string | null>;
  const newEmployer = async (client: GraphqlClient, name: string, hubId?: string) =>
    (
      await client.ok<{ createEmployer: { id: string } }>(CREATE, {
        input: { name, sector: 'Maritime', sizeBand: 'SMALL', hubId },
      })
    ).createEmployer.id;
  const applied = async (client: GraphqlClient, employerId: string) =>
    (await client.ok<{ applyForMembership: { id: string } }>(APPLY, { employerId }))
      .applyForMembership.id;
  const auditOf = async (id: string): Promise<{ action: string; changes: object }[]> =>
    await db.query(
      `SELECT action, changes FROM audit_log WHERE entity_type = 'membership' AND entity_id = $1 ORDER BY at`,
      [id],
    );

  beforeAll(async () => {
    t = await TestApp.start();
    db = t.get(DataSource);
    hub = await t.createHub('RENEW');
    otherHub = await t.createHub('ELSEWHERE');
    staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    admin = await t.signedIn(Role.HUB_ADMIN, hub.id);
    otherAdmin = await t.signedIn(Role.HUB_ADMIN, otherHub.id);
    national = await t.signedIn(Role.HUB_ADMIN, null);
    anonymous = new GraphqlClient(t.baseUrl);
    t.get(Clock).setToday('2026-03-01');
  });
  afterAll(async () => {
    t.get(Clock).setToday(null);
    await t.stop();
  });

  describe('renewing a membership', () => {
    let id: string;
    let employerId: string;

    beforeAll(async () => {
      employerId = await newEmployer(staff, 'Mersey Ferries');
      id = await applied(staff, employerId);
      await staff.ok(APPROVE, { id, renewalOn: '2026-09-01' });
    });

    it('extends an active membership by a year from its renewal date, audited', async () => {
      const renewed = await admin.ok<{ renewMembership: { status: string; renewalOn: string } }>(
        RENEW,
        { id },
      );
      expect(renewed.renewMembership).toMatchObject({ status: 'ACTIVE', renewalOn: '2027-09-01' });
      const trail = await auditOf(id);
      expect(trail.at(-1)).toMatchObject({
        action: 'renewed',
        changes: { status: { from: 'ACTIVE', to: 'ACTIVE' }, renewalOn: '2027-09-01' },
      });
      const [event] = await db.query(
        `SELECT count(*)::int AS n FROM domain_events WHERE type = 'membership.renewed' AND aggregate_id = $1`,
        [id],
      );
      expect(event.n).toBe(1);
    });

    it('renews to a date given, which must be later than the renewal date', async () => {
      expect(await reasonOf(staff, RENEW, { id, renewalOn: '2027-09-01' })).toEqual([
        'BAD_USER_INPUT',
        'RENEWAL_NOT_LATER',
      ]);
      expect(await reasonOf(staff, RENEW, { id, renewalOn: '2027-02-30' })).toEqual([
        'BAD_USER_INPUT',
        'INVALID_INPUT',
      ]);
      expect((await membershipRow(id)).renewal_on).toBe('2027-09-01');
      const renewed = await staff.ok<{ renewMembership: { renewalOn: string } }>(RENEW, {
        id,
        renewalOn: '2027-12-31',
      });
      expect(renewed.renewMembership.renewalOn).toBe('2027-12-31');
    });

    it('renews a lapsed membership from today, making it active again', async () => {
      await staff.ok(LAPSE, { id });
      await db.query(
        `UPDATE employer_memberships SET joined_on = '2025-02-01', renewal_on = '2026-02-01' WHERE id = $1`,
        [id],
      );
      const renewed = await staff.ok<{
        renewMembership: { status: string; renewalOn: string; endedOn: string | null };
      }>(RENEW, { id });
      expect(renewed.renewMembership).toEqual({
        id,
        status: 'ACTIVE',
        renewalOn: '2027-03-01',
        endedOn: null,
      });
    });

    it('refuses pending, withdrawn and reopened memberships, and other people, changing nothing', async () => {
      const ILLEGAL = ['CONFLICT', 'ILLEGAL_MEMBERSHIP_TRANSITION'];
      const other = await newEmployer(staff, 'Pending Pilots');
      const pending = await applied(staff, other);
      expect(await reasonOf(staff, RENEW, { id: pending })).toEqual(ILLEGAL);
      expect(await membershipRow(pending)).toMatchObject({ status: 'PENDING', renewal_on: null });
      await staff.ok(WITHDRAW, { id: pending });
      expect(await reasonOf(staff, RENEW, { id: pending })).toEqual(ILLEGAL);
      expect(await membershipRow(pending)).toMatchObject({ status: 'WITHDRAWN', renewal_on: null });

      // A lapsed membership cannot come back while the employer has applied again.
      await staff.ok(LAPSE, { id });
      const again = await applied(staff, employerId);
      expect(await reasonOf(staff, RENEW, { id })).toEqual(['CONFLICT', 'MEMBERSHIP_ALREADY_OPEN']);
      expect(await membershipRow(id)).toMatchObject({ status: 'LAPSED', renewal_on: '2027-03-01' });
      await staff.ok(WITHDRAW, { id: again });

      const contact = await t.signedIn(Role.EMPLOYER, hub.id);
      expect(await contact.errorCode(RENEW, { id })).toBe('FORBIDDEN');
      expect(await otherAdmin.errorCode(RENEW, { id })).toBe('NOT_FOUND');
      expect(await membershipRow(id)).toMatchObject({ status: 'LAPSED', renewal_on: '2027-03-01' });
      expect((await auditOf(id)).filter((e) => e.action === 'renewed')).toHaveLength(3);
    });
  });

  describe('declining an application with a reason', () => {
    it('keeps the reason and note on the membership and in the audit trail', async () => {
      const id = await applied(staff, await newEmployer(staff, 'Not Local Ltd'));
      const declined = await staff.ok<{ declineMembership: Record<string, unknown> }>(DECLINE, {
        id,
        reason: 'NOT_IN_AREA',
        note: '  Based in Leeds  ',
      });
      expect(declined.declineMembership).toEqual({
        id,
        status: 'WITHDRAWN',
        declineReason: 'NOT_IN_AREA',
        declineNote: 'Based in Leeds',
        endedOn: '2026-03-01',
      });
      expect((await auditOf(id)).at(-1)).toMatchObject({
        action: 'declined',
        changes: { declineReason: 'NOT_IN_AREA', declineNote: 'Based in Leeds' },
      });
      const shown = await staff.ok<{
        memberships: { edges: { node: { id: string; declineReason: string } }[] };
      }>('{ memberships(status: WITHDRAWN) { edges { node { id declineReason } } } }');
      expect(shown.memberships.edges.map((e) => e.node)).toContainEqual({
        id,
        declineReason: 'NOT_IN_AREA',
      });
    });

    it('refuses bad reasons, non-pending memberships and other hubs, changing nothing', async () => {
      const id = await applied(staff, await newEmployer(staff, 'Maybe Ltd'));
      const unknownReason = await staff.request(DECLINE, { id, reason: 'TOO_LATE' });
      expect(unknownReason.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(
        await reasonOf(staff, DECLINE, { id, reason: 'OTHER', note: 'x'.repeat(501) }),
      ).toEqual(['BAD_USER_INPUT', 'INVALID_INPUT']);
      expect(await otherAdmin.errorCode(DECLINE, { id, reason: 'DUPLICATE' })).toBe('NOT_FOUND');
      expect(await membershipRow(id)).toMatchObject({ status: 'PENDING', decline_reason: null });

      await staff.ok(APPROVE, { id });
      expect(await reasonOf(staff, DECLINE, { id, reason: 'DUPLICATE' })).toEqual([
        'CONFLICT',
        'ILLEGAL_MEMBERSHIP_TRANSITION',
      ]);
      expect(await membershipRow(id)).toMatchObject({ status: 'ACTIVE', decline_reason: null });
    });

    it('decides a public application, so the same address may apply again', async () => {
      const application = {
        input: {
          hubCode: 'RENEW',
          organisationName: 'Twice Ltd',
          sector: 'Retail',
          sizeBand: 'MICRO',
          contactName: 'Tess Twice',
          contactEmail: 'tess@twice.example',
        },
      };
      await anonymous.ok(PUBLIC_APPLY, application);
      const [first] = await db.query(
        `SELECT membership_id FROM employer_applications WHERE contact_email = 'tess@twice.example'`,
      );
      await staff.ok(DECLINE, { id: first.membership_id, reason: 'DUPLICATE' });
      const [decided] = await db.query(
        `SELECT decided_at FROM employer_applications WHERE membership_id = $1`,
        [first.membership_id],
      );
      expect(decided.decided_at).not.toBeNull();
      await anonymous.ok(PUBLIC_APPLY, application);
      const rows = await db.query(
        `SELECT id FROM employer_applications WHERE contact_email = 'tess@twice.example'`,
      );
      expect(rows).toHaveLength(2);
    });
  });

  describe('the public form’s sector groups', () => {
    it('names a hub’s sector groups, and nothing else, without sign-in', async () => {
      const groups: string[] = [];
      for (const name of ['Ports', 'Creative']) {
        groups.push(
          (
            await staff.ok<{ createSectorGroup: { id: string } }>(
              'mutation ($name: String!) { createSectorGroup(input: { name: $name, description: "Members only" }) { id } }',
              { name },
            )
          ).createSectorGroup.id,
        );
      }
      await otherAdmin.ok(
        'mutation { createSectorGroup(input: { name: "Elsewhere group" }) { id } }',
      );
      const listed = await anonymous.ok<{ publicSectorGroups: { id: string; name: string }[] }>(
        PUBLIC_GROUPS,
        { hubCode: 'renew' },
      );
      expect(listed.publicSectorGroups).toEqual([
        { id: groups[1], name: 'Creative' },
        { id: groups[0], name: 'Ports' },
      ]);
      const more = await anonymous.request(
        'query { publicSectorGroups(hubCode: "RENEW") { id description employers { id } } }',
      );
      expect(more.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(await anonymous.errorCode(PUBLIC_GROUPS, { hubCode: 'NOPE' })).toBe('NOT_FOUND');

      await anonymous.ok(PUBLIC_APPLY, {
        input: {
          hubCode: 'RENEW',
          organisationName: 'Harbour Studio',
          sector: 'Creative',
          sizeBand: 'MICRO',
          contactName: 'Hal Harbour',
          contactEmail: 'hal@harbour.example',
          sectorGroupIds: [groups[1]],
        },
      });
      const [application] = await db.query(
        `SELECT sector_group_ids FROM employer_applications WHERE contact_email = 'hal@harbour.example'`,
      );
      expect(application.sector_group_ids).toEqual([groups[1]]);
    });
  });

  describe('a national administrator on a hub they pick', () => {
    it('sees the picked hub’s network, and hub users only ever their own', async () => {
      await newEmployer(national, 'Far Away Foods', otherHub.id);
      await national.ok(REGISTER_ADVISER, {
        input: {
          name: 'Elsie Elsewhere',
          email: 'elsie@example.test',
          status: 'PENDING',
          hubId: otherHub.id,
        },
      });
      const picked = await national.ok<Network>(NETWORK, { hubId: otherHub.id });
      expect(picked.employers.edges.map((e) => e.node.name)).toEqual(['Far Away Foods']);
      expect(picked.memberships.edges).toEqual([]);
      expect(picked.sectorGroups.map((g) => g.name)).toEqual(['Elsewhere group']);
      expect(picked.advisers.edges.map((e) => e.node.name)).toEqual(['Elsie Elsewhere']);

      const own = await staff.ok<Network>(NETWORK, { hubId: hub.id });
      expect(own.sectorGroups.map((g) => g.name)).toEqual(['Creative', 'Ports']);
      expect(own.employers.edges.map((e) => e.node.name)).not.toContain('Far Away Foods');
      for (const client of [staff, admin]) {
        expect(await reasonOf(client, NETWORK, { hubId: otherHub.id })).toEqual([
          'FORBIDDEN',
          'OTHER_HUB',
        ]);
      }
    });

    it('renews a membership of the picked hub', async () => {
      const employerId = await newEmployer(national, 'Far Away Ferries', otherHub.id);
      const id = await applied(national, employerId);
      await national.ok(APPROVE, { id, renewalOn: '2026-06-30' });
      const renewed = await national.ok<{ renewMembership: { renewalOn: string } }>(RENEW, { id });
      expect(renewed.renewMembership.renewalOn).toBe('2027-06-30');
    });
  });

  describe('approving advisers who volunteered', () => {
    const pendingAdviser = async (name: string, email: string) =>
      (
        await staff.ok<{ registerAdviser: { id: string } }>(REGISTER_ADVISER, {
          input: { name, email, status: 'PENDING' },
        })
      ).registerAdviser.id;

    it('approves one, inviting them, and declines another', async () => {
      const approved = await pendingAdviser('Ava Approved', 'ava@example.test');
      const declined = await pendingAdviser('Dan Declined', 'dan@example.test');
      expect(await otherAdmin.errorCode(APPROVE_ADVISER, { id: approved })).toBe('NOT_FOUND');

      const res = await admin.ok<{ approveAdviser: { status: string; hasAccount: boolean } }>(
        APPROVE_ADVISER,
        { id: approved },
      );
      expect(res.approveAdviser).toMatchObject({ status: 'ACTIVE', hasAccount: true });
      const [invited] = await db.query(`SELECT role, hub_id FROM users WHERE email = $1`, [
        'ava@example.test',
      ]);
      expect(invited).toEqual({ role: 'ADVISER', hub_id: hub.id });

      const reason = { reason: 'NOT_IN_AREA', note: 'Lives and works in Cumbria' };
      expect(await otherAdmin.errorCode(DECLINE_ADVISER, { id: declined, ...reason })).toBe(
        'NOT_FOUND',
      );
      const { declineAdviser } = await admin.ok<{ declineAdviser: Record<string, unknown> }>(
        DECLINE_ADVISER,
        { id: declined, ...reason },
      );
      expect(declineAdviser).toMatchObject({
        status: 'LEFT',
        declineReason: 'NOT_IN_AREA',
        declineNote: 'Lives and works in Cumbria',
      });
      const [left] = await db.query(
        `SELECT left_on IS NOT NULL AS dated FROM advisers WHERE id = $1`,
        [declined],
      );
      expect(left.dated).toBe(true);
      const [audit] = await db.query(
        `SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'declined'`,
        [declined],
      );
      expect(audit.changes.declineReason).toEqual({ from: null, to: 'NOT_IN_AREA' });
      for (const mutation of [APPROVE_ADVISER, DECLINE_ADVISER]) {
        expect(await reasonOf(admin, mutation, { id: declined, ...reason })).toEqual([
          'CONFLICT',
          'ADVISER_NOT_PENDING',
        ]);
      }
      expect(await admin.errorCode(DECLINE_ADVISER, { id: approved, reason: 'SOMETHING' })).toBe(
        'BAD_USER_INPUT',
      );
      expect(await db.query(`SELECT id FROM users WHERE email = 'dan@example.test'`)).toEqual([]);
      const waiting = await admin.ok<Network>(NETWORK, {});
      expect(waiting.advisers.edges.map((e) => e.node.name)).toEqual([]);
    });
  });
});
