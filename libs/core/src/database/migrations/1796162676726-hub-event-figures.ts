import { MigrationInterface, QueryRunner } from 'typeorm';

/** Event tables the hub dashboard's network activity reads: each write drops the hub's figures. */
const EVENT_TABLES = ['hub_events', 'hub_event_registrations'];

const TRANSITION_TABLES = {
  insert: 'NEW TABLE AS changed_rows',
  update: 'OLD TABLE AS previous_rows NEW TABLE AS changed_rows',
  delete: 'OLD TABLE AS changed_rows',
};

/**
 * The dashboard's events figures (networkActivity.events) read the hub's events and their
 * registrations; both carry the hub, so the triggers of migration 1795396640000 notify the hub's
 * figures of each write to them.
 */
export class HubEventFigures1796162676726 implements MigrationInterface {
  name = 'HubEventFigures1796162676726';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of EVENT_TABLES) {
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
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of EVENT_TABLES) {
      for (const event of [...Object.keys(TRANSITION_TABLES), 'truncate']) {
        await queryRunner.query(`DROP TRIGGER "hub_figures_${table}_${event}" ON "${table}"`);
      }
    }
  }
}
