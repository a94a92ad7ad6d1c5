import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { GraphqlClient, TestApp } from '@chn/testing';

const REGISTER_ADVISER = `mutation ($input: RegisterAdviserInput!) { registerAdviser(input: $input) { id } }`;
const CREATE_INSTITUTION = `mutation ($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`;
const MATCH_FIELDS = `id status type startsOn endsOn endedOn focus declineReason endReason overrideReason
  adviser { id name } institution { id name } history { action actorUserId actorRole changes at }`;
const PROPOSE = `mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { ${MATCH_FIELDS} } }`;
const ACCEPT = `mutation ($id: ID!) { acceptMatch(id: $id) { ${MATCH_FIELDS} } }`;
const DECLINE = `mutation ($id: ID!, $reason: String!) { declineMatch(id: $id, reason: $reason) { ${MATCH_FIELDS} } }`;
const END = `mutation ($id: ID!, $endedOn: String!, $reason: String!) {
  endMatch(id: $id, endedOn: $endedOn, reason: $reason) { ${MATCH_FIELDS} }
}`;
const MATCH = `query ($id: ID!) { match(id: $id) { ${MATCH_FIELDS} } }`;
const LIST = `query ($filter: MatchFilter, $first: Int, $after: String) {
  matches(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id status type adviser { id } institution { id } } }
  }
}`;
const SET_NEEDS = `mutation ($institutionId: ID!, $input: SupportNeedsInput!) {
  setSupportNeeds(institutionId: $institutionId, input: $input) { institutionId sectors priorityBenchmarks needsSendApExperience preferredMatchType notes }
}`;
const INSTITUTION_NEEDS = `query ($id: ID!) { institution(id: $id) { id supportNeeds { sectors priorityBenchmarks preferredMatchType notes } } }`;

interface MatchView {
  id: string;
  status: string;
  overrideReason: string | null;
  type: string;
  endedOn: string | null;
  adviser: { id: string; name: string };
  institution: { id: string; name: string };
  history: { action: string; actorUserId: string | null; changes: Record<string, unknown> }[];
}
interface ListView {
  matches: { totalCount: number; edges: { node: { id: string; status: string } }[] };
}

const isoDaysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe('match lifecycle (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let hub: HubEntity;
  let otherHub: HubEntity;
  let staff: GraphqlClient & { userId: string };
  let otherStaff: GraphqlClient;
  let urn = 100000;

  const adviser = async (
    overrides: Record<string, unknown> = {},
    client: GraphqlClient = staff,
  ) => {
    const data = await client.ok<{ registerAdviser: { id: string } }>(REGISTER_ADVISER, {
      input: {
        name: `Adviser ${urn++}`,
        email: `adviser.${urn++}@example.test`,
        status: 'ACTIVE',
        inductionCompletedOn: isoDaysAgo(100),
        dbsCheckedOn: isoDaysAgo(200),
        maxOneToOne: 1,
        maxAgile: 2,
        localAuthorityCodes: ['341'],
        ...overrides,
      },
    });
    return data.registerAdviser.id;
  };
  const institution = async (
    overrides: Record<string, unknown> = {},
    client: GraphqlClient = staff,
  ) => {
    const data = await client.ok<{ createInstitution: { id: string } }>(CREATE_INSTITUTION, {
      input: {
        urn: String(urn++),
        name: `School ${urn}`,
        type: 'MAINSTREAM',
        laCode: '341',
        laName: 'Liverpool',
        ...overrides,
      },
    });
    return data.createInstitution.id;
  };
  const oneToOne = (adviserId: string, institutionId: string, extra = {}) => ({
    input: { adviserId, institutionId, type: 'ONE_TO_ONE', startsOn: '2025-09-15', ...extra },
  });
  const counts = async () => {
    const [row] = await db.query<{ matches: number; audits: number; events: number }[]>(
      `SELECT (SELECT count(*)::int FROM matches) AS matches,
              (SELECT count(*)::int FROM audit_log WHERE entity_type = 'match') AS audits,
              (SELECT count(*)::int FROM domain_events WHERE type LIKE 'match.%') AS events`,
    );
    return row;
  };
  const statusOf = async (id: string) =>
    (await db.query<{ status: string }[]>('SELECT status FROM matches WHERE id = $1', [id]))[0]
      ?.status;
  /** Expects the request to fail with code and reason, and to change nothing. */
  const refused = async (
    client: GraphqlClient,
    query: string,
    variables: Record<string, unknown>,
    code: string,
    reason?: string,
  ) => {
    const before = await counts();
    const res = await client.request(query, variables);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code, ...(reason ? { reason } : {}) });
    expect(await counts()).toEqual(before);
  };

  beforeAll(async () => {
    t = await TestApp.start();
    db = t.get(DataSource);
    hub = await t.createHub('MLA');
    otherHub = await t.createHub('MLB');
    staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    otherStaff = await t.signedIn(Role.HUB_STAFF, otherHub.id);
  });
  afterAll(() => t.stop());

  it('runs PROPOSED → ACTIVE → ENDED with history, audit and events', async () => {
    const adviserUser = await t.signedIn(Role.ADVISER, hub.id);
    const adviserId = await adviser({ userId: adviserUser.userId });
    const institutionId = await institution();

    const proposed = (
      await staff.ok<{ proposeMatch: MatchView }>(PROPOSE, oneToOne(adviserId, institutionId))
    ).proposeMatch;
    expect(proposed).toMatchObject({
      status: 'PROPOSED',
      type: 'ONE_TO_ONE',
      adviser: { id: adviserId },
      institution: { id: institutionId },
    });
    expect(proposed.history).toEqual([
      expect.objectContaining({ action: 'proposed', actorUserId: staff.userId }),
    ]);

    const accepted = (await adviserUser.ok<{ acceptMatch: MatchView }>(ACCEPT, { id: proposed.id }))
      .acceptMatch;
    expect(accepted.status).toBe('ACTIVE');

    await refused(
      adviserUser,
      END,
      { id: proposed.id, endedOn: '2025-09-01', reason: 'x' },
      'BAD_USER_INPUT',
    );
    const ended = (
      await adviserUser.ok<{ endMatch: MatchView }>(END, {
        id: proposed.id,
        endedOn: '2026-07-20',
        reason: 'Moved job',
      })
    ).endMatch;
    expect(ended).toMatchObject({ status: 'ENDED', endedOn: '2026-07-20' });
    expect(ended.history.map((h) => h.action)).toEqual(['proposed', 'accepted', 'ended']);
    expect(ended.history[1]).toMatchObject({
      actorUserId: adviserUser.userId,
      changes: { status: { from: 'PROPOSED', to: 'ACTIVE' } },
    });

    const events = await db.query<{ type: string }[]>(
      'SELECT type FROM domain_events WHERE aggregate_id = $1 ORDER BY occurred_at, type',
      [proposed.id],
    );
    expect(events.map((e) => e.type).sort()).toEqual(
      ['match.accepted', 'match.ended', 'match.proposed'].sort(),
    );

    await refused(adviserUser, ACCEPT, { id: proposed.id }, 'CONFLICT', 'ILLEGAL_MATCH_TRANSITION');
    await refused(
      staff,
      DECLINE,
      { id: proposed.id, reason: 'late' },
      'CONFLICT',
      'ILLEGAL_MATCH_TRANSITION',
    );

    const inYear = await staff.ok<ListView>(LIST, {
      filter: { academicYear: '2025/26', adviserId },
    });
    expect(inYear.matches.edges.map((e) => e.node.id)).toEqual([proposed.id]);
    const nextYear = await staff.ok<ListView>(LIST, {
      filter: { academicYear: '2026/27', adviserId },
    });
    expect(nextYear.matches.totalCount).toBe(0);
  });

  it('lets the adviser decline a proposal, and only their own', async () => {
    const adviserUser = await t.signedIn(Role.ADVISER, hub.id);
    const adviserId = await adviser({ userId: adviserUser.userId });
    const strangerId = await adviser();
    const institutionId = await institution();
    const mine = (
      await staff.ok<{ proposeMatch: MatchView }>(PROPOSE, {
        input: {
          adviserId,
          institutionId,
          type: 'AGILE',
          startsOn: '2025-10-01',
          endsOn: '2025-12-20',
          focus: 'BM5 encounters plan',
        },
      })
    ).proposeMatch;
    const theirs = (
      await staff.ok<{ proposeMatch: MatchView }>(PROPOSE, oneToOne(strangerId, institutionId))
    ).proposeMatch;

    await refused(adviserUser, ACCEPT, { id: theirs.id }, 'NOT_FOUND');
    expect(
      (await adviserUser.request(MATCH, { id: theirs.id })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    const list = await adviserUser.ok<ListView>(LIST, {});
    expect(list.matches.edges.map((e) => e.node.id)).toEqual([mine.id]);

    const declined = (
      await adviserUser.ok<{ declineMatch: MatchView }>(DECLINE, { id: mine.id, reason: 'No time' })
    ).declineMatch;
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: 'No time' });
    await refused(
      adviserUser,
      END,
      { id: mine.id, endedOn: '2025-11-01', reason: 'x' },
      'CONFLICT',
      'ILLEGAL_MATCH_TRANSITION',
    );
  });

  it('refuses each broken rule with its reason and changes nothing', async () => {
    const institutionId = await institution();
    const pending = await adviser({ status: 'PENDING' });
    await refused(
      staff,
      PROPOSE,
      oneToOne(pending, institutionId),
      'CONFLICT',
      'ADVISER_NOT_ACTIVE',
    );
    const noInduction = await adviser({ inductionCompletedOn: null });
    await refused(
      staff,
      PROPOSE,
      oneToOne(noInduction, institutionId),
      'CONFLICT',
      'INDUCTION_MISSING',
    );
    const staleInduction = await adviser({ inductionCompletedOn: isoDaysAgo(37 * 31) });
    await refused(
      staff,
      PROPOSE,
      oneToOne(staleInduction, institutionId),
      'CONFLICT',
      'INDUCTION_EXPIRED',
    );
    const staleDbs = await adviser({ dbsCheckedOn: isoDaysAgo(37 * 31) });
    await refused(staff, PROPOSE, oneToOne(staleDbs, institutionId), 'CONFLICT', 'DBS_EXPIRED');
    const noDbs = await adviser({ dbsCheckedOn: null });
    await refused(staff, PROPOSE, oneToOne(noDbs, institutionId), 'CONFLICT', 'DBS_EXPIRED');

    const ok = await adviser({ maxAgile: 1 });
    await refused(
      staff,
      PROPOSE,
      oneToOne(ok, institutionId, { endsOn: '2025-09-01' }),
      'BAD_USER_INPUT',
    );
    await refused(
      staff,
      PROPOSE,
      { input: { adviserId: ok, institutionId, type: 'AGILE', startsOn: '2025-09-15' } },
      'BAD_USER_INPUT',
    );
    for (const beyond of [{ startsOn: '9999-12-31' }, { endsOn: '9999-12-31' }]) {
      await refused(
        staff,
        PROPOSE,
        oneToOne(ok, institutionId, beyond),
        'BAD_USER_INPUT',
        'DATE_BEYOND_HORIZON',
      );
    }

    const agile = {
      adviserId: ok,
      institutionId,
      type: 'AGILE',
      startsOn: '2025-09-15',
      focus: 'BM2',
    };
    await staff.ok(PROPOSE, { input: agile });
    await refused(staff, PROPOSE, { input: agile }, 'CONFLICT', 'ADVISER_AT_CAPACITY');

    await staff.ok(PROPOSE, oneToOne(ok, institutionId));
    const second = await adviser();
    await refused(
      staff,
      PROPOSE,
      oneToOne(second, institutionId),
      'CONFLICT',
      'INSTITUTION_ALREADY_MATCHED',
    );

    const foreignInstitution = await institution({}, otherStaff);
    const foreignAdviser = await adviser({}, otherStaff);
    await refused(staff, PROPOSE, oneToOne(second, foreignInstitution), 'NOT_FOUND');
    await refused(staff, PROPOSE, oneToOne(foreignAdviser, await institution()), 'NOT_FOUND');
  });

  it('refuses an institution outside the adviser’s local authorities unless staff say why, and keeps why', async () => {
    const adviserId = await adviser({ localAuthorityCodes: ['341'], maxAgile: 3 });
    const wirral = await institution({ laCode: '344', laName: 'Wirral' });
    const unknown = await institution({ laCode: null, laName: null });
    const inside = await institution();
    const outside = (reason?: string) =>
      oneToOne(adviserId, wirral, reason === undefined ? {} : { overrideReason: reason });
    const refusal = await staff.request(PROPOSE, outside());
    expect(refusal.errors?.[0]?.message).toContain('Wirral (344)');
    for (const variables of [outside(), outside('   ')]) {
      await refused(staff, PROPOSE, variables, 'CONFLICT', 'OUTSIDE_ADVISER_LOCAL_AUTHORITIES');
    }
    const agile = { type: 'AGILE', focus: 'BM2', endsOn: '2026-03-31' };
    await refused(
      staff,
      PROPOSE,
      oneToOne(adviserId, unknown, agile),
      'CONFLICT',
      'OUTSIDE_ADVISER_LOCAL_AUTHORITIES',
    );
    await refused(
      staff,
      PROPOSE,
      oneToOne(adviserId, inside, { overrideReason: 'Not needed' }),
      'BAD_USER_INPUT',
      'OVERRIDE_NOT_NEEDED',
    );

    const { proposeMatch } = await staff.ok<{ proposeMatch: MatchView }>(
      PROPOSE,
      outside('  Works in Birkenhead and knows the school  '),
    );
    expect(proposeMatch.overrideReason).toBe('Works in Birkenhead and knows the school');
    expect(proposeMatch.history).toEqual([
      expect.objectContaining({
        action: 'proposed',
        changes: expect.objectContaining({
          overrideReason: 'Works in Birkenhead and knows the school',
        }) as unknown,
      }),
    ]);
    const within = await staff.ok<{ proposeMatch: MatchView }>(
      PROPOSE,
      oneToOne(adviserId, inside, agile),
    );
    expect(within.proposeMatch.overrideReason).toBeNull();
  });

  it.each([
    ['dbs_checked_on', 'DBS_EXPIRED'],
    ['induction_completed_on', 'INDUCTION_EXPIRED'],
  ])('checks %s again on accept', async (column, reason) => {
    const adviserId = await adviser();
    const proposal = (
      await staff.ok<{ proposeMatch: MatchView }>(PROPOSE, oneToOne(adviserId, await institution()))
    ).proposeMatch;
    await db.query(`UPDATE advisers SET ${column} = $2 WHERE id = $1`, [
      adviserId,
      isoDaysAgo(40 * 31),
    ]);
    await refused(staff, ACCEPT, { id: proposal.id }, 'CONFLICT', reason);
    expect(await statusOf(proposal.id)).toBe('PROPOSED');
  });

  it('lets exactly maxOneToOne of 30 concurrent proposals through', async () => {
    const adviserId = await adviser({ maxOneToOne: 2 });
    const institutionIds: string[] = [];
    for (let i = 0; i < 30; i++) institutionIds.push(await institution());

    const results = await Promise.all(
      institutionIds.map((institutionId) =>
        staff.request(PROPOSE, oneToOne(adviserId, institutionId)),
      ),
    );
    const won = results.filter((r) => !r.errors?.length);
    const lost = results.filter((r) => r.errors?.length);
    expect(won).toHaveLength(2);
    expect(lost).toHaveLength(28);
    for (const r of lost) {
      expect(r.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'ADVISER_AT_CAPACITY',
      });
    }
    const [{ n }] = await db.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM matches WHERE adviser_id = $1',
      [adviserId],
    );
    expect(n).toBe(2);
  });

  it('lets one of two concurrent 1-2-1 proposals for one institution win', async () => {
    const institutionId = await institution();
    const [a, b] = [await adviser(), await adviser()];
    const results = await Promise.all([
      staff.request(PROPOSE, oneToOne(a, institutionId)),
      staff.request(PROPOSE, oneToOne(b, institutionId)),
    ]);
    expect(results.filter((r) => !r.errors?.length)).toHaveLength(1);
    expect(results.find((r) => r.errors?.length)!.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'INSTITUTION_ALREADY_MATCHED',
    });
    const [{ n }] = await db.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM matches WHERE institution_id = $1',
      [institutionId],
    );
    expect(n).toBe(1);
  });

  it('keeps matches inside the hub and shows careers leaders their institution’s', async () => {
    const leader = await t.signedIn(Role.CAREERS_LEADER, hub.id);
    const institutionId = await institution({ careersLeaderId: leader.userId, laCode: '342' });
    const sefton = await adviser({ localAuthorityCodes: ['342'] });
    const match = (
      await staff.ok<{ proposeMatch: MatchView }>(PROPOSE, oneToOne(sefton, institutionId))
    ).proposeMatch;

    expect((await otherStaff.request(MATCH, { id: match.id })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    await refused(otherStaff, ACCEPT, { id: match.id }, 'NOT_FOUND');
    expect((await otherStaff.ok<ListView>(LIST, {})).matches.totalCount).toBe(0);

    const seen = await leader.ok<ListView>(LIST, {});
    expect(seen.matches.edges.map((e) => e.node.id)).toEqual([match.id]);
    const byLa = await staff.ok<ListView>(LIST, { filter: { localAuthority: '342' } });
    expect(byLa.matches.edges.map((e) => e.node.id)).toEqual([match.id]);

    const viewer = await t.signedIn(Role.VIEWER, hub.id);
    expect((await viewer.request(LIST, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets staff or the careers leader set support needs, audited', async () => {
    const leader = await t.signedIn(Role.CAREERS_LEADER, hub.id);
    const stranger = await t.signedIn(Role.CAREERS_LEADER, hub.id);
    const institutionId = await institution({ careersLeaderId: leader.userId });
    const input = {
      sectors: ['Health', 'Digital'],
      priorityBenchmarks: [5, 2],
      needsSendApExperience: true,
      preferredMatchType: 'ONE_TO_ONE',
      notes: 'Year 10 focus',
    };

    const before = await db.query('SELECT 1 FROM institution_support_needs');
    const bad = await leader.request(SET_NEEDS, {
      institutionId,
      input: { ...input, priorityBenchmarks: [9] },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const foreign = await stranger.request(SET_NEEDS, { institutionId, input });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await db.query('SELECT 1 FROM institution_support_needs')).toHaveLength(before.length);

    await leader.ok(SET_NEEDS, { institutionId, input });
    await staff.ok(SET_NEEDS, { institutionId, input: { ...input, notes: null } });
    const seen = await staff.ok<{ institution: { supportNeeds: Record<string, unknown> } }>(
      INSTITUTION_NEEDS,
      { id: institutionId },
    );
    expect(seen.institution.supportNeeds).toEqual({
      sectors: ['Health', 'Digital'],
      priorityBenchmarks: [2, 5],
      preferredMatchType: 'ONE_TO_ONE',
      notes: null,
    });
    const audits = await db.query<{ action: string }[]>(
      "SELECT action FROM audit_log WHERE entity_type = 'support_needs' AND entity_id = $1 ORDER BY at",
      [institutionId],
    );
    expect(audits.map((a) => a.action)).toEqual(['created', 'updated']);
  });
});
