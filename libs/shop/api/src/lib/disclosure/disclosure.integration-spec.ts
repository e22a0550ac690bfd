import 'reflect-metadata';
import { insertLedgerRow } from '../../testing';
import { Actor, Role } from '@xiangzhi/server/core';
import type { TestApp } from '@xiangzhi/server/testing';
import { HouseholdModel, Relation } from '@xiangzhi/registry/api';
import { codeOf, dataOf, nextTestIdNumber, seedHousehold, sensitiveMatches } from '@xiangzhi/registry/api/testing';
import { nextKey } from '@xiangzhi/points/api/testing';
import { GoodsService } from '../goods/goods.service';
import { issueTotals, RedemptionsService } from '../redemptions/redemptions.service';
import { ShopsService } from '../shops/shops.service';
import { quartersUpTo } from '../funds/funds-ledger';
import { FundsService } from '../funds/funds.service';
import { FundEntryKindValue, FundSourceValue } from '../shop.enums';
import {
  ctx,
  grantPoints,
  redeem,
  seedActor,
  seedPresetScheme,
  shopTestApp,
  stockedShop,
  T1,
  TODAY,
  V1,
  V3,
  YEAR,
} from '../funds/shop-fixtures.spec-helper';

const SHOPS = `query($v: String!, $first: Int, $offset: Int) {
  portalShops(villageCode: $v, first: $first, offset: $offset) { total items { id name address personInCharge
  villageNames sixHaves { key label description } goods { name unit pointsPrice }
  periods { label from to redemptions households points } } } }`;

interface Period {
  label: string;
  from: string;
  to: string;
  redemptions: number;
  households: number;
  points: number;
}
interface ShopPage {
  portalShops: {
    total: number;
    items: Array<Record<string, unknown> & { id: string; name: string; periods: Period[] }>;
  };
}
const FUNDS = `query($v: String!, $y: Int!) { portalVillageFunds(villageCode: $v, year: $y) { villageCode year
  balanceYuan liabilityYuan periods { label from to incomeYuan spendingYuan balanceYuan } } }`;

