import { DataSource } from 'typeorm';
import { AdvisersService } from '@chn/advisers';
import { Role } from '@chn/core';
import { HubEntity, UsersService } from '@chn/identity';
import { GraphqlClient, TEST_PASSWORD, TestApp } from '@chn/testing';

const FIELDS = `id hubId name email phone jobTitle sectors skills localAuthorityCodes maxOneToOne
  maxAgile availabilityNote status inductionCompletedOn dbsCheckedOn sendApExperience hasAccount
  lastLoginAt erasedAt employerId employer { id name }`;
const REGISTER = `mutation ($input: RegisterAdviserInput!) { registerAdviser(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateAdviserInput!) { updateAdviser(id: $id, input: $input) { ${FIELDS} } }`;
const APPROVE = `mutation ($id: ID!) { approveAdviser(id: $id) { id status } }`;
const ONE = `query ($id: ID!) { adviser(id: $id) { ${FIELDS} } }`;
const LIST = `query ($filter: AdviserFilter, $first: Int, $after: String) {
  advisers(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name email status } }
  }
}`;

interface AdviserView {
  id: string;
  hubId: string;
  name: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  sectors: string[];
  skills: string[];
  localAuthorityCodes: string[];
  maxOneToOne: number;
  maxAgile: number;
  status: string;
  inductionCompletedOn: string | null;
  dbsCheckedOn: string | null;
  sendApExperience: boolean;
  hasAccount: boolean;
  lastLoginAt: string | null;
  employerId: string | null;
  employer: { id: string; name: string } | null;
}
interface Page {
  advisers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; name: string; email: string | null; status: string } }[];
  };
}

const tomorrow = () => new Date(Date.now() + 36 * 3600 * 1000).toISOString().slice(0, 10);

