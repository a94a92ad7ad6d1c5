import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { TestApp } from '@chn/testing';
import { importInstitutions, seedDemo } from '../apps/cli/src/commands';

const LCR_FILE = join(__dirname, '..', 'libs/institutions/data/lcr-establishments.csv');

describe('command line (e2e)', () => {
  let t: TestApp;
  let log: jest.SpyInstance;

  beforeAll(async () => {
    t = await TestApp.start();
    log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterAll(async () => {
    log.mockRestore();
    await t.stop();
  });

  const count = async (sql: string) => Number((await t.get(DataSource).query(sql))[0].count);

  it('seeds the demo hub into an empty database: real institutions and one user per role', async () => {
    expect(await seedDemo()).toBe(true);
    expect(await count('SELECT count(*) FROM institutions')).toBe(155);
    expect(await count('SELECT count(DISTINCT role) FROM users')).toBe(6);
    expect(await count('SELECT count(*) FROM institutions WHERE eligible')).toBe(147);
    expect(await count('SELECT count(*) FROM institutions WHERE in_hub_since IS NOT NULL')).toBe(
      143,
    );
    const staff = await t.client.login('hub.staff@demo.careershub.test', 'careers-hub-demo');
    const { institutions } = await staff.ok<{ institutions: { totalCount: number } }>(
      '{ institutions(first: 10) { totalCount } }',
    );
    expect(institutions.totalCount).toBe(155);
  });

  it('seeds a living employer network: sector groups, employers, advisers, opportunities in every tier, bookings', async () => {
    const staff = await t.client.login('hub.staff@demo.careershub.test', 'careers-hub-demo');
    const network = await staff.ok<{
      sectorGroups: {
        name: string;
        employerCount: number;
        advisers: unknown[];
        openOpportunities: unknown[];
      }[];
      advisers: { totalCount: number };
      opportunities: {
        edges: { node: { tier: string; placesLeft: number; totalPlaces: number } }[];
      };
    }>(`{
      sectorGroups { name employerCount advisers { id } openOpportunities { id } }
      advisers { totalCount }
      opportunities(first: 50, filter: { statuses: [PUBLISHED] }) { edges { node { tier placesLeft totalPlaces } } }
    }`);
    expect(network.sectorGroups).toHaveLength(3);
    expect(network.sectorGroups.every((g) => g.employerCount >= 3 && g.advisers.length > 0)).toBe(
      true,
    );
    expect(network.sectorGroups.every((g) => g.openOpportunities.length > 0)).toBe(true);
    expect(network.advisers.totalCount).toBeGreaterThanOrEqual(8);
    const tiers = new Set(network.opportunities.edges.map((e) => e.node.tier));
    expect([...tiers].sort()).toEqual(['T1', 'T2', 'T3']);
    expect(network.opportunities.edges.some((e) => e.node.placesLeft < e.node.totalPlaces)).toBe(
      true,
    );
    expect(await count("SELECT count(*) FROM bookings WHERE status = 'CONFIRMED'")).toBeGreaterThan(
      0,
    );
    expect(await count('SELECT count(*) FROM bookings WHERE attended IS NOT NULL')).toBeGreaterThan(
      0,
    );
    const employer = await t.client.login('employer@demo.careershub.test', 'careers-hub-demo');
    const keys = await employer.ok<{ apiKeys: unknown[] }>('{ apiKeys { id } }');
    expect(keys.apiKeys).toEqual([]);
  });

  it('seeds realistic matching: most institutions 1-2-1, some agile, some waiting', async () => {
    const staff = await t.client.login('hub.staff@demo.careershub.test', 'careers-hub-demo');
    const { matchingSummary } = await staff.ok<{
      matchingSummary: {
        institutionsInHub: number;
        matchedOneToOne: { percent: number };
        matchedAgile: { count: number };
        unmatchedInstitutions: { totalCount: number };
      };
    }>(
      '{ matchingSummary { institutionsInHub matchedOneToOne { percent } matchedAgile { count } unmatchedInstitutions { totalCount } } }',
    );
    expect(matchingSummary.institutionsInHub).toBe(143);
    expect(matchingSummary.matchedOneToOne.percent).toBe(73.4);
    expect(matchingSummary.matchedAgile.count).toBeGreaterThan(0);
    expect(matchingSummary.unmatchedInstitutions.totalCount).toBeGreaterThan(0);
  });

  it('never seeds a database that already holds data', async () => {
    expect(await seedDemo()).toBe(false);
    expect(await count('SELECT count(*) FROM hubs')).toBe(1);
  });

  it('imports a GIAS file into a hub by code, idempotently', async () => {
    await t.createHub('CLI');
    expect(await importInstitutions(LCR_FILE, 'CLI', false)).toBe(0);
    expect(await importInstitutions(LCR_FILE, 'CLI', false)).toBe(0);
    expect(
      await count(
        `SELECT count(*) FROM institutions i JOIN hubs h ON h.id = i.hub_id WHERE h.code = 'CLI'`,
      ),
    ).toBe(155);
    expect(log).toHaveBeenCalledWith('155 rows: 0 created, 0 updated, 155 unchanged, 0 rejected.');
  });

  it('refuses an unknown hub code', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await importInstitutions(LCR_FILE, 'NOPE', false)).toBe(2);
    expect(error).toHaveBeenCalledWith('No hub with code NOPE.');
    error.mockRestore();
  });
});
