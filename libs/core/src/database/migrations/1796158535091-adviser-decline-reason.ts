import { MigrationInterface, QueryRunner } from 'typeorm';

/** Why hub staff declined a volunteer adviser, kept with a note. */
export class AdviserDeclineReason1796158535091 implements MigrationInterface {
  name = 'AdviserDeclineReason1796158535091';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."adviser_decline_reason" AS ENUM('NOT_IN_AREA', 'DUPLICATE', 'NOT_ELIGIBLE', 'OTHER')`,
    );
    await queryRunner.query(
      `ALTER TABLE "advisers" ADD "decline_reason" "public"."adviser_decline_reason"`,
    );
    await queryRunner.query(`ALTER TABLE "advisers" ADD "decline_note" character varying(500)`);
    await queryRunner.query(
      `ALTER TABLE "advisers" ADD CONSTRAINT "ck_advisers_declined" CHECK (decline_reason IS NULL OR status = 'LEFT')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "advisers" DROP CONSTRAINT "ck_advisers_declined"`);
    await queryRunner.query(`ALTER TABLE "advisers" DROP COLUMN "decline_note"`);
    await queryRunner.query(`ALTER TABLE "advisers" DROP COLUMN "decline_reason"`);
    await queryRunner.query(`DROP TYPE "public"."adviser_decline_reason"`);
  }
}
