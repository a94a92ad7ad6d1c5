import { MigrationInterface, QueryRunner } from 'typeorm';

const WHO = (publicRule: string) => `ALTER TABLE "hub_event_registrations"
  ADD CONSTRAINT "ck_hub_event_registrations_who" CHECK (
    (${publicRule})
    OR (kind = 'GROUP' AND user_id IS NOT NULL AND institution_id IS NOT NULL AND year_group IS NOT NULL)
    OR (kind IN ('ADVISER', 'EMPLOYER_CONTACT') AND user_id IS NOT NULL AND places = 1)
  )`;

/**
 * A public registration's name and email are cleared by the retention purge once the event is
 * long over: both or neither, so the registration (places, attendance, consent) still counts.
 */
export class PublicRegistrantRetention1796163116323 implements MigrationInterface {
  name = 'PublicRegistrantRetention1796163116323';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "hub_event_registrations" DROP CONSTRAINT "ck_hub_event_registrations_who"`,
    );
    await queryRunner.query(
      WHO(`kind = 'PUBLIC' AND user_id IS NULL AND (email IS NULL) = (name IS NULL)`),
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "hub_event_registrations" DROP CONSTRAINT "ck_hub_event_registrations_who"`,
    );
    await queryRunner.query(
      WHO(`kind = 'PUBLIC' AND email IS NOT NULL AND name IS NOT NULL AND user_id IS NULL`),
    );
  }
}