describe('advisers (e2e)', () => {
  let t: TestApp;
  let db: DataSource;
  let hubA: HubEntity;
  let hubB: HubEntity;
  let staffA: GraphqlClient;
  let staffB: GraphqlClient;
  let national: GraphqlClient;
  let mersey: string;
  let wirral: string;
  let employerOfHubB: string;

  const register = async (client: GraphqlClient, input: Record<string, unknown>) =>
    (await client.ok<{ registerAdviser: AdviserView }>(REGISTER, { input })).registerAdviser;
  const list = async (client: GraphqlClient, filter: Record<string, unknown> = {}, first = 100) =>
    (await client.ok<Page>(LIST, { filter, first })).advisers;
  const row = async (id: string) =>
    (await db.query('SELECT * FROM advisers WHERE id = $1', [id]))[0] as Record<string, unknown>;
  const insertEmployer = async (hubId: string, name: string) =>
    (
      await db.query(
        'INSERT INTO employers (hub_id, name, sector, size_band) VALUES ($1, $2, $3, $4) RETURNING id',
        [hubId, name, 'Digital & Gaming', 'LARGE'],
      )
    )[0].id as string;

  beforeAll(async () => {
    t = await TestApp.start();
    db = t.get(DataSource);
    hubA = await t.createHub('ADVA');
    hubB = await t.createHub('ADVB');
    staffA = await t.signedIn(Role.HUB_STAFF, hubA.id);
    staffB = await t.signedIn(Role.HUB_STAFF, hubB.id);
    national = await t.signedIn(Role.HUB_ADMIN, null);
    mersey = await insertEmployer(hubA.id, 'Mersey Games Ltd');
    wirral = await insertEmployer(hubA.id, 'Wirral Hotels plc');
    employerOfHubB = await insertEmployer(hubB.id, 'Other Hub Employer');
  });
  afterAll(() => t.stop());

  describe('registration by hub staff', () => {
    it('registers an ACTIVE adviser by default, cleaned and lower-cased, and audits it', async () => {
      const adviser = await register(staffA, {
        name: '  Priya   Shah ',
        email: 'Priya.Shah@MerseyGames.example',
        phone: '+44 7700 900123',
        jobTitle: 'Studio Director',
        employerId: mersey,
        sectors: ['Digital & Gaming', ' digital & gaming', 'Creative'],
        skills: ['Strategic planning'],
        localAuthorityCodes: ['341', '343'],
        inductionCompletedOn: '2025-09-15',
        sendApExperience: true,
      });
      expect(adviser).toMatchObject({
        hubId: hubA.id,
        name: 'Priya Shah',
        email: 'priya.shah@merseygames.example',
        status: 'ACTIVE',
        sectors: ['Digital & Gaming', 'Creative'],
        localAuthorityCodes: ['341', '343'],
        maxOneToOne: 1,
        maxAgile: 2,
        inductionCompletedOn: '2025-09-15',
        sendApExperience: true,
        hasAccount: false,
        lastLoginAt: null,
        employer: { id: mersey, name: 'Mersey Games Ltd' },
      });
      const audit = await db.query(
        `SELECT action, changes FROM audit_log WHERE entity_type = 'adviser' AND entity_id = $1`,
        [adviser.id],
      );
      expect(audit).toEqual([
        {
          action: 'created',
          changes: expect.objectContaining({
            status: { from: null, to: 'ACTIVE' },
            employerId: { from: null, to: mersey },
          }),
        },
      ]);
    });

    it('registers a PENDING adviser when asked, but refuses any other starting status', async () => {
      const pending = await register(staffA, {
        name: 'Tom Pending',
        email: 'tom@example.test',
        status: 'PENDING',
      });
      expect(pending.status).toBe('PENDING');
      const res = await staffA.request(REGISTER, {
        input: { name: 'Lou Left', email: 'lou@example.test', status: 'LEFT' },
      });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'status' }],
      });
      expect((await list(staffA, { search: 'lou@example.test' })).totalCount).toBe(0);
    });

    it('refuses an email already used in the hub, but not one used in another hub', async () => {
      await register(staffA, { name: 'Sam One', email: 'sam@shared.example' });
      expect(
        await staffA.errorCode(REGISTER, {
          input: { name: 'Sam Two', email: 'SAM@shared.example' },
        }),
      ).toBe('CONFLICT');
      const inB = await register(staffB, { name: 'Sam Elsewhere', email: 'sam@shared.example' });
      expect(inB.hubId).toBe(hubB.id);
    });

    it('makes staff name the email, and a national administrator name the hub', async () => {
      const res = await staffA.request(REGISTER, { input: { name: 'No Email' } });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['email']);
      expect(
        await national.errorCode(REGISTER, { input: { name: 'Nowhere', email: 'n@example.test' } }),
      ).toBe('BAD_USER_INPUT');
      const placed = await register(national, {
        name: 'Placed By National',
        email: 'placed@example.test',
        hubId: hubB.id,
      });
      expect(placed.hubId).toBe(hubB.id);
    });
  });

  describe('self-registration', () => {
    let adviserUser: GraphqlClient & { userId: string };
    let adviserId: string;

    beforeAll(async () => {
      adviserUser = await t.signedIn(Role.ADVISER, hubA.id, 'ada.volunteer@example.test');
    });

    it('registers a signed-in ADVISER user as PENDING with their sign-in email, and tells the hub', async () => {
      const before = await list(adviserUser);
      expect(before.totalCount).toBe(0);
      const adviser = await register(adviserUser, {
        name: 'Ada Volunteer',
        email: 'someone.else@example.test',
        status: 'ACTIVE',
        sectors: ['Health & Care'],
        localAuthorityCodes: ['340'],
      });
      adviserId = adviser.id;
      expect(adviser).toMatchObject({
        status: 'PENDING',
        email: 'ada.volunteer@example.test',
        hubId: hubA.id,
        hasAccount: true,
        sectors: ['Health & Care'],
      });
      const events = await db.query(
        `SELECT type, hub_id FROM domain_events WHERE aggregate_id = $1 ORDER BY occurred_at`,
        [adviserId],
      );
      expect(events).toEqual([{ type: 'adviser.registered', hub_id: hubA.id }]);
    });

    it('does not let an adviser register twice, or set what only staff set', async () => {
      expect(await adviserUser.errorCode(REGISTER, { input: { name: 'Ada Again' } })).toBe(
        'CONFLICT',
      );
      const other = await t.signedIn(Role.ADVISER, hubA.id);
      expect(await other.errorCode(REGISTER, { input: { name: 'Greedy', maxAgile: 5 } })).toBe(
        'FORBIDDEN',
      );
      expect(
        await other.errorCode(REGISTER, { input: { name: 'Linked', employerId: mersey } }),
      ).toBe('FORBIDDEN');
      expect((await list(other)).totalCount).toBe(0);
    });

    it('waits as PENDING until hub staff approve, once', async () => {
      const pending = await list(staffA, { status: 'PENDING' });
      expect(pending.edges.map((e) => e.node.id)).toContain(adviserId);
      expect(await staffA.errorCode(UPDATE, { id: adviserId, input: { status: 'ACTIVE' } })).toBe(
        'CONFLICT',
      );
      expect(await adviserUser.errorCode(APPROVE, { id: adviserId })).toBe('FORBIDDEN');
      const { approveAdviser } = await staffA.ok<{ approveAdviser: { status: string } }>(APPROVE, {
        id: adviserId,
      });
      expect(approveAdviser.status).toBe('ACTIVE');
      expect(await staffA.errorCode(APPROVE, { id: adviserId })).toBe('CONFLICT');
      const events = await db.query(
        `SELECT type, payload FROM domain_events WHERE aggregate_id = $1 ORDER BY occurred_at`,
        [adviserId],
      );
      expect(events.map((e: { type: string }) => e.type)).toEqual([
        'adviser.registered',
        'adviser.approved',
      ]);
      expect(events[1].payload).toEqual({ adviserId, userId: adviserUser.userId });
      const actions = await db.query(
        `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY at`,
        [adviserId],
      );
      expect(actions.map((a: { action: string }) => a.action)).toEqual(['created', 'approved']);
    });

    it('shows when the adviser last signed in', async () => {
      const { adviser } = await staffA.ok<{ adviser: AdviserView }>(ONE, { id: adviserId });
      expect(adviser.lastLoginAt).not.toBeNull();
      expect(Date.now() - new Date(adviser.lastLoginAt!).getTime()).toBeLessThan(10 * 60 * 1000);
    });
  });

  describe('what an adviser may see and change', () => {
    let ada: GraphqlClient & { userId: string };
    let adaId: string;
    let otherId: string;

    beforeAll(async () => {
      ada = await t.signedIn(Role.ADVISER, hubA.id);
      adaId = (await register(ada, { name: 'Ada Own', phone: '0151 496 0000' })).id;
      otherId = (await register(staffA, { name: 'Someone Else', email: 'else@example.test' })).id;
    });

    it('sees only their own record', async () => {
      const page = await list(ada);
      expect(page.edges.map((e) => e.node.id)).toEqual([adaId]);
      expect((await ada.ok<{ adviser: AdviserView }>(ONE, { id: adaId })).adviser.name).toBe(
        'Ada Own',
      );
      expect(await ada.errorCode(ONE, { id: otherId })).toBe('NOT_FOUND');
    });

    it('changes their contact details, availability and reach', async () => {
      const { updateAdviser } = await ada.ok<{ updateAdviser: AdviserView }>(UPDATE, {
        id: adaId,
        input: {
          phone: '07700 900456',
          availabilityNote: 'Tuesday afternoons',
          sectors: ['Finance'],
          skills: ['Mentoring'],
          localAuthorityCodes: ['341'],
        },
      });
      expect(updateAdviser).toMatchObject({
        phone: '07700 900456',
        sectors: ['Finance'],
        localAuthorityCodes: ['341'],
      });
      const [audit] = await db.query(
        `SELECT changes FROM audit_log WHERE entity_id = $1 AND action = 'updated'`,
        [adaId],
      );
      expect(audit.changes.phone).toEqual({ from: '0151 496 0000', to: '07700 900456' });
      expect(Object.keys(audit.changes).sort()).toEqual(
        ['availabilityNote', 'localAuthorityCodes', 'phone', 'sectors', 'skills'].sort(),
      );
    });

    it('cannot change their status, capacities, checks or employer, nor anyone else', async () => {
      for (const input of [
        { status: 'PAUSED' },
        { maxOneToOne: 3 },
        { maxAgile: 0 },
        { dbsCheckedOn: '2025-01-10' },
        { inductionCompletedOn: '2025-01-10' },
        { employerId: mersey },
        { phone: '07700 900999', sendApExperience: true },
      ]) {
        expect(await ada.errorCode(UPDATE, { id: adaId, input })).toBe('FORBIDDEN');
      }
      expect(await ada.errorCode(UPDATE, { id: otherId, input: { phone: '07700 900999' } })).toBe(
        'NOT_FOUND',
      );
      const stored = await row(adaId);
      expect(stored).toMatchObject({
        status: 'PENDING',
        max_one_to_one: 1,
        max_agile: 2,
        phone: '07700 900456',
        dbs_checked_on: null,
      });
    });
  });

  describe('hub staff updates', () => {
    let id: string;

    beforeAll(async () => {
      id = (await register(staffA, { name: 'Update Me', email: 'update.me@example.test' })).id;
    });

    it('changes every field, including status, checks and capacities', async () => {
      const { updateAdviser } = await staffA.ok<{ updateAdviser: AdviserView }>(UPDATE, {
        id,
        input: {
          status: 'PAUSED',
          maxOneToOne: 0,
          maxAgile: 4,
          dbsCheckedOn: '2025-03-01',
          inductionCompletedOn: '2025-02-01',
          employerId: wirral,
          jobTitle: 'Head of HR',
          email: 'Updated.Me@example.test',
        },
      });
      expect(updateAdviser).toMatchObject({
        status: 'PAUSED',
        maxOneToOne: 0,
        maxAgile: 4,
        dbsCheckedOn: '2025-03-01',
        employer: { name: 'Wirral Hotels plc' },
        email: 'updated.me@example.test',
      });
      const cleared = await staffA.ok<{ updateAdviser: AdviserView }>(UPDATE, {
        id,
        input: { employerId: null, jobTitle: null, status: 'ACTIVE' },
      });
      expect(cleared.updateAdviser).toMatchObject({
        employer: null,
        jobTitle: null,
        status: 'ACTIVE',
      });
    });

    it('refuses a status change the lifecycle does not allow', async () => {
      expect(await staffA.errorCode(UPDATE, { id, input: { status: 'PENDING' } })).toBe('CONFLICT');
      expect((await row(id)).status).toBe('ACTIVE');
    });

    it('refuses a capacity below the matches the adviser holds, as places below those held', async () => {
      const busy = await register(staffA, {
        name: 'Busy Adviser',
        email: 'busy.adviser@example.test',
        maxOneToOne: 3,
        maxAgile: 2,
      });
      const hold = async (type: string, status: string, n: number) => {
        const [school] = await db.query<{ id: string }[]>(
          `INSERT INTO institutions (hub_id, urn, name, type) VALUES ($1, $2, $3, 'MAINSTREAM')
           RETURNING id`,
          [hubA.id, `77000${n}`, `Held School ${n}`],
        );
        await db.query(
          `INSERT INTO matches (hub_id, adviser_id, institution_id, type, status, starts_on, ended_on)
           VALUES ($1, $2, $3, $4, $5, '2025-09-01', $6)`,
          [hubA.id, busy.id, school.id, type, status, status === 'ENDED' ? '2025-12-01' : null],
        );
      };
      await hold('ONE_TO_ONE', 'ACTIVE', 1);
      await hold('ONE_TO_ONE', 'PROPOSED', 2);
      await hold('ONE_TO_ONE', 'PROPOSED', 3);
      await hold('ONE_TO_ONE', 'ENDED', 4);
      await hold('ONE_TO_ONE', 'DECLINED', 5);
      await hold('AGILE', 'PROPOSED', 6);
      const audits = async () =>
        (
          await db.query('SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1', [busy.id])
        )[0].n as number;
      const before = await audits();

      for (const input of [
        { maxOneToOne: 1 },
        { maxOneToOne: 2, name: 'Renamed' },
        { maxAgile: 0 },
      ]) {
        const res = await staffA.request(UPDATE, { id: busy.id, input });
        expect(res.errors?.[0]?.extensions).toMatchObject({
          code: 'CONFLICT',
          reason: 'CAPACITY_BELOW_OPEN_MATCHES',
        });
      }
      expect(await row(busy.id)).toMatchObject({
        max_one_to_one: 3,
        max_agile: 2,
        name: 'Busy Adviser',
      });
      expect(await audits()).toBe(before);

      const { updateAdviser } = await staffA.ok<{ updateAdviser: AdviserView }>(UPDATE, {
        id: busy.id,
        input: { maxOneToOne: 3, maxAgile: 1 },
      });
      expect(updateAdviser).toMatchObject({ maxOneToOne: 3, maxAgile: 1 });
    });

    it('links an ADVISER sign-in, whose last sign-in then shows', async () => {
      const user = await t.get(UsersService).insert({
        email: 'linked.adviser@example.test',
        name: 'Linked Adviser',
        role: Role.ADVISER,
        password: TEST_PASSWORD,
        hubId: hubA.id,
      });
      const linked = await staffA.ok<{ updateAdviser: AdviserView }>(UPDATE, {
        id,
        input: { userId: user.id },
      });
      expect(linked.updateAdviser).toMatchObject({ hasAccount: true, lastLoginAt: null });
      const asAdviser = await t.client.login('linked.adviser@example.test', TEST_PASSWORD);
      const own = await asAdviser.ok<{ adviser: AdviserView }>(ONE, { id });
      expect(own.adviser.lastLoginAt).not.toBeNull();
      const staffView = await staffA.ok<{ adviser: AdviserView }>(ONE, { id });
      expect(staffView.adviser.lastLoginAt).toBe(own.adviser.lastLoginAt);

      const staffUser = await t.signedIn(Role.HUB_STAFF, hubA.id);
      const res = await staffA.request(UPDATE, { id, input: { userId: staffUser.userId } });
      expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['userId']);
    });
  });

  describe('validation', () => {
    let id: string;

    beforeAll(async () => {
      id = (await register(staffA, { name: 'Valid Val', email: 'val@example.test' })).id;
    });

    const badInputs: [string, Record<string, unknown>, string[]][] = [
      ['an email', { email: 'not-an-email' }, ['email']],
      ['a phone number', { phone: 'call me maybe' }, ['phone']],
      ['a local authority code', { localAuthorityCodes: ['341', '34'] }, ['localAuthorityCodes']],
      ['a capacity over 10', { maxOneToOne: 11 }, ['maxOneToOne']],
      ['a negative capacity', { maxAgile: -1 }, ['maxAgile']],
      [
        'an induction in the future',
        { inductionCompletedOn: tomorrow() },
        ['inductionCompletedOn'],
      ],
      ['a DBS check in the future', { dbsCheckedOn: tomorrow() }, ['dbsCheckedOn']],
      ['a date that is no date', { dbsCheckedOn: '2025-02-30' }, ['dbsCheckedOn']],
      ['too many sectors', { sectors: Array.from({ length: 21 }, (_, i) => `S${i}`) }, ['sectors']],
      ['a long skill', { skills: ['x'.repeat(61)] }, ['skills']],
      ['a blank name', { name: '   ' }, ['name']],
      ['a cleared name', { name: null }, ['name']],
      [
        'several fields',
        { email: 'nope', maxAgile: 99, localAuthorityCodes: ['ABC'] },
        ['email', 'localAuthorityCodes', 'maxAgile'],
      ],
    ];

    it.each(badInputs)(
      'refuses %s, naming the fields, and changes nothing',
      async (_, input, fields) => {
        const before = await row(id);
        const res = await staffA.request(UPDATE, { id, input });
        expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual(fields);
        expect(await row(id)).toEqual(before);
      },
    );

    it('refuses bad input on registration too, creating nothing', async () => {
      const count = async () => (await db.query('SELECT count(*)::int AS n FROM advisers'))[0].n;
      const before = await count();
      const res = await staffA.request(REGISTER, {
        input: { name: 'Bad New', email: 'bad.new@example.test', phone: '12', maxOneToOne: 20 },
      });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual([
        'maxOneToOne',
        'phone',
      ]);
      expect(await count()).toBe(before);
    });

    it('refuses a bad filter and a malformed id', async () => {
      const res = await staffA.request(LIST, { filter: { localAuthorityCode: '1234' } });
      expect(res.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual([
        'filter.localAuthorityCode',
      ]);
      expect(await staffA.errorCode(ONE, { id: 'nope' })).toBe('BAD_USER_INPUT');
    });
  });

  describe('filters', () => {
    let hubC: HubEntity;
    let staffC: GraphqlClient;

    beforeAll(async () => {
      hubC = await t.createHub('ADVC');
      staffC = await t.signedIn(Role.HUB_STAFF, hubC.id);
      const games = await insertEmployer(hubC.id, 'Gamesworks');
      await register(staffC, {
        name: 'Alice Digital',
        email: 'alice@example.test',
        sectors: ['Digital', 'Finance'],
        localAuthorityCodes: ['341'],
        employerId: games,
      });
      await register(staffC, {
        name: 'Bob Health',
        email: 'bob@example.test',
        sectors: ['Health & Care'],
        localAuthorityCodes: ['341', '343'],
        status: 'PENDING',
      });
      await register(staffC, {
        name: 'Cara Digital',
        email: 'cara@example.test',
        sectors: ['Digital'],
        localAuthorityCodes: ['343'],
        employerId: games,
      });
    });

    const names = async (filter: Record<string, unknown>) =>
      (await list(staffC, filter)).edges.map((e) => e.node.name);

    it('filters by sector, local authority, status, employer and search', async () => {
      expect(await names({})).toEqual(['Alice Digital', 'Bob Health', 'Cara Digital']);
      expect(await names({ sector: 'Digital' })).toEqual(['Alice Digital', 'Cara Digital']);
      expect(await names({ localAuthorityCode: '343' })).toEqual(['Bob Health', 'Cara Digital']);
      expect(await names({ sector: 'Digital', localAuthorityCode: '341' })).toEqual([
        'Alice Digital',
      ]);
      expect(await names({ status: 'PENDING' })).toEqual(['Bob Health']);
      const games = (await row((await list(staffC, { search: 'alice' })).edges[0].node.id))
        .employer_id;
      expect(await names({ employerId: games })).toEqual(['Alice Digital', 'Cara Digital']);
      expect(await names({ search: 'BOB@' })).toEqual(['Bob Health']);
      expect(await names({ localAuthorityCode: '999' })).toEqual([]);
    });

    it('pages through the list by name', async () => {
      const first = await staffC.ok<Page>(LIST, { first: 2 });
      expect(first.advisers.totalCount).toBe(3);
      expect(first.advisers.pageInfo.hasNextPage).toBe(true);
      const second = await staffC.ok<Page>(LIST, {
        first: 2,
        after: first.advisers.pageInfo.endCursor,
      });
      expect(second.advisers.edges.map((e) => e.node.name)).toEqual(['Cara Digital']);
    });
  });

  describe('roles and hubs', () => {
    let adviserOfMersey: string;
    let adviserOfWirral: string;
    let adviserOfHubB: string;

    beforeAll(async () => {
      adviserOfMersey = (
        await register(staffA, {
          name: 'Mo Mersey',
          email: 'mo@mersey.example',
          employerId: mersey,
        })
      ).id;
      adviserOfWirral = (
        await register(staffA, {
          name: 'Wyn Wirral',
          email: 'wyn@wirral.example',
          employerId: wirral,
        })
      ).id;
      adviserOfHubB = (
        await register(staffB, {
          name: 'Bea OtherHub',
          email: 'bea@b.example',
          employerId: employerOfHubB,
        })
      ).id;
    });

    it('shows an employer only the advisers who come from it', async () => {
      const employer = await t.signedIn(Role.EMPLOYER, hubA.id);
      await db.query('INSERT INTO employer_contacts (user_id, employer_id) VALUES ($1, $2)', [
        employer.userId,
        mersey,
      ]);
      const page = await list(employer);
      expect(page.edges.map((e) => e.node.name)).toEqual(
        expect.arrayContaining(['Mo Mersey', 'Priya Shah']),
      );
      expect(page.edges.map((e) => e.node.name)).not.toContain('Wyn Wirral');
      expect(
        (await employer.ok<{ adviser: AdviserView }>(ONE, { id: adviserOfMersey })).adviser.name,
      ).toBe('Mo Mersey');
      expect(await employer.errorCode(ONE, { id: adviserOfWirral })).toBe('NOT_FOUND');
      expect(
        await employer.errorCode(UPDATE, { id: adviserOfMersey, input: { phone: '07700 900111' } }),
      ).toBe('FORBIDDEN');
    });

    it('forbids careers leaders and viewers the advisers', async () => {
      for (const role of [Role.CAREERS_LEADER, Role.VIEWER]) {
        const client = await t.signedIn(role, hubA.id);
        expect(await client.errorCode(LIST)).toBe('FORBIDDEN');
        expect(await client.errorCode(ONE, { id: adviserOfMersey })).toBe('FORBIDDEN');
        expect(
          await client.errorCode(REGISTER, { input: { name: 'X', email: 'x@example.test' } }),
        ).toBe('FORBIDDEN');
      }
    });

    it('keeps each hub’s advisers to that hub', async () => {
      const inA = await list(staffA);
      expect(inA.edges.map((e) => e.node.id)).not.toContain(adviserOfHubB);
      expect(await staffA.errorCode(ONE, { id: adviserOfHubB })).toBe('NOT_FOUND');
      expect(
        await staffA.errorCode(UPDATE, { id: adviserOfHubB, input: { name: 'Taken over' } }),
      ).toBe('NOT_FOUND');
      expect(await staffA.errorCode(APPROVE, { id: adviserOfHubB })).toBe('NOT_FOUND');
      expect(await staffA.errorCode(LIST, { filter: { hubId: hubB.id } })).toBe('FORBIDDEN');
      expect(
        await staffA.errorCode(REGISTER, {
          input: { name: 'Sneaky', email: 'sneaky@example.test', hubId: hubB.id },
        }),
      ).toBe('FORBIDDEN');
      const res = await staffA.request(REGISTER, {
        input: { name: 'Wrong Employer', email: 'wrong@example.test', employerId: employerOfHubB },
      });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'employerId' }],
      });
      expect((await row(adviserOfHubB)).name).toBe('Bea OtherHub');
    });

    it('lets a national administrator read every hub, or one', async () => {
      const all = await list(national);
      expect(all.edges.map((e) => e.node.id)).toEqual(
        expect.arrayContaining([adviserOfHubB, adviserOfMersey]),
      );
      const onlyB = await list(national, { hubId: hubB.id });
      expect(onlyB.edges.map((e) => e.node.id)).toContain(adviserOfHubB);
      expect(onlyB.edges.map((e) => e.node.id)).not.toContain(adviserOfMersey);
    });
  });

  describe('sector groups', () => {
    it('shows the hub team the ACTIVE advisers of each group’s employers, and nobody else', async () => {
      const hubS = await t.createHub('ADVS');
      const staffS = await t.signedIn(Role.HUB_STAFF, hubS.id);
      const studio = await insertEmployer(hubS.id, 'Studio');
      const arcade = await insertEmployer(hubS.id, 'Arcade');
      const clinic = await insertEmployer(hubS.id, 'Clinic');
      const group = async (name: string) =>
        (
          await db.query('INSERT INTO sector_groups (hub_id, name) VALUES ($1, $2) RETURNING id', [
            hubS.id,
            name,
          ])
        )[0] as { id: string };
      const gaming = await group('Gaming');
      const care = await group('Health & Care');
      const empty = await group('Visitor Economy');
      await db.query(
        'INSERT INTO sector_group_members (sector_group_id, employer_id) VALUES ($1, $2), ($1, $3), ($4, $3)',
        [gaming.id, studio, arcade, care.id],
      );
      const add = (name: string, employerId: string, status = 'ACTIVE') =>
        register(staffS, { name, email: `${name.toLowerCase()}@s.example`, employerId, status });
      await add('Zed', studio);
      await add('Amy', arcade);
      await add('Pat', arcade, 'PENDING');
      await add('Cy', clinic);
      const paused = await add('Pia', studio);
      await staffS.ok(UPDATE, { id: paused.id, input: { status: 'PAUSED' } });

      const byGroup = await t
        .get(AdvisersService)
        .activeInSectorGroups([gaming.id, care.id, empty.id]);
      expect(byGroup.get(gaming.id)?.map((a) => a.name)).toEqual(['Amy', 'Zed']);
      expect(byGroup.get(care.id)?.map((a) => a.name)).toEqual(['Amy']);
      expect(byGroup.get(empty.id)).toBeUndefined();

      const GROUPS = '{ sectorGroups { name advisers { name employer { name } } } }';
      const { sectorGroups } = await staffS.ok<{
        sectorGroups: { name: string; advisers: { name: string; employer: { name: string } }[] }[];
      }>(GROUPS);
      expect(sectorGroups).toEqual([
        {
          name: 'Gaming',
          advisers: [
            { name: 'Amy', employer: { name: 'Arcade' } },
            { name: 'Zed', employer: { name: 'Studio' } },
          ],
        },
        { name: 'Health & Care', advisers: [{ name: 'Amy', employer: { name: 'Arcade' } }] },
        { name: 'Visitor Economy', advisers: [] },
      ]);
      for (const role of [Role.EMPLOYER, Role.ADVISER, Role.CAREERS_LEADER, Role.VIEWER]) {
        const client = await t.signedIn(role, hubS.id);
        const seen = await client.ok<{ sectorGroups: { advisers: unknown[] }[] }>(GROUPS);
        expect(seen.sectorGroups.map((g) => g.advisers)).toEqual([[], [], []]);
      }
    });
  });
});
