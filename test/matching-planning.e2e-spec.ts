import { DataSource } from 'typeorm';
import { academicYearsEndingWith, currentAcademicYear, Role } from '@chn/core';
import { GraphqlClient, TestApp } from '@chn/testing';

const REGISTER_ADVISER = `mutation ($input: RegisterAdviserInput!) { registerAdviser(input: $input) { id } }`;
const CREATE_INSTITUTION = `mutation ($input: CreateInstitutionInput!) { createInstitution(input: $input) { id } }`;
const SET_NEEDS = `mutation ($institutionId: ID!, $input: SupportNeedsInput!) {
  setSupportNeeds(institutionId: $institutionId, input: $input) { institutionId }
}`;
const PROPOSE = `mutation ($input: ProposeMatchInput!) { proposeMatch(input: $input) { id } }`;
const SUGGESTIONS = `query ($institutionIds: [ID!], $limit: Int) {
  matchSuggestions(institutionIds: $institutionIds, limit: $limit) {
    institution { id name } suggestions { adviser { id name } score reasons }
  }
}`;
const PLAN_FIELDS = `id academicYear totalScore appliedAt
  assignments { adviser { id } institution { id } score reasons }`;
const PLAN = `mutation { autoMatchPlan { ${PLAN_FIELDS} } }`;
const APPLY = `mutation ($planId: ID!) { applyAutoMatchPlan(planId: $planId) { ${PLAN_FIELDS} } }`;

interface Suggestions {
  matchSuggestions: {
    institution: { id: string };
    suggestions: { adviser: { id: string }; score: number; reasons: string[] }[];
  }[];
}
interface PlanView {
  id: string;
  academicYear: string;
  totalScore: number;
  appliedAt: string | null;
  assignments: { adviser: { id: string }; institution: { id: string }; score: number }[];
}

const isoDaysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe('match planning (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let urn = 300000;

  const adviser = async (client: GraphqlClient, overrides: Record<string, unknown>) =>
    (
      await client.ok<{ registerAdviser: { id: string } }>(REGISTER_ADVISER, {
        input: {
          name: `Adviser ${urn++}`,
          email: `adviser.${urn++}@example.test`,
          status: 'ACTIVE',
          inductionCompletedOn: isoDaysAgo(100),
          dbsCheckedOn: isoDaysAgo(200),
          maxOneToOne: 1,
          maxAgile: 2,
          sectors: [],
          ...overrides,
        },
      })
    ).registerAdviser.id;
  const institution = async (client: GraphqlClient, overrides: Record<string, unknown>) =>
    (
      await client.ok<{ createInstitution: { id: string } }>(CREATE_INSTITUTION, {
        input: {
          urn: String(urn++),
          name: `School ${urn}`,
          type: 'MAINSTREAM',
          inHubSince: '2020-01-01',
          ...overrides,
        },
      })
    ).createInstitution.id;
  const needs = (client: GraphqlClient, institutionId: string, input: Record<string, unknown>) =>
    client.ok(SET_NEEDS, {
      institutionId,
      input: { sectors: [], priorityBenchmarks: [], needsSendApExperience: false, ...input },
    });
  const matchesOfHub = async (hubId: string) =>
    db.query<{ adviser_id: string; institution_id: string; status: string; type: string }[]>(
      'SELECT adviser_id, institution_id, status, type FROM matches WHERE hub_id = $1',
      [hubId],
    );

  beforeAll(async () => {
    t = await TestApp.start();
    db = t.get(DataSource);
  });
  afterAll(() => t.stop());

  it('suggests the better adviser first, with its reasons, and only eligible ones', async () => {
    const hub = await t.createHub('PLS');
    const staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    const school = await institution(staff, { laCode: '330', laName: 'Knowsley', fsmPercent: 20 });
    await needs(staff, school, { sectors: ['Digital'], priorityBenchmarks: [2] });
    const good = await adviser(staff, { sectors: ['Digital'], localAuthorityCodes: ['330'] });
    const weak = await adviser(staff, { sectors: ['Retail'], localAuthorityCodes: ['330'] });
    await adviser(staff, { sectors: ['Digital'], localAuthorityCodes: ['999'] });
    await adviser(staff, { sectors: ['Digital'], localAuthorityCodes: ['330'], maxOneToOne: 0 });
    await adviser(staff, {
      sectors: ['Digital'],
      localAuthorityCodes: ['330'],
      inductionCompletedOn: null,
    });
    // Inducted 37 months ago: the induction (INDUCTION_VALIDITY_MONTHS, 36) has run out.
    await adviser(staff, {
      sectors: ['Digital'],
      localAuthorityCodes: ['330'],
      inductionCompletedOn: isoDaysAgo(37 * 31),
    });

    const { matchSuggestions } = await staff.ok<Suggestions>(SUGGESTIONS, {});
    expect(matchSuggestions).toHaveLength(1);
    expect(matchSuggestions[0].institution.id).toBe(school);
    expect(matchSuggestions[0].suggestions).toEqual([
      {
        adviser: expect.objectContaining({ id: good }),
        score: 30 + 25 + 5 + 10 + 5,
        reasons: [
          'Shares sector: Digital',
          'Reaches Knowsley (330)',
          'FSM 20%: +5 priority',
          'No match last academic year',
          'Weak Compass benchmarks: BM2',
        ],
      },
      {
        adviser: expect.objectContaining({ id: weak }),
        score: 25 + 5 + 10 + 5,
        reasons: expect.not.arrayContaining([expect.stringMatching(/^Shares sector/)]) as unknown,
      },
    ]);

    const limited = await staff.ok<Suggestions>(SUGGESTIONS, {
      institutionIds: [school],
      limit: 1,
    });
    expect(limited.matchSuggestions[0].suggestions.map((s) => s.adviser.id)).toEqual([good]);

    const otherHub = await t.createHub('PLT');
    const otherStaff = await t.signedIn(Role.HUB_STAFF, otherHub.id);
    expect((await otherStaff.ok<Suggestions>(SUGGESTIONS, {})).matchSuggestions).toEqual([]);
    expect(await otherStaff.errorCode(SUGGESTIONS, { institutionIds: [school] })).toBe('NOT_FOUND');
  });

  it('plans the optimum where greedy is worse, within capacity, applies it once', async () => {
    const hub = await t.createHub('PLP');
    const staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    const north = await institution(staff, { laCode: '401' });
    await needs(staff, north, { sectors: ['Digital'] });
    const south = await institution(staff, { laCode: '402' });
    const east1 = await institution(staff, { laCode: '403', fsmPercent: 40 });
    const east2 = await institution(staff, { laCode: '403', fsmPercent: 20 });
    await institution(staff, { laCode: '403' });
    const alice = await adviser(staff, {
      sectors: ['Digital'],
      localAuthorityCodes: ['401', '402'],
    });
    const bob = await adviser(staff, { localAuthorityCodes: ['401'] });
    const carol = await adviser(staff, { localAuthorityCodes: ['403'], maxOneToOne: 2 });
    // Would win north and east (sector, reach) but for an induction that has run out.
    await adviser(staff, {
      sectors: ['Digital'],
      localAuthorityCodes: ['401', '402', '403'],
      maxOneToOne: 3,
      inductionCompletedOn: isoDaysAgo(37 * 31),
    });

    const plan = (await staff.ok<{ autoMatchPlan: PlanView }>(PLAN)).autoMatchPlan;
    // Greedy takes alice-north (65), leaving south unmatched: 65 + 45 + 40 = 150.
    expect(plan.totalScore).toBe(35 + 35 + 45 + 40);
    expect(plan.appliedAt).toBeNull();
    const pairs = plan.assignments.map((a) => `${a.adviser.id}-${a.institution.id}`).sort();
    expect(pairs).toEqual(
      [`${bob}-${north}`, `${alice}-${south}`, `${carol}-${east1}`, `${carol}-${east2}`].sort(),
    );
    expect(plan.assignments.reduce((sum, a) => sum + a.score, 0)).toBe(plan.totalScore);

    const otherHub = await t.createHub('PLQ');
    const otherStaff = await t.signedIn(Role.HUB_STAFF, otherHub.id);
    expect(await otherStaff.errorCode(APPLY, { planId: plan.id })).toBe('NOT_FOUND');
    expect(await matchesOfHub(hub.id)).toEqual([]);

    const applied = (await staff.ok<{ applyAutoMatchPlan: PlanView }>(APPLY, { planId: plan.id }))
      .applyAutoMatchPlan;
    expect(applied.appliedAt).not.toBeNull();
    const matches = await matchesOfHub(hub.id);
    expect(matches.map((m) => `${m.adviser_id}-${m.institution_id}`).sort()).toEqual(pairs);
    expect(matches.every((m) => m.status === 'PROPOSED' && m.type === 'ONE_TO_ONE')).toBe(true);

    const again = await staff.request(APPLY, { planId: plan.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PLAN_ALREADY_APPLIED',
    });
    expect(await matchesOfHub(hub.id)).toHaveLength(4);

    // Every adviser is now at capacity: a new plan proposes nothing.
    expect((await staff.ok<{ autoMatchPlan: PlanView }>(PLAN)).autoMatchPlan).toMatchObject({
      totalScore: 0,
      assignments: [],
    });
  });

  it('rolls the whole apply back when one proposal is refused', async () => {
    const hub = await t.createHub('PLR');
    const staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    const west1 = await institution(staff, { laCode: '501', fsmPercent: 60 });
    const west2 = await institution(staff, { laCode: '502' });
    const elsewhere = await institution(staff, { laCode: '503', inHubSince: null });
    const dave = await adviser(staff, { localAuthorityCodes: ['501'] });
    const erin = await adviser(staff, { localAuthorityCodes: ['502', '503'] });

    const plan = (await staff.ok<{ autoMatchPlan: PlanView }>(PLAN)).autoMatchPlan;
    expect(plan.assignments.map((a) => [a.adviser.id, a.institution.id])).toEqual([
      [dave, west1],
      [erin, west2],
    ]);
    await staff.ok(PROPOSE, {
      input: {
        adviserId: erin,
        institutionId: elsewhere,
        type: 'ONE_TO_ONE',
        startsOn: isoDaysAgo(0),
      },
    });

    const res = await staff.request(APPLY, { planId: plan.id });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ADVISER_AT_CAPACITY',
    });
    expect(await matchesOfHub(hub.id)).toEqual([
      expect.objectContaining({ adviser_id: erin, institution_id: elsewhere }),
    ]);
    const [row] = await db.query<{ applied_at: Date | null }[]>(
      'SELECT applied_at FROM auto_match_plans WHERE id = $1',
      [plan.id],
    );
    expect(row.applied_at).toBeNull();
  });

  it('refuses to apply a pairing the adviser no longer reaches, as a proposal would', async () => {
    const hub = await t.createHub('PLV');
    const staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    const school = await institution(staff, { laCode: '601' });
    const frank = await adviser(staff, { localAuthorityCodes: ['601'] });
    const plan = (await staff.ok<{ autoMatchPlan: PlanView }>(PLAN)).autoMatchPlan;
    expect(plan.assignments.map((a) => [a.adviser.id, a.institution.id])).toEqual([
      [frank, school],
    ]);
    await db.query(`UPDATE advisers SET local_authority_codes = '{602}' WHERE id = $1`, [frank]);

    const res = await staff.request(APPLY, { planId: plan.id });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'OUTSIDE_ADVISER_LOCAL_AUTHORITIES',
    });
    expect(await matchesOfHub(hub.id)).toEqual([]);
  });

  it('refuses to apply a plan for a year that has ended, proposing nothing', async () => {
    const hub = await t.createHub('PLY');
    const staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    const school = await institution(staff, { laCode: '701', inHubSince: '2015-01-01' });
    const grace = await adviser(staff, { localAuthorityCodes: ['701'] });
    const lastYear = academicYearsEndingWith(currentAcademicYear(), 2)[0].label;
    const plan = (
      await staff.ok<{ autoMatchPlan: PlanView }>(
        `mutation ($year: String) { autoMatchPlan(academicYear: $year) { ${PLAN_FIELDS} } }`,
        { year: lastYear },
      )
    ).autoMatchPlan;
    expect(plan.assignments.map((a) => [a.adviser.id, a.institution.id])).toEqual([
      [grace, school],
    ]);

    const res = await staff.request(APPLY, { planId: plan.id });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ACADEMIC_YEAR_ENDED',
    });
    expect(await matchesOfHub(hub.id)).toEqual([]);
  });

  it('is for the hub team only', async () => {
    const hub = await t.createHub('PLU');
    const leader = await t.signedIn(Role.CAREERS_LEADER, hub.id);
    expect(await leader.errorCode(PLAN)).toBe('FORBIDDEN');
    expect(await leader.errorCode(SUGGESTIONS)).toBe('FORBIDDEN');
  });
});
