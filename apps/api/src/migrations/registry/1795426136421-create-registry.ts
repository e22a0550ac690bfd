import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The registry: region tree, grids, households, members (ID number and phone encrypted, keyed hash for lookup),
 * the append-only household history and Excel imports.
 */
export class CreateRegistry1795426136421 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // defined by the platform migration too; repeated so that this migration stands on its own (idempotent)
    await q.query(`CREATE OR REPLACE FUNCTION xz_forbid_change() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'append-only table %: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$ LANGUAGE plpgsql`);

    await q.query(`CREATE TYPE "region_level" AS ENUM ('PROVINCE', 'CITY', 'COUNTY', 'TOWN', 'VILLAGE', 'GRID')`);
    await q.query(`CREATE TABLE "region" (
      "code" character varying(15) NOT NULL,
      "name" character varying(60) NOT NULL,
      "level" "region_level" NOT NULL,
      "parent_code" character varying(15),
      "county_code" character varying(12),
      "sort" integer NOT NULL DEFAULT 0,
      "last_card_sequence" integer NOT NULL DEFAULT 0,
      CONSTRAINT "region_pkey" PRIMARY KEY ("code"))`);
    await q.query(`CREATE INDEX "region_parent_idx" ON "region" ("parent_code", "sort")`);

    await q.query(`CREATE TABLE "grid" (
      "code" character varying(15) NOT NULL,
      "village_code" character varying(12) NOT NULL,
      "county_code" character varying(12) NOT NULL,
      "name" character varying(60) NOT NULL,
      "leader_name" character varying(40),
      "note" character varying(200),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "grid_pkey" PRIMARY KEY ("code"),
      CONSTRAINT "grid_village_fk" FOREIGN KEY ("village_code") REFERENCES "region" ("code") ON DELETE RESTRICT)`);
    await q.query(`CREATE INDEX "grid_county_village_idx" ON "grid" ("county_code", "village_code")`);

    await q.query(`CREATE TYPE "household_residency" AS ENUM ('LOCAL_HUKOU', 'NON_LOCAL')`);
    await q.query(`CREATE TABLE "household" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "card_number" character varying(21) NOT NULL,
      "region_code" character varying(12) NOT NULL,
      "grid_code" character varying(15),
      "scope_code" character varying(15) NOT NULL,
      "county_code" character varying(12) NOT NULL,
      "address" character varying(200) NOT NULL,
      "residency" "household_residency" NOT NULL,
      "resident_since" date,
      "admitted_by" uuid,
      "admitted_at" date,
      "admission_note" character varying(500),
      "participating" boolean NOT NULL DEFAULT true,
      "head_member_id" uuid,
      "version" integer NOT NULL DEFAULT 1,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "created_by" uuid,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_by" uuid,
      CONSTRAINT "household_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "household_region_fk" FOREIGN KEY ("region_code") REFERENCES "region" ("code") ON DELETE RESTRICT,
      CONSTRAINT "household_grid_fk" FOREIGN KEY ("grid_code") REFERENCES "grid" ("code") ON DELETE RESTRICT)`);
    await q.query(`CREATE UNIQUE INDEX "household_card_number_uq" ON "household" ("card_number")`);
    await q.query(`CREATE INDEX "household_region_idx" ON "household" ("region_code", "card_number")`);
    // pattern ops: `scope_code LIKE 'prefix%'` (every scoped list) uses the index whatever the database collation
    await q.query(
      `CREATE INDEX "household_county_scope_idx" ON "household" ("county_code", "scope_code" varchar_pattern_ops)`,
    );
    await q.query(`CREATE INDEX "household_address_trgm_idx" ON "household" USING gin ("address" gin_trgm_ops)`);

    await q.query(`CREATE TYPE "member_gender" AS ENUM ('MALE', 'FEMALE')`);
    await q.query(
      `CREATE TYPE "member_relation" AS ENUM ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'GRANDCHILD', 'SIBLING', 'OTHER')`,
    );
    await q.query(`CREATE TABLE "member" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "household_id" uuid NOT NULL,
      "region_code" character varying(12) NOT NULL,
      "county_code" character varying(12) NOT NULL,
      "name" character varying(40) NOT NULL,
      "gender" "member_gender" NOT NULL,
      "birth_date" date,
      "relation" "member_relation" NOT NULL,
      "id_number_cipher" bytea NOT NULL,
      "id_number_hash" character(64) NOT NULL,
      "id_number_masked" character varying(18) NOT NULL,
      "phone_cipher" bytea,
      "phone_masked" character varying(20),
      "participating" boolean NOT NULL DEFAULT true,
      "active" boolean NOT NULL DEFAULT true,
      "left_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "member_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "member_household_fk" FOREIGN KEY ("household_id") REFERENCES "household" ("id") ON DELETE RESTRICT)`);
    await q.query(`CREATE INDEX "member_household_idx" ON "member" ("household_id")`);
    await q.query(`CREATE INDEX "member_county_region_idx" ON "member" ("county_code", "region_code")`);
    // an ID number belongs to one active member at most (a removed member's number may be registered again)
    await q.query(
      `CREATE UNIQUE INDEX "member_id_number_hash_active_uq" ON "member" ("id_number_hash") WHERE "active"`,
    );
    await q.query(`CREATE INDEX "member_name_trgm_idx" ON "member" USING gin ("name" gin_trgm_ops)`);

    await q.query(
      `CREATE TYPE "household_operation" AS ENUM ('CREATE', 'UPDATE', 'ADD_MEMBER', 'UPDATE_MEMBER', 'REMOVE_MEMBER', 'ADMIT', 'IMPORT')`,
    );
    await q.query(`CREATE TABLE "household_change" (
      "id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
      "household_id" uuid NOT NULL,
      "region_code" character varying(12) NOT NULL,
      "county_code" character varying(12) NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "actor_id" uuid,
      "actor_name" character varying(64) NOT NULL,
      "operation" "household_operation" NOT NULL,
      "member_id" uuid,
      "changes" jsonb NOT NULL DEFAULT '{}'::jsonb,
      CONSTRAINT "household_change_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "household_change_household_fk" FOREIGN KEY ("household_id") REFERENCES "household" ("id") ON DELETE RESTRICT)`);
    await q.query(`CREATE INDEX "household_change_household_idx" ON "household_change" ("household_id", "id")`);
    await q.query(
      `CREATE INDEX "household_change_county_region_idx" ON "household_change" ("county_code", "region_code", "at")`,
    );
    await q.query(`CREATE TRIGGER household_change_append_only BEFORE UPDATE OR DELETE ON "household_change"
      FOR EACH ROW EXECUTE FUNCTION xz_forbid_change()`);
    await q.query(`CREATE TRIGGER household_change_no_truncate BEFORE TRUNCATE ON "household_change"
      FOR EACH STATEMENT EXECUTE FUNCTION xz_forbid_change()`);

    await q.query(
      `CREATE TYPE "household_import_status" AS ENUM ('QUEUED', 'VALIDATING', 'IMPORTING', 'DONE', 'FAILED')`,
    );
    await q.query(`CREATE TABLE "household_import" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "region_code" character varying(12) NOT NULL,
      "county_code" character varying(12) NOT NULL,
      "file_id" uuid NOT NULL,
      "status" "household_import_status" NOT NULL,
      "total" integer NOT NULL DEFAULT 0,
      "processed" integer NOT NULL DEFAULT 0,
      "created" integer NOT NULL DEFAULT 0,
      "error_count" integer NOT NULL DEFAULT 0,
      "error_report_file_id" uuid,
      "message" character varying(500),
      "attempts" integer NOT NULL DEFAULT 0,
      "created_by" uuid,
      "actor" jsonb NOT NULL DEFAULT '{}'::jsonb,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "finished_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "household_import_pkey" PRIMARY KEY ("id"))`);
    await q.query(
      `CREATE INDEX "household_import_county_region_idx" ON "household_import" ("county_code", "region_code", "created_at")`,
    );
    await q.query(`CREATE INDEX "household_import_status_idx" ON "household_import" ("status", "updated_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "household_import"`);
    await q.query(`DROP TYPE "household_import_status"`);
    await q.query(`DROP TABLE "household_change"`);
    await q.query(`DROP TYPE "household_operation"`);
    await q.query(`DROP TABLE "member"`);
    await q.query(`DROP TYPE "member_relation"`);
    await q.query(`DROP TYPE "member_gender"`);
    await q.query(`DROP TABLE "household"`);
    await q.query(`DROP TYPE "household_residency"`);
    await q.query(`DROP TABLE "grid"`);
    await q.query(`DROP TABLE "region"`);
    await q.query(`DROP TYPE "region_level"`);
    // xz_forbid_change() and pg_trgm belong to the platform migration and stay
  }
}
