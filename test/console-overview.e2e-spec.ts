/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { GraphqlClient, TEST_PASSWORD } from '@chn/testing';
import { consoleApp } from './support/console-app';
import { expectAccessible } from './support/console-browser';
import { buildSeedDashboardHub } from './reporting.fixtures';

const YEAR = '2024/25';
const DASHBOARD = `query ($year: String) {
  hubDashboard(academicYear: $year) {
    eligibleInstitutions institutionsInHub percentInHub fsqInstitutions fsqStudents
    percentFsqAtLeast100 evaluatedInstitutions percentCompassPlus currentAdvisers
    percentMatchedAny percentMatchedOneToOne percentMatchedAgile averageAchieved
    benchmarksRequiredToReachTarget
    lastLogins { name role }
    byInstitutionType { type institutions averageAchieved bm5Percent bm6Percent }
    floorTarget { achieving failing percentAchieving percentFailing }
    achievedDistribution { benchmarksAchieved institutions }
    benchmarks { number achievedPercent nationalAchievedPercent }
    matchedHistory { academicYear percentMatchedAny }
    workExperience { ks3 { keyStage placeDays } ks4 { keyStage placeDays } }
  }
}`;
type Num = number | null;
interface Dashboard {
  eligibleInstitutions: number;
  institutionsInHub: number;
  percentInHub: Num;
  fsqInstitutions: number;
  fsqStudents: number;
  percentFsqAtLeast100: Num;
  evaluatedInstitutions: number;
  percentCompassPlus: Num;
  currentAdvisers: number;
  percentMatchedAny: Num;
  percentMatchedOneToOne: Num;
  percentMatchedAgile: Num;
  averageAchieved: Num;
  benchmarksRequiredToReachTarget: Num;
  lastLogins: { name: string; role: string }[];
  byInstitutionType: {
    type: string;
    institutions: number;
    averageAchieved: Num;
    bm5Percent: Num;
    bm6Percent: Num;
  }[];
  floorTarget: { achieving: number; failing: number; percentAchieving: Num; percentFailing: Num };
  achievedDistribution: { benchmarksAchieved: number; institutions: number }[];
  benchmarks: { number: number; achievedPercent: Num; nationalAchievedPercent: Num }[];
  matchedHistory: { academicYear: string; percentMatchedAny: Num }[];
  workExperience: { ks3: { placeDays: number }; ks4: { placeDays: number } };
}

const pct = (value: Num) => (value === null ? '–' : `${value.toFixed(1)}%`);
const dec = (value: Num) => (value === null ? '–' : value.toFixed(1));
const ROLE_NAMES: Record<string, string> = {
  HUB_ADMIN: 'Hub admin',
  HUB_STAFF: 'Hub staff',
  VIEWER: 'Viewer',
};
const TYPE_NAMES: Record<string, string> = {
  MAINSTREAM: 'Mainstream',
  SEND: 'Special (SEND)',
  AP: 'Alternative provision',
  POST_16: 'Post-16',
};

