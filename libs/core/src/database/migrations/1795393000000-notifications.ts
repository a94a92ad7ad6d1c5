import { MigrationInterface, QueryRunner } from "typeorm";

export class Notifications1795393000000 implements MigrationInterface {
    name = 'Notifications1795393000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "notification_preferences" (
                "email" character varying(320) NOT NULL,
                "kind" character varying(50) NOT NULL,
                "email_enabled" boolean NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d1bb20425ce30d9b0af1c63d2aa" PRIMARY KEY ("email", "kind")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."notification_channel" AS ENUM('EMAIL', 'IN_APP')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."notification_status" AS ENUM('PENDING', 'SENT', 'FAILED', 'SKIPPED')
        `);
        await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "hub_id" uuid,
                "event_id" uuid NOT NULL,
                "kind" character varying(50) NOT NULL,
                "channel" "public"."notification_channel" NOT NULL,
                "recipient_email" character varying(320) NOT NULL,
                "recipient_user_id" uuid,
                "status" "public"."notification_status" NOT NULL,
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" character varying(1000),
                "subject" character varying(300) NOT NULL,
                "body_text" text NOT NULL,
                "body_html" text,
                "action_url" character varying(500),
                "unsubscribe_url" character varying(1000),
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "read_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "uq_notifications_event_recipient_channel" UNIQUE ("event_id", "recipient_email", "channel"),
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notifications_hub_id" ON "notifications" ("hub_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notifications_recipient_user_id" ON "notifications" ("recipient_user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notifications_failed" ON "notifications" ("hub_id", "created_at")
            WHERE status = 'FAILED'
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notifications_inbox" ON "notifications" ("recipient_user_id", "created_at")
            WHERE channel = 'IN_APP'
        `);
        await queryRunner.query(`
            CREATE TABLE "notification_reminders" (
                "kind" character varying(50) NOT NULL,
                "subject_id" uuid NOT NULL,
                "period" character varying(20) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d541d3f3553469f4f303525ec4b" PRIMARY KEY ("kind", "subject_id", "period")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "notification_reminders"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_inbox"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_failed"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_recipient_user_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_hub_id"
        `);
        await queryRunner.query(`
            DROP TABLE "notifications"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."notification_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."notification_channel"
        `);
        await queryRunner.query(`
            DROP TABLE "notification_preferences"
        `);
    }

}
