import { MigrationInterface, QueryRunner } from 'typeorm';

/** Why hub staff proposed an adviser for an institution outside the adviser's local authorities. */
export class MatchOverrideReason1795395400000 implements MigrationInterface {
  name = 'MatchOverrideReason1795395400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "matches" ADD "override_reason" character varying(1000)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "matches" DROP COLUMN "override_reason"`);
  }
}
