import { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff accounts (app_user) and their rotating refresh tokens (refresh_token, stored as sha256 only). */
export class CreateIdentity1763971200000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "app_user" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "username" character varying(64) NOT NULL,
      "display_name" character varying(64) NOT NULL,
      "password_hash" character varying(255) NOT NULL,
      "role" character varying(32) NOT NULL,
      "region_code" character varying(15) NOT NULL,
      "county_code" character varying(12) NOT NULL,
      "grid_codes" text array NOT NULL DEFAULT '{}',
      "phone" character varying(32),
      "active" boolean NOT NULL DEFAULT true,
      "failed_logins" integer NOT NULL DEFAULT 0,
      "locked_until" TIMESTAMP WITH TIME ZONE,
      "password_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "created_by" uuid,
      CONSTRAINT "app_user_username_lower_check" CHECK ("username" = lower("username")),
      CONSTRAINT "app_user_role_check" CHECK ("role" IN ('SYSTEM_ADMIN', 'COUNTY_SUPERVISOR', 'TOWN_SUPERVISOR', 'VILLAGE_ADMIN', 'VILLAGE_REVIEWER', 'OVERSIGHT', 'GRID_WORKER', 'SHOP_OPERATOR')),
      CONSTRAINT "app_user_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "app_user_username_key" ON "app_user" ("username")`);
    await q.query(`CREATE INDEX "app_user_county_region_idx" ON "app_user" ("county_code", "region_code")`);

    await q.query(`CREATE TABLE "refresh_token" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL,
      "family_id" uuid NOT NULL,
      "token_hash" character(64) NOT NULL,
      "region_code" character varying(15) NOT NULL,
      "county_code" character varying(12) NOT NULL,
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "used_at" TIMESTAMP WITH TIME ZONE,
      "revoked_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "ip" character varying(64),
      "user_agent" character varying(256),
      CONSTRAINT "refresh_token_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "refresh_token_hash_key" ON "refresh_token" ("token_hash")`);
    await q.query(`CREATE INDEX "refresh_token_family_idx" ON "refresh_token" ("family_id")`);
    await q.query(`CREATE INDEX "refresh_token_user_idx" ON "refresh_token" ("user_id")`);
    await q.query(`ALTER TABLE "refresh_token" ADD CONSTRAINT "refresh_token_user_fk"
      FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "refresh_token"`);
    await q.query(`DROP TABLE "app_user"`);
  }
}
