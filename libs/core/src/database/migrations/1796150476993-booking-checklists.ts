import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A checklist for every booking: parental consent (a count), needs shared and travel from the
 * school; the workplace supervisor and the induction from the employer.
 */
export class BookingChecklists1796150476993 implements MigrationInterface {
  name = 'BookingChecklists1796150476993';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "booking_checklists" (
        "booking_id" uuid NOT NULL,
        "hub_id" uuid NOT NULL,
        "consent_count" integer,
        "consent_recorded_at" TIMESTAMP WITH TIME ZONE,
        "needs_shared_at" TIMESTAMP WITH TIME ZONE,
        "travel_arrangements" character varying(500),
        "travel_arranged_at" TIMESTAMP WITH TIME ZONE,
        "supervisor_name" character varying(200),
        "supervisor_role" character varying(200),
        "supervisor_named_at" TIMESTAMP WITH TIME ZONE,
        "induction_confirmed_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_booking_checklists" PRIMARY KEY ("booking_id"),
        CONSTRAINT "ck_booking_checklists_consent" CHECK ((consent_count IS NULL) = (consent_recorded_at IS NULL) AND (consent_count IS NULL OR consent_count >= 1)),
        CONSTRAINT "ck_booking_checklists_travel" CHECK ((travel_arrangements IS NULL) = (travel_arranged_at IS NULL)),
        CONSTRAINT "ck_booking_checklists_supervisor" CHECK ((supervisor_name IS NULL) = (supervisor_named_at IS NULL) AND (supervisor_role IS NULL) = (supervisor_named_at IS NULL)),
        CONSTRAINT "fk_booking_checklists_booking" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_booking_checklists_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT
      )
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "booking_checklists"`);
  }
}
