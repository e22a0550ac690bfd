import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The points system: scheme versions (town schemes and village adaptations), the append-only ledger of entries and
 * its append-only event log (the database refuses UPDATE, DELETE and TRUNCATE on both), and the state of each entry.
 */
export class CreatePoints1796287697089 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    // defined by the platform migration too; repeated so that this migration stands on its own (idempotent)
    await q.query(`CREATE OR REPLACE FUNCTION xz_forbid_change() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'append-only table %: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$ LANGUAGE plpgsql`);

    await q.query(
      `CREATE TYPE "points_scheme_status" AS ENUM ('DRAFT', 'SUBMITTED', 'IN_FORCE', 'SUPERSEDED', 'REJECTED')`,
    );
    await q.query(`CREATE TABLE "points_scheme_version" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "region_code" character varying(12) NOT NULL,
      "year" integer NOT NULL,
      "version" integer NOT NULL,
      "status" "points_scheme_status" NOT NULL,
      "preset_key" character varying(32),
      "definition" jsonb NOT NULL,
      "based_on_id" uuid,
      "change_reason" character varying(500),
      "decision_reason" character varying(500),
      "created_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "submitted_by" uuid,
      "submitted_at" TIMESTAMP WITH TIME ZONE,
      "decided_by" uuid,
      "decided_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "points_scheme_version_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "points_scheme_version_based_on_fk" FOREIGN KEY ("based_on_id")
        REFERENCES "points_scheme_version" ("id") ON DELETE RESTRICT)`);
    await q.query(
      `CREATE UNIQUE INDEX "points_scheme_version_region_year_version_uq" ON "points_scheme_version" ("region_code", "year", "version")`,
    );
    // at most one version in force per region and year
    await q.query(
      `CREATE UNIQUE INDEX "points_scheme_version_in_force_uq" ON "points_scheme_version" ("region_code", "year") WHERE "status" = 'IN_FORCE'`,
    );
    await q.query(
      `CREATE INDEX "points_scheme_version_status_idx" ON "points_scheme_version" ("status", "region_code")`,
    );

    await q.query(`CREATE TYPE "points_item_kind" AS ENUM ('POSITIVE', 'NEGATIVE', 'BONUS', 'VETO')`);
    await q.query(
      `CREATE TYPE "points_entry_channel" AS ENUM ('ORAL', 'PHONE', 'SMS', 'QQ', 'WECHAT', 'ON_SITE', 'QR_SCAN', 'DOCUMENT')`,
    );
    await q.query(`CREATE TYPE "points_reversal_source" AS ENUM ('CORRECTION', 'OBJECTION')`);
    await q.query(`CREATE TABLE "points_entry" (
      "id" uuid NOT NULL,
      "household_id" uuid NOT NULL,
      "member_id" uuid,
      "village_code" character varying(12) NOT NULL,
      "scope_code" character varying(15) NOT NULL,
      "scheme_version_id" uuid NOT NULL,
      "item_code" character varying(32) NOT NULL,
      "item_kind" "points_item_kind" NOT NULL,
      "item_name" character varying(200) NOT NULL,
      "public_wording" character varying(200) NOT NULL,
      "points" integer NOT NULL,
      "occurred_on" date NOT NULL,
      "place" character varying(200),
      "description" character varying(1000) NOT NULL,
      "channel" "points_entry_channel" NOT NULL,
      "evidence_file_ids" uuid array NOT NULL DEFAULT '{}',
      "declared_by_resident" boolean NOT NULL DEFAULT false,
      "reversal_of" uuid,
      "reversal_reason" character varying(500),
      "reversal_source" "points_reversal_source",
      "reversal_ref" uuid,
      "recorded_by" uuid NOT NULL,
      "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "idempotency_key" character varying(80),
      CONSTRAINT "points_entry_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "points_entry_household_fk" FOREIGN KEY ("household_id") REFERENCES "household" ("id") ON DELETE RESTRICT,
      CONSTRAINT "points_entry_member_fk" FOREIGN KEY ("member_id") REFERENCES "member" ("id") ON DELETE RESTRICT,
      CONSTRAINT "points_entry_scheme_version_fk" FOREIGN KEY ("scheme_version_id")
        REFERENCES "points_scheme_version" ("id") ON DELETE RESTRICT,
      CONSTRAINT "points_entry_reversal_of_fk" FOREIGN KEY ("reversal_of") REFERENCES "points_entry" ("id") ON DELETE RESTRICT)`);
    await q.query(`CREATE INDEX "points_entry_household_idx" ON "points_entry" ("household_id", "occurred_on")`);
    await q.query(`CREATE INDEX "points_entry_village_idx" ON "points_entry" ("village_code", "occurred_on")`);
    // pattern ops: `scope_code LIKE 'prefix%'` uses the index whatever the database collation
    await q.query(`CREATE INDEX "points_entry_scope_idx" ON "points_entry" ("scope_code" varchar_pattern_ops)`);
    // a second reversal of the same entry is impossible
    await q.query(`CREATE UNIQUE INDEX "points_entry_reversal_of_uq" ON "points_entry" ("reversal_of")`);
    // R3: one entry (or one bulk call) per client key and recorder
    await q.query(
      `CREATE UNIQUE INDEX "points_entry_idempotency_uq" ON "points_entry" ("recorded_by", "idempotency_key")`,
    );
    await q.query(`CREATE TRIGGER points_entry_append_only BEFORE UPDATE OR DELETE ON "points_entry"
      FOR EACH ROW EXECUTE FUNCTION xz_forbid_change()`);
    await q.query(`CREATE TRIGGER points_entry_no_truncate BEFORE TRUNCATE ON "points_entry"
      FOR EACH STATEMENT EXECUTE FUNCTION xz_forbid_change()`);

    await q.query(
      `CREATE TYPE "points_entry_action" AS ENUM ('RECORDED', 'REVIEW_APPROVED', 'REVIEW_REJECTED', 'APPROVED', 'PUBLISHED', 'REVERSED')`,
    );
    await q.query(`CREATE TABLE "points_entry_event" (
      "id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL,
      "entry_id" uuid NOT NULL,
      "action" "points_entry_action" NOT NULL,
      "actor_id" uuid NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "reason" character varying(500),
      "publication_id" uuid,
      CONSTRAINT "points_entry_event_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "points_entry_event_entry_fk" FOREIGN KEY ("entry_id") REFERENCES "points_entry" ("id") ON DELETE RESTRICT)`);
    await q.query(`CREATE INDEX "points_entry_event_entry_idx" ON "points_entry_event" ("entry_id", "id")`);
    await q.query(`CREATE TRIGGER points_entry_event_append_only BEFORE UPDATE OR DELETE ON "points_entry_event"
      FOR EACH ROW EXECUTE FUNCTION xz_forbid_change()`);
    await q.query(`CREATE TRIGGER points_entry_event_no_truncate BEFORE TRUNCATE ON "points_entry_event"
      FOR EACH STATEMENT EXECUTE FUNCTION xz_forbid_change()`);

    await q.query(
      `CREATE TYPE "points_entry_status" AS ENUM ('RECORDED', 'REVIEWED', 'REJECTED', 'APPROVED', 'PUBLISHED')`,
    );
    await q.query(`CREATE TABLE "points_entry_state" (
      "entry_id" uuid NOT NULL,
      "village_code" character varying(12) NOT NULL,
      "scope_code" character varying(15) NOT NULL,
      "occurred_on" date NOT NULL,
      "status" "points_entry_status" NOT NULL,
      "reversed" boolean NOT NULL DEFAULT false,
      "reviewed_by" uuid,
      "reviewed_at" TIMESTAMP WITH TIME ZONE,
      "approved_by" uuid,
      "approved_at" TIMESTAMP WITH TIME ZONE,
      "publication_id" uuid,
      "published_at" TIMESTAMP WITH TIME ZONE,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "points_entry_state_pkey" PRIMARY KEY ("entry_id"),
      CONSTRAINT "points_entry_state_entry_fk" FOREIGN KEY ("entry_id") REFERENCES "points_entry" ("id") ON DELETE RESTRICT)`);
    // the review queue (village, status, month) and the town approval queue
    await q.query(
      `CREATE INDEX "points_entry_state_queue_idx" ON "points_entry_state" ("village_code", "status", "occurred_on")`,
    );
    await q.query(
      `CREATE INDEX "points_entry_state_scope_idx" ON "points_entry_state" ("scope_code" varchar_pattern_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "points_entry_state"`);
    await q.query(`DROP TYPE "points_entry_status"`);
    await q.query(`DROP TABLE "points_entry_event"`);
    await q.query(`DROP TYPE "points_entry_action"`);
    await q.query(`DROP TABLE "points_entry"`);
    await q.query(`DROP TYPE "points_reversal_source"`);
    await q.query(`DROP TYPE "points_entry_channel"`);
    await q.query(`DROP TYPE "points_item_kind"`);
    await q.query(`DROP TABLE "points_scheme_version"`);
    await q.query(`DROP TYPE "points_scheme_status"`);
  }
}