describe('portal disclosure of shops and funds (public, no personal data)', () => {
  let t: TestApp;
  let admin: Actor;
  let hs: HouseholdModel[];
  let shopId: string;

  beforeAll(async () => {
    t = await shopTestApp();
    await seedPresetScheme(t, T1, 'CHANGBA_000');
    admin = await seedActor(t, Role.VILLAGE_ADMIN, V1);
    const town = await seedActor(t, Role.TOWN_SUPERVISOR, T1);
    hs = [];
    for (const name of ['欧阳建华', '李秀英']) {
      hs.push(
        await seedHousehold(t.app, {
          villageCode: V1,
          participating: true,
          members: [{ name, idNumber: nextTestIdNumber(), relation: Relation.HEAD, phone: '13912345678' }],
        }),
      );
    }
    await grantPoints(t, admin, hs, 60);
    const { shop, goods } = await stockedShop(t, admin, V1);
    shopId = shop.id;
    const g = t.app.get(GoodsService);
    await g.create(ctx(admin), { shopId, name: '大米', unit: '袋', pointsPrice: 40, costYuan: 5 });
    const gone = await g.create(ctx(admin), { shopId, name: '停售毛巾', unit: '条', pointsPrice: 8, costYuan: 1 });
    await g.update(ctx(admin), { id: gone.id, name: gone.name, unit: '条', active: false, cashLike: false });
    await redeem(t, admin, shopId, goods.id, hs[0].id, 2);
    const r = await redeem(t, admin, shopId, goods.id, hs[1].id, 1);
    await redeem(t, admin, shopId, goods.id, hs[1].id, 1);
    await t.app.get(RedemptionsService).reverse(ctx(admin), r.id, '登记错误', nextKey());
    await t.app.get(FundsService).record(ctx(town), {
      villageCode: V1,
      kind: FundEntryKindValue.ALLOCATION,
      source: FundSourceValue.ALLOCATION,
      amountYuan: 3000,
      description: '镇级经费拨付',
      occurredOn: `${YEAR}-01-05`,
      clientKey: nextKey(),
    });
  });
  afterAll(() => t?.close());

  it('lists the active shops of a village with 六有, active goods by name and the quarters’ totals net of reversals', async () => {
    const res = await t.gql<ShopPage>(SHOPS, { v: V1 });
    expect(dataOf(res).portalShops.total).toBe(1);
    const [s] = dataOf(res).portalShops.items;
    expect(s).toMatchObject({ id: shopId, address: '村委会一楼', personInCharge: '李梅', villageNames: ['呼和嘎查'] });
    expect(s['sixHaves']).toEqual([
      { key: 'PLACE', label: '有固定场所', description: '村委会一楼东侧' },
      { key: 'PERSON', label: '有专人管理', description: '专人管理' },
    ]);
    expect(s['goods']).toEqual([
      { name: '大米', unit: '袋', pointsPrice: 40 },
      { name: '洗衣粉', unit: '袋', pointsPrice: 10 },
    ]);
    const periods = s.periods;
    const quarter = Math.ceil(Number(TODAY.slice(5, 7)) / 3);
    expect(periods).toHaveLength(quarter);
    expect(periods[0]).toMatchObject({ label: `${YEAR}年第1季度`, from: `${YEAR}-01-01`, to: `${YEAR}-03-31` });
    expect(periods[quarter - 1]).toMatchObject({
      label: `${YEAR}年第${quarter}季度`,
      to: TODAY,
      redemptions: 3,
      households: 2,
      points: 30,
    });
    expect(dataOf(await t.gql(SHOPS, { v: '150626100202' }))).toEqual({ portalShops: { total: 0, items: [] } });
  });

  it('discloses a village’s funds by quarter with the liability', async () => {
    const res = await t.gql<{ portalVillageFunds: Record<string, unknown> }>(FUNDS, { v: V1, y: YEAR });
    const f = dataOf(res).portalVillageFunds;
    const periods = f['periods'] as Array<Record<string, number>>;
    expect(periods[0]).toMatchObject({ incomeYuan: 3000, spendingYuan: 0, balanceYuan: 3000 });
    const last = periods[periods.length - 1];
    expect(last).toMatchObject({ spendingYuan: 120, balanceYuan: 2880 });
    expect(f['balanceYuan']).toBe(2880);
    // 120 points granted, 30 net redeemed: 90 × 1.2 / 10
    expect(f['liabilityYuan']).toBeCloseTo(10.8, 2);
    const past = dataOf(await t.gql<{ portalVillageFunds: Record<string, unknown> }>(FUNDS, { v: V1, y: YEAR - 1 }));
    expect(past.portalVillageFunds).toMatchObject({ balanceYuan: 0, liabilityYuan: null });
    expect((past.portalVillageFunds['periods'] as unknown[]).length).toBe(4);
  });

  it('refuses codes that are not known villages', async () => {
    expect(codeOf(await t.gql(FUNDS, { v: '150626100299', y: YEAR }))).toBe('REGISTRY_REGION_NOT_FOUND');
    expect(codeOf(await t.gql(SHOPS, { v: '150626100299' }))).toBe('REGISTRY_REGION_NOT_FOUND');
    expect(codeOf(await t.gql(FUNDS, { v: T1, y: YEAR }))).toBe('REGISTRY_REGION_NOT_VILLAGE');
  });

  it('holds no household ids, names, card numbers, ID or phone numbers', async () => {
    const payload = JSON.stringify([await t.gql(SHOPS, { v: V1 }), await t.gql(FUNDS, { v: V1, y: YEAR })]);
    expect(sensitiveMatches(payload)).toEqual([]);
    for (const h of hs) {
      expect(payload).not.toContain(h.id);
      expect(payload).not.toContain(h.cardNumber);
    }
    expect(payload).not.toMatch(/欧阳建华|李秀英|13912345678/);
    // no uuid but the shop's own id; no card number of any household (a regex over all of them)
    const uuids = payload.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi) ?? [];
    expect(new Set(uuids)).toEqual(new Set([shopId]));
    const cards = (await t.dataSource.query(`SELECT card_number FROM household`)) as Array<{ card_number: string }>;
    const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(payload).not.toMatch(new RegExp(cards.map((c) => escape(c.card_number)).join('|')));
  });

  describe('a village with more shops than a page', () => {
    const NAMES = ['分页超市A', '分页超市B', '分页超市C', '分页超市D', '分页超市E'];
    let ids: string[];

    /** A ledger row dated in any quarter; a reversal when `reverses` is given. */
    const row = (shop: string, h: HouseholdModel, on: string, points: number, reverses: string | null = null) =>
      insertLedgerRow(t.dataSource, {
        shopId: shop,
        householdId: h.id,
        villageCode: V3,
        occurredOn: on,
        points,
        createdBy: admin.userId,
        reversalOf: reverses,
      });

    beforeAll(async () => {
      const manager = await seedActor(t, Role.VILLAGE_ADMIN, V3);
      const shops = t.app.get(ShopsService);
      const base = { villageCodes: [V3], address: '嘎查委员会', personInCharge: '王芳' };
      // created out of name order; a closed shop is neither listed nor counted
      ids = [];
      for (const name of [...NAMES].reverse()) ids.unshift((await shops.create(ctx(manager), { ...base, name })).id);
      const closed = await shops.create(ctx(manager), { ...base, name: '分页超市0' });
      await shops.update(ctx(manager), closed.id, { ...base, name: closed.name, active: false });
      const [h1, h2] = [
        await seedHousehold(t.app, { villageCode: V3 }),
        await seedHousehold(t.app, { villageCode: V3 }),
      ];
      const q1 = `${YEAR}-01-01`;
      const taken = await row(ids[0], h1, q1, 5);
      await row(ids[0], h1, q1, 5);
      await row(ids[0], h2, q1, 7);
      await row(ids[0], h1, q1, -5, taken);
      await row(ids[1], h1, TODAY, 3);
      await row(ids[1], h2, `${YEAR - 1}-12-31`, 100);
      await row(closed.id, h2, TODAY, 9);
    });

    it('pages the shops by name with first/offset, disjoint, with the total of all of them', async () => {
      const page = async (first: number, offset: number) =>
        dataOf(await t.gql<ShopPage>(SHOPS, { v: V3, first, offset })).portalShops;
      const pages = [await page(2, 0), await page(2, 2), await page(2, 4)];
      expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
      expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
      const items = pages.flatMap((p) => p.items);
      expect(items.map((s) => s.name)).toEqual(NAMES);
      expect(items.map((s) => s.id)).toEqual(ids);
      expect(new Set(items.map((s) => s.id)).size).toBe(5);
      expect(await page(2, 6)).toEqual({ total: 5, items: [] });
      const all = dataOf(await t.gql<ShopPage>(SHOPS, { v: V3 })).portalShops;
      expect(all.items.map((s) => s.id)).toEqual(ids);
      expect(all.total).toBe(5);
    });

    it('refuses pages out of bounds with a validation error', async () => {
      expect(codeOf(await t.gql(SHOPS, { v: V3, first: 0 }))).toBe('VALIDATION_FAILED');
      expect(codeOf(await t.gql(SHOPS, { v: V3, first: 101 }))).toBe('VALIDATION_FAILED');
      expect(codeOf(await t.gql(SHOPS, { v: V3, offset: -1 }))).toBe('VALIDATION_FAILED');
      expect(codeOf(await t.gql(SHOPS, { v: '150626101299', first: 5 }))).toBe('REGISTRY_REGION_NOT_FOUND');
    });

    it('totals every shop of the page for every quarter in one query, as issueTotals does', async () => {
      const query = jest.spyOn(t.dataSource.manager, 'query');
      const res = dataOf(await t.gql<ShopPage>(SHOPS, { v: V3, first: 3 })).portalShops;
      const ledgerQueries = query.mock.calls.filter(([sql]) => /shop_redemption/.test(String(sql)));
      query.mockRestore();
      expect(ledgerQueries).toHaveLength(1);
      const quarters = quartersUpTo(YEAR, TODAY);
      expect(res.items).toHaveLength(3);
      for (const shop of [...res.items, ...dataOf(await t.gql<ShopPage>(SHOPS, { v: V1 })).portalShops.items]) {
        expect(shop.periods.map((p) => ({ label: p.label, from: p.from, to: p.to }))).toEqual(quarters);
        for (const [i, q] of quarters.entries()) {
          const head = await issueTotals(t.dataSource.manager, [shop.id], q.from, q.to);
          expect(shop.periods[i]).toMatchObject({
            redemptions: head.redemptions,
            households: head.households,
            points: head.points,
          });
        }
      }
      const [a, b, c] = res.items;
      // two taken by one household, one by another, one of them reversed: the reversal's points net off
      expect(a.periods[0]).toMatchObject({ redemptions: 3, households: 2, points: 12 });
      // last year's row is not in this year's quarters
      expect(b.periods[quarters.length - 1]).toMatchObject({ redemptions: 1, households: 1, points: 3 });
      expect(c.periods.every((p) => p.redemptions === 0 && p.households === 0 && p.points === 0)).toBe(true);
    });
  });
});
