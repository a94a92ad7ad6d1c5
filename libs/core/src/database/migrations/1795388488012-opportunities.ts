import { MigrationInterface, QueryRunner } from "typeorm";

export class Opportunities1795388488012 implements MigrationInterface {
    name = 'Opportunities1795388488012'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."opportunity_kind" AS ENUM(
                'WORKPLACE_VISIT',
                'WORK_EXPERIENCE_PLACEMENT',
                'CAREERS_TALK',
                'VIRTUAL_EXPERIENCE',
                'PROJECT',
                'SUPPORTED_INTERNSHIP',
                'MENTORING',
                'MOCK_INTERVIEWS'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."opportunity_tier" AS ENUM('T1', 'T2', 'T3')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."delivery_mode" AS ENUM('IN_PERSON', 'VIRTUAL', 'HYBRID')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."meaningful_criterion" AS ENUM(
                'CLEAR_PURPOSE',
                'LEARNING_OUTCOMES',
                'TWO_WAY_INTERACTION',
                'MEETS_RANGE_OF_PEOPLE',
                'PERFORMS_TASK',
                'EMPLOYER_FEEDBACK',
                'REFLECTION'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."opportunity_status" AS ENUM('DRAFT', 'PUBLISHED', 'CLOSED', 'CANCELLED')
        `);
        await queryRunner.query(`
            CREATE TABLE "opportunities" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "hub_id" uuid NOT NULL,
                "employer_id" uuid NOT NULL,
                "kind" "public"."opportunity_kind" NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" character varying(5000) NOT NULL,
                "tier" "public"."opportunity_tier" NOT NULL,
                "sector" character varying(100) NOT NULL,
                "year_groups" integer array NOT NULL,
                "delivery_mode" "public"."delivery_mode" NOT NULL,
                "starts_on" date NOT NULL,
                "ends_on" date NOT NULL,
                "length_days" numeric(4, 1) NOT NULL,
                "total_places" integer NOT NULL,
                "places_held" integer NOT NULL DEFAULT '0',
                "send_friendly" boolean NOT NULL DEFAULT false,
                "meaningful_criteria" "public"."meaningful_criterion" array NOT NULL,
                "location" character varying(300),
                "status" "public"."opportunity_status" NOT NULL DEFAULT 'DRAFT',
                "published_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "ck_opportunities_year_groups" CHECK (
                    cardinality(year_groups) > 0
                    AND year_groups <@ ARRAY [7, 8, 9, 10, 11, 12, 13]
                ),
                CONSTRAINT "ck_opportunities_places_held" CHECK (
                    places_held >= 0
                    AND places_held <= total_places
                ),
                CONSTRAINT "ck_opportunities_total_places" CHECK (total_places > 0),
                CONSTRAINT "ck_opportunities_length_days" CHECK (
                    length_days > 0
                    AND length_days * 2 = floor(length_days * 2)
                ),
                CONSTRAINT "ck_opportunities_dates" CHECK (ends_on >= starts_on),
                CONSTRAINT "PK_4bd9cd12ddc0ff48a5a97ddebce" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_opportunities_employer_id" ON "opportunities" ("employer_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_opportunities_kind" ON "opportunities" ("kind")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_opportunities_tier" ON "opportunities" ("tier")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_opportunities_starts_on" ON "opportunities" ("starts_on")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_opportunities_ends_on" ON "opportunities" ("ends_on")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_opportunities_status" ON "opportunities" ("status")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_opportunities_hub_starts" ON "opportunities" ("hub_id", "starts_on", "id")
        `);
        // Year-group and key-stage filters are array overlaps; sector filters ignore case.
        await queryRunner.query(`
            CREATE INDEX "ix_opportunities_year_groups" ON "opportunities" USING gin ("year_groups")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_opportunities_sector_lower" ON "opportunities" (lower("sector"))
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."booking_status" AS ENUM(
                'REQUESTED',
                'CONFIRMED',
                'DECLINED',
                'CANCELLED',
                'WAITLISTED'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "bookings" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "hub_id" uuid NOT NULL,
                "opportunity_id" uuid NOT NULL,
                "institution_id" uuid NOT NULL,
                "requested_by" uuid,
                "places" integer NOT NULL,
                "fsm_places" integer NOT NULL,
                "year_group" integer NOT NULL,
                "status" "public"."booking_status" NOT NULL,
                "status_reason" character varying(500),
                "confirmed_at" TIMESTAMP WITH TIME ZONE,
                "place_offered_at" TIMESTAMP WITH TIME ZONE,
                "attended" integer,
                "fsm_attended" integer,
                "employer_feedback" character varying(5000),
                "attendance_recorded_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "ck_bookings_attendance" CHECK (
                    (
                        attended IS NULL
                        AND fsm_attended IS NULL
                        AND attendance_recorded_at IS NULL
                    )
                    OR (
                        status = 'CONFIRMED'
                        AND attendance_recorded_at IS NOT NULL
                        AND attended IS NOT NULL
                        AND fsm_attended IS NOT NULL
                        AND attended <= places
                        AND fsm_attended >= 0
                        AND fsm_attended <= attended
                    )
                ),
                CONSTRAINT "ck_bookings_year_group" CHECK (
                    year_group BETWEEN 7 AND 13
                ),
                CONSTRAINT "ck_bookings_fsm_places" CHECK (
                    fsm_places >= 0
                    AND fsm_places <= places
                ),
                CONSTRAINT "ck_bookings_places" CHECK (places >= 1),
                CONSTRAINT "PK_bee6805982cc1e248e94ce94957" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_bookings_requested_by" ON "bookings" ("requested_by")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_bookings_status" ON "bookings" ("status")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_bookings_hub_created" ON "bookings" ("hub_id", "created_at", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_bookings_institution_status" ON "bookings" ("institution_id", "status")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_bookings_opportunity_status" ON "bookings" ("opportunity_id", "status")
        `);
        await queryRunner.query(`
            ALTER TABLE "opportunities"
            ADD CONSTRAINT "fk_opportunities_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "opportunities"
            ADD CONSTRAINT "fk_opportunities_employer" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD CONSTRAINT "fk_bookings_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD CONSTRAINT "fk_bookings_opportunity" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD CONSTRAINT "fk_bookings_institution" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings"
            ADD CONSTRAINT "fk_bookings_requested_by" FOREIGN KEY ("requested_by") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "bookings" DROP CONSTRAINT "fk_bookings_requested_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings" DROP CONSTRAINT "fk_bookings_institution"
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings" DROP CONSTRAINT "fk_bookings_opportunity"
        `);
        await queryRunner.query(`
            ALTER TABLE "bookings" DROP CONSTRAINT "fk_bookings_hub"
        `);
        await queryRunner.query(`
            ALTER TABLE "opportunities" DROP CONSTRAINT "fk_opportunities_employer"
        `);
        await queryRunner.query(`
            ALTER TABLE "opportunities" DROP CONSTRAINT "fk_opportunities_hub"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_bookings_opportunity_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_bookings_institution_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_bookings_hub_created"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_bookings_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_bookings_requested_by"
        `);
        await queryRunner.query(`
            DROP TABLE "bookings"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."booking_status"
        `);
        await queryRunner.query(`DROP INDEX "public"."ix_opportunities_sector_lower"`);
        await queryRunner.query(`DROP INDEX "public"."ix_opportunities_year_groups"`);
        await queryRunner.query(`
            DROP INDEX "public"."ix_opportunities_hub_starts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_opportunities_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_opportunities_ends_on"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_opportunities_starts_on"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_opportunities_tier"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_opportunities_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_opportunities_employer_id"
        `);
        await queryRunner.query(`
            DROP TABLE "opportunities"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."opportunity_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."meaningful_criterion"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."delivery_mode"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."opportunity_tier"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."opportunity_kind"
        `);
    }

}
