/**
 * Points shop demo data: a shop in the first village of every demo town (in 图克镇 one shop shared by its first two
 * villages, seed 002), its 六有 record, goods at the prices the schemes show (REFERENCE-DATA.md §1), stock bought
 * with the town's allocation (seed 000: 3,000 or 2,000 yuan per village), the demo operator bound to it, and
 * redemptions of this month where the town's exchange window is open — all through the real services.
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { RequestContext } from '@xiangzhi/server/core';
import { todayIso } from '@xiangzhi/registry/util';
import {
  FundEntryKindValue,
  FundSourceValue,
  FundsService,
  GoodsService,
  RedemptionsService,
  ShopsService,
  StockService,
} from '@xiangzhi/shop/api';
import { costPointsPrice } from '@xiangzhi/shop/util';
import { PRESETS } from '@xiangzhi/points/util';
import { DEMO_TOWNS, villageCode } from './demo-towns';
import { TOWN_PRESET } from './points-demo';

/** Goods of a demo shop: name, unit, points price (or null: at cost, 004), cost in yuan, starting stock. */
const GOODS: ReadonlyArray<[string, string, number, number, number]> = [
  ['食盐', '袋', 10, 1.2, 100],
  ['肥皂', '块', 15, 1.8, 100],
  ['抽纸', '提', 50, 6, 60],
  ['牙膏', '盒', 60, 7.5, 40],
  ['洗衣粉', '袋', 100, 12, 30],
  ['香皂', '块', 30, 3.5, 80],
  ['食用油', '桶', 300, 36, 15],
  ['洗手液', '瓶', 80, 9.9, 30],
  ['电水壶', '个', 600, 75, 5],
];

const SIX_HAVES = [
  { key: 'PLACE', description: '村委会一楼东侧房间' },
  { key: 'SIGN', description: '统一悬挂“乡村治理积分兑换超市”招牌' },
  { key: 'PRICES', description: '商品明码标价，积分价格上墙公示' },
  { key: 'RULES', description: '积分兑换管理制度上墙' },
  { key: 'LEDGER', description: '物品入库台账、兑换领取台账齐全' },
  { key: 'PERSON', description: '村委会指定专人管理' },
] as const;

/** What the stock above costs (2,812 yuan): it is bought from the first village's allocation of 3,000 yuan. */
const STOCK_COST_YUAN = GOODS.reduce((sum, [, , , cost, quantity]) => sum + cost * quantity, 0);
const FIRST_VILLAGE_ALLOCATION_YUAN = 3000;
if (STOCK_COST_YUAN > FIRST_VILLAGE_ALLOCATION_YUAN) {
  throw new Error(`the demo stock costs ${STOCK_COST_YUAN} yuan, more than the allocation it is bought from`);
}

let serial = 0;
const key = (what: string) => `seed-shop-${what}-${++serial}`;

/** Loads the shop demo data (after the points demo). */
export async function seedShopDemo(app: INestApplicationContext, ds: DataSource, log: (m: string) => void) {
  const shops = app.get(ShopsService, { strict: false });
  const goods = app.get(GoodsService, { strict: false });
  const stock = app.get(StockService, { strict: false });
  const funds = app.get(FundsService, { strict: false });
  const redemptions = app.get(RedemptionsService, { strict: false });
  const system = () => RequestContext.system(`seed-shop-${++serial}`);
  const today = todayIso();
  for (const town of DEMO_TOWNS) {
    const preset = TOWN_PRESET[town.key];
    if (!preset) continue;
    const parameters = PRESETS[preset].parameters;
    const served = town.key === 'tuke' ? [villageCode(town, 0), villageCode(town, 1)] : [villageCode(town, 0)];
    for (const [i] of town.villages.entries()) {
      const v = villageCode(town, i);
      await funds.record(system(), {
        villageCode: v,
        kind: FundEntryKindValue.ALLOCATION,
        source: FundSourceValue.ALLOCATION,
        amountYuan: i < 3 ? FIRST_VILLAGE_ALLOCATION_YUAN : 2000,
        description: `${town.town.name}下拨积分兑换经费`,
        occurredOn: `${today.slice(0, 4)}-01-15`,
        clientKey: key('fund'),
      });
    }
    const shop = await shops.create(system(), {
      name: `${town.villages[0]}乡村治理积分兑换超市`,
      villageCodes: served,
      address: `${town.villages[0]}村委会一楼`,
      personInCharge: '王秀兰',
      sixHaves: SIX_HAVES.map((s) => ({ ...s })),
    });
    const [operator] = (await ds.query(`SELECT id FROM app_user WHERE username = $1`, [`${town.key}.shop`])) as Array<{
      id: string;
    }>;
    if (operator) await shops.bindOperator(system(), shop.id, operator.id);
    const ids: string[] = [];
    for (const [name, unit, price, cost, quantity] of GOODS) {
      // 高阳镇 exchanges at cost price (004): the points price is the cost in points
      const pointsPrice =
        preset === 'GAOYANG_004' ? (costPointsPrice(cost * 100, parameters.exchangeValue) ?? price) : price;
      const g = await goods.create(system(), { shopId: shop.id, name, unit, pointsPrice, costYuan: cost });
      ids.push(g.id);
      await stock.stockIn(system(), {
        goodsId: g.id,
        quantity,
        unitCostYuan: cost,
        supplier: `${town.town.name}供销合作社`,
        occurredOn: `${today.slice(0, 4)}-01-20`,
        fundVillageCode: served[0],
        fundSource: FundSourceValue.ALLOCATION,
        clientKey: key('stock'),
      });
    }
    // redemptions today where the window is open: the households with the most exchangeable points
    let redeemed = 0;
    const households = (await ds.query(
      `SELECT id FROM household WHERE region_code = ANY($1) AND participating ORDER BY card_number LIMIT 40`,
      [served],
    )) as Array<{ id: string }>;
    for (const h of households) {
      const view = await redemptions.household(system(), { shopId: shop.id, householdId: h.id });
      if (view.blocks.length > 0 || view.exchangeable < 30) continue;
      const line = (await goods.list(system(), shop.id, false, 20, 0)).items
        .filter((g) => g.pointsPrice <= view.exchangeable)
        .sort((a, b) => b.pointsPrice - a.pointsPrice)[0];
      if (!line) continue;
      await redemptions.redeem(system(), {
        shopId: shop.id,
        householdId: h.id,
        lines: [{ goodsId: line.id, quantity: 1 }],
        clientKey: key('redeem'),
      });
      if (++redeemed >= 12) break;
    }
    log(`${town.town.name}: shop ${shop.name} with ${ids.length} goods, ${redeemed} redemptions today`);
  }
}
