import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { HubEntity } from '@chn/identity';
import { OpportunitiesService } from '@chn/opportunities';
import { GraphqlClient, TestApp } from '@chn/testing';
import {
  countRows,
  createEmployer,
  CREATE_OPPORTUNITY,
  daysFromToday,
  employerUser,
  moveDates,
  opportunityInput,
  PUBLISH_OPPORTUNITY,
  publishedOpportunity,
  SignedIn,
} from './opportunities.fixtures';

const GET = `query ($id: ID!) {
  opportunity(id: $id) {
    id title status tier kind yearGroups keyStages lengthDays meaningfulCriteria meaningfulCriteriaMet
    totalPlaces placesHeld placesLeft employer { id name }
  }
}`;
const LIST = `query ($filter: OpportunityFilter, $first: Int, $after: String) {
  opportunities(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title status } }
  }
}`;
const UPDATE = `mutation ($id: ID!, $input: UpdateOpportunityInput!) {
  updateOpportunity(id: $id, input: $input) { id title totalPlaces status }
}`;
const CLOSE = `mutation ($id: ID!) { closeOpportunity(id: $id) { status } }`;
const CANCEL = `mutation ($id: ID!) { cancelOpportunity(id: $id) { status } }`;

interface ListPage {
  opportunities: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; title: string; status: string } }[];
  };
}

