import { Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { GraphqlClient, TestApp } from '@chn/testing';
import { buildSeedDashboardHub } from './reporting.fixtures';

const DASHBOARD = `query ($year: String) {
  hubDashboard(academicYear: $year) {
    academicYear eligibleInstitutions institutionsInHub percentInHub inHubTarget
    fsqInstitutions fsqStudents percentFsqAtLeast100 evaluatedInstitutions percentCompassPlus
    currentAdvisers percentMatchedAny percentMatchedOneToOne percentMatchedAgile
    lastLogins { name role lastLoginAt }
    byInstitutionType { type institutions averageAchieved bm5Percent bm6Percent }
    institutionTypeTotal { institutions averageAchieved bm5Percent bm6Percent }
    byFsmQuartile { quartile institutions averageAchieved bm5Percent bm6Percent }
    fsmQuartileTotal { institutions averageAchieved bm5Percent bm6Percent }
    floorTarget { benchmarksRequired achieving failing percentAchieving percentFailing }
    achievedDistribution { benchmarksAchieved institutions percent }
    benchmarks { number name achievedPercent partiallyPercent notAchievedPercent nationalAchievedPercent hubQuartile }
    averageAchieved nationalAverageAchieved nationalFiguresSource nationalReferenceYear
    targetAverageAchieved benchmarksRequiredToReachTarget
    supplementaryAnswers { question answers { answer institutions percent } }
  }
}`;

type Figures = { averageAchieved: number; bm5Percent: number; bm6Percent: number };
type Group = Figures & { institutions: number };

interface Dashboard {
  lastLogins: { name: string; role: string; lastLoginAt: string }[];
  byInstitutionType: (Group & { type: string })[];
  institutionTypeTotal: Group;
  byFsmQuartile: (Group & { quartile: number })[];
  fsmQuartileTotal: Group;
  floorTarget: Record<string, number>;
  achievedDistribution: { benchmarksAchieved: number; institutions: number; percent: number }[];
  benchmarks: (Record<string, number> & { name: string })[];
  supplementaryAnswers: {
    question: string;
    answers: { answer: string; institutions: number; percent: number }[];
  }[];
}

/** The Liverpool City Region Hub Overview Dashboard (2024/25), reproduced from equivalent data. */
describe('hub dashboard: the seed dashboard (e2e)', () => {
  let t: TestApp;
  let hub: HubEntity;
  let admin: GraphqlClient;
  let dashboard: Dashboard;

  beforeAll(async () => {
    t = await TestApp.start();
    hub = await t.createHub('LCR');
    admin = await t.signedIn(Role.HUB_ADMIN, hub.id);
    await buildSeedDashboardHub(t, hub.id, admin, 100000);
    await admin.ok(
      'mutation { setHubTargets(input: { targetAverageAchieved: 6.4, floorTargetBenchmarks: 3, inHubTargetPercent: 95 }) { hubId } }',
    );
    dashboard = (await admin.ok<{ hubDashboard: Dashboard }>(DASHBOARD, { year: '2024/25' }))
      .hubDashboard;
  });
  afterAll(() => t.stop());

  it('shows the hub’s institutions, FSQ, Compass+, advisers and matching', () => {
    expect(dashboard).toMatchObject({
      academicYear: '2024/25',
      eligibleInstitutions: 147,
      institutionsInHub: 143,
      percentInHub: 97.3,
      inHubTarget: 95,
      fsqInstitutions: 26,
      fsqStudents: 3950,
      percentFsqAtLeast100: 10.5,
      evaluatedInstitutions: 140,
      percentCompassPlus: 85.0,
      currentAdvisers: 111,
      percentMatchedAny: 73.4,
      percentMatchedOneToOne: 73.4,
      percentMatchedAgile: null,
    });
  });

  it('lists the last log-ins with roles, most recent first', () => {
    const seeded = dashboard.lastLogins.filter((l: { name: string }) =>
      ['Gill Wood', 'Gill Walsh', 'Julie Roberts'].includes(l.name),
    );
    expect(seeded).toEqual([
      { name: 'Gill Walsh', role: 'HUB_ADMIN', lastLoginAt: '2025-04-23T10:00:00.000Z' },
      { name: 'Julie Roberts', role: 'VIEWER', lastLoginAt: '2025-04-23T08:00:00.000Z' },
      { name: 'Gill Wood', role: 'HUB_STAFF', lastLoginAt: '2025-04-04T09:00:00.000Z' },
    ]);
  });

  it('splits benchmark achievement by institution type', () => {
    const row = (type: string) =>
      dashboard.byInstitutionType.find((r: { type: string }) => r.type === type) as Figures;
    const shown = (f: Figures) => [f.averageAchieved, f.bm5Percent, f.bm6Percent];
    expect(shown(row('AP'))).toEqual([6.3, 87.5, 62.5]);
    expect(shown(row('MAINSTREAM'))).toEqual([6.1, 90.0, 71.1]);
    expect(shown(row('POST_16'))).toEqual([6.4, 90.0, 100.0]);
    expect(shown(row('SEND'))).toEqual([6.8, 84.4, 84.4]);
    expect(dashboard.institutionTypeTotal).toEqual({
      institutions: 140,
      averageAchieved: 6.3,
      bm5Percent: 88.6,
      bm6Percent: 75.7,
    });
  });

  it('splits it by FSM quartile over the institutions with FSM data', () => {
    expect(
      dashboard.byFsmQuartile.map((r: Figures & { quartile: number; institutions: number }) => [
        r.quartile,
        r.institutions,
        r.averageAchieved,
        r.bm5Percent,
        r.bm6Percent,
      ]),
    ).toEqual([
      [1, 19, 6.1, 89.5, 68.4],
      [2, 19, 6.6, 94.7, 84.2],
      [3, 22, 6.1, 86.4, 77.3],
      [4, 59, 6.3, 88.1, 69.5],
    ]);
    expect(dashboard.fsmQuartileTotal).toEqual({
      institutions: 119,
      averageAchieved: 6.3,
      bm5Percent: 89.1,
      bm6Percent: 73.1,
    });
  });

  it('counts the floor target over the institutions in the hub, unevaluated ones failing', () => {
    expect(dashboard.floorTarget).toEqual({
      benchmarksRequired: 3,
      achieving: 136,
      failing: 7,
      percentAchieving: 95.1,
      percentFailing: 4.9,
    });
  });

  it('distributes the evaluated institutions by benchmarks achieved', () => {
    expect(
      dashboard.achievedDistribution.map((d: { institutions: number }) => d.institutions),
    ).toEqual([0, 1, 3, 8, 12, 13, 29, 32, 42]);
    // The seed shows these rounded to whole percents: 1, 2, 6, 9, 9, 21, 23, 30.
    expect(dashboard.achievedDistribution.map((d: { percent: number }) => d.percent)).toEqual([
      0, 0.7, 2.1, 5.7, 8.6, 9.3, 20.7, 22.9, 30.0,
    ]);
  });

  it('shows each benchmark against the national figures, with the hub’s quartile', () => {
    const column = (field: string) =>
      dashboard.benchmarks.map((b: Record<string, number>) => b[field]);
    expect(column('achievedPercent')).toEqual([74.3, 88.6, 65.0, 85.0, 88.6, 75.7, 62.9, 87.1]);
    expect(column('notAchievedPercent')).toEqual([0, 0, 0, 0, 0, 1.4, 0, 2.1]);
    expect(column('partiallyPercent')).toEqual([25.7, 11.4, 35.0, 15.0, 11.4, 22.9, 37.1, 10.7]);
    expect(column('nationalAchievedPercent')).toEqual([
      68.2, 85.0, 60.6, 81.6, 86.3, 72.9, 58.8, 77.7,
    ]);
    expect(column('hubQuartile')).toEqual([2, 2, 2, 1, 2, 2, 2, 1]);
    expect(dashboard.benchmarks[5].name).toBe('Experiences of workplaces');
    expect(dashboard).toMatchObject({
      averageAchieved: 6.3,
      nationalAverageAchieved: 5.9,
      nationalFiguresSource: 'CONFIGURED',
      nationalReferenceYear: '2024/25',
      targetAverageAchieved: 6.4,
      benchmarksRequiredToReachTarget: 14,
    });
  });

  it('summarises the supplementary work-experience answers of the latest evaluations', () => {
    const ks3 = dashboard.supplementaryAnswers.find(
      (q: { question: string }) => q.question === 'KS3_ALL_PUPILS',
    );
    expect(ks3?.answers).toEqual([{ answer: 'SOME', institutions: 140, percent: 100 }]);
    const ks4Fsm = dashboard.supplementaryAnswers.find(
      (q: { question: string }) => q.question === 'KS4_FSM_PUPILS',
    );
    expect(ks4Fsm?.answers).toEqual([{ answer: 'DONT_KNOW', institutions: 140, percent: 100 }]);
  });

  it('counts the later evaluation once its year is reported', async () => {
    const next = await admin.ok<{
      hubDashboard: {
        evaluatedInstitutions: number;
        distribution: unknown;
        averageAchieved: number;
      };
    }>('query { hubDashboard(academicYear: "2025/26") { evaluatedInstitutions averageAchieved } }');
    // One institution's September 2025 evaluation achieves nothing; the institution that joined
    // the hub in October 2025 brings its own evaluation.
    expect(next.hubDashboard.evaluatedInstitutions).toBe(141);
    const older = await admin.ok<{
      hubDashboard: { evaluatedInstitutions: number; averageAchieved: number };
    }>('query { hubDashboard(academicYear: "2023/24") { evaluatedInstitutions averageAchieved } }');
    expect(older.hubDashboard).toEqual({ evaluatedInstitutions: 1, averageAchieved: 0 });
  });

  it('exports the dashboard as CSV for board packs', async () => {
    const { exportDashboard } = await admin.ok<{ exportDashboard: string }>(
      'query { exportDashboard(academicYear: "2024/25", format: CSV) }',
    );
    const lines = exportDashboard.split('\r\n');
    expect(lines[0]).toBe('section,item,measure,value');
    expect(lines).toContain('overview,institutions,% in hub,97.3');
    expect(lines).toContain('by institution type,SEND,BM6 %,84.4');
    expect(lines).toContain('floor target,at least 3 BMs,failing,7');
    expect(lines).toContain('benchmarks,all,BMs required to reach target,14');
    const { exportMatches } = await admin.ok<{ exportMatches: string }>(
      'query { exportMatches(academicYear: "2024/25", format: CSV) }',
    );
    const matchLines = exportMatches.trim().split('\r\n');
    expect(matchLines[0]).toBe(
      'urn,institution,institution_type,adviser,match_type,status,starts_on,ends_on,ended_on',
    );
    expect(matchLines).toHaveLength(106);
  });
});
