import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hub events (network meetings, parent/carer sessions, sector events...) with their
 * registrations and waiting lists, each user's private calendar feed, and attachments on
 * notifications (an event's iCalendar file).
 */
export class HubEvents1796157417279 implements MigrationInterface {
  name = 'HubEvents1796157417279';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "hub_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "hub_id" uuid NOT NULL,
        "kind" character varying(40) NOT NULL,
        "status" character varying(20) NOT NULL DEFAULT 'DRAFT',
        "title" character varying(200) NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "sector_group_id" uuid,
        "host_employer_ids" uuid array NOT NULL DEFAULT '{}',
        "venue" character varying(200),
        "address" character varying(500),
        "joining_url" character varying(1000),
        "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "capacity" integer NOT NULL,
        "audiences" text array NOT NULL,
        "local_authority_codes" text array NOT NULL DEFAULT '{}',
        "registration_opens_at" TIMESTAMP WITH TIME ZONE,
        "registration_closes_at" TIMESTAMP WITH TIME ZONE,
        "follow_up_links" jsonb NOT NULL DEFAULT '[]',
        "public_token" character varying(64) NOT NULL,
        "cancel_reason" character varying(1000),
        "follow_up_sent_at" TIMESTAMP WITH TIME ZONE,
        "created_by" uuid,
        CONSTRAINT "PK_hub_events" PRIMARY KEY ("id"),
        CONSTRAINT "uq_hub_events_public_token" UNIQUE ("public_token"),
        CONSTRAINT "ck_hub_events_times" CHECK (ends_at > starts_at),
        CONSTRAINT "ck_hub_events_capacity" CHECK (capacity >= 1),
        CONSTRAINT "ck_hub_events_place" CHECK (joining_url IS NOT NULL OR venue IS NOT NULL),
        CONSTRAINT "fk_hub_events_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_hub_events_sector_group" FOREIGN KEY ("sector_group_id") REFERENCES "sector_groups"("id") ON DELETE SET NULL
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_hub_events_hub_starts" ON "hub_events" ("hub_id", "starts_at", "id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "hub_event_registrations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "hub_id" uuid NOT NULL,
        "event_id" uuid NOT NULL,
        "kind" character varying(30) NOT NULL,
        "status" character varying(30) NOT NULL,
        "user_id" uuid,
        "institution_id" uuid,
        "year_group" integer,
        "name" character varying(200),
        "email" character varying(320),
        "places" integer NOT NULL,
        "consent_to_contact" boolean NOT NULL DEFAULT false,
        "confirm_token_hash" character varying(64),
        "confirmed_at" TIMESTAMP WITH TIME ZONE,
        "place_offered_at" TIMESTAMP WITH TIME ZONE,
        "attended" integer,
        "attendance_recorded_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_hub_event_registrations" PRIMARY KEY ("id"),
        CONSTRAINT "ck_hub_event_registrations_places" CHECK (places >= 1),
        CONSTRAINT "ck_hub_event_registrations_attended" CHECK (attended IS NULL OR attended BETWEEN 0 AND places),
        CONSTRAINT "ck_hub_event_registrations_who" CHECK (
          (kind = 'PUBLIC' AND email IS NOT NULL AND name IS NOT NULL AND user_id IS NULL)
          OR (kind = 'GROUP' AND user_id IS NOT NULL AND institution_id IS NOT NULL AND year_group IS NOT NULL)
          OR (kind IN ('ADVISER', 'EMPLOYER_CONTACT') AND user_id IS NOT NULL AND places = 1)
        ),
        CONSTRAINT "fk_hub_event_registrations_event" FOREIGN KEY ("event_id") REFERENCES "hub_events"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_hub_event_registrations_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_hub_event_registrations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_hub_event_registrations_institution" FOREIGN KEY ("institution_id") REFERENCES "institutions"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_hub_event_registrations_event" ON "hub_event_registrations" ("event_id", "status", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_hub_event_registrations_user" ON "hub_event_registrations" ("user_id")`,
    );
    // One live registration per person (or per institution and year group) and event.
    await queryRunner.query(`
      CREATE UNIQUE INDEX "uq_hub_event_registrations_email" ON "hub_event_registrations" ("event_id", lower("email"))
      WHERE kind = 'PUBLIC' AND status <> 'CANCELLED'
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "uq_hub_event_registrations_user" ON "hub_event_registrations" ("event_id", "user_id")
      WHERE kind IN ('ADVISER', 'EMPLOYER_CONTACT') AND status <> 'CANCELLED'
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "uq_hub_event_registrations_group" ON "hub_event_registrations" ("event_id", "institution_id", "year_group")
      WHERE kind = 'GROUP' AND status <> 'CANCELLED'
    `);
    await queryRunner.query(`
      CREATE UNIQUE INDEX "uq_hub_event_registrations_confirm_token" ON "hub_event_registrations" ("confirm_token_hash")
      WHERE confirm_token_hash IS NOT NULL
    `);
    await queryRunner.query(`
      CREATE TABLE "calendar_feeds" (
        "user_id" uuid NOT NULL,
        "token_hash" character varying(64) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_calendar_feeds" PRIMARY KEY ("user_id"),
        CONSTRAINT "uq_calendar_feeds_token_hash" UNIQUE ("token_hash"),
        CONSTRAINT "fk_calendar_feeds_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`ALTER TABLE "notifications" ADD "attachments" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notifications" DROP COLUMN "attachments"`);
    await queryRunner.query(`DROP TABLE "calendar_feeds"`);
    await queryRunner.query(`DROP TABLE "hub_event_registrations"`);
    await queryRunner.query(`DROP TABLE "hub_events"`);
  }
}