/** The Hub Overview in the console against the seed dashboard's hub (2024/25). */
describe('hub console: the overview in a browser (e2e)', () => {
  const app = consoleApp();
  let staff: GraphqlClient;
  let staffEmail: string;
  let dashboard: Dashboard;

  beforeAll(async () => {
    const hub = await app.t.createHub('LCR');
    const admin = await app.t.signedIn(Role.HUB_ADMIN, hub.id);
    await buildSeedDashboardHub(app.t, hub.id, admin, 100000);
    await admin.ok(
      'mutation { setHubTargets(input: { targetAverageAchieved: 6.4, floorTargetBenchmarks: 3, inHubTargetPercent: 95 }) { hubId } }',
    );
    // Two events held in the year: 2 of 3 parents came to one, no attendance recorded at the other.
    await app.t.get(DataSource).query(
      `WITH e AS (
         INSERT INTO hub_events (hub_id, kind, status, title, venue, starts_at, ends_at, capacity,
           audiences, public_token)
         VALUES ($1, 'PARENT_CARER_SESSION', 'PUBLISHED', 'Games panel', 'Hall',
                 '2025-02-10T18:00Z', '2025-02-10T20:00Z', 90, '{PUBLIC}', 'overview-a'),
                ($1, 'STUDENT_EVENT', 'PUBLISHED', 'Sector week', 'Hall',
                 '2024-10-10T09:00Z', '2024-10-10T12:00Z', 90, '{PUBLIC}', 'overview-b')
         RETURNING id, kind)
       INSERT INTO hub_event_registrations (hub_id, event_id, kind, status, name, email, places,
         attended, attendance_recorded_at)
       SELECT $1, e.id, 'PUBLIC', 'CONFIRMED', 'A parent', 'parent@example.test', 3,
              CASE WHEN e.kind = 'PARENT_CARER_SESSION' THEN 2 END,
              CASE WHEN e.kind = 'PARENT_CARER_SESSION' THEN now() END
       FROM e`,
      [hub.id],
    );
    staffEmail = 'overview.staff@example.test';
    staff = await app.t.signedIn(Role.HUB_STAFF, hub.id, staffEmail);
    dashboard = (await staff.ok<{ hubDashboard: Dashboard }>(DASHBOARD, { year: YEAR }))
      .hubDashboard;
  });

  it('shows the seed dashboard’s figures for the chosen year, as the API gives them', async () => {
    const page = await app.browser.signIn(app.t.baseUrl, staffEmail, TEST_PASSWORD);
    await page.getByRole('link', { name: 'Hub overview' }).click();
    await page.getByRole('combobox', { name: 'Academic year' }).selectOption(YEAR);
    await page.getByRole('heading', { name: `Hub overview ${YEAR}` }).waitFor();
    await page.getByTestId('tile-eligible').waitFor();

    const tile = (id: string) =>
      page.getByTestId(id).evaluate((el) => ({
        value: el.querySelector('.tile-value')?.textContent ?? null,
        detail: el.querySelector('.tile-detail')?.textContent ?? null,
      }));
    const d = dashboard;
    expect((await tile('tile-eligible')).value).toBe('147');
    expect(d.eligibleInstitutions).toBe(147);
    expect(await tile('tile-in-hub')).toEqual({
      value: String(d.institutionsInHub),
      detail: `${pct(d.percentInHub)} of eligible (target 95%)`,
    });
    expect((await tile('tile-fsq')).value).toBe(String(d.fsqStudents));
    expect((await tile('tile-fsq')).detail).toBe(`students at ${d.fsqInstitutions} institutions`);
    expect((await tile('tile-fsq-100')).value).toBe(pct(d.percentFsqAtLeast100));
    expect((await tile('tile-compass-plus')).value).toBe(pct(d.percentCompassPlus));
    expect((await tile('tile-advisers')).value).toBe(String(d.currentAdvisers));
    expect((await tile('tile-matched-any')).value).toBe(pct(d.percentMatchedAny));
    expect((await tile('tile-matched-one-to-one')).value).toBe('73.4%');
    expect((await tile('tile-matched-one-to-one')).value).toBe(pct(d.percentMatchedOneToOne));
    expect((await tile('tile-matched-agile')).value).toBe(pct(d.percentMatchedAgile));
    expect((await tile('tile-average-bms')).value).toBe(dec(d.averageAchieved));
    expect((await tile('tile-bms-required')).value).toBe(
      String(d.benchmarksRequiredToReachTarget ?? '–'),
    );

    const rows = (testId: string, part = 'tbody') =>
      page
        .getByTestId(testId)
        .locator(`${part} tr`)
        .evaluateAll((trs) =>
          trs.map((tr) => Array.from(tr.querySelectorAll('th, td'), (c) => c.textContent)),
        );
    expect(await rows('by-type')).toEqual(
      d.byInstitutionType.map((r) => [
        TYPE_NAMES[r.type],
        String(r.institutions),
        dec(r.averageAchieved),
        pct(r.bm5Percent),
        pct(r.bm6Percent),
      ]),
    );
    expect(d.lastLogins.length).toBeGreaterThan(0);
    expect((await rows('last-logins')).map(([name, , role]) => [name, role])).toEqual(
      d.lastLogins.map((login) => [login.name, ROLE_NAMES[login.role]]),
    );
    expect(await rows('floor-target')).toEqual([
      ['Achieving', String(d.floorTarget.achieving), pct(d.floorTarget.percentAchieving)],
      ['Failing', String(d.floorTarget.failing), pct(d.floorTarget.percentFailing)],
    ]);
    const benchmarks = await rows('benchmarks');
    expect(benchmarks.map((r) => [r[1], r[4]])).toEqual(
      d.benchmarks.map((b) => [pct(b.achievedPercent), pct(b.nationalAchievedPercent)]),
    );
    expect((await rows('work-experience')).map((r) => r[1])).toEqual([
      String(d.workExperience.ks3.placeDays),
      String(d.workExperience.ks4.placeDays),
    ]);
    expect(await rows('events-by-kind')).toEqual([
      ['Parent and carer sessions', '1'],
      ['Student events', '1'],
    ]);
    expect(await rows('event-figures')).toEqual([
      ['Registrations', '2'],
      ['People registered', '6'],
      ['People who came', '2'],
      ['No-shows', '1'],
      ['Parents and carers reached', '2'],
      ['Current advisers who came', '0'],
    ]);
    await page.getByRole('figure', { name: 'Events held by kind, bar chart' }).waitFor();
    // Five years of matching history drawn as one line per kind of match.
    expect(d.matchedHistory).toHaveLength(5);
    expect(await page.locator('.recharts-line').count()).toBe(3);
    expect(await page.getByRole('alert').count()).toBe(0);
    await app.browser.screenshot(page, 'overview');
    await expectAccessible(page, 'overview');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download dashboard CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('hub-dashboard-2024-25.csv');
    const { exportDashboard } = await staff.ok<{ exportDashboard: string }>(
      'query ($year: String) { exportDashboard(academicYear: $year, format: CSV) }',
      { year: YEAR },
    );
    expect(readFileSync((await file.path())!, 'utf8')).toBe(exportDashboard);
    await page.close();
  });
});
