import { MigrationInterface, QueryRunner } from 'typeorm';

/** Programme tables the hub dashboard's network activity reads: each write drops the hub's figures. */
const PROGRAMME_TABLES = [
  'programmes',
  'programme_hosts',
  'programme_participants',
  'programme_sessions',
];

const TRANSITION_TABLES = {
  insert: 'NEW TABLE AS changed_rows',
  update: 'OLD TABLE AS previous_rows NEW TABLE AS changed_rows',
  delete: 'OLD TABLE AS changed_rows',
};

/** A year group count per year 7 to 13, in order: counts only, never names. */
const YEAR_COUNTS = (column: string) =>
  `cardinality(${column}) = 7 AND 0 <= ALL(${column})`;

/**
 * Long-running hub programmes (Careers Champions, Supported Internships, a touring VR
 * experience): their host employers, participating institutions with cohorts as counts, and the
 * sessions delivered. Every table carries the hub, so the dashboard's triggers
 * (migration 1795396640000) notify the hub's figures of each write.
 */
export class Programmes1796157438253 implements MigrationInterface {
  name = 'Programmes1796157438253';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TYPE "programme_kind" AS ENUM ('AMBASSADORS', 'SUPPORTED_INTERNSHIP',
        'TOURING_EXPERIENCE', 'ON_DEMAND', 'WORKPLACE_VISITS', 'OTHER')
    `);
    await queryRunner.query(`
      CREATE TABLE "programmes" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "hub_id" uuid NOT NULL,
        "name" character varying(200) NOT NULL,
        "kind" "programme_kind" NOT NULL,
        "description" character varying(5000) NOT NULL,
        "sectors" character varying(100) array NOT NULL,
        "starts_on" date NOT NULL,
        "ends_on" date NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_programmes" PRIMARY KEY ("id"),
        CONSTRAINT "ck_programmes_dates" CHECK (ends_on >= starts_on),
        CONSTRAINT "ck_programmes_sectors" CHECK (cardinality(sectors) > 0),
        CONSTRAINT "fk_programmes_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_programmes_hub_starts" ON "programmes" ("hub_id", "starts_on", "id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "programme_hosts" (
        "programme_id" uuid NOT NULL,
        "employer_id" uuid NOT NULL,
        "hub_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_programme_hosts" PRIMARY KEY ("programme_id", "employer_id"),
        CONSTRAINT "fk_programme_hosts_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_programme_hosts_employer" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_programme_hosts_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_programme_hosts_employer_id" ON "programme_hosts" ("employer_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "programme_participants" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "hub_id" uuid NOT NULL,
        "programme_id" uuid NOT NULL,
        "institution_id" uuid NOT NULL,
        "cohort_by_year" integer array NOT NULL,
        "pupils" integer NOT NULL,
        "send_pupils" integer NOT NULL DEFAULT 0,
        "fsm_pupils" integer NOT NULL DEFAULT 0,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_programme_participants" PRIMARY KEY ("id"),
        CONSTRAINT "uq_programme_participants_institution" UNIQUE ("programme_id", "institution_id"),
        CONSTRAINT "ck_programme_participants_cohort" CHECK (${YEAR_COUNTS('cohort_by_year')} AND pupils > 0),
        CONSTRAINT "ck_programme_participants_send" CHECK (send_pupils >= 0 AND send_pupils <= pupils),
        CONSTRAINT "ck_programme_participants_fsm" CHECK (fsm_pupils >= 0 AND fsm_pupils <= pupils),
        CONSTRAINT "fk_programme_participants_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_programme_participants_institution" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_programme_participants_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_programme_participants_institution_id" ON "programme_participants" ("institution_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "programme_sessions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "hub_id" uuid NOT NULL,
        "programme_id" uuid NOT NULL,
        "participant_id" uuid NOT NULL,
        "institution_id" uuid NOT NULL,
        "held_on" date NOT NULL,
        "reached_by_year" integer array NOT NULL,
        "pupils_reached" integer NOT NULL,
        "opportunity_id" uuid,
        "notes" character varying(1000),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_programme_sessions" PRIMARY KEY ("id"),
        CONSTRAINT "ck_programme_sessions_reached" CHECK (${YEAR_COUNTS('reached_by_year')} AND pupils_reached > 0),
        CONSTRAINT "fk_programme_sessions_programme" FOREIGN KEY ("programme_id") REFERENCES "programmes"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_programme_sessions_participant" FOREIGN KEY ("participant_id") REFERENCES "programme_participants"("id"),
        CONSTRAINT "fk_programme_sessions_institution" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_programme_sessions_opportunity" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE SET NULL,
        CONSTRAINT "fk_programme_sessions_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_programme_sessions_programme_held" ON "programme_sessions" ("programme_id", "held_on", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_programme_sessions_hub_held" ON "programme_sessions" ("hub_id", "held_on")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_programme_sessions_participant_id" ON "programme_sessions" ("participant_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_programme_sessions_institution_id" ON "programme_sessions" ("institution_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_programme_sessions_opportunity_id" ON "programme_sessions" ("opportunity_id")`,
    );
    for (const table of PROGRAMME_TABLES) {
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
    await queryRunner.query(`DROP TABLE "programme_sessions"`);
    await queryRunner.query(`DROP TABLE "programme_participants"`);
    await queryRunner.query(`DROP TABLE "programme_hosts"`);
    await queryRunner.query(`DROP TABLE "programmes"`);
    await queryRunner.query(`DROP TYPE "programme_kind"`);
  }
}
