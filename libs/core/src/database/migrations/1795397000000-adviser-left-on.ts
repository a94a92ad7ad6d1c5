import { MigrationInterface, QueryRunner } from 'typeorm';

/** The day an adviser left the hub, kept when their history is imported. */
export class AdviserLeftOn1795397000000 implements MigrationInterface {
  name = 'AdviserLeftOn1795397000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "advisers" ADD "left_on" date`);
    await queryRunner.query(
      `ALTER TABLE "advisers" ADD CONSTRAINT "ck_advisers_left_on" CHECK (left_on IS NULL OR status = 'LEFT')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "advisers" DROP CONSTRAINT "ck_advisers_left_on"`);
    await queryRunner.query(`ALTER TABLE "advisers" DROP COLUMN "left_on"`);
  }
}
