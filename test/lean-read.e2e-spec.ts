import { DataSource } from 'typeorm';
import { leanCount, leanMany, Role } from '@chn/core';
import { TestApp } from '@chn/testing';
import {
  createEmployer,
  createInstitution,
  opportunityInput,
  publishedOpportunity,
  REQUEST_PLACES,
} from './opportunities.fixtures';
import { buildSeedDashboardHub } from './reporting.fixtures';

/**
 * The lean read path gives the very objects TypeORM's hydration gives: same class, same
 * properties, same converted values (dates, enums, arrays, numeric transformers, nulls).
 */
describe('lean reads (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
    const hub = await t.createHub('LEAN');
    const admin = await t.signedIn(Role.HUB_ADMIN, hub.id);
    await buildSeedDashboardHub(t, hub.id, admin, 100000);
    const employerId = await createEmployer(t, hub.id, 'Lean Co');
    const opportunityId = await publishedOpportunity(admin, opportunityInput({ employerId }));
    await admin.ok(REQUEST_PLACES, {
      input: {
        opportunityId,
        institutionId: await createInstitution(t, hub.id),
        places: 2,
        fsmPlaces: 1,
        yearGroup: 9,
      },
    });
  });
  afterAll(() => t.stop());

  it('maps every entity exactly as getMany does', async () => {
    const db = t.get(DataSource);
    const compared: string[] = [];
    for (const metadata of db.entityMetadatas) {
      if (metadata.primaryColumns.length !== 1) continue;
      const query = () =>
        db
          .createQueryBuilder(metadata.target, 'x')
          .orderBy(`x.${metadata.primaryColumns[0].propertyName}`, 'ASC')
          .limit(200);
      const hydrated = await query().getMany();
      if (hydrated.length === 0) continue;
      expect({ entity: metadata.name, rows: await leanMany(query()) }).toStrictEqual({
        entity: metadata.name,
        rows: hydrated,
      });
      expect(await leanCount(query())).toBe(await query().getCount());
      compared.push(metadata.name);
    }
    expect(compared).toEqual(
      expect.arrayContaining([
        'HubEntity',
        'UserEntity',
        'InstitutionEntity',
        'AdviserEntity',
        'MatchEntity',
        'EmployerEntity',
        'OpportunityEntity',
        'BookingEntity',
      ]),
    );
  });

  it('reads inside a transaction with that transaction', async () => {
    const db = t.get(DataSource);
    const seen = await db.transaction(async (manager) => {
      await manager.query(`UPDATE hubs SET name = 'Renamed in transaction' WHERE code = 'LEAN'`);
      const hubs = await leanMany(manager.createQueryBuilder('HubEntity', 'h'));
      await manager.query(`UPDATE hubs SET name = 'LEAN Careers Hub' WHERE code = 'LEAN'`);
      return hubs as { name: string }[];
    });
    expect(seen.map((h) => h.name)).toContain('Renamed in transaction');
  });
});
