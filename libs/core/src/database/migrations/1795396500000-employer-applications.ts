import { MigrationInterface, QueryRunner } from 'typeorm';

/** Applications to join an employer network from the public form, with the contact who applied. */
export class EmployerApplications1795396500000 implements MigrationInterface {
  name = 'EmployerApplications1795396500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "employer_applications" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "hub_id" uuid NOT NULL,
        "employer_id" uuid NOT NULL,
        "membership_id" uuid NOT NULL,
        "contact_name" character varying(200) NOT NULL,
        "contact_email" character varying(320) NOT NULL,
        "contact_phone" character varying(30),
        "sector_group_ids" uuid array NOT NULL DEFAULT '{}',
        "decided_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_d89159d8d66c7140200d6f2e7a3" PRIMARY KEY ("id"),
        CONSTRAINT "fk_employer_applications_membership" FOREIGN KEY ("membership_id")
          REFERENCES "employer_memberships"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_employer_applications_hub_id" ON "employer_applications" ("hub_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_employer_applications_employer_id" ON "employer_applications" ("employer_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_employer_applications_membership_id" ON "employer_applications" ("membership_id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_employer_applications_open_email" ON "employer_applications" ("hub_id", "contact_email") WHERE decided_at IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "employer_applications"`);
  }
}
