import { randomUUID } from 'node:crypto';
import { Actor, RequestContext, Role } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { IdentityModule } from '@xiangzhi/identity/api';
import { seedUser } from '@xiangzhi/identity/api/testing';
import { HouseholdModel, RegistryModule } from '@xiangzhi/registry/api';
import { seedRegions, testActor, TEST_REGIONS } from '@xiangzhi/registry/api/testing';
import {
  EntriesService,
  EntryChannel,
  PointsModule,
  PointsSchemeVersionEntity,
  ReviewDecision,
  SchemeStatus,
} from '@xiangzhi/points/api';
import { nextKey, seedPointsHousehold, TEST_ITEMS } from '@xiangzhi/points/api/testing';
import { PRESETS, type SchemeDefinition, type SchemeItem } from '@xiangzhi/points/util';
import { todayIso } from '@xiangzhi/registry/util';
import { GoodsService } from '../goods/goods.service';
import { RedemptionsService } from '../redemptions/redemptions.service';
import { ShopModule } from '../shop.module';
import { ShopsService } from '../shops/shops.service';
import { StockService } from '../stock/stock.service';
import { FundSourceValue } from '../shop.enums';

/** Fixtures of the shop's integration specs: the app, regions, users, preset schemes, points and a stocked shop. */

export const [V1, V2, V3] = TEST_REGIONS.villages;
export const [T1, T2] = TEST_REGIONS.towns;
export const TODAY = todayIso();
export const YEAR = Number(TODAY.slice(0, 4));

export const ctx = (a: Actor) => new RequestContext(`req-${randomUUID()}`, a);

export async function shopTestApp(): Promise<TestApp> {
  const t = await createTestApp([IdentityModule, RegistryModule, PointsModule, ShopModule]);
  await seedRegions(t.dataSource);
  return t;
}

/** A user row and the actor its token would carry. */
export async function seedActor(t: TestApp, role: Role, region: string, name?: string): Promise<Actor> {
  const u = await seedUser(t.dataSource, {
    username: `shop.${role.toLowerCase()}.${randomUUID().slice(0, 8)}`,
    password: 'Shop@123456',
    role,
    regionCode: region,
    displayName: name ?? `${role}-用户`,
  });
  return { ...testActor(role, region), userId: u.id, username: u.username, displayName: name ?? `${role}-用户` };
}

/** An item of the 004 preset, optionally without its evidence requirement. */
export function presetItem(preset: keyof typeof PRESETS, code: string, over: Partial<SchemeItem> = {}): SchemeItem {
  const item = PRESETS[preset].items.find((i) => i.code === code);
  if (!item) throw new Error(`no item ${code} in ${preset}`);
  return { ...item, ...over };
}

/**
 * A town scheme in force that started from `preset` (its parameters), with the test items (T01 1–10 without
 * evidence) plus `extraItems`.
 */
export async function seedPresetScheme(
  t: TestApp,
  townCode: string,
  preset: keyof typeof PRESETS,
  extraItems: SchemeItem[] = [],
  year = YEAR,
): Promise<PointsSchemeVersionEntity> {
  const definition: SchemeDefinition = {
    name: `${PRESETS[preset].name}（测试）`,
    year,
    parameters: PRESETS[preset].parameters,
    items: [...TEST_ITEMS, ...extraItems],
  };
  const repo = t.dataSource.getRepository(PointsSchemeVersionEntity);
  const last = await repo.maximum('version', { regionCode: townCode, year });
  return repo.save(
    repo.create({
      regionCode: townCode,
      year,
      version: (last ?? 0) + 1,
      status: SchemeStatus.IN_FORCE,
      presetKey: preset,
      definition,
      basedOnId: null,
      changeReason: '测试',
      decidedAt: new Date(),
    }),
  );
}

/** Approved T01 points for households (recorded by `recorder`, reviewed and approved by the system). */
export async function grantPoints(t: TestApp, recorder: Actor, households: HouseholdModel[], points: number) {
  const entries = t.app.get(EntriesService);
  const ids: string[] = [];
  for (const h of households) {
    let left = points;
    while (left > 0) {
      const p = Math.min(10, left);
      left -= p;
      const e = await entries.record(ctx(recorder), {
        householdId: h.id,
        itemCode: 'T01',
        points: p,
        occurredOn: TODAY,
        description: '参加环境卫生整治',
        channel: EntryChannel.ON_SITE,
        idempotencyKey: nextKey(),
      });
      ids.push(e.id);
    }
  }
  if (!ids.length) return;
  await entries.review(RequestContext.system(), { entryIds: ids, decision: ReviewDecision.APPROVE });
  await entries.approve(RequestContext.system(), { entryIds: ids });
}

export async function households(t: TestApp, village: string, n: number, headName = '张建明') {
  const out: HouseholdModel[] = [];
  for (let i = 0; i < n; i++) out.push(await seedPointsHousehold(t.app, village, { headName, extraMembers: 0 }));
  return out;
}

/** A shop of one village with one goods item (`pointsPrice` points, cost 1.20 yuan) and 100 in stock. */
export async function stockedShop(t: TestApp, manager: Actor, village: string, pointsPrice = 10) {
  const shop = await t.app.get(ShopsService).create(ctx(manager), {
    name: `测试积分超市${randomUUID().slice(0, 4)}`,
    villageCodes: [village],
    address: '村委会一楼',
    personInCharge: '李梅',
    sixHaves: [
      { key: 'PLACE', description: '村委会一楼东侧', photoFileId: null },
      { key: 'PERSON', description: '专人管理', photoFileId: null },
    ],
  });
  const goods = await t.app.get(GoodsService).create(ctx(manager), {
    shopId: shop.id,
    name: '洗衣粉',
    unit: '袋',
    pointsPrice,
    costYuan: 1.2,
  });
  const movement = await t.app.get(StockService).stockIn(ctx(manager), {
    goodsId: goods.id,
    quantity: 100,
    unitCostYuan: 1.2,
    supplier: '县供销社',
    occurredOn: TODAY,
    fundVillageCode: village,
    fundSource: FundSourceValue.ALLOCATION,
    clientKey: nextKey(),
  });
  return { shop, goods, movement };
}

/** A redemption of `quantity` of the goods for a household, by `operator`. */
export function redeem(
  t: TestApp,
  operator: Actor,
  shopId: string,
  goodsId: string,
  householdId: string,
  quantity = 1,
) {
  return t.app.get(RedemptionsService).redeem(ctx(operator), {
    shopId,
    householdId,
    lines: [{ goodsId, quantity }],
    clientKey: nextKey(),
  });
}
