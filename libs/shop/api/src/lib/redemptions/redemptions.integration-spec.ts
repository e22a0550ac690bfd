import 'reflect-metadata';
import { Actor, Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { IdentityModule } from '@xiangzhi/identity/api';
import { HouseholdModel, RegistryModule } from '@xiangzhi/registry/api';
import { seedRegions, TEST_REGIONS, tokenFor } from '@xiangzhi/registry/api/testing';
import { EntriesService, PointsModule } from '@xiangzhi/points/api';
import { nextKey, seedPointsHousehold, seedScheme } from '@xiangzhi/points/api/testing';
import { todayIso } from '@xiangzhi/registry/util';
import { awardPoints, shopCtx as ctx, shopUser } from '../../testing';
import { FundSourceValue } from '../shop.enums';
import { ShopModule } from '../shop.module';
import { GoodsService } from '../goods/goods.service';
import { ShopsService } from '../shops/shops.service';
import { StockService } from '../stock/stock.service';
import { RedemptionsService } from './redemptions.service';

const [V1, V2] = TEST_REGIONS.villages;
const [T1] = TEST_REGIONS.towns;
const YEAR = Number(todayIso().slice(0, 4));

const REDEEM = `mutation($input: RedeemInput!) { redeemPoints(input: $input) { id points balanceAfter } }`;

describe('points shop: redemption, reversal, stock (R2)', () => {
  let t: TestApp;
  let redemptions: RedemptionsService;
  let goods: GoodsService;
  let stock: StockService;
  let entries: EntriesService;
  let admin: Actor;
  let admin2: Actor;
  let operator: Actor;
  let flow: { recorder: Actor; reviewer: Actor; approver: Actor };
  let h1: HouseholdModel;
  let h2: HouseholdModel;
  let hOther: HouseholdModel;
  let shopId: string;
  let soap: string;
  let oil: string;

  const stockOf = async (goodsId: string) => {
    const [r] = (await t.dataSource.query(
      `SELECT COALESCE(sum(quantity), 0)::int AS n FROM shop_stock_movement WHERE goods_id = $1`,
      [goodsId],
    )) as Array<{ n: number }>;
    return r.n;
  };
  const counts = async () => {
    const [r] = (await t.dataSource.query(`SELECT
      (SELECT count(*)::int FROM shop_redemption) AS r, (SELECT count(*)::int FROM points_redemption) AS p,
      (SELECT count(*)::int FROM shop_stock_movement) AS m`)) as Array<Record<string, number>>;
    return r;
  };
  const refused = async (work: () => Promise<unknown>, code: string) => {
    const before = await counts();
    await expect(work()).rejects.toMatchObject({ code });
    expect(await counts()).toEqual(before);
  };
  const basket = (
    householdId: string,
    lines: Array<{ goodsId: string; quantity: number; expectedPointsPrice?: number }>,
  ) => ({
    shopId,
    householdId,
    lines,
    clientKey: nextKey(),
  });

  beforeAll(async () => {
    t = await createTestApp([IdentityModule, RegistryModule, PointsModule, ShopModule], { DATABASE_POOL_SIZE: '20' });
    await seedRegions(t.dataSource);
    await seedScheme(t.dataSource, T1, YEAR);
    redemptions = t.app.get(RedemptionsService);
    goods = t.app.get(GoodsService);
    stock = t.app.get(StockService);
    entries = t.app.get(EntriesService);
    admin = await shopUser(t.dataSource, Role.VILLAGE_ADMIN, V1);
    admin2 = await shopUser(t.dataSource, Role.VILLAGE_ADMIN, V2);
    operator = await shopUser(t.dataSource, Role.SHOP_OPERATOR, V1);
    flow = {
      recorder: admin,
      reviewer: await shopUser(t.dataSource, Role.VILLAGE_REVIEWER, V1),
      approver: await shopUser(t.dataSource, Role.TOWN_SUPERVISOR, T1),
    };
    h1 = await seedPointsHousehold(t.app, V1);
    h2 = await seedPointsHousehold(t.app, V1, { headName: '李四海' });
    hOther = await seedPointsHousehold(t.app, V2, { headName: '王五福' });
    await awardPoints(t.app, h1.id, 100, flow);
    await awardPoints(t.app, h2.id, 100, flow);
    const shop = await t.app.get(ShopsService).create(ctx(admin), {
      name: '一村积分超市',
      villageCodes: [V1],
      address: '村委会一楼',
      personInCharge: '赵管理',
      sixHaves: [{ key: 'PLACE', description: '村委会一楼东侧', photoFileId: null }],
    });
    shopId = shop.id;
    await t.app.get(ShopsService).bindOperator(ctx(admin), shopId, operator.userId);
    soap = (await goods.create(ctx(admin), { shopId, name: '洗衣粉', unit: '袋', pointsPrice: 10, costYuan: 5.5 })).id;
    oil = (await goods.create(ctx(admin), { shopId, name: '食用油', unit: '桶', pointsPrice: 30, costYuan: 45 })).id;
    for (const [g, q] of [
      [soap, 100],
      [oil, 20],
    ] as const) {
      await stock.stockIn(ctx(admin), {
        goodsId: g,
        quantity: q,
        unitCostYuan: 5.5,
        supplier: '镇供销社',
        occurredOn: todayIso(),
        fundVillageCode: V1,
        fundSource: FundSourceValue.ALLOCATION,
        clientKey: nextKey(),
      });
    }
  });
  afterAll(() => t?.close());

  it('takes points and stock in one transaction and leaves the ranking as it was', async () => {
    const before = await entries.standing(ctx(admin), h1.id, YEAR);
    const r = await redemptions.redeem(
      ctx(operator),
      basket(h1.id, [
        { goodsId: soap, quantity: 2, expectedPointsPrice: 10 },
        { goodsId: oil, quantity: 1 },
      ]),
    );
    expect(r).toMatchObject({ points: 50, balanceBefore: 100, balanceAfter: 50, exchangeableAfter: 50 });
    expect(r.receiptNumber).toMatch(new RegExp(`^DH-${YEAR}-\\d{6}$`));
    expect(r.lines.map((l) => [l.goodsName, l.quantity, l.points])).toEqual([
      ['洗衣粉', 2, 20],
      ['食用油', 1, 30],
    ]);
    const after = await entries.standing(ctx(admin), h1.id, YEAR);
    expect(after).toMatchObject({ balance: 50, redeemed: 50, exchangeable: 50 });
    expect(after.rankingValue).toBe(before.rankingValue);
    expect(await stockOf(soap)).toBe(98);
    expect(await stockOf(oil)).toBe(19);
  });

  it('through GraphQL leaves one audit row, written with the redemption and carrying its receipt number', async () => {
    const requestId = `redeem-audit-${nextKey()}`.slice(0, 60);
    const h = await seedPointsHousehold(t.app, V1, { headName: '周审计' });
    await awardPoints(t.app, h.id, 10, flow);
    const input = basket(h.id, [{ goodsId: soap, quantity: 1 }]);
    const res = await t.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${tokenFor(t.app, operator)}`,
        'x-request-id': requestId,
      },
      payload: JSON.stringify({
        query: `mutation($input: RedeemInput!) { redeemPoints(input: $input) { id receiptNumber points } }`,
        variables: { input },
      }),
    });
    const body = JSON.parse(res.body) as { data?: { redeemPoints: { id: string; receiptNumber: string } } };
    const r = body.data?.redeemPoints;
    expect(r?.receiptNumber).toMatch(new RegExp(`^DH-${YEAR}-\\d{6}$`));
    const rows = (await t.dataSource.query(
      `SELECT operation, actor_id, region_code, target_type, target_id, summary FROM audit_log WHERE request_id = $1`,
      [requestId],
    )) as Array<Record<string, unknown>>;
    expect(rows).toEqual([
      {
        operation: 'redeemPoints',
        actor_id: operator.userId,
        region_code: V1,
        target_type: 'shop_redemption',
        target_id: r?.id,
        summary: {
          args: { input: expect.objectContaining({ householdId: h.id, clientKey: input.clientKey }) },
          change: { shopId, householdId: h.id, points: 10, receiptNumber: r?.receiptNumber },
        },
      },
    ]);
  });

  it('refuses goods it does not know and a household it does not know, taking nothing', async () => {
    const op = ctx(operator);
    const unknown = '00000000-0000-4000-8000-000000000001';
    await refused(
      () => redemptions.redeem(op, basket(h1.id, [{ goodsId: unknown, quantity: 1 }])),
      'SHOP_GOODS_NOT_FOUND',
    );
    await refused(
      () =>
        redemptions.redeem(
          op,
          basket(h1.id, [
            { goodsId: soap, quantity: 1 },
            { goodsId: unknown, quantity: 1 },
          ]),
        ),
      'SHOP_GOODS_NOT_FOUND',
    );
    for (const goodsId of [soap, unknown]) {
      await refused(
        () => redemptions.redeem(op, basket(unknown, [{ goodsId, quantity: 1 }])),
        'REGISTRY_HOUSEHOLD_NOT_FOUND',
      );
    }
  });

  it('returns the first result for a repeated client key and takes nothing more', async () => {
    const b = basket(h1.id, [{ goodsId: soap, quantity: 1 }]);
    const first = await redemptions.redeem(ctx(operator), b);
    const before = await counts();
    const again = await redemptions.redeem(ctx(operator), b);
    expect(again.id).toBe(first.id);
    expect(await counts()).toEqual(before);
  });

  it('refuses bad baskets with a coded reason and takes nothing', async () => {
    const op = ctx(operator);
    await refused(
      () => redemptions.redeem(op, basket(h1.id, [{ goodsId: oil, quantity: 2 }])),
      'SHOP_EXCEEDS_EXCHANGEABLE',
    );
    await refused(
      () => redemptions.redeem(op, basket(h1.id, [{ goodsId: soap, quantity: 0 }])),
      'SHOP_QUANTITY_INVALID',
    );
    await refused(
      () => redemptions.redeem(op, basket(h1.id, [{ goodsId: soap, quantity: -1 }])),
      'SHOP_QUANTITY_INVALID',
    );
    await refused(
      () => redemptions.redeem(op, basket(h1.id, [{ goodsId: soap, quantity: 1, expectedPointsPrice: 8 }])),
      'SHOP_PRICE_CHANGED',
    );
    await refused(
      () => redemptions.redeem(op, basket(hOther.id, [{ goodsId: soap, quantity: 1 }])),
      'SHOP_VILLAGE_NOT_SERVED',
    );
    const rice = (await goods.create(ctx(admin), { shopId, name: '大米', unit: '袋', pointsPrice: 1, costYuan: 0 })).id;
    await refused(() => redemptions.redeem(op, basket(h1.id, [{ goodsId: rice, quantity: 1 }])), 'SHOP_OUT_OF_STOCK');
    // staff of another village cannot use the counter for this shop's households
    await refused(
      () => redemptions.redeem(ctx(admin2), basket(h1.id, [{ goodsId: soap, quantity: 1 }])),
      'SCOPE_OUT_OF_REGION',
    );
  });

  it('refuses a basket whose price changed while it was open, then takes it at the new price', async () => {
    const b = basket(h1.id, [{ goodsId: soap, quantity: 1, expectedPointsPrice: 10 }]);
    await goods.changePrice(ctx(admin), { goodsId: soap, pointsPrice: 12, costYuan: 5.5, reason: '进价上涨' });
    await refused(() => redemptions.redeem(ctx(operator), b), 'SHOP_PRICE_CHANGED');
    const r = await redemptions.redeem(ctx(operator), {
      ...b,
      clientKey: nextKey(),
      lines: [{ goodsId: soap, quantity: 1, expectedPointsPrice: 12 }],
    });
    expect(r.points).toBe(12);
    const history = await goods.prices(ctx(admin), soap, 10, 0);
    expect(history.items.map((p) => p.pointsPrice)).toEqual([12, 10]);
    await goods.changePrice(ctx(admin), { goodsId: soap, pointsPrice: 10, costYuan: 5.5, reason: '恢复原价' });
  });

  it('reverses a mistaken redemption once: points and stock come back', async () => {
    const r = await redemptions.redeem(ctx(operator), basket(h1.id, [{ goodsId: soap, quantity: 2 }]));
    const standing = await entries.standing(ctx(admin), h1.id, YEAR);
    const soapBefore = await stockOf(soap);
    const back = await redemptions.reverse(ctx(admin), r.id, '录错户', nextKey());
    expect(back).toMatchObject({ points: -20, reversalOf: r.id, reason: '录错户' });
    expect(back.receiptNumber).toMatch(/^CZ-/);
    expect((await entries.standing(ctx(admin), h1.id, YEAR)).balance).toBe(standing.balance + 20);
    expect(await stockOf(soap)).toBe(soapBefore + 2);
    await refused(() => redemptions.reverse(ctx(admin), r.id, '再次冲正', nextKey()), 'SHOP_ALREADY_REVERSED');
    await refused(() => redemptions.reverse(ctx(admin), back.id, '冲正的冲正', nextKey()), 'SHOP_NOT_REVERSIBLE');
    await refused(() => redemptions.reverse(ctx(admin2), r.id, '别村', nextKey()), 'SCOPE_OUT_OF_REGION');
    expect((await redemptions.get(ctx(admin), r.id)).reversedBy).toBe(back.id);
  });

  it('takes a stocktake difference as an adjustment entry with its reason, never an edit', async () => {
    const now = await stockOf(oil);
    const m = await stock.stocktake(ctx(operator), {
      goodsId: oil,
      countedQuantity: now - 1,
      reason: '破损一桶',
      clientKey: nextKey(),
    });
    expect(m).toMatchObject({ kind: 'STOCKTAKE', quantity: -1, reason: '破损一桶' });
    expect(await stockOf(oil)).toBe(now - 1);
    await refused(
      () =>
        stock.stocktake(ctx(operator), {
          goodsId: oil,
          countedQuantity: now - 1,
          reason: '无变化',
          clientKey: nextKey(),
        }),
      'SHOP_STOCKTAKE_UNCHANGED',
    );
    await expect(
      t.dataSource.query(`UPDATE shop_stock_movement SET quantity = 1000 WHERE goods_id = $1`, [oil]),
    ).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM shop_redemption`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`UPDATE points_redemption SET points = 0`)).rejects.toThrow(/append-only/);
  });

  it('R2: 100 parallel redemptions against a balance that covers 10 — exactly 10 succeed, no retryable error reaches the caller', async () => {
    const token = tokenFor(t.app, operator);
    const soapBefore = await stockOf(soap);
    const results = await Promise.all(
      Array.from({ length: 100 }, () =>
        t.gql<{ redeemPoints: { id: string } }>(
          REDEEM,
          { input: basket(h2.id, [{ goodsId: soap, quantity: 1 }]) },
          token,
        ),
      ),
    );
    const ok = results.filter((r) => r.data?.redeemPoints);
    const codes = results.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.code));
    expect(ok).toHaveLength(10);
    expect(new Set(codes)).toEqual(new Set(['SHOP_EXCEEDS_EXCHANGEABLE']));
    expect(codes).toHaveLength(90);
    expect((await entries.standing(ctx(admin), h2.id, YEAR)).balance).toBe(0);
    expect(await stockOf(soap)).toBe(soapBefore - 10);
  });

  it('R2: parallel redemptions of goods with 10 in stock never take it below zero', async () => {
    const flour = (await goods.create(ctx(admin), { shopId, name: '面粉', unit: '袋', pointsPrice: 1, costYuan: 0 }))
      .id;
    await stock.stockIn(ctx(admin), {
      goodsId: flour,
      quantity: 10,
      unitCostYuan: 0,
      supplier: '爱心企业',
      occurredOn: todayIso(),
      fundVillageCode: V1,
      fundSource: FundSourceValue.DONATION,
      clientKey: nextKey(),
    });
    const households = [h1];
    for (let i = 0; i < 4; i++) {
      const h = await seedPointsHousehold(t.app, V1, { headName: `孙${'甲乙丙丁'[i]}` });
      await awardPoints(t.app, h.id, 10, flow);
      households.push(h);
    }
    const token = tokenFor(t.app, operator);
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t.gql(
          REDEEM,
          { input: basket(households[i % households.length].id, [{ goodsId: flour, quantity: 1 }]) },
          token,
        ),
      ),
    );
    const codes = results.flatMap((r) => (r.errors ?? []).map((e) => e.extensions?.code));
    expect(results.filter((r) => r.data?.redeemPoints)).toHaveLength(10);
    expect(new Set(codes)).toEqual(new Set(['SHOP_OUT_OF_STOCK']));
    expect(await stockOf(flour)).toBe(0);
  });
});
