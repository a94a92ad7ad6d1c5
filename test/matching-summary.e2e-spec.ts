import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { GraphqlClient, TestApp } from '@chn/testing';

const FIGURES = 'count percent';
const SUMMARY = `query ($academicYear: String, $hubId: ID, $first: Int, $after: String) {
  matchingSummary(academicYear: $academicYear, hubId: $hubId) {
    academicYear institutionsInHub
    matchedAny { ${FIGURES} } matchedOneToOne { ${FIGURES} } matchedAgile { ${FIGURES} }
    advisersActive advisersMatchable advisersWithSpareOneToOne advisersWithSpareAgile
    advisersWithSpareCapacity
    byLocalAuthority { laCode laName institutionType institutions
      matchedAny { ${FIGURES} } matchedOneToOne { ${FIGURES} } matchedAgile { ${FIGURES} } }
    byInstitutionType { laCode institutionType institutions
      matchedAny { ${FIGURES} } matchedOneToOne { ${FIGURES} } matchedAgile { ${FIGURES} } }
    history { academicYear institutionsInHub
      matchedAny { ${FIGURES} } matchedOneToOne { ${FIGURES} } matchedAgile { ${FIGURES} } }
    unmatchedInstitutions(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { name inHub } }
    }
  }
}`;
const REVIEW = `query ($academicYear: String, $hubId: ID) {
  matchesToReview(academicYear: $academicYear, hubId: $hubId) { id adviserId institutionId startsOn reasons }
}`;

interface Figure {
  count: number;
  percent: number | null;
}
interface YearFigures {
  academicYear: string;
  institutionsInHub: number;
  matchedAny: Figure;
  matchedOneToOne: Figure;
  matchedAgile: Figure;
}
interface Breakdown {
  laCode: string | null;
  laName?: string | null;
  institutionType: string | null;
  institutions: number;
  matchedAny: Figure;
  matchedOneToOne: Figure;
  matchedAgile: Figure;
}
interface Summary extends YearFigures {
  advisersActive: number;
  advisersMatchable: number;
  advisersWithSpareOneToOne: number;
  advisersWithSpareAgile: number;
  advisersWithSpareCapacity: number;
  byLocalAuthority: Breakdown[];
  byInstitutionType: Breakdown[];
  history: YearFigures[];
  unmatchedInstitutions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { name: string; inHub: boolean } }[];
  };
}
interface Review {
  id: string;
  adviserId: string;
  institutionId: string;
  startsOn: string;
  reasons: string[];
}

const fig = (count: number, percent: number | null): Figure => ({ count, percent });
const headline = (
  academicYear: string,
  institutionsInHub: number,
  matchedAny: Figure,
  matchedOneToOne: Figure,
  matchedAgile: Figure,
): YearFigures => ({ academicYear, institutionsInHub, matchedAny, matchedOneToOne, matchedAgile });

