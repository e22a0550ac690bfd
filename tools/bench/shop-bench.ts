/**
 * P4: 200 concurrent redemptions over 50 households and 20 goods, through GraphQL (each one a mutation with its
 * transaction, row locks, audit row and retries), against real PostgreSQL. The first burst after start-up is
 * reported apart; the figure is the median of the three bursts after it, each over 50 fresh households. Every
 * result is checked afterwards: balances and stock as the ledgers say, nothing overspent.
 */
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import { AppConfig, claimsFromActor, createApp, RequestContext, Role } from '@xiangzhi/server/core';
import { EntriesService, EntryChannel, ReviewDecision } from '@xiangzhi/points/api';
import { seedScheme, testScheme } from '@xiangzhi/points/api/testing';
import { FundSourceValue, GoodsService, RedemptionsService, ShopsService, StockService } from '@xiangzhi/shop/api';
import { AppModule } from '../../apps/api/src/app/app.module';
import { createDataSource } from '../../apps/api/src/database/data-source';
import { createScratchDatabase } from '../db/database-url';
import { SCALES, synthesize } from '../db/synth';
import { todayIso } from '@xiangzhi/registry/util';

const REDEEM = `mutation($input: RedeemInput!) { redeemPoints(input: $input) { id points } }`;

/** Runs P4 and emits its figures. */
export async function benchRedemptions(adminUrl: string, emit: (o: Record<string, unknown>) => void): Promise<void> {
  const scratch = await createScratchDatabase(adminUrl);
  const ds = createDataSource(scratch.url, 4);
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    process.env['DATABASE_URL'] = scratch.url;
    await synthesize(ds, SCALES['village'], 17, () => undefined);
    const [{ village }] = (await ds.query(
      `SELECT region_code AS village FROM household WHERE participating GROUP BY region_code ORDER BY count(*) DESC LIMIT 1`,
    )) as Array<{ village: string }>;
    const households = (
      (await ds.query(`SELECT id FROM household WHERE participating AND region_code = $1 ORDER BY id LIMIT 260`, [
        village,
      ])) as Array<{ id: string }>
    ).map((r) => r.id);
    const today = todayIso();
    const year = Number(today.slice(0, 4));
    await seedScheme(ds, village.slice(0, 9) + '000', year, { definition: testScheme(year) });

    const config = AppConfig.fromEnv({
      ...process.env,
      DATABASE_URL: scratch.url,
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      DATABASE_POOL_SIZE: '16',
    });
    const app = await createApp(AppModule.forRoot(config), config, { logs: false });
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const system = () => RequestContext.system(`bench-p4-${randomUUID().slice(0, 8)}`);
    const admin = {
      userId: randomUUID(),
      username: 'bench.village',
      displayName: 'bench',
      role: Role.VILLAGE_ADMIN,
      regionCode: village,
      scopePrefixes: [village],
    };
    // 30 approved points for each of 260 households (three entries of 10), through the real flow
    const entries = app.get(EntriesService, { strict: false });
    for (let i = 0; i < 3; i++) {
      const recorded = await entries.recordBulk(new RequestContext(`bench-p4-rec-${i}`, admin), {
        householdIds: households,
        itemCode: 'T01',
        points: 10,
        occurredOn: today,
        description: '参加村环境卫生整治日',
        channel: EntryChannel.ON_SITE,
        idempotencyKey: `bench-p4-${i}-${randomUUID().slice(0, 8)}`,
      });
      const ids = recorded.items.map((e) => e.id);
      await entries.review(system(), { entryIds: ids, decision: ReviewDecision.APPROVE });
      await entries.approve(system(), { entryIds: ids });
    }
    const shop = await app
      .get(ShopsService, { strict: false })
      .create(system(), { name: '压测积分超市', villageCodes: [village], address: '村委会', personInCharge: '压测' });
    const goodsService = app.get(GoodsService, { strict: false });
    const stock = app.get(StockService, { strict: false });
    const goods: string[] = [];
    for (let g = 0; g < 20; g++) {
      const created = await goodsService.create(system(), {
        shopId: shop.id,
        name: `商品${g + 1}`,
        unit: '件',
        pointsPrice: 1 + (g % 3),
        costYuan: 1,
      });
      await stock.stockIn(system(), {
        goodsId: created.id,
        quantity: 1000,
        unitCostYuan: 1,
        supplier: '压测供应商',
        occurredOn: today,
        fundVillageCode: village,
        fundSource: FundSourceValue.ALLOCATION,
        clientKey: `bench-stock-${g}-${randomUUID().slice(0, 8)}`,
      });
      goods.push(created.id);
    }
    const price = new Map(goods.map((id, g) => [id, 1 + (g % 3)]));
    const token = app.get(JwtService).sign(claimsFromActor({ ...admin, role: Role.VILLAGE_ADMIN }, randomUUID()));
    // two goods per basket, spread over the 20 (4 baskets per household: at most 4 × 2 × 3 = 24 ≤ 30 points)
    const burstOf = (group: string[], tag: string) =>
      Array.from({ length: 200 }, (_, i) => ({
        shopId: shop.id,
        householdId: group[i % group.length],
        lines: [
          { goodsId: goods[i % 20], quantity: 1 },
          { goodsId: goods[(i * 7 + 3) % 20], quantity: 1 },
        ].filter((l, k, all) => all.findIndex((x) => x.goodsId === l.goodsId) === k),
        clientKey: `bench-p4-${tag}-${i}-${randomUUID().slice(0, 8)}`,
      }));
    type Basket = ReturnType<typeof burstOf>[number];
    const redeem = (input: Basket) =>
      app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        payload: JSON.stringify({ query: REDEEM, variables: { input } }),
      });
    const sent: Basket[] = [];
    /** Fires 200 baskets at once through GraphQL: seconds, failures and their codes. */
    const burst = async (calls: Basket[]) => {
      sent.push(...calls);
      const t0 = process.hrtime.bigint();
      const results = await Promise.all(calls.map(redeem));
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const errorCodes: Record<string, number> = {};
      let failed = 0;
      for (const r of results) {
        const a = JSON.parse(r.body) as { data?: { redeemPoints?: unknown }; errors?: unknown[] };
        if (a.errors || !a.data?.redeemPoints) failed++;
        for (const e of (a.errors ?? []) as Array<{ extensions?: { code?: string }; message?: string }>) {
          const code = e.extensions?.code ?? e.message ?? 'UNKNOWN';
          errorCodes[code] = (errorCodes[code] ?? 0) + 1;
        }
      }
      return { seconds, failed, errorCodes, perSecond: Math.round(calls.length / seconds) };
    };
    const group = (k: number) => households.slice(k * 50, k * 50 + 50);
    // the first burst right after start-up (JIT compilation, cold caches and pool), reported apart
    const cold = await burst(burstOf(group(0), 'cold'));
    // one at a time (10 other households): the latency of a single redemption
    const single: number[] = [];
    for (let i = 0; i < 10; i++) {
      const call = { ...burstOf(group(0), 'one')[i], householdId: households[250 + i] };
      sent.push(call);
      const t = process.hrtime.bigint();
      const res = await redeem(call);
      if (JSON.parse(res.body).errors) throw new Error(res.body);
      single.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    single.sort((a, b) => a - b);
    // the measured bursts: three, each over 50 fresh households
    const runs = [];
    for (let k = 1; k <= 3; k++) runs.push(await burst(burstOf(group(k), `run${k}`)));
    const rates = runs.map((r) => r.perSecond).sort((a, b) => a - b);
    const failed = runs.reduce((n, r) => n + r.failed, cold.failed);
    const errorCodes: Record<string, number> = {};
    for (const r of [cold, ...runs])
      for (const [c, n] of Object.entries(r.errorCodes)) errorCodes[c] = (errorCodes[c] ?? 0) + n;

    // the same burst for 50 other households straight through the service (its own transactions and retries; no
    // HTTP, GraphQL or audit row)
    const service = app.get(RedemptionsService, { strict: false });
    const serviceCalls = burstOf(group(4), 'svc');
    const t1 = process.hrtime.bigint();
    const serviceResults = await Promise.allSettled(
      serviceCalls.map((c) => service.redeem(new RequestContext(`bench-p4-svc-${randomUUID()}`, admin), c)),
    );
    const serviceSeconds = Number(process.hrtime.bigint() - t1) / 1e9;
    const serviceFailed = serviceResults.filter((r) => r.status === 'rejected').length;

    // correctness: every expected point and unit taken once, stock from the ledger, nothing negative
    const expect = (calls: Basket[]) => {
      const points = new Map<string, number>();
      for (const c of calls)
        for (const l of c.lines)
          points.set(c.householdId, (points.get(c.householdId) ?? 0) + (price.get(l.goodsId) ?? 0));
      return points;
    };
    const expectedUnits = new Map<string, number>();
    for (const c of [...sent, ...serviceCalls])
      for (const l of c.lines) expectedUnits.set(l.goodsId, (expectedUnits.get(l.goodsId) ?? 0) + 1);
    const taken = new Map(
      (
        (await ds.query(
          `SELECT household_id, sum(points)::int AS p FROM points_redemption GROUP BY household_id`,
        )) as Array<{
          household_id: string;
          p: number;
        }>
      ).map((r) => [r.household_id, r.p]),
    );
    const rightFor = (calls: Basket[]) => {
      const expected = expect(calls);
      return [...expected].every(([h, p]) => taken.get(h) === p);
    };
    const units = (await ds.query(
      `SELECT goods_id, sum(quantity)::int AS q FROM shop_stock_movement GROUP BY goods_id`,
    )) as Array<{ goods_id: string; q: number }>;
    const stockRight =
      units.length === 20 && units.every((u) => u.q === 1000 - (expectedUnits.get(u.goods_id) ?? 0) && u.q >= 0);
    // 50 households of the cold burst, 10 single, 150 of the measured bursts, 50 of the service's: nobody else
    const pointsRight = rightFor(sent) && taken.size === 260;
    await app.close();
    emit({
      id: 'P4',
      what: '200 concurrent redemptions (GraphQL mutations) over 50 households and 20 goods, 2 goods each',
      redemptions_per_burst: 200,
      redemptions_per_second: rates[1],
      bursts_per_second: runs.map((r) => r.perSecond),
      cold_first_burst_per_second: cold.perSecond,
      failed,
      error_codes: errorCodes,
      single_redemption_p50_ms: Number(single[5].toFixed(1)),
      service_redemptions_per_second: Math.round(serviceCalls.length / serviceSeconds),
      // what the HTTP, GraphQL, validation and audit layers cost, as a share of the service's rate
      graphql_to_service_ratio: Number((rates[1] / (serviceCalls.length / serviceSeconds)).toFixed(2)),
      service_failed: serviceFailed,
      balances_correct: pointsRight,
      service_balances_correct: rightFor(serviceCalls),
      stock_correct: stockRight,
      goal: '>= 300 redemptions/s (median of three bursts after the first), all correct',
    });
  } finally {
    await ds.destroy();
    await scratch.drop();
  }
}
