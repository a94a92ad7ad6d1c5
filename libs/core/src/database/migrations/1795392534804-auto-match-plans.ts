import { MigrationInterface, QueryRunner } from "typeorm";

export class AutoMatchPlans1795392534804 implements MigrationInterface {
    name = 'AutoMatchPlans1795392534804'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "auto_match_plans" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "hub_id" uuid NOT NULL,
                "academic_year" character varying(7) NOT NULL,
                "created_by" uuid,
                "applied_at" TIMESTAMP WITH TIME ZONE,
                "applied_by" uuid,
                "total_score" integer NOT NULL,
                "assignments" jsonb NOT NULL,
                CONSTRAINT "ck_auto_match_plans_total_score" CHECK (total_score >= 0),
                CONSTRAINT "PK_4866b8abf2e9de595b4b768095f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_auto_match_plans_hub_year" ON "auto_match_plans" ("hub_id", "academic_year")
        `);
        await queryRunner.query(`
            ALTER TABLE "auto_match_plans"
            ADD CONSTRAINT "fk_auto_match_plans_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "auto_match_plans" DROP CONSTRAINT "fk_auto_match_plans_hub"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_auto_match_plans_hub_year"
        `);
        await queryRunner.query(`
            DROP TABLE "auto_match_plans"
        `);
    }

}
