import { MigrationInterface, QueryRunner } from "typeorm";

export class Reporting1795394000000 implements MigrationInterface {
    name = 'Reporting1795394000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."supplementary_answer" AS ENUM(
                'NONE',
                'A_FEW',
                'SOME',
                'MOST',
                'OVERWHELMING_MAJORITY',
                'ALMOST_ALL',
                'ALL',
                'DONT_KNOW'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "compass_evaluations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "hub_id" uuid NOT NULL,
                "institution_id" uuid NOT NULL,
                "evaluated_on" date NOT NULL,
                "ks3_all_pupils" "public"."supplementary_answer",
                "ks3_fsm_pupils" "public"."supplementary_answer",
                "ks4_all_pupils" "public"."supplementary_answer",
                "ks4_fsm_pupils" "public"."supplementary_answer",
                "recorded_by" uuid,
                CONSTRAINT "PK_510bf852b5afbe738638be6bd76" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_compass_evaluations_recorded_by" ON "compass_evaluations" ("recorded_by")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_compass_evaluations_hub_date" ON "compass_evaluations" ("hub_id", "evaluated_on")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_compass_evaluations_institution_date" ON "compass_evaluations" ("institution_id", "evaluated_on")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."benchmark_result" AS ENUM('ACHIEVED', 'PARTIALLY_ACHIEVED', 'NOT_ACHIEVED')
        `);
        await queryRunner.query(`
            CREATE TABLE "compass_benchmark_results" (
                "evaluation_id" uuid NOT NULL,
                "benchmark" smallint NOT NULL,
                "result" "public"."benchmark_result" NOT NULL,
                "score" numeric(4, 1),
                CONSTRAINT "ck_compass_benchmark_results_score" CHECK (
                    score IS NULL
                    OR (
                        score >= 0
                        AND score <= 100
                    )
                ),
                CONSTRAINT "ck_compass_benchmark_results_benchmark" CHECK (
                    benchmark BETWEEN 1 AND 8
                ),
                CONSTRAINT "PK_1ed989f6b5488d12957af68a2af" PRIMARY KEY ("evaluation_id", "benchmark")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "fsq_completions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "hub_id" uuid NOT NULL,
                "institution_id" uuid NOT NULL,
                "academic_year" character varying(7) NOT NULL,
                "students" integer NOT NULL,
                CONSTRAINT "ck_fsq_completions_academic_year" CHECK (academic_year ~ '^[0-9]{4}/[0-9]{2}$'),
                CONSTRAINT "ck_fsq_completions_students" CHECK (students >= 0),
                CONSTRAINT "PK_129db1fd398239ba517b2721cd1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_fsq_completions_hub_year" ON "fsq_completions" ("hub_id", "academic_year")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_fsq_completions_institution_year" ON "fsq_completions" ("institution_id", "academic_year")
        `);
        await queryRunner.query(`
            CREATE TABLE "hub_targets" (
                "hub_id" uuid NOT NULL,
                "target_average_achieved" numeric(3, 1),
                "floor_target_benchmarks" smallint NOT NULL DEFAULT '3',
                "in_hub_target_percent" numeric(4, 1) NOT NULL DEFAULT '95',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_hub_targets_in_hub" CHECK (
                    in_hub_target_percent BETWEEN 0 AND 100
                ),
                CONSTRAINT "ck_hub_targets_floor" CHECK (
                    floor_target_benchmarks BETWEEN 1 AND 8
                ),
                CONSTRAINT "ck_hub_targets_average" CHECK (
                    target_average_achieved >= 0
                    AND target_average_achieved <= 8
                ),
                CONSTRAINT "PK_b0aa3b2b166061c7a3175bc58e0" PRIMARY KEY ("hub_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "national_references" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "academic_year" character varying(7) NOT NULL,
                "average_achieved" numeric(3, 1) NOT NULL,
                "fsm_quartile1_max" numeric(4, 1) NOT NULL,
                "fsm_quartile2_max" numeric(4, 1) NOT NULL,
                "fsm_quartile3_max" numeric(4, 1) NOT NULL,
                CONSTRAINT "UQ_f273df6ea9f83516ea4279fb7a0" UNIQUE ("academic_year"),
                CONSTRAINT "ck_national_references_fsm_bounds" CHECK (
                    fsm_quartile1_max >= 0
                    AND fsm_quartile1_max <= fsm_quartile2_max
                    AND fsm_quartile2_max <= fsm_quartile3_max
                    AND fsm_quartile3_max <= 100
                ),
                CONSTRAINT "ck_national_references_average" CHECK (
                    average_achieved >= 0
                    AND average_achieved <= 8
                ),
                CONSTRAINT "ck_national_references_academic_year" CHECK (academic_year ~ '^[0-9]{4}/[0-9]{2}$'),
                CONSTRAINT "PK_409a107cd6eb2eefc384925bebc" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "national_benchmark_references" (
                "national_reference_id" uuid NOT NULL,
                "benchmark" smallint NOT NULL,
                "achieved_percent" numeric(4, 1) NOT NULL,
                "quartile1_from" numeric(4, 1) NOT NULL,
                "quartile2_from" numeric(4, 1) NOT NULL,
                "quartile3_from" numeric(4, 1) NOT NULL,
                CONSTRAINT "ck_national_benchmark_references_percents" CHECK (
                    achieved_percent BETWEEN 0 AND 100
                    AND quartile3_from <= quartile2_from
                    AND quartile2_from <= quartile1_from
                    AND quartile1_from <= 100
                    AND quartile3_from >= 0
                ),
                CONSTRAINT "ck_national_benchmark_references_benchmark" CHECK (
                    benchmark BETWEEN 1 AND 8
                ),
                CONSTRAINT "PK_3104d70c854d727581e9eaed0a5" PRIMARY KEY ("national_reference_id", "benchmark")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "compass_evaluations"
            ADD CONSTRAINT "fk_compass_evaluations_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "compass_evaluations"
            ADD CONSTRAINT "fk_compass_evaluations_institution" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "compass_evaluations"
            ADD CONSTRAINT "fk_compass_evaluations_recorded_by" FOREIGN KEY ("recorded_by") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "compass_benchmark_results"
            ADD CONSTRAINT "fk_compass_benchmark_results_evaluation" FOREIGN KEY ("evaluation_id") REFERENCES "compass_evaluations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "fsq_completions"
            ADD CONSTRAINT "fk_fsq_completions_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "fsq_completions"
            ADD CONSTRAINT "fk_fsq_completions_institution" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "hub_targets"
            ADD CONSTRAINT "fk_hub_targets_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "national_benchmark_references"
            ADD CONSTRAINT "fk_national_benchmark_references_reference" FOREIGN KEY ("national_reference_id") REFERENCES "national_references"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        // The national figures published for 2024/25, so a new deployment reports against them.
        await queryRunner.query(`
            WITH reference AS (
                INSERT INTO "national_references"
                    ("academic_year", "average_achieved", "fsm_quartile1_max", "fsm_quartile2_max", "fsm_quartile3_max")
                VALUES ('2024/25', 5.9, 14.0, 22.0, 31.0)
                RETURNING "id"
            )
            INSERT INTO "national_benchmark_references"
                ("national_reference_id", "benchmark", "achieved_percent", "quartile1_from", "quartile2_from", "quartile3_from")
            SELECT reference.id, b.benchmark, b.achieved, b.q1, b.q2, b.q3
            FROM reference, (VALUES
                (1, 68.2, 75.0, 68.0, 61.0),
                (2, 85.0, 90.0, 85.0, 79.0),
                (3, 60.6, 67.0, 60.0, 53.0),
                (4, 81.6, 84.0, 81.0, 75.0),
                (5, 86.3, 90.0, 86.0, 81.0),
                (6, 72.9, 78.0, 72.5, 66.0),
                (7, 58.8, 65.0, 58.5, 52.0),
                (8, 77.7, 82.0, 77.5, 71.0)
            ) AS b(benchmark, achieved, q1, q2, q3)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "national_benchmark_references" DROP CONSTRAINT "fk_national_benchmark_references_reference"
        `);
        await queryRunner.query(`
            ALTER TABLE "hub_targets" DROP CONSTRAINT "fk_hub_targets_hub"
        `);
        await queryRunner.query(`
            ALTER TABLE "fsq_completions" DROP CONSTRAINT "fk_fsq_completions_institution"
        `);
        await queryRunner.query(`
            ALTER TABLE "fsq_completions" DROP CONSTRAINT "fk_fsq_completions_hub"
        `);
        await queryRunner.query(`
            ALTER TABLE "compass_benchmark_results" DROP CONSTRAINT "fk_compass_benchmark_results_evaluation"
        `);
        await queryRunner.query(`
            ALTER TABLE "compass_evaluations" DROP CONSTRAINT "fk_compass_evaluations_recorded_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "compass_evaluations" DROP CONSTRAINT "fk_compass_evaluations_institution"
        `);
        await queryRunner.query(`
            ALTER TABLE "compass_evaluations" DROP CONSTRAINT "fk_compass_evaluations_hub"
        `);
        await queryRunner.query(`
            DROP TABLE "national_benchmark_references"
        `);
        await queryRunner.query(`
            DROP TABLE "national_references"
        `);
        await queryRunner.query(`
            DROP TABLE "hub_targets"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_fsq_completions_institution_year"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_fsq_completions_hub_year"
        `);
        await queryRunner.query(`
            DROP TABLE "fsq_completions"
        `);
        await queryRunner.query(`
            DROP TABLE "compass_benchmark_results"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."benchmark_result"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_compass_evaluations_institution_date"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_compass_evaluations_hub_date"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_compass_evaluations_recorded_by"
        `);
        await queryRunner.query(`
            DROP TABLE "compass_evaluations"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."supplementary_answer"
        `);
    }

}
