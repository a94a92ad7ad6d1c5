import { MigrationInterface, QueryRunner } from "typeorm";

export class Matching1795391010538 implements MigrationInterface {
    name = 'Matching1795391010538'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."match_type" AS ENUM('ONE_TO_ONE', 'AGILE')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."match_status" AS ENUM('PROPOSED', 'ACTIVE', 'DECLINED', 'ENDED')
        `);
        await queryRunner.query(`
            CREATE TABLE "matches" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "hub_id" uuid NOT NULL,
                "adviser_id" uuid NOT NULL,
                "institution_id" uuid NOT NULL,
                "type" "public"."match_type" NOT NULL,
                "status" "public"."match_status" NOT NULL,
                "starts_on" date NOT NULL,
                "ends_on" date,
                "ended_on" date,
                "focus" character varying(500),
                "decline_reason" character varying(1000),
                "end_reason" character varying(1000),
                "proposed_by" uuid,
                "accepted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "ck_matches_ended_status" CHECK ((status = 'ENDED') = (ended_on IS NOT NULL)),
                CONSTRAINT "ck_matches_ended_on" CHECK (
                    ended_on IS NULL
                    OR ended_on >= starts_on
                ),
                CONSTRAINT "ck_matches_planned_end" CHECK (
                    ends_on IS NULL
                    OR ends_on >= starts_on
                ),
                CONSTRAINT "PK_8a22c7b2e0828988d51256117f4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_matches_hub_id" ON "matches" ("hub_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_matches_adviser_id" ON "matches" ("adviser_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_matches_institution_id" ON "matches" ("institution_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_matches_period" ON "matches" ("hub_id", "starts_on", "ended_on")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_matches_adviser_status" ON "matches" ("adviser_id", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_matches_hub_status" ON "matches" ("hub_id", "status")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_matches_active_one_to_one" ON "matches" ("institution_id")
            WHERE status = 'ACTIVE'
                AND type = 'ONE_TO_ONE'
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."preferred_match_type" AS ENUM('ONE_TO_ONE', 'AGILE')
        `);
        await queryRunner.query(`
            CREATE TABLE "institution_support_needs" (
                "institution_id" uuid NOT NULL,
                "hub_id" uuid NOT NULL,
                "sectors" text array NOT NULL DEFAULT '{}',
                "priority_benchmarks" integer array NOT NULL DEFAULT '{}',
                "needs_send_ap_experience" boolean NOT NULL DEFAULT false,
                "preferred_match_type" "public"."preferred_match_type",
                "notes" character varying(1000),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_by" uuid,
                CONSTRAINT "PK_1c26424459f99903c7fca59b0d1" PRIMARY KEY ("institution_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "matches"
            ADD CONSTRAINT "fk_matches_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "matches"
            ADD CONSTRAINT "fk_matches_adviser" FOREIGN KEY ("adviser_id") REFERENCES "advisers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "matches"
            ADD CONSTRAINT "fk_matches_institution" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "institution_support_needs"
            ADD CONSTRAINT "fk_support_needs_institution" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "institution_support_needs" DROP CONSTRAINT "fk_support_needs_institution"
        `);
        await queryRunner.query(`
            ALTER TABLE "matches" DROP CONSTRAINT "fk_matches_institution"
        `);
        await queryRunner.query(`
            ALTER TABLE "matches" DROP CONSTRAINT "fk_matches_adviser"
        `);
        await queryRunner.query(`
            ALTER TABLE "matches" DROP CONSTRAINT "fk_matches_hub"
        `);
        await queryRunner.query(`
            DROP TABLE "institution_support_needs"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."preferred_match_type"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_matches_active_one_to_one"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_matches_hub_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_matches_adviser_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_matches_period"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_matches_institution_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_matches_adviser_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_matches_hub_id"
        `);
        await queryRunner.query(`
            DROP TABLE "matches"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."match_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."match_type"
        `);
    }

}
