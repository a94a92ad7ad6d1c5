import { MigrationInterface, QueryRunner } from 'typeorm';

/** One-time codes the console exchanges for a token after a sign-in with Google or Microsoft. */
export class SignInCodes1795396300000 implements MigrationInterface {
  name = 'SignInCodes1795396300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "sign_in_codes" (
        "code_hash" character varying(64) NOT NULL,
        "user_id" uuid NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "pk_sign_in_codes" PRIMARY KEY ("code_hash")
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_sign_in_codes_user_id" ON "sign_in_codes" ("user_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "sign_in_codes" ADD CONSTRAINT "fk_sign_in_codes_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "sign_in_codes"`);
  }
}