describe('opportunities (e2e)', () => {
  let t: TestApp;
  let hub: HubEntity;
  let staff: SignedIn;
  let otherHubId: string;
  let employerId: string;
  let rivalId: string;
  let employer: SignedIn;
  let rival: SignedIn;

  const titles = async (client: GraphqlClient, filter: Record<string, unknown> = {}) => {
    const page = await client.ok<ListPage>(LIST, { filter, first: 100 });
    return page.opportunities.edges.map((e) => e.node.title).sort();
  };

  beforeAll(async () => {
    t = await TestApp.start();
    hub = await t.createHub('OPPS');
    staff = await t.signedIn(Role.HUB_STAFF, hub.id);
    otherHubId = (await t.createHub('ELSEWHERE')).id;
    employerId = await createEmployer(t, hub.id, 'Mersey Games Ltd');
    rivalId = await createEmployer(t, hub.id, 'Wirral Hotels Ltd');
    employer = await employerUser(t, hub.id, employerId);
    rival = await employerUser(t, hub.id, rivalId);
  });
  afterAll(() => t.stop());

  describe('creating', () => {
    it('lets an employer create a draft for its own organisation, audited', async () => {
      const { createOpportunity } = await employer.ok<{
        createOpportunity: { id: string; status: string; employerId: string };
      }>(CREATE_OPPORTUNITY, { input: opportunityInput({ title: 'Own draft' }) });
      expect(createOpportunity).toMatchObject({ status: 'DRAFT', employerId });
      expect(
        await countRows(
          t,
          `SELECT 1 FROM audit_log WHERE entity_type = 'opportunity' AND entity_id = $1 AND action = 'created'`,
          [createOpportunity.id],
        ),
      ).toBe(1);
      const { opportunity } = await employer.ok<{
        opportunity: {
          keyStages: string[];
          meaningfulCriteriaMet: number;
          placesLeft: number;
          employer: { name: string };
        };
      }>(GET, { id: createOpportunity.id });
      expect(opportunity).toMatchObject({
        keyStages: ['KS3', 'KS4'],
        meaningfulCriteriaMet: 3,
        placesLeft: 10,
        employer: { name: 'Mersey Games Ltd' },
      });
    });

    it('refuses an employer creating for another organisation', async () => {
      const res = await employer.request(CREATE_OPPORTUNITY, {
        input: opportunityInput({ employerId: rivalId }),
      });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('makes hub staff name the employer', async () => {
      const res = await staff.request(CREATE_OPPORTUNITY, { input: opportunityInput() });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'employerId', messages: expect.any(Array) }],
      });
      const ok = await staff.ok<{ createOpportunity: { employerId: string } }>(CREATE_OPPORTUNITY, {
        input: opportunityInput({ employerId: rivalId, title: 'Staff made' }),
      });
      expect(ok.createOpportunity.employerId).toBe(rivalId);
    });

    it.each([
      ['tier T4', { tier: 'T4' }, null],
      [
        'ends before it starts',
        { startsOn: daysFromToday(10), endsOn: daysFromToday(9) },
        'endsOn',
      ],
      ['a length of 1.3 days', { lengthDays: 1.3 }, 'lengthDays'],
      ['a length of 0 days', { lengthDays: 0 }, 'lengthDays'],
      ['a length longer than its dates', { lengthDays: 1.5 }, 'lengthDays'],
      [
        'a start in the past',
        { startsOn: daysFromToday(-1), endsOn: daysFromToday(-1) },
        'startsOn',
      ],
      ['a start in year 9999', { startsOn: '9999-12-31', endsOn: '9999-12-31' }, 'startsOn'],
      ['an end more than three academic years ahead', { endsOn: daysFromToday(4 * 366) }, 'endsOn'],
      ['a whitespace-only title', { title: '   ' }, 'title'],
      ['a whitespace-only description', { description: ' \n\t ' }, 'description'],
      ['a whitespace-only sector', { sector: '  ' }, 'sector'],
      ['year group 14', { yearGroups: [10, 14] }, 'yearGroups'],
      ['no year groups', { yearGroups: [] }, 'yearGroups'],
      ['no places', { totalPlaces: 0 }, 'totalPlaces'],
      [
        'a criterion twice',
        { meaningfulCriteria: ['REFLECTION', 'REFLECTION'] },
        'meaningfulCriteria',
      ],
    ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_, change, field) => {
      const before = await countRows(t, 'SELECT 1 FROM opportunities');
      const res = await employer.request(CREATE_OPPORTUNITY, {
        input: opportunityInput(change),
      });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      if (field) {
        expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toContain(field);
      }
      expect(await countRows(t, 'SELECT 1 FROM opportunities')).toBe(before);
    });

    it('holds the half-day and date rules in the database too', async () => {
      jest.spyOn(t.get(DataSource).logger, 'logQueryError').mockImplementation(() => undefined);
      const insert = (lengthDays: number, startsOn: string, endsOn: string) =>
        t.get(DataSource).query(
          `INSERT INTO opportunities (hub_id, employer_id, kind, title, description, tier, sector,
             year_groups, delivery_mode, starts_on, ends_on, length_days, total_places, meaningful_criteria)
           VALUES ($1, $2, 'CAREERS_TALK', 'x', 'x', 'T1', 'x', '{9}', 'VIRTUAL', $3, $4, $5, 5, '{}')`,
          [hub.id, employerId, startsOn, endsOn, lengthDays],
        );
      await expect(insert(1.3, '2030-01-01', '2030-01-01')).rejects.toThrow(
        /ck_opportunities_length_days/,
      );
      await expect(insert(1, '2030-01-02', '2030-01-01')).rejects.toThrow(/ck_opportunities_dates/);
      await expect(insert(2.5, '2030-01-01', '2030-01-02')).rejects.toThrow(
        /ck_opportunities_length_within_dates/,
      );
    });
  });

  describe('lifecycle', () => {
    let id: string;

    beforeAll(async () => {
      const { createOpportunity } = await employer.ok<{ createOpportunity: { id: string } }>(
        CREATE_OPPORTUNITY,
        { input: opportunityInput({ title: 'Lifecycle' }) },
      );
      id = createOpportunity.id;
    });

    it('publishes a draft once, recording opportunity.published', async () => {
      const { publishOpportunity } = await employer.ok<{ publishOpportunity: { status: string } }>(
        PUBLISH_OPPORTUNITY,
        { id },
      );
      expect(publishOpportunity.status).toBe('PUBLISHED');
      expect(await employer.errorCode(PUBLISH_OPPORTUNITY, { id })).toBe('CONFLICT');
      expect(
        await countRows(
          t,
          `SELECT 1 FROM domain_events WHERE type = 'opportunity.published' AND aggregate_id = $1`,
          [id],
        ),
      ).toBe(1);
    });

    it('updates a published opportunity, auditing what changed', async () => {
      const { updateOpportunity } = await employer.ok<{ updateOpportunity: { title: string } }>(
        UPDATE,
        { id, input: { title: 'Lifecycle, renamed', totalPlaces: 12 } },
      );
      expect(updateOpportunity.title).toBe('Lifecycle, renamed');
      const [entry] = await t
        .get(DataSource)
        .query(`SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'updated'`, [id]);
      expect(entry.changes).toEqual({
        title: { from: 'Lifecycle', to: 'Lifecycle, renamed' },
        totalPlaces: { from: 10, to: 12 },
      });
      const bad = await employer.request(UPDATE, {
        id,
        input: { endsOn: daysFromToday(1) },
      });
      expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const cleared = await employer.request(UPDATE, { id, input: { title: null } });
      expect(cleared.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('closes, then cancels, and changes nothing after', async () => {
      expect(
        (await employer.ok<{ closeOpportunity: { status: string } }>(CLOSE, { id }))
          .closeOpportunity.status,
      ).toBe('CLOSED');
      expect(await employer.errorCode(UPDATE, { id, input: { title: 'Again' } })).toBe('CONFLICT');
      expect(
        (await employer.ok<{ cancelOpportunity: { status: string } }>(CANCEL, { id }))
          .cancelOpportunity.status,
      ).toBe('CANCELLED');
      expect(await employer.errorCode(CANCEL, { id })).toBe('CONFLICT');
      expect(await employer.errorCode(PUBLISH_OPPORTUNITY, { id })).toBe('CONFLICT');
    });
  });

  describe('who sees and changes what', () => {
    let ownDraft: string;
    let ownPublished: string;
    let rivalDraft: string;
    let rivalPublished: string;
    let rivalClosed: string;

    beforeAll(async () => {
      const create = async (client: GraphqlClient, title: string) =>
        (
          await client.ok<{ createOpportunity: { id: string } }>(CREATE_OPPORTUNITY, {
            input: opportunityInput({ title, sector: 'Visibility' }),
          })
        ).createOpportunity.id;
      ownDraft = await create(employer, 'V own draft');
      ownPublished = await publishedOpportunity(
        employer,
        opportunityInput({ title: 'V own published', sector: 'Visibility' }),
      );
      rivalDraft = await create(rival, 'V rival draft');
      rivalPublished = await publishedOpportunity(
        rival,
        opportunityInput({ title: 'V rival published', sector: 'Visibility' }),
      );
      rivalClosed = await publishedOpportunity(
        rival,
        opportunityInput({ title: 'V rival closed', sector: 'Visibility' }),
      );
      await rival.ok(CLOSE, { id: rivalClosed });
    });

    it('shows each role what it should see', async () => {
      const filter = { sector: 'visibility' };
      const all = [
        'V own draft',
        'V own published',
        'V rival closed',
        'V rival draft',
        'V rival published',
      ];
      expect(await titles(staff, filter)).toEqual(all);
      expect(await titles(await t.signedIn(Role.VIEWER, hub.id), filter)).toEqual(all);
      expect(await titles(employer, filter)).toEqual([
        'V own draft',
        'V own published',
        'V rival published',
      ]);
      const leader = await t.signedIn(Role.CAREERS_LEADER, hub.id);
      expect(await titles(leader, filter)).toEqual([
        'V own published',
        'V rival closed',
        'V rival published',
      ]);
      expect(await titles(await t.signedIn(Role.ADVISER, hub.id), filter)).toEqual(
        await titles(leader, filter),
      );
      expect(await leader.errorCode(GET, { id: ownDraft })).toBe('NOT_FOUND');
      expect(await employer.errorCode(GET, { id: rivalDraft })).toBe('NOT_FOUND');
    });

    it('refuses an employer changing another employer’s opportunity', async () => {
      expect(
        await employer.errorCode(UPDATE, { id: rivalPublished, input: { title: 'Mine' } }),
      ).toBe('FORBIDDEN');
      expect(await employer.errorCode(CLOSE, { id: rivalPublished })).toBe('FORBIDDEN');
      expect(await employer.errorCode(CANCEL, { id: rivalPublished })).toBe('FORBIDDEN');
      expect(await employer.errorCode(PUBLISH_OPPORTUNITY, { id: rivalDraft })).toBe('NOT_FOUND');
      const leader = await t.signedIn(Role.CAREERS_LEADER, hub.id);
      expect(await leader.errorCode(PUBLISH_OPPORTUNITY, { id: ownDraft })).toBe('FORBIDDEN');
      const { opportunity } = await staff.ok<{ opportunity: { title: string; status: string } }>(
        GET,
        { id: rivalPublished },
      );
      expect(opportunity).toMatchObject({ title: 'V rival published', status: 'PUBLISHED' });
      expect(ownPublished).toBeDefined();
    });

    it('keeps opportunities inside their hub', async () => {
      const otherHub = await t.createHub('OTHER');
      const outsider = await t.signedIn(Role.HUB_ADMIN, otherHub.id);
      expect(await titles(outsider)).toEqual([]);
      expect(await outsider.errorCode(GET, { id: ownPublished })).toBe('NOT_FOUND');
      expect(
        await outsider.errorCode(UPDATE, { id: ownPublished, input: { title: 'Taken' } }),
      ).toBe('NOT_FOUND');
      expect(
        await outsider.errorCode(CREATE_OPPORTUNITY, {
          input: opportunityInput({ employerId }),
        }),
      ).toBe('NOT_FOUND');
      expect(await outsider.errorCode(LIST, { filter: { hubId: hub.id } })).toBe('FORBIDDEN');
      const national = await t.signedIn(Role.HUB_ADMIN, null);
      expect(await titles(national, { hubId: hub.id, sector: 'visibility' })).toHaveLength(5);
    });
  });

  describe('filters', () => {
    beforeAll(async () => {
      const base = { employerId, sector: 'Filters' };
      const make = (overrides: Record<string, unknown>) =>
        publishedOpportunity(staff, opportunityInput({ ...base, ...overrides }));
      await make({
        title: 'F talk ks3',
        kind: 'CAREERS_TALK',
        tier: 'T1',
        yearGroups: [7, 8],
        startsOn: daysFromToday(200),
        endsOn: daysFromToday(200),
        meaningfulCriteria: [],
      });
      await make({
        title: 'F placement ks4',
        kind: 'WORK_EXPERIENCE_PLACEMENT',
        tier: 'T3',
        yearGroups: [10, 11],
        startsOn: daysFromToday(250),
        endsOn: daysFromToday(254),
        lengthDays: 5,
        totalPlaces: 1,
        meaningfulCriteria: [
          'CLEAR_PURPOSE',
          'LEARNING_OUTCOMES',
          'TWO_WAY_INTERACTION',
          'MEETS_RANGE_OF_PEOPLE',
          'PERFORMS_TASK',
          'EMPLOYER_FEEDBACK',
        ],
      });
      await make({
        title: 'F project ks5',
        kind: 'PROJECT',
        tier: 'T2',
        yearGroups: [12],
        startsOn: daysFromToday(300),
        endsOn: daysFromToday(300),
        lengthDays: 0.5,
        employerId: rivalId,
      });
    });

    it.each([
      ['tiers', { tiers: ['T1', 'T3'] }, ['F placement ks4', 'F talk ks3']],
      ['kinds', { kinds: ['PROJECT'] }, ['F project ks5']],
      ['key stage KS3', { keyStage: 'KS3' }, ['F talk ks3']],
      ['key stage KS5', { keyStage: 'KS5' }, ['F project ks5']],
      ['year group 11', { yearGroup: 11 }, ['F placement ks4']],
      [
        'start dates',
        { startsFrom: daysFromToday(220), startsTo: daysFromToday(280) },
        ['F placement ks4'],
      ],
      ['employer', { employerId: 'RIVAL' }, ['F project ks5']],
      ['6 of 7 criteria', { minMeaningfulCriteria: 6 }, ['F placement ks4']],
      ['status', { statuses: ['DRAFT'] }, []],
    ])('by %s', async (_, filter, expected) => {
      const resolved =
        (filter as { employerId?: string }).employerId === 'RIVAL'
          ? { ...filter, employerId: rivalId }
          : filter;
      expect(await titles(staff, { sector: 'Filters', ...resolved })).toEqual(expected);
    });

    it('by places left, exactly from the bookings', async () => {
      const { opportunities } = await staff.ok<ListPage>(LIST, {
        filter: { sector: 'Filters', kinds: ['WORK_EXPERIENCE_PLACEMENT'] },
      });
      const placement = opportunities.edges[0].node.id;
      const [school] = await t
        .get(DataSource)
        .query(
          `INSERT INTO institutions (hub_id, urn, name, type) VALUES ($1, '555001', 'Filter School', 'MAINSTREAM') RETURNING id`,
          [hub.id],
        );
      await staff.ok(
        `mutation ($input: RequestPlacesInput!) { requestPlaces(input: $input) { id } }`,
        {
          input: {
            opportunityId: placement,
            institutionId: school.id,
            places: 1,
            fsmPlaces: 0,
            yearGroup: 10,
          },
        },
      );
      expect(await titles(staff, { sector: 'Filters', hasPlacesLeft: false })).toEqual([
        'F placement ks4',
      ]);
      expect(await titles(staff, { sector: 'Filters', hasPlacesLeft: true })).toEqual([
        'F project ks5',
        'F talk ks3',
      ]);
    });

    it('by sector group, through the group’s members', async () => {
      const db = t.get(DataSource);
      const [group] = await db.query(
        `INSERT INTO sector_groups (hub_id, name) VALUES ($1, 'Gaming') RETURNING id`,
        [hub.id],
      );
      await db.query(
        'INSERT INTO sector_group_members (sector_group_id, employer_id) VALUES ($1, $2)',
        [group.id, rivalId],
      );
      expect(await titles(staff, { sector: 'Filters', sectorGroupId: group.id })).toEqual([
        'F project ks5',
      ]);
    });

    it('lists a sector group’s open opportunities: published, not ended, of its members', async () => {
      const db = t.get(DataSource);
      const [group] = await db.query(
        `INSERT INTO sector_groups (hub_id, name) VALUES ($1, 'Open now') RETURNING id`,
        [hub.id],
      );
      const member = await createEmployer(t, hub.id, 'Group Member Ltd');
      await db.query(
        'INSERT INTO sector_group_members (sector_group_id, employer_id) VALUES ($1, $2)',
        [group.id, member],
      );
      const make = (title: string, overrides: Record<string, unknown> = {}) =>
        opportunityInput({ employerId: member, sector: 'Open now', title, ...overrides });
      await publishedOpportunity(staff, make('G open'));
      const ended = await publishedOpportunity(staff, make('G ended'));
      await moveDates(t, ended, daysFromToday(-5), daysFromToday(-1));
      await staff.ok(CREATE_OPPORTUNITY, { input: make('G draft') });
      const closed = await publishedOpportunity(staff, make('G closed'));
      await staff.ok(CLOSE, { id: closed });

      const service = t.get(OpportunitiesService);
      const actor = { userId: staff.userId, role: Role.HUB_STAFF, hubId: hub.id };
      const open = await service.openBySectorGroup(actor, [group.id]);
      expect(open.get(group.id)?.map((o) => o.title)).toEqual(['G open']);
      const outsider = { userId: staff.userId, role: Role.HUB_STAFF, hubId: otherHubId };
      expect((await service.openBySectorGroup(outsider, [group.id])).get(group.id)).toBeUndefined();
    });

    it('refuses a bad filter', async () => {
      expect(await staff.errorCode(LIST, { filter: { yearGroup: 6 } })).toBe('BAD_USER_INPUT');
      expect(await staff.errorCode(LIST, { filter: { minMeaningfulCriteria: 8 } })).toBe(
        'BAD_USER_INPUT',
      );
    });
  });
});
