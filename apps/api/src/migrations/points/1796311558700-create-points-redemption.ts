import { MigrationInterface, QueryRunner } from 'typeorm';

/** Points taken by the shop (and given back by reversals): the points side of a redemption. */
export class CreatePointsRedemption1796311558700 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    // defined by the platform migration too; repeated so that this migration stands on its own (idempotent)
    await q.query(`CREATE OR REPLACE FUNCTION xz_forbid_change() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'append-only table %: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$ LANGUAGE plpgsql`);
    await q.query(
      `CREATE TABLE "points_redemption" ("id" uuid NOT NULL, "household_id" uuid NOT NULL, "village_code" character varying(12) NOT NULL, "scope_code" character varying(15) NOT NULL, "points" integer NOT NULL, "occurred_on" date NOT NULL, "reversal_of" uuid, "source_id" uuid NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "points_redemption_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "points_redemption_source_uq" ON "points_redemption" ("source_id") `);
    await q.query(`CREATE UNIQUE INDEX "points_redemption_reversal_of_uq" ON "points_redemption" ("reversal_of") `);
    await q.query(
      `CREATE INDEX "points_redemption_village_idx" ON "points_redemption" ("village_code", "occurred_on") `,
    );
    await q.query(
      `CREATE INDEX "points_redemption_household_idx" ON "points_redemption" ("household_id", "occurred_on") `,
    );
    await q.query(
      `ALTER TABLE "points_redemption" ADD CONSTRAINT "points_redemption_household_fk" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "points_redemption" ADD CONSTRAINT "points_redemption_reversal_of_fk" FOREIGN KEY ("reversal_of") REFERENCES "points_redemption"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`ALTER TABLE "points_redemption" ADD CONSTRAINT "points_redemption_points_ck" CHECK ("points" <> 0)`);
    await q.query(
      `CREATE TRIGGER points_redemption_append_only BEFORE UPDATE OR DELETE ON "points_redemption" FOR EACH ROW EXECUTE FUNCTION xz_forbid_change()`,
    );
    await q.query(
      `CREATE TRIGGER points_redemption_no_truncate BEFORE TRUNCATE ON "points_redemption" FOR EACH STATEMENT EXECUTE FUNCTION xz_forbid_change()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "points_redemption" DROP CONSTRAINT "points_redemption_reversal_of_fk"`);
    await q.query(`ALTER TABLE "points_redemption" DROP CONSTRAINT "points_redemption_household_fk"`);
    await q.query(`DROP INDEX "public"."points_redemption_household_idx"`);
    await q.query(`DROP INDEX "public"."points_redemption_village_idx"`);
    await q.query(`DROP INDEX "public"."points_redemption_reversal_of_uq"`);
    await q.query(`DROP INDEX "public"."points_redemption_source_uq"`);
    await q.query(`DROP TABLE "points_redemption"`);
  }
}
