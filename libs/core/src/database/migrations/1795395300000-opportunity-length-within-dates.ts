import { MigrationInterface, QueryRunner } from 'typeorm';

/** An opportunity's length per young person cannot exceed the days from its first to its last day. */
export class OpportunityLengthWithinDates1795395300000 implements MigrationInterface {
  name = 'OpportunityLengthWithinDates1795395300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "opportunities"
        ADD CONSTRAINT "ck_opportunities_length_within_dates"
        CHECK (length_days <= ends_on - starts_on + 1)
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "opportunities" DROP CONSTRAINT "ck_opportunities_length_within_dates"
    `);
  }
}
