import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables with a hub_id that hub reports (the dashboard) read: a write drops that hub's figures. */
const HUB_TABLES = [
  'institutions',
  'users',
  'advisers',
  'matches',
  'fsq_completions',
  'opportunities',
  'bookings',
  'hub_targets',
  'employer_memberships',
  'sector_groups',
];

/**
 * Tables whose writes change every hub's figures: Compass results feed the national figures
 * computed across hubs, the national reference data is shared, and group members carry no hub.
 */
const ALL_HUBS_TABLES = [
  'compass_evaluations',
  'compass_benchmark_results',
  'national_references',
  'national_benchmark_references',
  'sector_group_members',
];

/** The rows each kind of write hands its trigger, under the names the function reads. */
const TRANSITION_TABLES = {
  insert: 'NEW TABLE AS changed_rows',
  update: 'OLD TABLE AS previous_rows NEW TABLE AS changed_rows',
  delete: 'OLD TABLE AS changed_rows',
};

/**
 * Every committed write to a table the hub reports read sends `NOTIFY hub_figures_changed` with
 * the hub's id (`*`: every hub), however it was written (API, worker, CLI, SQL by hand), so each
 * API process drops the figures it keeps (libs/reporting/src/dashboard/hub-figures.cache.ts).
 * Statement-level triggers: a bulk write notifies once per hub it touched; PostgreSQL delivers the
 * notifications only on commit and folds duplicates within a transaction.
 */
export class HubFiguresChanged1795396640000 implements MigrationInterface {
  name = 'HubFiguresChanged1795396640000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION notify_hub_figures_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          PERFORM pg_notify('hub_figures_changed', h.hub_id::text)
          FROM (SELECT hub_id FROM changed_rows UNION SELECT hub_id FROM previous_rows) h
          WHERE h.hub_id IS NOT NULL;
        ELSE
          PERFORM pg_notify('hub_figures_changed', h.hub_id::text)
          FROM (SELECT DISTINCT hub_id FROM changed_rows) h
          WHERE h.hub_id IS NOT NULL;
        END IF;
        RETURN NULL;
      END
      $$
    `);
    await queryRunner.query(`
      CREATE FUNCTION notify_all_hub_figures_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('hub_figures_changed', '*');
        RETURN NULL;
      END
      $$
    `);
    for (const table of HUB_TABLES) {
      for (const [event, rows] of Object.entries(TRANSITION_TABLES)) {
        await queryRunner.query(`
          CREATE TRIGGER "hub_figures_${table}_${event}" AFTER ${event.toUpperCase()} ON "${table}"
          REFERENCING ${rows} FOR EACH STATEMENT EXECUTE FUNCTION notify_hub_figures_changed()
        `);
      }
      await queryRunner.query(`
        CREATE TRIGGER "hub_figures_${table}_truncate" AFTER TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION notify_all_hub_figures_changed()
      `);
    }
    for (const table of ALL_HUBS_TABLES) {
      await queryRunner.query(`
        CREATE TRIGGER "hub_figures_${table}" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
        ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION notify_all_hub_figures_changed()
      `);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of HUB_TABLES) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) {
        await queryRunner.query(`DROP TRIGGER "hub_figures_${table}_${event}" ON "${table}"`);
      }
    }
    for (const table of ALL_HUBS_TABLES) {
      await queryRunner.query(`DROP TRIGGER "hub_figures_${table}" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION notify_all_hub_figures_changed()`);
    await queryRunner.query(`DROP FUNCTION notify_hub_figures_changed()`);
  }
}
