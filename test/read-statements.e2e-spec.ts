import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { leanQuery, Role } from '@chn/core';
import { GraphqlClient, TestApp } from '@chn/testing';
import { seedNational } from '../bench/national-seed';
import { API_SHAPES } from '../bench/peer-shapes';

interface PgClient {
  query: (...args: unknown[]) => unknown;
}
interface PgPool {
  on(event: 'acquire', listener: (client: PgClient) => void): void;
}

const wrapped = Symbol('statements counted');

/**
 * Every statement the API's pool sends while `during` runs, caught by wrapping `query` on each
 * client the pool hands out (TypeORM's reads and the prepared ones alike).
 */
function statementRecorder(db: DataSource) {
  const seen: string[] = [];
  let recording = false;
  const pool = (db.driver as PostgresDriver).master as PgPool;
  pool.on('acquire', (client) => {
    const marked = client as PgClient & { [wrapped]?: true };
    if (marked[wrapped]) return;
    marked[wrapped] = true;
    const query = client.query.bind(client);
    client.query = (...args: unknown[]) => {
      if (recording) {
        const [config] = args as [string | { text: string }];
        seen.push(typeof config === 'string' ? config : config.text);
      }
      return query(...args);
    };
  });
  return async <T>(during: () => Promise<T>): Promise<{ result: T; statements: string[] }> => {
    seen.length = 0;
    recording = true;
    try {
      const result = await during();
      return { result, statements: [...seen] };
    } finally {
      recording = false;
    }
  };
}

const reads = (statements: string[], table: string) =>
  statements.filter((sql) => sql.includes(`FROM "${table}"`)).length;

/**
 * The bench's three read shapes (bench/peer-shapes.ts) send one SQL statement per list or object
 * level plus one to authenticate; a selected totalCount comes in its list's statement.
 */
describe('statements per read (e2e)', () => {
  let t: TestApp;
  let admin: GraphqlClient;
  let record: ReturnType<typeof statementRecorder>;
  let hubId: string;
  let institutionIds: string[];

  beforeAll(async () => {
    t = await TestApp.start();
    const db = t.get(DataSource);
    [hubId] = await seedNational(db, {
      hubs: 2,
      institutions: 140,
      advisers: 20,
      matchYears: [2023, 2024],
      employers: 10,
      opportunities: 140,
      bookingsEach: 3,
    });
    admin = await t.signedIn(Role.HUB_ADMIN, hubId);
    institutionIds = (
      await db.query('SELECT id FROM institutions WHERE hub_id = $1 ORDER BY name, id', [hubId])
    ).map((row: { id: string }) => row.id);
    record = statementRecorder(db);
  });
  afterAll(() => t.stop());

  const count = async (table: string) =>
    Number(
      (
        await t
          .get(DataSource)
          .query(`SELECT count(*) AS n FROM ${table} WHERE hub_id = $1`, [hubId])
      )[0].n,
    );

  it('a: a page of institutions with their careers leaders and totalCount: 3 statements', async () => {
    for (let run = 0; run < 2; run += 1) {
      const { result, statements } = await record(() =>
        admin.ok<{
          institutions: {
            totalCount: number;
            edges: { node: { id: string; careersLeader: { name: string } | null } }[];
          };
        }>(API_SHAPES.a),
      );
      expect(result.institutions.edges.map((e) => e.node.id)).toEqual(institutionIds.slice(0, 50));
      expect(result.institutions.edges.every((e) => e.node.careersLeader?.name)).toBe(true);
      expect(result.institutions.totalCount).toBe(await count('institutions'));
      // Authentication, the page with its count, the careers leaders.
      expect(statements).toHaveLength(3);
      expect(reads(statements, 'users')).toBe(2);
      expect(reads(statements, 'institutions')).toBe(1);
    }
  });

  it('b: a page of opportunities with employer, bookings and totalCount: 4 statements', async () => {
    const { result, statements } = await record(() =>
      admin.ok<{
        opportunities: {
          totalCount: number;
          edges: { node: { employer: { name: string }; bookings: unknown[] } }[];
        };
      }>(API_SHAPES.b),
    );
    expect(result.opportunities.edges).toHaveLength(50);
    expect(result.opportunities.edges.every((e) => e.node.employer.name)).toBe(true);
    expect(result.opportunities.edges.every((e) => e.node.bookings.length === 3)).toBe(true);
    expect(result.opportunities.totalCount).toBe(await count('opportunities'));
    // Authentication, the page with its count, the employers, the bookings.
    expect(statements).toHaveLength(4);
    expect(reads(statements, 'users')).toBe(1);
    expect(reads(statements, 'opportunities')).toBe(1);
  });

  it("c: an institution, its matches and each match's adviser: 4 statements", async () => {
    const { result, statements } = await record(() =>
      admin.ok<{
        institution: { id: string };
        matches: { edges: { node: { adviser: { name: string } } }[] };
      }>(API_SHAPES.c, { id: institutionIds[3] }),
    );
    expect(result.institution.id).toBe(institutionIds[3]);
    expect(result.matches.edges).toHaveLength(2);
    expect(result.matches.edges.every((e) => e.node.adviser.name)).toBe(true);
    // Authentication, the institution, its matches, their advisers.
    expect(statements).toHaveLength(4);
    expect(reads(statements, 'users')).toBe(1);
  });

  it('counts the whole list with a page after a cursor, in that page’s statement', async () => {
    const first = await admin.ok<{ institutions: { pageInfo: { endCursor: string } } }>(
      '{ institutions(first: 5) { pageInfo { endCursor } } }',
    );
    const { result, statements } = await record(() =>
      admin.ok<{ institutions: { totalCount: number; edges: { node: { id: string } }[] } }>(
        'query ($after: String) { institutions(first: 5, after: $after) { totalCount edges { node { id } } } }',
        { after: first.institutions.pageInfo.endCursor },
      ),
    );
    expect(result.institutions.edges.map((e) => e.node.id)).toEqual(institutionIds.slice(5, 10));
    expect(result.institutions.totalCount).toBe(await count('institutions'));
    expect(statements).toHaveLength(2);
  });

  it('maps rows to the very objects TypeORM hydrates, for every entity the shapes read', async () => {
    const db = t.get(DataSource);
    const names = ['HubEntity', 'UserEntity', 'InstitutionEntity', 'AdviserEntity', 'MatchEntity'];
    for (const name of [...names, 'EmployerEntity', 'OpportunityEntity', 'BookingEntity']) {
      const repository = db.getRepository(name);
      const hydrated = await repository
        .createQueryBuilder('x')
        .orderBy('x.id')
        .limit(200)
        .getMany();
      const lean = await leanQuery(repository, 'x')
        .andWhere('x.id = ANY(:ids)', {
          ids: hydrated.map((row) => (row as { id: string }).id),
        })
        .many('x.id ASC');
      expect(hydrated.length).toBeGreaterThan(0);
      expect({ name, rows: lean }).toStrictEqual({ name, rows: hydrated });
    }
  });

  it('counts the whole list when the page after the cursor is empty', async () => {
    const last = await admin.ok<{ institutions: { pageInfo: { endCursor: string } } }>(
      '{ institutions(first: 100) { pageInfo { endCursor } } }',
    );
    const page = await admin.ok<{ institutions: { totalCount: number; edges: unknown[] } }>(
      'query ($after: String) { institutions(first: 100, after: $after) { totalCount edges { cursor } } }',
      { after: last.institutions.pageInfo.endCursor },
    );
    expect(page.institutions.edges).toHaveLength(0);
    expect(page.institutions.totalCount).toBe(await count('institutions'));
  });
});
