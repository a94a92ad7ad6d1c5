import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables the dashboard's quality figures read that had no hub_figures triggers yet. */
const QUALITY_TABLES = ['encounter_feedback', 'booking_checklists'];

const TRANSITION_TABLES = {
  insert: 'NEW TABLE AS changed_rows',
  update: 'OLD TABLE AS previous_rows NEW TABLE AS changed_rows',
  delete: 'OLD TABLE AS changed_rows',
};

/**
 * Feedback after a delivered encounter: the careers leader's and the employer's (rating, criteria
 * met, would host again, comments) and the pupils' answers as counts. Its writes and the
 * checklists' notify `hub_figures_changed` like every table the dashboard reads.
 */
export class EncounterFeedback1796157405841 implements MigrationInterface {
  name = 'EncounterFeedback1796157405841';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "feedback_party" AS ENUM ('CAREERS_LEADER', 'EMPLOYER', 'PUPILS')`,
    );
    await queryRunner.query(`
      CREATE TABLE "encounter_feedback" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "hub_id" uuid NOT NULL,
        "booking_id" uuid NOT NULL,
        "party" "feedback_party" NOT NULL,
        "rating" integer,
        "criteria_met" "meaningful_criterion" array,
        "would_host_again" boolean,
        "comments" text,
        "pupils_responded" integer,
        "pupils_found_useful" integer,
        "pupils_know_more_about_sector" integer,
        "pupils_more_confident_about_next_steps" integer,
        "pupils_would_consider_sector" integer,
        "submitted_by" uuid,
        "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_encounter_feedback" PRIMARY KEY ("id"),
        CONSTRAINT "ck_encounter_feedback_rating" CHECK (rating BETWEEN 1 AND 5),
        CONSTRAINT "ck_encounter_feedback_party" CHECK ((party = 'CAREERS_LEADER' AND rating IS NOT NULL AND criteria_met IS NOT NULL AND would_host_again IS NULL AND pupils_responded IS NULL)
  OR (party = 'EMPLOYER' AND rating IS NOT NULL AND criteria_met IS NULL AND would_host_again IS NOT NULL AND pupils_responded IS NULL)
  OR (party = 'PUPILS' AND rating IS NULL AND criteria_met IS NULL AND would_host_again IS NULL AND comments IS NULL AND pupils_responded IS NOT NULL)),
        CONSTRAINT "ck_encounter_feedback_pupils" CHECK (pupils_responded IS NULL OR (pupils_responded >= 1
    AND pupils_found_useful BETWEEN 0 AND pupils_responded
    AND pupils_know_more_about_sector BETWEEN 0 AND pupils_responded
    AND pupils_more_confident_about_next_steps BETWEEN 0 AND pupils_responded
    AND pupils_would_consider_sector BETWEEN 0 AND pupils_responded)),
        CONSTRAINT "fk_encounter_feedback_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_encounter_feedback_booking" FOREIGN KEY ("booking_id") REFERENCES "bookings"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_encounter_feedback_submitted_by" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE SET NULL
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_encounter_feedback_booking_party" ON "encounter_feedback" ("booking_id", "party")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_encounter_feedback_hub_submitted" ON "encounter_feedback" ("hub_id", "submitted_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_encounter_feedback_submitted_by" ON "encounter_feedback" ("submitted_by")`,
    );
    for (const table of QUALITY_TABLES) {
      for (const [event, rows] of Object.entries(TRANSITION_TABLES)) {
        await queryRunner.query(`
          CREATE TRIGGER "hub_figures_${table}_${event}" AFTER ${event.toUpperCase()} ON "${table}"
          REFERENCING ${rows} FOR EACH STATEMENT EXECUTE FUNCTION notify_hub_figures_changed()
        `);
      }
      await queryRunner.query(`
        CREATE TRIGGER "hub_figures_${table}_truncate" AFTER TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION notify_all_hub_figures_changed()
      `);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER "hub_figures_booking_checklists_insert" ON "booking_checklists";
      DROP TRIGGER "hub_figures_booking_checklists_update" ON "booking_checklists";
      DROP TRIGGER "hub_figures_booking_checklists_delete" ON "booking_checklists";
      DROP TRIGGER "hub_figures_booking_checklists_truncate" ON "booking_checklists"
    `);
    await queryRunner.query(`DROP TABLE "encounter_feedback"`);
    await queryRunner.query(`DROP TYPE "feedback_party"`);
  }
}
