import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Publications (the hash-chained quarterly boards and their lines), objections, red and black lists, year close
 * and the openings it leaves. Publications, their lines, year closes and openings are append-only in the database.
 */
export class CreatePointsResults1796287937775 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "points_publication" ("id" uuid NOT NULL, "village_code" character varying(12) NOT NULL, "village_name" character varying(100) NOT NULL, "seq" integer NOT NULL, "year" integer NOT NULL, "from_month" integer NOT NULL, "to_month" integer NOT NULL, "scheme_version_id" uuid NOT NULL, "ranking_basis" character varying(20) NOT NULL, "published_on" date NOT NULL, "objection_until" date NOT NULL, "ranking" jsonb NOT NULL, "previous_hash" character(64), "hash" character(64) NOT NULL, "published_by" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "points_publication_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "points_publication_village_period_uq" ON "points_publication" ("village_code", "year", "from_month") `,
    );
    await q.query(
      `CREATE UNIQUE INDEX "points_publication_village_seq_uq" ON "points_publication" ("village_code", "seq") `,
    );
    await q.query(
      `CREATE TABLE "points_publication_line" ("publication_id" uuid NOT NULL, "line_no" integer NOT NULL, "entry_id" uuid NOT NULL, "household" character varying(40) NOT NULL, "member" character varying(40), "wording" character varying(200) NOT NULL, "kind" character varying(10) NOT NULL, "points" integer NOT NULL, "occurred_on" date NOT NULL, "reversal_of" uuid, CONSTRAINT "points_publication_line_pkey" PRIMARY KEY ("publication_id", "line_no"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "points_publication_line_entry_uq" ON "points_publication_line" ("entry_id") `);
    await q.query(`CREATE TYPE "public"."points_objection_channel" AS ENUM('PORTAL', 'STAFF')`);
    await q.query(
      `CREATE TYPE "public"."points_objection_status" AS ENUM('FILED', 'INVESTIGATED', 'UPHELD', 'DISMISSED')`,
    );
    await q.query(`CREATE TYPE "public"."points_objection_decision" AS ENUM('UPHOLD', 'DISMISS')`);
    await q.query(
      `CREATE TABLE "points_objection" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "publication_id" uuid NOT NULL, "village_code" character varying(12) NOT NULL, "household_id" uuid NOT NULL, "entry_id" uuid, "channel" "public"."points_objection_channel" NOT NULL, "content" character varying(1000) NOT NULL, "status" "public"."points_objection_status" NOT NULL, "filed_by" uuid, "filed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "findings" character varying(1000), "investigated_by" uuid, "investigated_at" TIMESTAMP WITH TIME ZONE, "decision" "public"."points_objection_decision", "decision_reason" character varying(500), "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "reversal_entry_id" uuid, CONSTRAINT "points_objection_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "points_objection_publication_idx" ON "points_objection" ("publication_id") `);
    await q.query(`CREATE INDEX "points_objection_village_idx" ON "points_objection" ("village_code", "status") `);
    await q.query(`CREATE TYPE "public"."points_list_kind" AS ENUM('RED', 'BLACK')`);
    await q.query(
      `CREATE TABLE "points_listing" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "village_code" character varying(12) NOT NULL, "scope_code" character varying(15) NOT NULL, "kind" "public"."points_list_kind" NOT NULL, "title" character varying(100) NOT NULL, "note" character varying(1000), "from_date" date NOT NULL, "to_date" date, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by" uuid, "revoke_reason" character varying(500), CONSTRAINT "points_listing_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "points_listing_household_idx" ON "points_listing" ("household_id") `);
    await q.query(
      `CREATE INDEX "points_listing_village_idx" ON "points_listing" ("village_code", "kind", "from_date") `,
    );
    await q.query(
      `CREATE TABLE "points_year_close" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "village_code" character varying(12) NOT NULL, "year" integer NOT NULL, "scheme_version_id" uuid NOT NULL, "cycle" character varying(20) NOT NULL, "households" integer NOT NULL, "closed_by" uuid NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "points_year_close_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "points_year_close_village_year_uq" ON "points_year_close" ("village_code", "year") `,
    );
    await q.query(
      `CREATE TABLE "points_year_opening" ("household_id" uuid NOT NULL, "year" integer NOT NULL, "close_id" uuid NOT NULL, "carried_balance" integer NOT NULL, "carried_family_points" integer NOT NULL, CONSTRAINT "points_year_opening_pkey" PRIMARY KEY ("household_id", "year"))`,
    );
    await q.query(
      `ALTER TABLE "points_publication_line" ADD CONSTRAINT "points_publication_line_publication_fk" FOREIGN KEY ("publication_id") REFERENCES "points_publication"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "points_objection" ADD CONSTRAINT "points_objection_publication_fk" FOREIGN KEY ("publication_id") REFERENCES "points_publication"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "points_year_opening" ADD CONSTRAINT "points_year_opening_close_fk" FOREIGN KEY ("close_id") REFERENCES "points_year_close"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    for (const table of ['points_publication', 'points_publication_line', 'points_year_close', 'points_year_opening']) {
      await q.query(`CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}"
        FOR EACH ROW EXECUTE FUNCTION xz_forbid_change()`);
      await q.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON "${table}"
        FOR EACH STATEMENT EXECUTE FUNCTION xz_forbid_change()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "points_year_opening" DROP CONSTRAINT "points_year_opening_close_fk"`);
    await q.query(`ALTER TABLE "points_objection" DROP CONSTRAINT "points_objection_publication_fk"`);
    await q.query(`ALTER TABLE "points_publication_line" DROP CONSTRAINT "points_publication_line_publication_fk"`);
    await q.query(`DROP TABLE "points_year_opening"`);
    await q.query(`DROP INDEX "public"."points_year_close_village_year_uq"`);
    await q.query(`DROP TABLE "points_year_close"`);
    await q.query(`DROP INDEX "public"."points_listing_village_idx"`);
    await q.query(`DROP INDEX "public"."points_listing_household_idx"`);
    await q.query(`DROP TABLE "points_listing"`);
    await q.query(`DROP TYPE "public"."points_list_kind"`);
    await q.query(`DROP INDEX "public"."points_objection_village_idx"`);
    await q.query(`DROP INDEX "public"."points_objection_publication_idx"`);
    await q.query(`DROP TABLE "points_objection"`);
    await q.query(`DROP TYPE "public"."points_objection_decision"`);
    await q.query(`DROP TYPE "public"."points_objection_status"`);
    await q.query(`DROP TYPE "public"."points_objection_channel"`);
    await q.query(`DROP INDEX "public"."points_publication_line_entry_uq"`);
    await q.query(`DROP TABLE "points_publication_line"`);
    await q.query(`DROP INDEX "public"."points_publication_village_seq_uq"`);
    await q.query(`DROP INDEX "public"."points_publication_village_period_uq"`);
    await q.query(`DROP TABLE "points_publication"`);
  }
}
