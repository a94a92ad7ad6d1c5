import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Email claims: `claimed_until` says until when a PENDING email belongs to whoever holds it (the
 * batch that created it, the sender sending it, the job queued for its next try). Emails already
 * PENDING get no claim, so the first sweep hands them to a fresh send job.
 */
export class EmailClaims1795395500000 implements MigrationInterface {
    name = 'EmailClaims1795395500000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "notifications" ADD "claimed_until" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_notifications_pending_email_claims" ON "notifications" ("claimed_until")
            WHERE channel = 'EMAIL' AND status = 'PENDING'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_pending_email_claims"
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications" DROP COLUMN "claimed_until"
        `);
    }
}
