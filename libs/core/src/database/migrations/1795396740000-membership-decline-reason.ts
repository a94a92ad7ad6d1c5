import { MigrationInterface, QueryRunner } from 'typeorm';

/** Why hub staff declined an application to join an employer network, and their note. */
export class MembershipDeclineReason1795396740000 implements MigrationInterface {
  name = 'MembershipDeclineReason1795396740000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."membership_decline_reason" AS ENUM('NOT_IN_AREA', 'DUPLICATE', 'NOT_AN_EMPLOYER', 'OTHER')`,
    );
    await queryRunner.query(
      `ALTER TABLE "employer_memberships" ADD "decline_reason" "public"."membership_decline_reason"`,
    );
    await queryRunner.query(
      `ALTER TABLE "employer_memberships" ADD "decline_note" character varying(500)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "employer_memberships" DROP COLUMN "decline_note"`);
    await queryRunner.query(`ALTER TABLE "employer_memberships" DROP COLUMN "decline_reason"`);
    await queryRunner.query(`DROP TYPE "public"."membership_decline_reason"`);
  }
}
