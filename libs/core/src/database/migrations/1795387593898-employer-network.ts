import { MigrationInterface, QueryRunner } from "typeorm";

export class EmployerNetwork1795387593898 implements MigrationInterface {
    name = 'EmployerNetwork1795387593898'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "hub_id" uuid,
                "actor_user_id" uuid,
                "actor_role" character varying(30),
                "actor_api_key_id" uuid,
                "entity_type" character varying(50) NOT NULL,
                "entity_id" uuid NOT NULL,
                "action" character varying(50) NOT NULL,
                "changes" jsonb NOT NULL DEFAULT '{}'::jsonb,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_audit_log_actor_user_id" ON "audit_log" ("actor_user_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_audit_log_hub_at" ON "audit_log" ("hub_id", "at")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_audit_log_entity" ON "audit_log" ("entity_type", "entity_id", "at")
        `);
        await queryRunner.query(`
            CREATE TABLE "domain_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "hub_id" uuid,
                "type" character varying(100) NOT NULL,
                "aggregate_type" character varying(50) NOT NULL,
                "aggregate_id" uuid NOT NULL,
                "payload" jsonb NOT NULL DEFAULT '{}'::jsonb,
                "actor_user_id" uuid,
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "published_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_66e0920a32dda3a89b46ee7a981" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_domain_events_hub_id" ON "domain_events" ("hub_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_domain_events_type" ON "domain_events" ("type")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_domain_events_aggregate" ON "domain_events" ("aggregate_type", "aggregate_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_domain_events_unpublished" ON "domain_events" ("occurred_at")
            WHERE published_at IS NULL
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."employer_size_band" AS ENUM('MICRO', 'SMALL', 'MEDIUM', 'LARGE')
        `);
        await queryRunner.query(`
            CREATE TABLE "employers" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "hub_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "companies_house_number" character varying(8),
                "sector" character varying(100) NOT NULL,
                "size_band" "public"."employer_size_band" NOT NULL,
                "postcode" character varying(10),
                "website" character varying(300),
                CONSTRAINT "ck_employers_company_number" CHECK (
                    companies_house_number IS NULL
                    OR companies_house_number ~ '^[A-Z0-9]{8}$'
                ),
                CONSTRAINT "PK_f2c1aea3e8d7aa3c5fba949c97d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_employers_hub_id" ON "employers" ("hub_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_employers_sector" ON "employers" ("sector")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_employers_hub_name" ON "employers" ("hub_id", "name", "id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_employers_hub_company_number" ON "employers" ("hub_id", "companies_house_number")
            WHERE companies_house_number IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE TABLE "employer_api_keys" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "hub_id" uuid NOT NULL,
                "employer_id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "prefix" character varying(16) NOT NULL,
                "key_hash" character varying(64) NOT NULL,
                "created_by" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_used_at" TIMESTAMP WITH TIME ZONE,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_8d3bc53cac02d0d9b2c00a0a270" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_employer_api_keys_employer_id" ON "employer_api_keys" ("employer_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_employer_api_keys_hash" ON "employer_api_keys" ("key_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_employer_api_keys_created_by" ON "employer_api_keys" ("created_by")
        `);
        await queryRunner.query(`
            CREATE TABLE "employer_contacts" (
                "user_id" uuid NOT NULL,
                "employer_id" uuid NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_98668e205ee2811da01c373d42c" PRIMARY KEY ("user_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_employer_contacts_employer_id" ON "employer_contacts" ("employer_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."membership_status" AS ENUM('PENDING', 'ACTIVE', 'LAPSED', 'WITHDRAWN')
        `);
        await queryRunner.query(`
            CREATE TABLE "employer_memberships" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "hub_id" uuid NOT NULL,
                "employer_id" uuid NOT NULL,
                "status" "public"."membership_status" NOT NULL,
                "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "joined_on" date,
                "renewal_on" date,
                "ended_on" date,
                "pledge" character varying(500),
                CONSTRAINT "ck_employer_memberships_dates" CHECK (
                    renewal_on IS NULL
                    OR joined_on IS NULL
                    OR renewal_on > joined_on
                ),
                CONSTRAINT "PK_8c6d3543d76f4253e9e53e48d8b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_employer_memberships_hub_id" ON "employer_memberships" ("hub_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_employer_memberships_employer_id" ON "employer_memberships" ("employer_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_employer_memberships_status" ON "employer_memberships" ("status")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_employer_memberships_renewal_on" ON "employer_memberships" ("renewal_on")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_employer_memberships_open" ON "employer_memberships" ("employer_id")
            WHERE status IN ('PENDING', 'ACTIVE')
        `);
        await queryRunner.query(`
            CREATE TABLE "sector_groups" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "hub_id" uuid NOT NULL,
                "name" character varying(120) NOT NULL,
                "description" character varying(1000),
                CONSTRAINT "PK_87e0d7a99045cc800358e8ecd07" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_sector_groups_hub_id" ON "sector_groups" ("hub_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_sector_groups_hub_name" ON "sector_groups" ("hub_id", "name")
        `);
        await queryRunner.query(`
            CREATE TABLE "sector_group_members" (
                "sector_group_id" uuid NOT NULL,
                "employer_id" uuid NOT NULL,
                "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_9cfb0cacf16efa22d8eed4ae6d4" PRIMARY KEY ("sector_group_id", "employer_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_sector_group_members_employer_id" ON "sector_group_members" ("employer_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "employers"
            ADD CONSTRAINT "fk_employers_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "employer_api_keys"
            ADD CONSTRAINT "fk_employer_api_keys_employer" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "employer_api_keys"
            ADD CONSTRAINT "fk_employer_api_keys_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "employer_contacts"
            ADD CONSTRAINT "fk_employer_contacts_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "employer_contacts"
            ADD CONSTRAINT "fk_employer_contacts_employer" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "employer_memberships"
            ADD CONSTRAINT "fk_employer_memberships_employer" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sector_groups"
            ADD CONSTRAINT "fk_sector_groups_hub" FOREIGN KEY ("hub_id") REFERENCES "hubs"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sector_group_members"
            ADD CONSTRAINT "fk_sector_group_members_group" FOREIGN KEY ("sector_group_id") REFERENCES "sector_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "sector_group_members"
            ADD CONSTRAINT "fk_sector_group_members_employer" FOREIGN KEY ("employer_id") REFERENCES "employers"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "sector_group_members" DROP CONSTRAINT "fk_sector_group_members_employer"
        `);
        await queryRunner.query(`
            ALTER TABLE "sector_group_members" DROP CONSTRAINT "fk_sector_group_members_group"
        `);
        await queryRunner.query(`
            ALTER TABLE "sector_groups" DROP CONSTRAINT "fk_sector_groups_hub"
        `);
        await queryRunner.query(`
            ALTER TABLE "employer_memberships" DROP CONSTRAINT "fk_employer_memberships_employer"
        `);
        await queryRunner.query(`
            ALTER TABLE "employer_contacts" DROP CONSTRAINT "fk_employer_contacts_employer"
        `);
        await queryRunner.query(`
            ALTER TABLE "employer_contacts" DROP CONSTRAINT "fk_employer_contacts_user"
        `);
        await queryRunner.query(`
            ALTER TABLE "employer_api_keys" DROP CONSTRAINT "fk_employer_api_keys_created_by"
        `);
        await queryRunner.query(`
            ALTER TABLE "employer_api_keys" DROP CONSTRAINT "fk_employer_api_keys_employer"
        `);
        await queryRunner.query(`
            ALTER TABLE "employers" DROP CONSTRAINT "fk_employers_hub"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_sector_group_members_employer_id"
        `);
        await queryRunner.query(`
            DROP TABLE "sector_group_members"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_sector_groups_hub_name"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_sector_groups_hub_id"
        `);
        await queryRunner.query(`
            DROP TABLE "sector_groups"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_employer_memberships_open"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_employer_memberships_renewal_on"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_employer_memberships_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_employer_memberships_employer_id"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_employer_memberships_hub_id"
        `);
        await queryRunner.query(`
            DROP TABLE "employer_memberships"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."membership_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_employer_contacts_employer_id"
        `);
        await queryRunner.query(`
            DROP TABLE "employer_contacts"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_employer_api_keys_created_by"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_employer_api_keys_hash"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_employer_api_keys_employer_id"
        `);
        await queryRunner.query(`
            DROP TABLE "employer_api_keys"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."uq_employers_hub_company_number"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_employers_hub_name"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_employers_sector"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_employers_hub_id"
        `);
        await queryRunner.query(`
            DROP TABLE "employers"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."employer_size_band"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_domain_events_unpublished"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_domain_events_aggregate"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_domain_events_type"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_domain_events_hub_id"
        `);
        await queryRunner.query(`
            DROP TABLE "domain_events"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_audit_log_entity"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_audit_log_hub_at"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_audit_log_actor_user_id"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
    }

}
