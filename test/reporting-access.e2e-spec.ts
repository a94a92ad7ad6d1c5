import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { GraphqlClient, TestApp } from '@chn/testing';
import { createEmployer, createInstitution } from './opportunities.fixtures';

type SignedIn = GraphqlClient & { userId: string };

const RECORD = `mutation ($input: RecordCompassEvaluationInput!) {
  recordCompassEvaluation(input: $input) { id academicYear benchmarksAchieved benchmarks { number name result score } }
}`;

function evaluation(institutionId: string, evaluatedOn: string, achieved: number) {
  return {
    institutionId,
    evaluatedOn,
    benchmarks: [1, 2, 3, 4, 5, 6, 7, 8].map((number) => ({
      number,
      result: number <= achieved ? 'ACHIEVED' : 'PARTIALLY_ACHIEVED',
      score: number <= achieved ? 100 : 50,
    })),
    ks3AllPupils: 'MOST',
  };
}

/**
 * Who reads which reporting figures, what bad input gets, and the figures beyond the seed
 * dashboard. Two hubs hold evaluations, so national figures are computed across them.
 */
describe('hub reporting: access, validation and delivery figures (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let hubA: HubEntity;
  let hubB: HubEntity;
  let staffA: SignedIn;
  let viewerA: SignedIn;
  let leaderA: SignedIn;
  let staffB: SignedIn;
  let national: SignedIn;
  let ledSchool: string;
  let otherSchool: string;
  let schoolB: string;

  beforeAll(async () => {
    t = await TestApp.start({ NATIONAL_FIGURES_MIN_HUBS: '2' });
    db = t.get(DataSource);
    hubA = await t.createHub('RPA');
    hubB = await t.createHub('RPB');
    staffA = await t.signedIn(Role.HUB_STAFF, hubA.id);
    viewerA = await t.signedIn(Role.VIEWER, hubA.id);
    leaderA = await t.signedIn(Role.CAREERS_LEADER, hubA.id);
    staffB = await t.signedIn(Role.HUB_STAFF, hubB.id);
    national = await t.signedIn(Role.HUB_ADMIN, null);
    ledSchool = await createInstitution(t, hubA.id, {
      name: 'Led School',
      careersLeaderId: leaderA.userId,
    });
    otherSchool = await createInstitution(t, hubA.id, { name: 'Other School', fsmPercent: 40 });
    schoolB = await createInstitution(t, hubB.id, { name: 'Hub B School' });
    await db.query(
      `UPDATE institutions SET in_hub_since = '2020-09-01', pupils = 1000 WHERE id = ANY($1)`,
      [[ledSchool, otherSchool, schoolB]],
    );
    await staffA.ok(RECORD, { input: evaluation(otherSchool, '2025-01-10', 6) });
    await staffB.ok(RECORD, { input: evaluation(schoolB, '2025-02-10', 2) });
  });
  afterAll(() => t.stop());

  const dashboardOf = (client: GraphqlClient, hubId?: string) =>
    client.request<{ hubDashboard: { hubId: string; evaluatedInstitutions: number } }>(
      'query ($h: ID) { hubDashboard(academicYear: "2024/25", hubId: $h) { hubId evaluatedInstitutions } }',
      { h: hubId },
    );

  it('lets the hub team and viewers read their own hub’s dashboard only', async () => {
    for (const client of [staffA, viewerA]) {
      const res = await dashboardOf(client);
      expect(res.data?.hubDashboard).toEqual({ hubId: hubA.id, evaluatedInstitutions: 1 });
    }
    const otherHub = await staffA.request('query ($h: ID) { hubDashboard(hubId: $h) { hubId } }', {
      h: hubB.id,
    });
    expect(otherHub.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OTHER_HUB',
    });
    const exported = await viewerA.ok<{ exportMatches: string }>(
      'query { exportMatches(academicYear: "2024/25", format: CSV) }',
    );
    expect(exported.exportMatches).toMatch(/^urn,institution,/);
  });

  it('lets a national administrator pick any hub, and only a hub that exists', async () => {
    const res = await dashboardOf(national, hubB.id);
    expect(res.data?.hubDashboard.hubId).toBe(hubB.id);
    const missing = await dashboardOf(national);
    expect(missing.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'HUB_REQUIRED',
    });
    expect(
      await national.errorCode(
        'query { hubDashboard(hubId: "00000000-0000-4000-8000-000000000000") { hubId } }',
      ),
    ).toBe('NOT_FOUND');
  });

  it('gives a careers leader their own institution’s figures and nothing else', async () => {
    expect(await leaderA.errorCode('query { hubDashboard { hubId } }')).toBe('FORBIDDEN');
    const own = await leaderA.ok<{ recordCompassEvaluation: { benchmarksAchieved: number } }>(
      RECORD,
      {
        input: evaluation(ledSchool, '2025-03-01', 4),
      },
    );
    expect(own.recordCompassEvaluation.benchmarksAchieved).toBe(4);
    const report = await leaderA.ok<{ institutionReport: Record<string, unknown> }>(
      `query ($id: ID!) { institutionReport(institutionId: $id, academicYear: "2024/25") {
        institutionId academicYear compassPlus floorTargetBenchmarks meetsFloorTarget fsqStudents
        matchedOneToOne latestEvaluation { evaluatedOn benchmarksAchieved ks3AllPupils }
        workExperience { ks3 { pupils } ks4 { pupils } } } }`,
      { id: ledSchool },
    );
    expect(report.institutionReport).toEqual({
      institutionId: ledSchool,
      academicYear: '2024/25',
      compassPlus: false,
      floorTargetBenchmarks: 3,
      meetsFloorTarget: true,
      fsqStudents: null,
      matchedOneToOne: false,
      latestEvaluation: { evaluatedOn: '2025-03-01', benchmarksAchieved: 4, ks3AllPupils: 'MOST' },
      workExperience: { ks3: { pupils: 600 }, ks4: { pupils: 400 } },
    });
    for (const id of [otherSchool, schoolB]) {
      expect(
        await leaderA.errorCode(
          'query ($id: ID!) { institutionReport(institutionId: $id) { institutionId } }',
          { id },
        ),
      ).toBe('NOT_FOUND');
      expect(await leaderA.errorCode(RECORD, { input: evaluation(id, '2025-03-02', 8) })).toBe(
        'NOT_FOUND',
      );
    }
    expect(
      await staffA.errorCode('query ($id: ID!) { compassEvaluations(institutionId: $id) { id } }', {
        id: schoolB,
      }),
    ).toBe('NOT_FOUND');
    expect(
      await viewerA.errorCode(RECORD, { input: evaluation(otherSchool, '2025-03-02', 8) }),
    ).toBe('FORBIDDEN');
  });

  it('refuses bad input with stable codes and changes nothing', async () => {
    const [{ count: before }] = await db.query(
      'SELECT count(*)::int AS count FROM compass_evaluations',
    );
    const badYear = await staffA.request(
      'query { hubDashboard(academicYear: "2024-25") { hubId } }',
    );
    expect(badYear.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_ACADEMIC_YEAR',
    });

    const duplicate = await staffA.request(RECORD, {
      input: evaluation(otherSchool, '2025-01-10', 8),
    });
    expect(duplicate.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'COMPASS_EVALUATION_EXISTS',
    });

    const incomplete = evaluation(otherSchool, '2025-04-01', 3);
    incomplete.benchmarks[7].number = 1;
    const missingBenchmark = await staffA.request(RECORD, { input: incomplete });
    expect(missingBenchmark.errors?.[0].extensions).toMatchObject({
      reason: 'BENCHMARKS_INCOMPLETE',
    });

    const { urn: urnB } = (
      await db.query('SELECT urn FROM institutions WHERE id = $1', [schoolB])
    )[0];
    const { urn: urnA } = (
      await db.query('SELECT urn FROM institutions WHERE id = $1', [otherSchool])
    )[0];
    const results = 'Achieved,,'.repeat(8);
    const csv = [
      'urn,evaluated_on,bm1_result,bm1_score,bm2_result,bm2_score,bm3_result,bm3_score,bm4_result,bm4_score,bm5_result,bm5_score,bm6_result,bm6_score,bm7_result,bm7_score,bm8_result,bm8_score,ks3_all_pupils',
      `${urnA},2025-05-01,${results}Most`,
      `${urnB},2025-05-01,${results}Most`,
      `${urnA},2025-06-01,${results}Plenty`,
    ].join('\n');
    const imported = await staffA.request(
      'mutation ($csv: String!) { importCompassEvaluations(csv: $csv) { created } }',
      { csv },
    );
    expect(imported.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'COMPASS_CSV_INVALID',
      fields: [
        { field: 'csv', messages: [expect.stringMatching(/^line 4: ks3_all_pupils "Plenty"/)] },
      ],
    });
    const unknownUrn = await staffA.request(
      'mutation ($csv: String!) { importCompassEvaluations(csv: $csv) { created } }',
      { csv: csv.split('\n').slice(0, 3).join('\n') },
    );
    expect(unknownUrn.errors?.[0].extensions?.fields?.[0].messages).toEqual([
      `line 3: no institution with URN ${urnB} in the hub`,
    ]);
    const [{ count: after }] = await db.query(
      'SELECT count(*)::int AS count FROM compass_evaluations',
    );
    expect(after).toBe(before);

    const fsqImport = 'mutation ($csv: String!) { importFsqCompletions(csv: $csv) { rows } }';
    const badFsq = await staffA.request(fsqImport, {
      csv: `urn,academic_year,students\n${urnA},2024/25,120\n${urnA},2024-25,7`,
    });
    expect(badFsq.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'FSQ_CSV_INVALID',
      fields: [{ field: 'csv', messages: ['line 3: academic_year "2024-25" is not like 2024/25'] }],
    });
    expect(await db.query('SELECT * FROM fsq_completions')).toEqual([]);
    const farAhead = await staffA.request(fsqImport, {
      csv: `urn,academic_year,students\n${urnA},9999/00,120`,
    });
    expect(farAhead.errors?.[0].extensions?.fields?.[0].messages?.[0]).toMatch(
      /^line 2: academic_year "9999\/00" is more than three academic years ahead/,
    );
    const recordFsq = await staffA.request(
      'mutation ($input: RecordFsqInput!) { recordFsq(input: $input) { students } }',
      { input: { institutionId: otherSchool, academicYear: '2099/00', students: 5 } },
    );
    expect(recordFsq.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DATE_BEYOND_HORIZON',
    });
    expect(await db.query('SELECT * FROM fsq_completions')).toEqual([]);
    const goodFsq = await staffA.ok<{ importFsqCompletions: { rows: number } }>(fsqImport, {
      csv: `urn,academic_year,students\n${urnA},2024/25,120`,
    });
    expect(goodFsq.importFsqCompletions.rows).toBe(1);
    const { hubDashboard } = await viewerA.ok<{
      hubDashboard: { fsqInstitutions: number; fsqStudents: number; percentFsqAtLeast100: number };
    }>(
      'query { hubDashboard(academicYear: "2024/25") { fsqInstitutions fsqStudents percentFsqAtLeast100 } }',
    );
    expect(hubDashboard).toEqual({
      fsqInstitutions: 1,
      fsqStudents: 120,
      percentFsqAtLeast100: 50,
    });
  });

  it('keeps national reference data to national administrators, and computes national figures across hubs', async () => {
    const input = {
      academicYear: '2025/26',
      averageAchieved: 6.1,
      fsmQuartile1Max: 12,
      fsmQuartile2Max: 20,
      fsmQuartile3Max: 30,
      benchmarks: [1, 2, 3, 4, 5, 6, 7, 8].map((benchmark) => ({
        benchmark,
        achievedPercent: 70,
        quartile1From: 80,
        quartile2From: 70,
        quartile3From: 60,
      })),
    };
    const mutation =
      'mutation ($input: SetNationalReferenceInput!) { setNationalReference(input: $input) { academicYear averageAchieved } }';
    const adminA = await t.signedIn(Role.HUB_ADMIN, hubA.id);
    const refused = await adminA.request(mutation, { input });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'NATIONAL_ADMIN_ONLY',
    });
    const badBounds = await national.request(mutation, { input: { ...input, fsmQuartile2Max: 5 } });
    expect(badBounds.errors?.[0].extensions).toMatchObject({
      reason: 'INVALID_NATIONAL_REFERENCE',
    });
    expect(
      (await national.ok<{ setNationalReference: unknown }>(mutation, { input }))
        .setNationalReference,
    ).toEqual({ academicYear: '2025/26', averageAchieved: 6.1 });

    // Two hubs hold evaluations and the deployment computes national figures from two hubs on.
    const { hubDashboard } = await staffA.ok<{
      hubDashboard: {
        nationalFiguresSource: string;
        nationalAverageAchieved: number;
        benchmarks: {
          achievedPercent: number;
          nationalAchievedPercent: number;
          hubQuartile: number;
        }[];
      };
    }>(
      'query { hubDashboard(academicYear: "2024/25") { nationalFiguresSource nationalAverageAchieved benchmarks { achievedPercent nationalAchievedPercent hubQuartile } } }',
    );
    // Hub A: 6 and 4 achieved; hub B: 2. National: (6 + 4 + 2) / 3 = 4.
    expect(hubDashboard.nationalFiguresSource).toBe('COMPUTED');
    expect(hubDashboard.nationalAverageAchieved).toBe(4);
    expect(hubDashboard.benchmarks.map((b) => b.nationalAchievedPercent)).toEqual([
      100, 100, 66.7, 66.7, 33.3, 33.3, 0, 0,
    ]);
    expect(hubDashboard.benchmarks.map((b) => b.hubQuartile)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it('reports opportunities, places, work-experience days, meaningful criteria and the network', async () => {
    const employer = await createEmployer(t, hubA.id, 'Mersey Digital', { membership: null });
    await db.query(
      `INSERT INTO employer_memberships (hub_id, employer_id, status, applied_at) VALUES ($1, $2, 'ACTIVE', now())`,
      [hubA.id, employer],
    );
    const [group] = await db.query(
      `INSERT INTO sector_groups (hub_id, name) VALUES ($1, 'Gaming') RETURNING id`,
      [hubA.id],
    );
    await db.query(
      'INSERT INTO sector_group_members (sector_group_id, employer_id) VALUES ($1, $2)',
      [group.id, employer],
    );
    const opportunity = async (
      tier: string,
      yearGroups: number[],
      lengthDays: number,
      criteria: string[],
    ) =>
      (
        await db.query(
          `INSERT INTO opportunities (hub_id, employer_id, kind, title, description, tier, sector, year_groups,
             delivery_mode, starts_on, ends_on, length_days, total_places, meaningful_criteria, status)
           VALUES ($1, $2, 'WORKPLACE_VISIT', 'Visit', 'A visit', $3, 'Digital', $4, 'IN_PERSON',
             '2025-02-03', '2025-02-07', $5, 100, $6::meaningful_criterion[], 'CLOSED') RETURNING id`,
          [hubA.id, employer, tier, yearGroups, lengthDays, criteria],
        )
      )[0].id as string;
    const allCriteria = [
      'CLEAR_PURPOSE',
      'LEARNING_OUTCOMES',
      'TWO_WAY_INTERACTION',
      'MEETS_RANGE_OF_PEOPLE',
      'PERFORMS_TASK',
      'EMPLOYER_FEEDBACK',
      'REFLECTION',
    ];
    const visit = await opportunity('T1', [8, 9], 0.5, ['CLEAR_PURPOSE']);
    const placement = await opportunity('T3', [10], 5, allCriteria);
    await opportunity('T2', [12], 1, allCriteria);
    const book = (opportunityId: string, yearGroup: number, places: number, attended: number) =>
      db.query(
        `INSERT INTO bookings (hub_id, opportunity_id, institution_id, places, fsm_places, year_group, status,
           attended, fsm_attended, attendance_recorded_at)
         VALUES ($1, $2, $3, $4, 0, $5, 'CONFIRMED', $6, 0, now())`,
        [hubA.id, opportunityId, ledSchool, places, yearGroup, attended],
      );
    await book(visit, 8, 60, 50);
    await book(placement, 10, 30, 20);

    const { hubDashboard } = await viewerA.ok<{ hubDashboard: Record<string, unknown> }>(`query {
      hubDashboard(academicYear: "2024/25") {
        matchedHistory { academicYear }
        opportunities { total { opportunities placesOffered placesBooked placesAttended }
          byTier { group opportunities placesAttended } byKeyStage { group opportunities placesBooked placesAttended } }
        workExperience { goalDays ks3 { placeDays pupils daysPerPupil percentOfAnnualGoal }
          institutions { name ks4 { placeDays pupils daysPerPupil annualGoalDays percentOfAnnualGoal } } }
        meaningfulCriteria { delivered allCriteriaPercent criteria { criterion experiences percent } }
        network { memberships { status employers } sectorGroups { name employers } }
      } }`);
    expect(
      (hubDashboard.matchedHistory as { academicYear: string }[]).map((y) => y.academicYear),
    ).toEqual(['2020/21', '2021/22', '2022/23', '2023/24', '2024/25']);
    expect(hubDashboard.opportunities).toEqual({
      total: { opportunities: 3, placesOffered: 300, placesBooked: 90, placesAttended: 70 },
      byTier: [
        { group: 'T1', opportunities: 1, placesAttended: 50 },
        { group: 'T2', opportunities: 1, placesAttended: 0 },
        { group: 'T3', opportunities: 1, placesAttended: 20 },
      ],
      byKeyStage: [
        { group: 'KS3', opportunities: 1, placesBooked: 60, placesAttended: 50 },
        { group: 'KS4', opportunities: 1, placesBooked: 30, placesAttended: 20 },
        { group: 'KS5', opportunities: 1, placesBooked: 0, placesAttended: 0 },
      ],
    });
    // Led School: 1000 pupils, so 600 in KS3 and 400 in KS4; Other School the same, without days.
    // KS3: 50 × 0.5 = 25 place-days over 1200 pupils; KS4: 20 × 5 = 100 over Led School's 400.
    const work = hubDashboard.workExperience as {
      goalDays: number;
      ks3: Record<string, number>;
      institutions: { name: string; ks4: Record<string, number> }[];
    };
    expect(work.goalDays).toBe(10);
    expect(work.ks3).toEqual({
      placeDays: 25,
      pupils: 1200,
      daysPerPupil: 0,
      percentOfAnnualGoal: 1.3,
    });
    expect(work.institutions[0]).toEqual({
      name: 'Led School',
      ks4: {
        placeDays: 100,
        pupils: 400,
        daysPerPupil: 0.3,
        annualGoalDays: 2.5,
        percentOfAnnualGoal: 10,
      },
    });
    const coverage = hubDashboard.meaningfulCriteria as {
      delivered: number;
      allCriteriaPercent: number;
      criteria: { criterion: string; percent: number }[];
    };
    expect(coverage.delivered).toBe(2);
    expect(coverage.allCriteriaPercent).toBe(50);
    expect(coverage.criteria.find((c) => c.criterion === 'CLEAR_PURPOSE')?.percent).toBe(100);
    expect(coverage.criteria.find((c) => c.criterion === 'REFLECTION')?.percent).toBe(50);
    expect(hubDashboard.network).toEqual({
      memberships: [{ status: 'ACTIVE', employers: 1 }],
      sectorGroups: [{ name: 'Gaming', employers: 1 }],
    });
  });
});
