import 'reflect-metadata';
import { Actor, Role } from '@xiangzhi/server/core';
import type { TestApp } from '@xiangzhi/server/testing';
import { dataOf, tokenFor } from '@xiangzhi/registry/api/testing';
import { nextKey } from '@xiangzhi/points/api/testing';
import { FundEntryKindValue, FundSourceValue } from '../shop.enums';
import { FundsService } from './funds.service';
import {
  ctx,
  grantPoints,
  households,
  redeem,
  seedActor,
  seedPresetScheme,
  shopTestApp,
  stockedShop,
  T1,
  TODAY,
  V1,
  V2,
} from './shop-fixtures.spec-helper';

describe('funds ledger: allocations, stock purchases, corrections, liability', () => {
  let t: TestApp;
  let funds: FundsService;
  let town: Actor;
  let admin1: Actor;
  let admin2: Actor;

  const entry = (over: Record<string, unknown> = {}) => ({
    villageCode: V1,
    kind: FundEntryKindValue.ALLOCATION,
    source: FundSourceValue.ALLOCATION,
    amountYuan: 3000,
    description: '镇级积分超市经费拨付',
    occurredOn: TODAY,
    clientKey: nextKey(),
    ...over,
  });
  const count = async () =>
    ((await t.dataSource.query(`SELECT count(*)::int AS n FROM fund_entry`)) as Array<{ n: number }>)[0].n;
  const refused = async (work: () => Promise<unknown>, code: string) => {
    const before = await count();
    await expect(work()).rejects.toMatchObject({ code });
    expect(await count()).toBe(before);
  };

  beforeAll(async () => {
    t = await shopTestApp();
    funds = t.app.get(FundsService);
    await seedPresetScheme(t, T1, 'CHANGBA_000');
    town = await seedActor(t, Role.TOWN_SUPERVISOR, T1);
    admin1 = await seedActor(t, Role.VILLAGE_ADMIN, V1);
    admin2 = await seedActor(t, Role.VILLAGE_ADMIN, V2);
  });
  afterAll(() => t?.close());

  it('records a town allocation (idempotent by client key) and lists it', async () => {
    const input = entry();
    const a = await funds.record(ctx(town), input);
    expect(a).toMatchObject({ kind: 'ALLOCATION', amountYuan: 3000, source: 'ALLOCATION', reversalOf: null });
    expect((await funds.record(ctx(town), input)).id).toBe(a.id);
    const page = await funds.list(ctx(admin1), { villageCode: V1, first: 20, offset: 0 });
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ id: a.id, createdByName: town.displayName });
    const f = await funds.villageFunds(ctx(admin1), V1);
    expect(f.balanceYuan).toBe(3000);
    expect(f.bySource.find((s) => s.source === 'ALLOCATION')).toEqual({
      source: 'ALLOCATION',
      incomeYuan: 3000,
      spendingYuan: 0,
      balanceYuan: 3000,
    });
  });

  it('refuses bad entries with coded errors and writes nothing', async () => {
    await refused(() => funds.record(ctx(town), entry({ amountYuan: 0 })), 'FUND_AMOUNT_INVALID');
    await refused(() => funds.record(ctx(town), entry({ amountYuan: -5 })), 'FUND_AMOUNT_INVALID');
    await refused(() => funds.record(ctx(town), entry({ amountYuan: 1.234 })), 'FUND_AMOUNT_INVALID');
    await refused(() => funds.record(ctx(town), entry({ kind: FundEntryKindValue.DONATION })), 'FUND_SOURCE_INVALID');
    await refused(
      () => funds.record(ctx(town), entry({ kind: FundEntryKindValue.STOCK_PURCHASE })),
      'FUND_KIND_INVALID',
    );
    await refused(() => funds.record(ctx(town), entry({ kind: FundEntryKindValue.CORRECTION })), 'FUND_KIND_INVALID');
    await refused(() => funds.record(ctx(town), entry({ occurredOn: '2999-01-01' })), 'SHOP_DATE_IN_FUTURE');
    await refused(() => funds.record(ctx(town), entry({ clientKey: 'short' })), 'SHOP_KEY_INVALID');
    await refused(() => funds.record(ctx(town), entry({ villageCode: T1 })), 'REGISTRY_REGION_NOT_VILLAGE');
    await refused(() => funds.record(ctx(admin1), entry({ villageCode: '150626100299' })), 'SCOPE_OUT_OF_REGION');
    await refused(() => funds.record(ctx(town), entry({ villageCode: '150626100299' })), 'REGISTRY_REGION_NOT_FOUND');
  });

  it('refuses other villages’ staff without revealing anything', async () => {
    await refused(() => funds.record(ctx(admin2), entry()), 'SCOPE_OUT_OF_REGION');
    await expect(funds.list(ctx(admin2), { villageCode: V1, first: 20, offset: 0 })).rejects.toMatchObject({
      code: 'SCOPE_OUT_OF_REGION',
    });
    await expect(funds.villageFunds(ctx(admin2), V1)).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
    const [mine] = (await funds.list(ctx(admin1), { villageCode: V1, first: 1, offset: 0 })).items;
    await refused(() => funds.reverse(ctx(admin2), mine.id, '录入错误', nextKey()), 'SCOPE_OUT_OF_REGION');
  });

  it('shows a stock purchase written by stock-in, and corrects it once by a reversing entry', async () => {
    const { movement } = await stockedShop(t, admin1, V1);
    const page = await funds.list(ctx(admin1), { villageCode: V1, first: 20, offset: 0 });
    const found = page.items.find((e) => e.kind === 'STOCK_PURCHASE');
    if (!found) throw new Error('no stock purchase in the ledger');
    const purchase = found;
    expect(purchase).toMatchObject({ amountYuan: -120, source: 'ALLOCATION', stockMovementId: movement.id });
    expect((await funds.villageFunds(ctx(admin1), V1)).balanceYuan).toBe(2880);

    const key = nextKey();
    const c = await funds.reverse(ctx(admin1), purchase.id, '重复入库', key);
    expect(c).toMatchObject({ kind: 'CORRECTION', amountYuan: 120, reversalOf: purchase.id, source: 'ALLOCATION' });
    expect((await funds.reverse(ctx(admin1), purchase.id, '重复入库', key)).id).toBe(c.id);
    await refused(() => funds.reverse(ctx(admin1), purchase.id, '再次冲正', nextKey()), 'FUND_ALREADY_REVERSED');
    await refused(() => funds.reverse(ctx(admin1), c.id, '冲正的冲正', nextKey()), 'SHOP_NOT_REVERSIBLE');
    await refused(() => funds.reverse(ctx(admin1), purchase.id, '  ', nextKey()), 'SHOP_REASON_REQUIRED');
    const after = await funds.list(ctx(admin1), { villageCode: V1, first: 20, offset: 0 });
    expect(after.items.find((e) => e.id === purchase.id)?.reversedBy).toBe(c.id);
    const f = await funds.villageFunds(ctx(admin1), V1);
    expect(f.balanceYuan).toBe(3000);
    // the correction counts with the purchase it reverses: no spending left on the source
    expect(f.bySource.find((s) => s.source === 'ALLOCATION')).toMatchObject({ incomeYuan: 3000, spendingYuan: 0 });
  });

  it('records other spending charged to a source (negative) and pages the ledger', async () => {
    const s = await funds.record(
      ctx(admin1),
      entry({ kind: FundEntryKindValue.OTHER_SPENDING, source: FundSourceValue.ALLOCATION, amountYuan: 50.5 }),
    );
    expect(s.amountYuan).toBe(-50.5);
    const p1 = await funds.list(ctx(admin1), { villageCode: V1, first: 2, offset: 0 });
    const p2 = await funds.list(ctx(admin1), { villageCode: V1, first: 2, offset: 2 });
    expect(p1.total).toBe(4);
    expect(p1.items).toHaveLength(2);
    expect(p2.items).toHaveLength(2);
    expect(new Set([...p1.items, ...p2.items].map((e) => e.id)).size).toBe(4);
  });

  it('states the liability of the outstanding points (000: 10 points ≈ 1.2 yuan) beside the funds', async () => {
    const [h1, h2] = await households(t, V1, 2);
    await grantPoints(t, admin1, [h1], 100);
    await grantPoints(t, admin1, [h2], 50);
    const { shop, goods } = await stockedShop(t, admin1, V1);
    await redeem(t, admin1, shop.id, goods.id, h1.id, 1); // 10 points
    const f = await funds.villageFunds(ctx(admin1), V1);
    expect(f.outstandingPoints).toBe(140);
    expect(f.exchangeValue).toEqual({ points: 10, yuan: 1.2 });
    expect(f.liabilityYuan).toBeCloseTo(16.8, 2);
    expect(f.warning).toBe(false);
    expect(f.shortfallYuan).toBe(0);

    // a village with little money left and many points outstanding: the page warns
    await funds.record(ctx(town), entry({ villageCode: V2, amountYuan: 10 }));
    const [h3] = await households(t, V2, 1);
    await grantPoints(t, admin2, [h3], 200);
    const g = await funds.villageFunds(ctx(admin2), V2);
    expect(g).toMatchObject({ outstandingPoints: 200, balanceYuan: 10, liabilityYuan: 24, shortfallYuan: 14 });
    expect(g.warning).toBe(true);
  });

  it('answers over GraphQL with the declared permissions', async () => {
    const q = `query($v: String!) { villageFunds(villageCode: $v) { balanceYuan warning liabilityYuan
      bySource { source incomeYuan spendingYuan balanceYuan } }
      fundEntries(villageCode: $v, first: 100) { total items { kind amountYuan occurredOn } } }`;
    const ok = dataOf(await t.gql<{ fundEntries: { total: number } }>(q, { v: V1 }, tokenFor(t.app, admin1)));
    expect(ok.fundEntries.total).toBeGreaterThan(0);
    const anon = await t.gql(q, { v: V1 });
    expect(anon.errors?.[0]?.extensions?.code).toBe('AUTH_UNAUTHENTICATED');
    const grid = await seedActor(t, Role.GRID_WORKER, V1);
    const denied = await t.gql(q, { v: V1 }, tokenFor(t.app, grid));
    expect(denied.errors?.[0]?.extensions?.code).toBe('AUTH_PERMISSION_DENIED');
    const m = `mutation($i: RecordFundEntryInput!) { recordFundEntry(input: $i) { id amountYuan } }`;
    const rec = await t.gql(m, { i: entry({ amountYuan: 2000 }) }, tokenFor(t.app, town));
    expect(dataOf(rec)).toMatchObject({ recordFundEntry: { amountYuan: 2000 } });
  });
});
