import { DataSource } from 'typeorm';
import { Role } from '@chn/core';
import { DeliveryMode, OpportunitiesService, OpportunityKind, Tier } from '@chn/opportunities';
import { GraphqlClient, TestApp } from '@chn/testing';
import { createEmployer, daysFromToday, hubAdminActor } from './opportunities.fixtures';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/**
 * A one-hub list filters with `hub_id = $1`, not `= ANY($1)`: PostgreSQL then reads the page in
 * order from the (hub_id, starts_on, id) index and stops at the limit instead of sorting the hub.
 */
describe('hub filter plan (e2e)', () => {
  let t: TestApp;
  let staff: GraphqlClient;

  /** Copies one opportunity `copies` times over the next 300 days, in one transaction. */
  async function fillHub(hubId: string, copies: number): Promise<void> {
    const actor = hubAdminActor(hubId);
    const employerId = await createEmployer(t, hubId, `Plan employer ${hubId.slice(0, 8)}`);
    const { id } = await t.get(OpportunitiesService).create(actor, {
      employerId,
      kind: OpportunityKind.WORKPLACE_VISIT,
      title: 'Plan visit',
      description: 'A visit.',
      tier: Tier.T1,
      sector: 'Digital & Gaming',
      yearGroups: [8],
      deliveryMode: DeliveryMode.IN_PERSON,
      startsOn: daysFromToday(10),
      endsOn: daysFromToday(10),
      lengthDays: 1,
      totalPlaces: 5,
    });
    await t.get(DataSource).transaction(async (manager) => {
      await manager.query(
        `CREATE TEMP TABLE copies ON COMMIT DROP AS
           SELECT o.* FROM opportunities o, generate_series(1, $2) WHERE o.id = $1`,
        [id, copies],
      );
      await manager.query(
        `UPDATE copies SET id = gen_random_uuid(),
           starts_on = current_date + 10 + (random() * 300)::int`,
      );
      await manager.query('UPDATE copies SET ends_on = starts_on');
      await manager.query('INSERT INTO opportunities SELECT * FROM copies');
    });
  }

  beforeAll(async () => {
    t = await TestApp.start();
    const hub = await t.createHub('PLAN');
    const other = await t.createHub('PLAN2');
    await fillHub(hub.id, 4000);
    await fillHub(other.id, 4000);
    await t.get(DataSource).query('ANALYZE opportunities');
    staff = await t.signedIn(Role.HUB_STAFF, hub.id);
  });
  afterAll(() => t.stop());

  it('reads a page of one hub in index order, without sorting', async () => {
    const logger = t.get(DataSource).logger;
    const spy = jest.spyOn(logger, 'logQuery');
    let pageQuery: [string, unknown[]] | undefined;
    try {
      const page = await staff.ok<{ opportunities: { edges: unknown[] } }>(
        '{ opportunities(first: 50) { edges { node { id startsOn } } } }',
      );
      expect(page.opportunities.edges).toHaveLength(50);
      const calls = spy.mock.calls as [string, unknown[] | undefined][];
      const found = calls.find(([sql]) => /FROM "opportunities"/.test(sql) && /LIMIT/.test(sql));
      pageQuery = found && [found[0], found[1] ?? []];
    } finally {
      spy.mockRestore();
    }
    expect(pageQuery?.[0]).toMatch(/"hub_id" = \$1/);
    const [{ 'QUERY PLAN': plan }] = await t
      .get(DataSource)
      .query(`EXPLAIN (FORMAT JSON) ${pageQuery![0]}`, pageQuery![1]);
    const nodes = nodesOf((plan as { Plan: PlanNode }[])[0].Plan);
    expect(nodes.map((n) => n['Node Type'])).not.toContain('Sort');
    expect(nodes.some((n) => n['Index Name'] === 'ix_opportunities_hub_starts')).toBe(true);
  });
});