describe('matching summary (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let hubA: HubEntity;
  let hubB: HubEntity;
  let hubC: HubEntity;
  let staffA: GraphqlClient;
  let staffB: GraphqlClient;
  let staffC: GraphqlClient;
  let urn = 100000;

  async function institution(
    hubId: string,
    name: string,
    values: {
      type?: string;
      laCode?: string;
      laName?: string;
      eligible?: boolean;
      since?: string | null;
    } = {},
  ): Promise<string> {
    urn += 1;
    const [row] = await db.query(
      `INSERT INTO institutions (hub_id, urn, name, type, la_code, la_name, eligible, in_hub_since)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        hubId,
        String(urn),
        name,
        values.type ?? 'MAINSTREAM',
        values.laCode ?? '341',
        values.laName ?? 'Liverpool',
        values.eligible ?? true,
        values.since === undefined ? '2020-01-01' : values.since,
      ],
    );
    return row.id;
  }

  async function adviser(
    hubId: string,
    values: {
      status?: string;
      dbs?: string | null;
      induction?: string | null;
      maxOneToOne?: number;
      maxAgile?: number;
      erased?: boolean;
    } = {},
  ): Promise<string> {
    urn += 1;
    const [row] = await db.query(
      `INSERT INTO advisers (hub_id, name, email, status, dbs_checked_on, max_one_to_one, max_agile,
                             erased_at, induction_completed_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        hubId,
        `Adviser ${urn}`,
        values.erased ? null : `adviser${urn}@example.test`,
        values.status ?? 'ACTIVE',
        values.dbs === undefined ? '2025-06-01' : values.dbs,
        values.maxOneToOne ?? 1,
        values.maxAgile ?? 2,
        values.erased ? '2025-07-01T00:00:00Z' : null,
        values.induction === undefined ? '2025-06-01' : values.induction,
      ],
    );
    return row.id;
  }

  async function match(
    hubId: string,
    adviserId: string,
    institutionId: string,
    type: 'ONE_TO_ONE' | 'AGILE',
    status: 'PROPOSED' | 'ACTIVE' | 'DECLINED' | 'ENDED',
    startsOn: string,
    endsOn: string | null = null,
    endedOn: string | null = null,
  ): Promise<string> {
    const [row] = await db.query(
      `INSERT INTO matches (hub_id, adviser_id, institution_id, type, status, starts_on, ends_on, ended_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [hubId, adviserId, institutionId, type, status, startsOn, endsOn, endedOn],
    );
    return row.id;
  }

  const summary = async (client: GraphqlClient, variables: Record<string, unknown>) =>
    (await client.ok<{ matchingSummary: Summary }>(SUMMARY, variables)).matchingSummary;

  beforeAll(async () => {
    t = await TestApp.start();
    db = t.get(DataSource);
    hubA = await t.createHub('MSA');
    hubB = await t.createHub('MSB');
    hubC = await t.createHub('MSC');
    staffA = await t.signedIn(Role.HUB_STAFF, hubA.id);
    staffB = await t.signedIn(Role.HUB_STAFF, hubB.id);
    staffC = await t.signedIn(Role.HUB_STAFF, hubC.id);

    const knowsley = { laCode: '343', laName: 'Knowsley' };
    const alpha = await institution(hubA.id, 'Alpha School');
    const bravo = await institution(hubA.id, 'Bravo School');
    const charlie = await institution(hubA.id, 'Charlie Special', { type: 'SEND', ...knowsley });
    const delta = await institution(hubA.id, 'Delta Provision', { type: 'AP', ...knowsley });
    const echo = await institution(hubA.id, 'Echo College', { type: 'POST_16' });
    const foxtrot = await institution(hubA.id, 'Foxtrot Ineligible', {
      eligible: false,
      since: null,
    });
    const golf = await institution(hubA.id, 'Golf Outside', { since: null });
    const hotel = await institution(hubA.id, 'Hotel Newcomer', { since: '2025-10-01' });

    const busy = await adviser(hubA.id);
    const full = await adviser(hubA.id, { maxAgile: 0, dbs: '2020-01-01' });
    const paused = await adviser(hubA.id, { status: 'PAUSED' });
    await adviser(hubA.id);
    await adviser(hubA.id, { status: 'LEFT', erased: true });

    // Ends on the last day of 2024/25.
    await match(hubA.id, paused, alpha, 'ONE_TO_ONE', 'ENDED', '2023-09-01', null, '2025-08-31');
    // Starts on the first day of 2025/26.
    await match(hubA.id, busy, bravo, 'ONE_TO_ONE', 'ACTIVE', '2025-09-01');
    await match(
      hubA.id,
      paused,
      charlie,
      'AGILE',
      'ENDED',
      '2024-10-01',
      '2024-12-31',
      '2024-12-20',
    );
    await match(hubA.id, busy, charlie, 'ONE_TO_ONE', 'PROPOSED', '2025-09-01');
    await match(hubA.id, busy, delta, 'ONE_TO_ONE', 'DECLINED', '2024-09-01');
    await match(hubA.id, full, echo, 'ONE_TO_ONE', 'ACTIVE', '2022-01-10');
    await match(hubA.id, busy, echo, 'AGILE', 'ACTIVE', '2025-10-01', '2026-03-31');
    await match(hubA.id, paused, foxtrot, 'ONE_TO_ONE', 'ACTIVE', '2024-09-01');
    await match(hubA.id, paused, golf, 'ONE_TO_ONE', 'ACTIVE', '2024-09-01');
    void hotel;
  });
  afterAll(() => t.stop());

  it('reports % matched for the year, counting only ACTIVE/ENDED matches of institutions in the hub', async () => {
    const now = await summary(staffA, { academicYear: '2025/26' });
    expect(now).toMatchObject(headline('2025/26', 6, fig(2, 33.3), fig(2, 33.3), fig(1, 16.7)));
    expect(now.advisersActive).toBe(3);
    expect(now.advisersWithSpareCapacity).toBe(2);

    const before = await summary(staffA, { academicYear: '2024/25' });
    expect(before).toMatchObject(headline('2024/25', 5, fig(3, 60), fig(2, 40), fig(1, 20)));
  });

  it('counts a match ending 31 August in that year only, and one starting 1 September in the next only', async () => {
    const unmatched = async (academicYear: string) =>
      (await summary(staffA, { academicYear, first: 100 })).unmatchedInstitutions.edges.map(
        (e) => e.node.name,
      );
    const earlier = await unmatched('2024/25');
    const later = await unmatched('2025/26');
    expect(earlier).not.toContain('Alpha School');
    expect(later).toContain('Alpha School');
    expect(earlier).toContain('Bravo School');
    expect(later).not.toContain('Bravo School');
  });

  it('leaves the agile percentage blank in a year with no agile match', async () => {
    const year = await summary(staffA, { academicYear: '2023/24' });
    expect(year).toMatchObject(headline('2023/24', 5, fig(2, 40), fig(2, 40), fig(0, null)));
  });

  it('gives the last five academic years ending with the one asked for', async () => {
    const { history } = await summary(staffA, { academicYear: '2025/26' });
    expect(history).toEqual([
      headline('2021/22', 5, fig(1, 20), fig(1, 20), fig(0, null)),
      headline('2022/23', 5, fig(1, 20), fig(1, 20), fig(0, null)),
      headline('2023/24', 5, fig(2, 40), fig(2, 40), fig(0, null)),
      headline('2024/25', 5, fig(3, 60), fig(2, 40), fig(1, 20)),
      headline('2025/26', 6, fig(2, 33.3), fig(2, 33.3), fig(1, 16.7)),
    ]);
  });

  it('breaks the figures down by local authority and by institution type', async () => {
    const year = await summary(staffA, { academicYear: '2025/26' });
    expect(year.byLocalAuthority).toEqual([
      {
        laCode: '343',
        laName: 'Knowsley',
        institutionType: null,
        institutions: 2,
        matchedAny: fig(0, 0),
        matchedOneToOne: fig(0, 0),
        matchedAgile: fig(0, null),
      },
      {
        laCode: '341',
        laName: 'Liverpool',
        institutionType: null,
        institutions: 4,
        matchedAny: fig(2, 50),
        matchedOneToOne: fig(2, 50),
        matchedAgile: fig(1, 25),
      },
    ]);
    const byType = Object.fromEntries(
      year.byInstitutionType.map(({ institutionType, ...rest }) => [institutionType, rest]),
    );
    expect(byType).toEqual({
      MAINSTREAM: {
        laCode: null,
        institutions: 3,
        matchedAny: fig(1, 33.3),
        matchedOneToOne: fig(1, 33.3),
        matchedAgile: fig(0, null),
      },
      SEND: {
        laCode: null,
        institutions: 1,
        matchedAny: fig(0, 0),
        matchedOneToOne: fig(0, 0),
        matchedAgile: fig(0, null),
      },
      AP: {
        laCode: null,
        institutions: 1,
        matchedAny: fig(0, 0),
        matchedOneToOne: fig(0, 0),
        matchedAgile: fig(0, null),
      },
      POST_16: {
        laCode: null,
        institutions: 1,
        matchedAny: fig(1, 100),
        matchedOneToOne: fig(1, 100),
        matchedAgile: fig(1, 100),
      },
    });
  });

  it('lists the unmatched institutions by name, page by page', async () => {
    const first = await summary(staffA, { academicYear: '2025/26', first: 2 });
    expect(first.unmatchedInstitutions.totalCount).toBe(4);
    expect(first.unmatchedInstitutions.edges.map((e) => e.node.name)).toEqual([
      'Alpha School',
      'Charlie Special',
    ]);
    expect(first.unmatchedInstitutions.pageInfo.hasNextPage).toBe(true);
    const second = await summary(staffA, {
      academicYear: '2025/26',
      first: 2,
      after: first.unmatchedInstitutions.pageInfo.endCursor,
    });
    expect(second.unmatchedInstitutions.edges.map((e) => e.node)).toEqual([
      { name: 'Delta Provision', inHub: true },
      { name: 'Hotel Newcomer', inHub: true },
    ]);
    expect(second.unmatchedInstitutions.pageInfo.hasNextPage).toBe(false);
  });

  it('narrows the unmatched institutions to one local authority and some types', async () => {
    const UNMATCHED = `query ($localAuthority: String, $types: [InstitutionType!]) {
      matchingSummary(academicYear: "2025/26") {
        unmatchedInstitutions(first: 10, localAuthority: $localAuthority, types: $types) {
          totalCount edges { node { name } }
        }
      }
    }`;
    const names = async (variables: Record<string, unknown>) => {
      const { matchingSummary } = await staffA.ok<{
        matchingSummary: Pick<Summary, 'unmatchedInstitutions'>;
      }>(UNMATCHED, variables);
      const list = matchingSummary.unmatchedInstitutions;
      expect(list.totalCount).toBe(list.edges.length);
      return list.edges.map((e) => e.node.name);
    };
    expect(await names({ localAuthority: '343' })).toEqual(['Charlie Special', 'Delta Provision']);
    expect(await names({ localAuthority: '343', types: ['AP'] })).toEqual(['Delta Provision']);
    expect(await names({ types: ['SEND', 'MAINSTREAM'] })).toEqual([
      'Alpha School',
      'Charlie Special',
      'Hotel Newcomer',
    ]);
    expect(await names({ localAuthority: '999' })).toEqual([]);
    expect(await staffA.errorCode(UNMATCHED, { localAuthority: '34' })).toBe('BAD_USER_INPUT');
  });

  it('names the adviser and institution of each match to review', async () => {
    const { matchesToReview } = await staffA.ok<{
      matchesToReview: (Review & { adviser: { id: string }; institution: { id: string } })[];
    }>(`{ matchesToReview(academicYear: "2025/26") {
      adviserId institutionId adviser { id name } institution { id name } } }`);
    expect(matchesToReview.length).toBeGreaterThan(0);
    for (const review of matchesToReview) {
      expect(review.adviser.id).toBe(review.adviserId);
      expect(review.institution.id).toBe(review.institutionId);
    }
  });

  it('lists the active advisers with room for another match, with their free slots', async () => {
    const SPARE = `{ spareAdviserCapacity { adviserId oneToOneFree agileFree adviser { id name status } } }`;
    type Spare = {
      adviserId: string;
      oneToOneFree: number;
      agileFree: number;
      adviser: { id: string; name: string; status: string };
    };
    const { spareAdviserCapacity: spare } = await staffA.ok<{ spareAdviserCapacity: Spare[] }>(
      SPARE,
    );
    const { advisersWithSpareCapacity } = await summary(staffA, {});
    expect(spare).toHaveLength(advisersWithSpareCapacity);
    expect(spare.length).toBeGreaterThan(0);
    for (const row of spare) {
      expect(row.adviser.id).toBe(row.adviserId);
      expect(row.adviser.status).toBe('ACTIVE');
      expect(row.oneToOneFree + row.agileFree).toBeGreaterThan(0);
    }
    const names = spare.map((r) => r.adviser.name);
    expect(names).toEqual([...names].sort());
    const unmatched = await db.query(
      `SELECT a.id FROM advisers a WHERE a.hub_id = $1 AND a.status = 'ACTIVE'
         AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.adviser_id = a.id)`,
      [hubA.id],
    );
    for (const { id } of unmatched) {
      expect(spare.find((r) => r.adviserId === id)).toMatchObject({
        oneToOneFree: 1,
        agileFree: 2,
      });
    }
    const { spareAdviserCapacity: other } = await staffB.ok<{ spareAdviserCapacity: Spare[] }>(
      SPARE,
    );
    expect(other.some((r) => spare.some((s) => s.adviserId === r.adviserId))).toBe(false);
    const viewer = await t.signedIn(Role.VIEWER, hubA.id);
    expect(await viewer.errorCode(SPARE)).toBe('FORBIDDEN');
  });

  it('counts and lists only advisers who may be matched, with 1-2-1 and agile room apart', async () => {
    const hubE = await t.createHub('MSE');
    const staffE = await t.signedIn(Role.HUB_STAFF, hubE.id);
    const school = await institution(hubE.id, 'Echo Academy');
    const agileOnly = await adviser(hubE.id);
    await match(hubE.id, agileOnly, school, 'ONE_TO_ONE', 'ACTIVE', '2025-09-01');
    const free = await adviser(hubE.id, { maxOneToOne: 2, maxAgile: 0 });
    const both = await adviser(hubE.id);
    await adviser(hubE.id, { dbs: '2021-01-01' });
    await adviser(hubE.id, { induction: '2022-01-01' });
    await adviser(hubE.id, { induction: null });
    await adviser(hubE.id, { status: 'PAUSED' });

    const figures = await summary(staffE, {});
    expect(figures).toMatchObject({
      advisersActive: 6,
      advisersMatchable: 3,
      advisersWithSpareOneToOne: 2,
      advisersWithSpareAgile: 2,
      advisersWithSpareCapacity: 3,
    });
    const { spareAdviserCapacity } = await staffE.ok<{
      spareAdviserCapacity: { adviserId: string; oneToOneFree: number; agileFree: number }[];
    }>('{ spareAdviserCapacity { adviserId oneToOneFree agileFree } }');
    expect(spareAdviserCapacity).toEqual([
      { adviserId: agileOnly, oneToOneFree: 0, agileFree: 2 },
      { adviserId: free, oneToOneFree: 2, agileFree: 0 },
      { adviserId: both, oneToOneFree: 1, agileFree: 2 },
    ]);

    // Paged by name with the same filter, and by kind of free slot.
    const PAGE = `query ($kind: MatchType, $first: Int, $after: String) {
      spareAdviserCapacityConnection(kind: $kind, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { adviserId oneToOneFree agileFree } }
      } }`;
    type Page = {
      spareAdviserCapacityConnection: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { adviserId: string; oneToOneFree: number; agileFree: number } }[];
      };
    };
    const first = (await staffE.ok<Page>(PAGE, { first: 2 })).spareAdviserCapacityConnection;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await staffE.ok<Page>(PAGE, { first: 2, after: first.pageInfo.endCursor }))
      .spareAdviserCapacityConnection;
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.edges, ...second.edges].map((e) => e.node)).toEqual(spareAdviserCapacity);
    const oneToOne = (await staffE.ok<Page>(PAGE, { kind: 'ONE_TO_ONE' }))
      .spareAdviserCapacityConnection;
    expect(oneToOne.totalCount).toBe(2);
    expect(oneToOne.edges.map((e) => e.node.adviserId)).toEqual([free, both]);
    const agile = (await staffE.ok<Page>(PAGE, { kind: 'AGILE' })).spareAdviserCapacityConnection;
    expect(agile.edges.map((e) => e.node.adviserId)).toEqual([agileOnly, both]);
    expect(await staffE.errorCode(PAGE, { after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    const viewer = await t.signedIn(Role.VIEWER, hubE.id);
    expect(await viewer.errorCode(PAGE, {})).toBe('FORBIDDEN');
  });

  it('lets viewers and national administrators of the hub read it, and no one else', async () => {
    const viewer = await t.signedIn(Role.VIEWER, hubA.id);
    expect((await summary(viewer, { academicYear: '2025/26' })).matchedAny).toEqual(fig(2, 33.3));
    expect(await viewer.errorCode(REVIEW, { academicYear: '2025/26' })).toBe('FORBIDDEN');

    const national = await t.signedIn(Role.HUB_ADMIN, null);
    expect(
      (await summary(national, { academicYear: '2025/26', hubId: hubA.id })).institutionsInHub,
    ).toBe(6);
    expect(await national.errorCode(SUMMARY, { academicYear: '2025/26' })).toBe('BAD_USER_INPUT');

    const other = await summary(staffB, { academicYear: '2025/26' });
    expect(other).toMatchObject(headline('2025/26', 0, fig(0, null), fig(0, null), fig(0, null)));
    expect(other.advisersActive).toBe(0);
    expect(other.unmatchedInstitutions.totalCount).toBe(0);
    expect(await staffB.errorCode(SUMMARY, { hubId: hubA.id })).toBe('FORBIDDEN');
    expect(
      await staffB.ok<{ matchesToReview: Review[] }>(REVIEW, { academicYear: '2025/26' }),
    ).toEqual({ matchesToReview: [] });
  });

  it('refuses an academic year not written like 2025/26', async () => {
    const res = await staffA.request(SUMMARY, { academicYear: '2025-26' });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors?.[0].extensions)).toContain('academicYear');
    expect(await staffA.errorCode(REVIEW, { academicYear: '2025-26' })).toBe('BAD_USER_INPUT');
  });

  it('rounds percentages half up to one decimal', async () => {
    const hubD = await t.createHub('MSD');
    const staffD = await t.signedIn(Role.HUB_STAFF, hubD.id);
    const ids: string[] = [];
    for (let i = 0; i < 16; i += 1) ids.push(await institution(hubD.id, `School ${i}`));
    await match(hubD.id, await adviser(hubD.id), ids[0], 'AGILE', 'ACTIVE', '2025-09-01');
    // 1 of 16 is 6.25 %: half up gives 6.3 where half-to-even would give 6.2.
    expect((await summary(staffD, { academicYear: '2025/26' })).matchedAgile).toEqual(fig(1, 6.3));
  });

  it('defaults to the current academic year', async () => {
    const year = await summary(staffA, {});
    const today = new Date();
    const first = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
    expect(year.academicYear).toBe(`${first}/${String((first + 1) % 100).padStart(2, '0')}`);
  });

  it('lists the active matches to review at the start of a year, with the reasons', async () => {
    const names: Record<string, string> = {};
    const school = async (name: string) => {
      const id = await institution(hubC.id, name);
      names[id] = name;
      return id;
    };
    const left = await adviser(hubC.id, { status: 'LEFT' });
    const paused = await adviser(hubC.id, { status: 'PAUSED' });
    const erased = await adviser(hubC.id, { status: 'LEFT', erased: true });
    const lapsed = await adviser(hubC.id, { dbs: '2022-08-31' });
    const checkedJustInTime = await adviser(hubC.id, { dbs: '2022-09-01' });
    const neverChecked = await adviser(hubC.id, { dbs: null });

    await match(hubC.id, left, await school('C1 Left'), 'ONE_TO_ONE', 'ACTIVE', '2024-01-01');
    const pausedMatch = await match(
      hubC.id,
      paused,
      await school('C2 Paused'),
      'ONE_TO_ONE',
      'ACTIVE',
      '2024-01-01',
    );
    await match(hubC.id, erased, await school('C3 Erased'), 'AGILE', 'ACTIVE', '2025-09-10');
    await match(hubC.id, lapsed, await school('C4 Lapsed'), 'ONE_TO_ONE', 'ACTIVE', '2025-09-02');
    await match(
      hubC.id,
      checkedJustInTime,
      await school('C5 Fine'),
      'ONE_TO_ONE',
      'ACTIVE',
      '2025-09-02',
    );
    const busyMatch = await match(
      hubC.id,
      checkedJustInTime,
      await school('C6 Busy'),
      'AGILE',
      'ACTIVE',
      '2024-01-01',
    );
    await match(
      hubC.id,
      neverChecked,
      await school('C7 Unchecked'),
      'AGILE',
      'ACTIVE',
      '2025-09-03',
    );
    await match(hubC.id, paused, await school('C8 Proposed'), 'AGILE', 'PROPOSED', '2024-01-01');
    await match(
      hubC.id,
      left,
      await school('C9 Ended'),
      'AGILE',
      'ENDED',
      '2024-01-01',
      null,
      '2025-10-01',
    );
    for (const entityId of [pausedMatch, busyMatch]) {
      await db.query(
        `INSERT INTO audit_log (hub_id, entity_type, entity_id, action, at)
         VALUES ($1, 'match', $2, 'updated', '2025-09-05T12:00:00Z')`,
        [hubC.id, entityId],
      );
    }

    const { matchesToReview } = await staffC.ok<{ matchesToReview: Review[] }>(REVIEW, {
      academicYear: '2025/26',
    });
    const byName = Object.fromEntries(
      matchesToReview.map((r) => [names[r.institutionId], r.reasons]),
    );
    expect(byName).toEqual({
      'C1 Left': ['ADVISER_LEFT', 'NO_ACTIVITY'],
      'C2 Paused': ['ADVISER_PAUSED'],
      'C3 Erased': ['ADVISER_ERASED'],
      'C4 Lapsed': ['DBS_EXPIRED'],
      'C7 Unchecked': ['DBS_MISSING'],
    });
    expect(matchesToReview.find((r) => names[r.institutionId] === 'C1 Left')).toMatchObject({
      adviserId: left,
      startsOn: '2024-01-01',
    });

    const { matchesToReview: hubAReviews } = await staffA.ok<{ matchesToReview: Review[] }>(
      REVIEW,
      { academicYear: '2025/26' },
    );
    expect(hubAReviews.map((r) => r.reasons)).toEqual([
      ['DBS_EXPIRED', 'NO_ACTIVITY'],
      ['ADVISER_PAUSED', 'NO_ACTIVITY'],
      ['ADVISER_PAUSED', 'NO_ACTIVITY'],
    ]);
  });
});
