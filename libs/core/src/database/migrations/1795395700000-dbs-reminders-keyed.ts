import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * DBS expiry warnings are now one of the reminders, sent once per (adviser, expiry date) as
 * `notification_reminders` records it. Records the warnings already sent, so nobody hears
 * about the same expiry twice.
 */
export class DbsRemindersKeyed1795395700000 implements MigrationInterface {
  name = 'DbsRemindersKeyed1795395700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "notification_reminders" ("kind", "subject_id", "period")
       SELECT DISTINCT 'dbs_expiring', "aggregate_id", "payload"->>'expiresOn'
       FROM "domain_events"
       WHERE "type" = 'adviser.dbs_expiring' AND "payload"->>'expiresOn' IS NOT NULL
       ON CONFLICT DO NOTHING`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification_reminders" WHERE "kind" = 'dbs_expiring'`);
  }
}
