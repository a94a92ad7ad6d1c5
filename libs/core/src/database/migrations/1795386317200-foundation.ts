import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795386317200 implements MigrationInterface {
    name = 'Foundation1795386317200'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`
            CREATE TABLE "hubs" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "code" character varying(32) NOT NULL,
                "name" character varying(200) NOT NULL,
                "region" character varying(200) NOT NULL,
                CONSTRAINT "PK_44b53d1f2b4568b26ce4710b843" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_hubs_code" ON "hubs" ("code")
        `);
        await queryRunner.query(`
            CREATE TABLE "login_attempts" (
                "key" character varying(400) NOT NULL,
                "failures" integer NOT NULL DEFAULT '0',
                "last_failure_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "locked_until" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_f90e70c50d5744e4d9f41dd397c" PRIMARY KEY ("key")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_login_attempts_last_failure_at" ON "login_attempts" ("last_failure_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."user_role" AS ENUM(
                'HUB_ADMIN',
                'HUB_STAFF',
                'EMPLOYER',
                'ADVISER',
                'CAREERS_LEADER',
                'VIEWER'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "hub_id" uuid,
                "email" character varying(320) NOT NULL,
                "name" character varying(200) NOT NULL,
                "role" "public"."user_role" NOT NULL,
                "password_hash" character varying(255) NOT NULL,
                "last_login_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "ck_users_hub_or_national_admin" CHECK (
                    hub_id IS NOT NULL
                    OR role = 'HUB_ADMIN'
                ),
                CONSTRAINT "ck_users_email_lower" CHECK (email = lower(email)),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_users_hub_id" ON "users" ("hub_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_email" ON "users" ("email")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_users_role" ON "users" ("role")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."institution_type" AS ENUM('MAINSTREAM', 'SEND', 'AP', 'POST_16')
        `);
        await queryRunner.query(`
            CREATE TABLE "institutions" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "hub_id" uuid NOT NULL,
                "urn" character varying(7) NOT NULL,
                "ukprn" character varying(8),
                "name" character varying(300) NOT NULL,
                "type" "public"."institution_type" NOT NULL,
                "type_inferred" boolean NOT NULL DEFAULT false,
                "phase" character varying(100),
                "la_code" character varying(3),
                "la_name" character varying(100),
                "postcode" character varying(10),
                "town" character varying(100),
                "pupils" integer,
                "fsm_percent" numeric(4, 1),
                "eligible" boolean NOT NULL DEFAULT true,
                "in_hub_since" date,
                "compass_plus" boolean NOT NULL DEFAULT false,
                "careers_leader_id" uuid,
                CONSTRAINT "ck_institutions_ukprn" CHECK (
                    ukprn IS NULL
                    OR ukprn ~ '^[0-9]{8}$'
                ),
                CONSTRAINT "ck_institutions_urn" CHECK (urn ~ '^[0-9]{5,7}$'),
                CONSTRAINT "ck_institutions_pupils" CHECK (
                    pupils IS NULL
                    OR pupils >= 0
                ),
                CONSTRAINT "ck_institutions_fsm_percent" CHECK (
                    fsm_percent IS NULL
                    OR (
                        fsm_percent >= 0
                        AND fsm_percent <= 100
                    )
                ),
                CONSTRAINT "PK_0be7539dcdba335470dc05e9690" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_institutions_hub_id" ON "institutions" ("hub_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_institutions_ukprn" ON "institutions" ("ukprn")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_institutions_type" ON "institutions" ("type")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_institutions_la_code" ON "institutions" ("la_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_institutions_eligible" ON "institutions" ("eligible")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_institutions_in_hub_since" ON "institutions" ("in_hub_since")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_institutions_careers_leader_id" ON "institutions" ("careers_leader_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_institutions_hub_urn" ON "institutions" ("hub_id", "urn")
        `);
        // Name search is ILIKE '%term%': a trigram index keeps it fast on a national dataset.
        await queryRunner.query(`
            CREATE INDEX "ix_institutions_name_trgm" ON "institutions" USING gin ("name" gin_trgm_ops)
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_institutions_hub_name" ON "institutions" ("hub_id", "name", "id")
        `);
        await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "fk_users_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "institutions"
            ADD CONSTRAINT "fk_institutions_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "institutions"
            ADD CONSTRAINT "fk_institutions_careers_leader" FOREIGN KEY ("careers_leader_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "institutions" DROP CONSTRAINT "fk_institutions_careers_leader"
        `);
        await queryRunner.query(`
            ALTER TABLE "institutions" DROP CONSTRAINT "fk_institutions_hub"
        `);
        await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "fk_users_hub"
        `);
        await queryRunner.query(`DROP INDEX "public"."ix_institutions_hub_name"`);
        await queryRunner.query(`DROP INDEX "public"."ix_institutions_name_trgm"`);
        await queryRunner.query(`
            DROP INDEX "public"."uq_institutions_hub_urn"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_institutions_careers_leader_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_institutions_in_hub_since"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_institutions_eligible"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_institutions_la_code"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_institutions_type"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_institutions_ukprn"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_institutions_hub_id"
        `);
        await queryRunner.query(`
            DROP TABLE "institutions"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."institution_type"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_users_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_users_email"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_users_hub_id"
        `);
        await queryRunner.query(`
            DROP TABLE "users"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."user_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_login_attempts_last_failure_at"
        `);
        await queryRunner.query(`
            DROP TABLE "login_attempts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_hubs_code"
        `);
        await queryRunner.query(`
            DROP TABLE "hubs"
        `);
    }

}
