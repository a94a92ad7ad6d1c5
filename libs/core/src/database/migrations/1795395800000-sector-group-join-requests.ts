import { MigrationInterface, QueryRunner } from 'typeorm';

/** Employers' requests to join a sector group, until hub staff add them or turn them down. */
export class SectorGroupJoinRequests1795395800000 implements MigrationInterface {
  name = 'SectorGroupJoinRequests1795395800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "sector_group_join_requests" (
        "sector_group_id" uuid NOT NULL,
        "employer_id" uuid NOT NULL,
        "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_sector_group_join_requests" PRIMARY KEY ("sector_group_id", "employer_id")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_sector_group_join_requests_employer_id" ON "sector_group_join_requests" ("employer_id")`,
    );
    await queryRunner.query(`
      ALTER TABLE "sector_group_join_requests"
      ADD CONSTRAINT "fk_sector_group_join_requests_group" FOREIGN KEY ("sector_group_id") REFERENCES "sector_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
    await queryRunner.query(`
      ALTER TABLE "sector_group_join_requests"
      ADD CONSTRAINT "fk_sector_group_join_requests_employer" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sector_group_join_requests"`);
  }
}
