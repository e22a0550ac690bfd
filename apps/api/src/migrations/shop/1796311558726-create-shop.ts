import { MigrationInterface, QueryRunner } from 'typeorm';

/** The points shop: shops and operators, goods and price history, the stock, issue and funds ledgers, ratings. */
export class CreateShop1796311558726 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    // defined by the platform migration too; repeated so that this migration stands on its own (idempotent)
    await q.query(`CREATE OR REPLACE FUNCTION xz_forbid_change() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'append-only table %: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$ LANGUAGE plpgsql`);
    await q.query(
      `CREATE TYPE "public"."fund_entry_kind" AS ENUM('ALLOCATION', 'DONATION', 'COLLECTIVE_INCOME', 'STOCK_PURCHASE', 'OTHER_SPENDING', 'CORRECTION')`,
    );
    await q.query(`CREATE TYPE "public"."fund_source" AS ENUM('ALLOCATION', 'DONATION', 'COLLECTIVE_INCOME')`);
    await q.query(
      `CREATE TABLE "fund_entry" ("id" uuid NOT NULL, "village_code" character varying(12) NOT NULL, "county_code" character varying(12) NOT NULL, "kind" "public"."fund_entry_kind" NOT NULL, "amount_fen" bigint NOT NULL, "source" "public"."fund_source" NOT NULL, "description" character varying(200) NOT NULL, "stock_movement_id" uuid, "reversal_of" uuid, "occurred_on" date NOT NULL, "created_by" uuid, "client_key" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "fund_entry_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "fund_entry_key_uq" ON "fund_entry" ("created_by", "client_key") `);
    await q.query(`CREATE UNIQUE INDEX "fund_entry_reversal_of_uq" ON "fund_entry" ("reversal_of") `);
    await q.query(`CREATE INDEX "fund_entry_village_idx" ON "fund_entry" ("village_code", "occurred_on") `);
    await q.query(
      `CREATE TABLE "shop" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "region_code" character varying(12) NOT NULL, "county_code" character varying(12) NOT NULL, "village_codes" character varying(12) array NOT NULL, "address" character varying(200) NOT NULL, "person_in_charge" character varying(50) NOT NULL, "six_haves" jsonb NOT NULL DEFAULT '[]', "active" boolean NOT NULL DEFAULT true, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "shop_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "shop_region_idx" ON "shop" ("region_code") `);
    await q.query(
      `CREATE TABLE "shop_goods" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "shop_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "unit" character varying(10) NOT NULL, "points_price" integer NOT NULL, "cost_fen" integer NOT NULL, "photo_file_id" uuid, "active" boolean NOT NULL DEFAULT true, "cash_like" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "shop_goods_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "shop_goods_shop_idx" ON "shop_goods" ("shop_id", "name") `);
    await q.query(
      `CREATE TABLE "shop_goods_price" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "goods_id" uuid NOT NULL, "points_price" integer NOT NULL, "cost_fen" integer NOT NULL, "reason" character varying(200), "changed_by" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "shop_goods_price_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "shop_goods_price_goods_idx" ON "shop_goods_price" ("goods_id", "changed_at") `);
    await q.query(
      `CREATE TABLE "shop_operator_rating" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "shop_id" uuid NOT NULL, "operator_user_id" uuid NOT NULL, "year" integer NOT NULL, "score" integer NOT NULL, "comment" character varying(500) NOT NULL, "household_id" uuid, "points_entry_id" uuid, "awarded_points" integer NOT NULL DEFAULT '0', "rated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "shop_operator_rating_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "shop_operator_rating_uq" ON "shop_operator_rating" ("shop_id", "operator_user_id", "year") `,
    );
    await q.query(
      `CREATE TABLE "shop_redemption" ("id" uuid NOT NULL, "shop_id" uuid NOT NULL, "household_id" uuid NOT NULL, "village_code" character varying(12) NOT NULL, "scope_code" character varying(15) NOT NULL, "receipt_number" character varying(24) NOT NULL, "points" integer NOT NULL, "balance_before" integer NOT NULL, "balance_after" integer NOT NULL, "exchangeable_after" integer NOT NULL, "reversal_of" uuid, "reason" character varying(200), "occurred_on" date NOT NULL, "created_by" uuid, "client_key" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "shop_redemption_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "shop_redemption_key_uq" ON "shop_redemption" ("created_by", "client_key") `);
    await q.query(`CREATE UNIQUE INDEX "shop_redemption_reversal_of_uq" ON "shop_redemption" ("reversal_of") `);
    await q.query(`CREATE UNIQUE INDEX "shop_redemption_receipt_uq" ON "shop_redemption" ("receipt_number") `);
    await q.query(`CREATE INDEX "shop_redemption_village_idx" ON "shop_redemption" ("village_code", "occurred_on") `);
    await q.query(`CREATE INDEX "shop_redemption_household_idx" ON "shop_redemption" ("household_id", "occurred_on") `);
    await q.query(`CREATE INDEX "shop_redemption_shop_idx" ON "shop_redemption" ("shop_id", "occurred_on") `);
    await q.query(
      `CREATE TABLE "shop_redemption_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "redemption_id" uuid NOT NULL, "goods_id" uuid NOT NULL, "goods_name" character varying(100) NOT NULL, "unit" character varying(10) NOT NULL, "quantity" integer NOT NULL, "points_price" integer NOT NULL, "points" integer NOT NULL, CONSTRAINT "shop_redemption_line_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "shop_redemption_line_goods_idx" ON "shop_redemption_line" ("goods_id") `);
    await q.query(`CREATE INDEX "shop_redemption_line_redemption_idx" ON "shop_redemption_line" ("redemption_id") `);
    await q.query(
      `CREATE TABLE "shop_operator" ("shop_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "shop_operator_pkey" PRIMARY KEY ("shop_id", "user_id"))`,
    );
    await q.query(`CREATE INDEX "shop_operator_user_idx" ON "shop_operator" ("user_id") `);
    await q.query(
      `CREATE TYPE "public"."shop_stock_movement_kind" AS ENUM('STOCK_IN', 'REDEMPTION', 'REVERSAL', 'STOCKTAKE')`,
    );
    await q.query(
      `CREATE TABLE "shop_stock_movement" ("id" uuid NOT NULL, "shop_id" uuid NOT NULL, "goods_id" uuid NOT NULL, "kind" "public"."shop_stock_movement_kind" NOT NULL, "quantity" integer NOT NULL, "unit_cost_fen" integer, "supplier" character varying(100), "fund_village_code" character varying(12), "fund_source" "public"."fund_source", "fund_entry_id" uuid, "receipt_file_id" uuid, "reason" character varying(200), "redemption_id" uuid, "occurred_on" date NOT NULL, "created_by" uuid, "client_key" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "shop_stock_movement_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "shop_stock_movement_key_uq" ON "shop_stock_movement" ("created_by", "client_key") `,
    );
    await q.query(`CREATE INDEX "shop_stock_movement_shop_idx" ON "shop_stock_movement" ("shop_id", "occurred_on") `);
    await q.query(`CREATE INDEX "shop_stock_movement_goods_idx" ON "shop_stock_movement" ("goods_id") `);
    await q.query(
      `ALTER TABLE "fund_entry" ADD CONSTRAINT "fund_entry_reversal_of_fk" FOREIGN KEY ("reversal_of") REFERENCES "fund_entry"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "shop_goods" ADD CONSTRAINT "shop_goods_shop_fk" FOREIGN KEY ("shop_id") REFERENCES "shop"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "shop_goods_price" ADD CONSTRAINT "shop_goods_price_goods_fk" FOREIGN KEY ("goods_id") REFERENCES "shop_goods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "shop_operator_rating" ADD CONSTRAINT "shop_operator_rating_shop_fk" FOREIGN KEY ("shop_id") REFERENCES "shop"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "shop_redemption" ADD CONSTRAINT "shop_redemption_shop_fk" FOREIGN KEY ("shop_id") REFERENCES "shop"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "shop_redemption" ADD CONSTRAINT "shop_redemption_household_fk" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "shop_redemption" ADD CONSTRAINT "shop_redemption_reversal_of_fk" FOREIGN KEY ("reversal_of") REFERENCES "shop_redemption"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "shop_redemption_line" ADD CONSTRAINT "shop_redemption_line_redemption_fk" FOREIGN KEY ("redemption_id") REFERENCES "shop_redemption"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "shop_redemption_line" ADD CONSTRAINT "shop_redemption_line_goods_fk" FOREIGN KEY ("goods_id") REFERENCES "shop_goods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "shop_operator" ADD CONSTRAINT "shop_operator_shop_fk" FOREIGN KEY ("shop_id") REFERENCES "shop"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "shop_operator" ADD CONSTRAINT "shop_operator_user_fk" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "shop_stock_movement" ADD CONSTRAINT "shop_stock_movement_shop_fk" FOREIGN KEY ("shop_id") REFERENCES "shop"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "shop_stock_movement" ADD CONSTRAINT "shop_stock_movement_goods_fk" FOREIGN KEY ("goods_id") REFERENCES "shop_goods"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    // ledgers are append-only: corrections are reversing entries
    await q.query(
      `CREATE TRIGGER shop_goods_price_append_only BEFORE UPDATE OR DELETE ON "shop_goods_price" FOR EACH ROW EXECUTE FUNCTION xz_forbid_change()`,
    );
    await q.query(
      `CREATE TRIGGER shop_goods_price_no_truncate BEFORE TRUNCATE ON "shop_goods_price" FOR EACH STATEMENT EXECUTE FUNCTION xz_forbid_change()`,
    );
    await q.query(
      `CREATE TRIGGER shop_stock_movement_append_only BEFORE UPDATE OR DELETE ON "shop_stock_movement" FOR EACH ROW EXECUTE FUNCTION xz_forbid_change()`,
    );
    await q.query(
      `CREATE TRIGGER shop_stock_movement_no_truncate BEFORE TRUNCATE ON "shop_stock_movement" FOR EACH STATEMENT EXECUTE FUNCTION xz_forbid_change()`,
    );
    await q.query(
      `CREATE TRIGGER shop_redemption_append_only BEFORE UPDATE OR DELETE ON "shop_redemption" FOR EACH ROW EXECUTE FUNCTION xz_forbid_change()`,
    );
    await q.query(
      `CREATE TRIGGER shop_redemption_no_truncate BEFORE TRUNCATE ON "shop_redemption" FOR EACH STATEMENT EXECUTE FUNCTION xz_forbid_change()`,
    );
    await q.query(
      `CREATE TRIGGER shop_redemption_line_append_only BEFORE UPDATE OR DELETE ON "shop_redemption_line" FOR EACH ROW EXECUTE FUNCTION xz_forbid_change()`,
    );
    await q.query(
      `CREATE TRIGGER shop_redemption_line_no_truncate BEFORE TRUNCATE ON "shop_redemption_line" FOR EACH STATEMENT EXECUTE FUNCTION xz_forbid_change()`,
    );
    await q.query(
      `CREATE TRIGGER fund_entry_append_only BEFORE UPDATE OR DELETE ON "fund_entry" FOR EACH ROW EXECUTE FUNCTION xz_forbid_change()`,
    );
    await q.query(
      `CREATE TRIGGER fund_entry_no_truncate BEFORE TRUNCATE ON "fund_entry" FOR EACH STATEMENT EXECUTE FUNCTION xz_forbid_change()`,
    );
    await q.query(
      `ALTER TABLE "shop_stock_movement" ADD CONSTRAINT "shop_stock_movement_quantity_ck" CHECK ("quantity" <> 0)`,
    );
    await q.query(`ALTER TABLE "shop_redemption" ADD CONSTRAINT "shop_redemption_points_ck" CHECK ("points" <> 0)`);
    await q.query(
      `ALTER TABLE "shop_redemption_line" ADD CONSTRAINT "shop_redemption_line_quantity_ck" CHECK ("quantity" > 0)`,
    );
    await q.query(
      `ALTER TABLE "shop_goods" ADD CONSTRAINT "shop_goods_price_ck" CHECK ("points_price" > 0 AND "cost_fen" >= 0)`,
    );
    await q.query(`ALTER TABLE "fund_entry" ADD CONSTRAINT "fund_entry_amount_ck" CHECK ("amount_fen" <> 0)`);
    // receipt numbers DH-<year>-<n> / CZ-<year>-<n>
    await q.query(`CREATE SEQUENCE "shop_receipt_seq"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP SEQUENCE "shop_receipt_seq"`);
    await q.query(`ALTER TABLE "shop_stock_movement" DROP CONSTRAINT "shop_stock_movement_goods_fk"`);
    await q.query(`ALTER TABLE "shop_stock_movement" DROP CONSTRAINT "shop_stock_movement_shop_fk"`);
    await q.query(`ALTER TABLE "shop_operator" DROP CONSTRAINT "shop_operator_user_fk"`);
    await q.query(`ALTER TABLE "shop_operator" DROP CONSTRAINT "shop_operator_shop_fk"`);
    await q.query(`ALTER TABLE "shop_redemption_line" DROP CONSTRAINT "shop_redemption_line_goods_fk"`);
    await q.query(`ALTER TABLE "shop_redemption_line" DROP CONSTRAINT "shop_redemption_line_redemption_fk"`);
    await q.query(`ALTER TABLE "shop_redemption" DROP CONSTRAINT "shop_redemption_reversal_of_fk"`);
    await q.query(`ALTER TABLE "shop_redemption" DROP CONSTRAINT "shop_redemption_household_fk"`);
    await q.query(`ALTER TABLE "shop_redemption" DROP CONSTRAINT "shop_redemption_shop_fk"`);
    await q.query(`ALTER TABLE "shop_operator_rating" DROP CONSTRAINT "shop_operator_rating_shop_fk"`);
    await q.query(`ALTER TABLE "shop_goods_price" DROP CONSTRAINT "shop_goods_price_goods_fk"`);
    await q.query(`ALTER TABLE "shop_goods" DROP CONSTRAINT "shop_goods_shop_fk"`);
    await q.query(`ALTER TABLE "fund_entry" DROP CONSTRAINT "fund_entry_reversal_of_fk"`);
    await q.query(`DROP INDEX "public"."shop_stock_movement_goods_idx"`);
    await q.query(`DROP INDEX "public"."shop_stock_movement_shop_idx"`);
    await q.query(`DROP INDEX "public"."shop_stock_movement_key_uq"`);
    await q.query(`DROP TABLE "shop_stock_movement"`);
    await q.query(`DROP TYPE "public"."shop_stock_movement_kind"`);
    await q.query(`DROP INDEX "public"."shop_operator_user_idx"`);
    await q.query(`DROP TABLE "shop_operator"`);
    await q.query(`DROP INDEX "public"."shop_redemption_line_redemption_idx"`);
    await q.query(`DROP INDEX "public"."shop_redemption_line_goods_idx"`);
    await q.query(`DROP TABLE "shop_redemption_line"`);
    await q.query(`DROP INDEX "public"."shop_redemption_shop_idx"`);
    await q.query(`DROP INDEX "public"."shop_redemption_household_idx"`);
    await q.query(`DROP INDEX "public"."shop_redemption_village_idx"`);
    await q.query(`DROP INDEX "public"."shop_redemption_receipt_uq"`);
    await q.query(`DROP INDEX "public"."shop_redemption_reversal_of_uq"`);
    await q.query(`DROP INDEX "public"."shop_redemption_key_uq"`);
    await q.query(`DROP TABLE "shop_redemption"`);
    await q.query(`DROP INDEX "public"."shop_operator_rating_uq"`);
    await q.query(`DROP TABLE "shop_operator_rating"`);
    await q.query(`DROP INDEX "public"."shop_goods_price_goods_idx"`);
    await q.query(`DROP TABLE "shop_goods_price"`);
    await q.query(`DROP INDEX "public"."shop_goods_shop_idx"`);
    await q.query(`DROP TABLE "shop_goods"`);
    await q.query(`DROP INDEX "public"."shop_region_idx"`);
    await q.query(`DROP TABLE "shop"`);
    await q.query(`DROP INDEX "public"."fund_entry_village_idx"`);
    await q.query(`DROP INDEX "public"."fund_entry_reversal_of_uq"`);
    await q.query(`DROP INDEX "public"."fund_entry_key_uq"`);
    await q.query(`DROP TABLE "fund_entry"`);
    await q.query(`DROP TYPE "public"."fund_source"`);
    await q.query(`DROP TYPE "public"."fund_entry_kind"`);
  }
}
