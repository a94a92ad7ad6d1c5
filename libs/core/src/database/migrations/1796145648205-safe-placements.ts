import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hub approval of opportunities (a PENDING_APPROVAL status, the hub's setting, the rejection
 * reason) and employers' compliance records: liability insurance, safeguarding, data protection,
 * and a risk assessment per opportunity at the employer's premises, its PDF kept in the database.
 */
export class SafePlacements1796145648205 implements MigrationInterface {
  name = 'SafePlacements1796145648205';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TYPE "opportunity_status" ADD VALUE IF NOT EXISTS 'PENDING_APPROVAL' AFTER 'DRAFT'`,
    );
    await queryRunner.query(`
      ALTER TABLE "opportunities"
        ADD "at_employer_premises" boolean NOT NULL DEFAULT false,
        ADD "submitted_at" TIMESTAMP WITH TIME ZONE,
        ADD "rejection_reason" character varying(1000)
    `);
    await queryRunner.query(`
      CREATE TABLE "hub_opportunity_settings" (
        "hub_id" uuid NOT NULL,
        "approval_required" boolean NOT NULL DEFAULT false,
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_hub_opportunity_settings" PRIMARY KEY ("hub_id"),
        CONSTRAINT "fk_hub_opportunity_settings_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "employer_compliance" (
        "employer_id" uuid NOT NULL,
        "hub_id" uuid NOT NULL,
        "insurer" character varying(200),
        "policy_number" character varying(100),
        "cover_amount_pounds" bigint,
        "insurance_expires_on" date,
        "safeguarding_reviewed_on" date,
        "data_protection_statement" character varying(5000),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_employer_compliance" PRIMARY KEY ("employer_id"),
        CONSTRAINT "ck_employer_compliance_cover" CHECK (cover_amount_pounds IS NULL OR cover_amount_pounds > 0),
        CONSTRAINT "fk_employer_compliance_employer" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_employer_compliance_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_employer_compliance_hub_expiry" ON "employer_compliance" ("hub_id", "insurance_expires_on")`,
    );
    await queryRunner.query(`
      CREATE TABLE "compliance_documents" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "hub_id" uuid NOT NULL,
        "employer_id" uuid NOT NULL,
        "file_name" character varying(200) NOT NULL,
        "content_type" character varying(100) NOT NULL,
        "size_bytes" integer NOT NULL,
        "content" bytea NOT NULL,
        "uploaded_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_compliance_documents" PRIMARY KEY ("id"),
        CONSTRAINT "ck_compliance_documents_size" CHECK (size_bytes > 0 AND size_bytes = octet_length(content)),
        CONSTRAINT "fk_compliance_documents_employer" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_compliance_documents_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_compliance_documents_employer_id" ON "compliance_documents" ("employer_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "opportunity_risk_assessments" (
        "opportunity_id" uuid NOT NULL,
        "hub_id" uuid NOT NULL,
        "employer_id" uuid NOT NULL,
        "reviewed_on" date NOT NULL,
        "reviewed_by" character varying(200) NOT NULL,
        "link" character varying(2000),
        "document_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_opportunity_risk_assessments" PRIMARY KEY ("opportunity_id"),
        CONSTRAINT "ck_opportunity_risk_assessments_evidence" CHECK ((link IS NULL) <> (document_id IS NULL)),
        CONSTRAINT "fk_opportunity_risk_assessments_opportunity" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_opportunity_risk_assessments_employer" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_opportunity_risk_assessments_document" FOREIGN KEY ("document_id") REFERENCES "compliance_documents"("id") ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_opportunity_risk_assessments_hub_reviewed" ON "opportunity_risk_assessments" ("hub_id", "reviewed_on")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "opportunity_risk_assessments"`);
    await queryRunner.query(`DROP TABLE "compliance_documents"`);
    await queryRunner.query(`DROP TABLE "employer_compliance"`);
    await queryRunner.query(`DROP TABLE "hub_opportunity_settings"`);
    await queryRunner.query(`
      ALTER TABLE "opportunities"
        DROP COLUMN "rejection_reason", DROP COLUMN "submitted_at", DROP COLUMN "at_employer_premises"
    `);
    // PostgreSQL cannot drop an enum value: PENDING_APPROVAL opportunities go back to DRAFT.
    await queryRunner.query(
      `UPDATE "opportunities" SET status = 'DRAFT' WHERE status = 'PENDING_APPROVAL'`,
    );
  }
}
