import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meetings an adviser logs on a 1-2-1 match (the Gatsby Benchmarks worked on, a short note),
 * and risk-assessment PDFs whose bytes the retention purge may clear (`content` null).
 */
export class MatchMeetings1796157406762 implements MigrationInterface {
  name = 'MatchMeetings1796157406762';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "match_meetings" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "hub_id" uuid NOT NULL,
        "match_id" uuid NOT NULL,
        "met_on" date NOT NULL,
        "benchmarks" smallint array NOT NULL,
        "note" character varying(1000),
        "logged_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_match_meetings" PRIMARY KEY ("id"),
        CONSTRAINT "uq_match_meetings_match_day" UNIQUE ("match_id", "met_on"),
        CONSTRAINT "ck_match_meetings_benchmarks" CHECK (cardinality(benchmarks) >= 1 AND benchmarks <@ ARRAY[1,2,3,4,5,6,7,8]::smallint[]),
        CONSTRAINT "fk_match_meetings_match" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_match_meetings_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_match_meetings_hub_met_on" ON "match_meetings" ("hub_id", "met_on")`,
    );
    await queryRunner.query(
      `ALTER TABLE "compliance_documents" ALTER COLUMN "content" DROP NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Fails while purged documents exist: their bytes cannot come back.
    await queryRunner.query(`ALTER TABLE "compliance_documents" ALTER COLUMN "content" SET NOT NULL`);
    await queryRunner.query(`DROP TABLE "match_meetings"`);
  }
}
