import { MigrationInterface, QueryRunner } from "typeorm";

export class Advisers1795388332669 implements MigrationInterface {
    name = 'Advisers1795388332669'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."adviser_status" AS ENUM('PENDING', 'ACTIVE', 'PAUSED', 'LEFT')
        `);
        await queryRunner.query(`
            CREATE TABLE "advisers" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "hub_id" uuid NOT NULL,
                "user_id" uuid,
                "employer_id" uuid,
                "name" character varying(200) NOT NULL,
                "email" character varying(320),
                "phone" character varying(30),
                "job_title" character varying(200),
                "sectors" text array NOT NULL DEFAULT '{}',
                "skills" text array NOT NULL DEFAULT '{}',
                "local_authority_codes" text array NOT NULL DEFAULT '{}',
                "max_one_to_one" integer NOT NULL DEFAULT '1',
                "max_agile" integer NOT NULL DEFAULT '2',
                "availability_note" character varying(1000),
                "status" "public"."adviser_status" NOT NULL DEFAULT 'PENDING',
                "induction_completed_on" date,
                "dbs_checked_on" date,
                "send_ap_experience" boolean NOT NULL DEFAULT false,
                "erased_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "ck_advisers_local_authority_codes" CHECK (
                    array_to_string(local_authority_codes, ',') ~ '^([0-9]{3}(,[0-9]{3})*)?$'
                ),
                CONSTRAINT "ck_advisers_max_agile" CHECK (max_agile >= 0),
                CONSTRAINT "ck_advisers_max_one_to_one" CHECK (max_one_to_one >= 0),
                CONSTRAINT "ck_advisers_erased" CHECK (
                    erased_at IS NULL
                    OR (
                        status = 'LEFT'
                        AND email IS NULL
                        AND user_id IS NULL
                    )
                ),
                CONSTRAINT "ck_advisers_email_unless_erased" CHECK (
                    email IS NOT NULL
                    OR erased_at IS NOT NULL
                ),
                CONSTRAINT "ck_advisers_email_lower" CHECK (email = lower(email)),
                CONSTRAINT "PK_8ee562eb4feae40686af8433f89" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_advisers_hub_id" ON "advisers" ("hub_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_advisers_user_id" ON "advisers" ("user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_advisers_employer_id" ON "advisers" ("employer_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_advisers_sectors" ON "advisers" USING gin ("sectors")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_advisers_local_authority_codes" ON "advisers" USING gin ("local_authority_codes")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_advisers_status" ON "advisers" ("status")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_advisers_hub_name" ON "advisers" ("hub_id", "name", "id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_advisers_hub_email" ON "advisers" ("hub_id", "email")
            WHERE erased_at IS NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "advisers"
            ADD CONSTRAINT "fk_advisers_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "advisers"
            ADD CONSTRAINT "fk_advisers_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "advisers"
            ADD CONSTRAINT "fk_advisers_employer" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "advisers" DROP CONSTRAINT "fk_advisers_employer"
        `);
        await queryRunner.query(`
            ALTER TABLE "advisers" DROP CONSTRAINT "fk_advisers_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "advisers" DROP CONSTRAINT "fk_advisers_hub"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_advisers_hub_email"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_advisers_hub_name"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_advisers_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_advisers_local_authority_codes"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_advisers_sectors"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_advisers_employer_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_advisers_user_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_advisers_hub_id"
        `);
        await queryRunner.query(`
            DROP TABLE "advisers"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."adviser_status"
        `);
    }

}
