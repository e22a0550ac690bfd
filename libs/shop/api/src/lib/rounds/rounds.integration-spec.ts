import 'reflect-metadata';
import { insertLedgerRow } from '../../testing';
import { Actor, Role } from '@xiangzhi/server/core';
import type { TestApp } from '@xiangzhi/server/testing';
import { HouseholdModel } from '@xiangzhi/registry/api';
import { codeOf, dataOf, TEST_REGIONS, tokenFor } from '@xiangzhi/registry/api/testing';
import { seedPointsHousehold } from '@xiangzhi/points/api/testing';
import { ShopsService } from '../shops/shops.service';
import {
  ctx,
  households,
  seedActor,
  seedPresetScheme,
  shopTestApp,
  T1,
  T2,
  V1,
  V2,
  V3,
  YEAR,
} from '../funds/shop-fixtures.spec-helper';
import { RoundsService } from './rounds.service';

describe('exchange rounds of a town (000: ≥ 30% of households each round)', () => {
  let t: TestApp;
  let rounds: RoundsService;
  let town: Actor;
  let shopId: string;
  let v1: HouseholdModel[];
  let v2: HouseholdModel[];

  /** A ledger row dated outside today's window; a reversal when `reverses` is given. */
  const row = (h: HouseholdModel, village: string, on: string, points: number, reverses: string | null = null) =>
    insertLedgerRow(t.dataSource, {
      shopId,
      householdId: h.id,
      villageCode: village,
      occurredOn: on,
      points,
      createdBy: town.userId,
      reversalOf: reverses,
    });

  beforeAll(async () => {
    t = await shopTestApp();
    rounds = t.app.get(RoundsService);
    await seedPresetScheme(t, T1, 'CHANGBA_000');
    await seedPresetScheme(t, T2, 'GENERIC_003');
    town = await seedActor(t, Role.TOWN_SUPERVISOR, T1);
    shopId = (
      await t.app.get(ShopsService).create(ctx(town), {
        name: '图克镇联合积分超市',
        villageCodes: [V1, V2],
        address: '镇政府旁',
        personInCharge: '李梅',
      })
    ).id;
    v1 = await households(t, V1, 10);
    v2 = await households(t, V2, 10);
    // not taking part: not a resident household of the count
    await seedPointsHousehold(t.app, V1, { participating: false });
    const june = `${YEAR}-06-15`;
    const december = `${YEAR}-12-01`;
    // round 1 — V1: 3 of 10 (one of them twice, once reversed); V2: 2 of 10, a third reversed (in December)
    for (const h of v1.slice(0, 3)) await row(h, V1, june, 20);
    await row(v1[0], V1, june, 10, await row(v1[0], V1, june, 10));
    for (const h of v2.slice(0, 2)) await row(h, V2, june, 20);
    await row(v2[2], V2, december, -20, await row(v2[2], V2, june, 20));
    // round 2 — V2: 4 of 10; V1: none
    for (const h of v2.slice(3, 7)) await row(h, V2, december, 15);
    // outside every window: May
    await row(v1[5], V1, `${YEAR}-05-20`, 20);
  });
  afterAll(() => t?.close());

  it('reports two rounds with the 30% target, by village and in total, reversals netted', async () => {
    const r = await rounds.report(ctx(town), T1, YEAR);
    expect(r.map((x) => [x.index, x.fromMonth, x.toMonth, x.from, x.to, x.target])).toEqual([
      [1, 6, 6, `${YEAR}-06-01`, `${YEAR}-06-30`, 0.3],
      [2, 12, 12, `${YEAR}-12-01`, `${YEAR}-12-31`, 0.3],
    ]);
    expect(r[0].villages).toEqual([
      {
        villageCode: V1,
        villageName: '呼和嘎查',
        residentHouseholds: 10,
        redeemingHouseholds: 3,
        share: 0.3,
        met: true,
      },
      {
        villageCode: V2,
        villageName: '巴音嘎查',
        residentHouseholds: 10,
        redeemingHouseholds: 2,
        share: 0.2,
        met: false,
      },
    ]);
    expect(r[0].totals).toEqual({ residentHouseholds: 20, redeemingHouseholds: 5, share: 0.25, met: false });
    expect(r[1].villages.map((v) => [v.redeemingHouseholds, v.met])).toEqual([
      [0, false],
      [4, true],
    ]);
    expect(r[1].totals).toMatchObject({ redeemingHouseholds: 4, share: 0.2, met: false });
  });

  it('shows a village administrator their own village only; refuses other towns and non-town codes', async () => {
    const admin = await seedActor(t, Role.VILLAGE_ADMIN, V1);
    const r = await rounds.report(ctx(admin), T1, YEAR);
    expect(r[0].villages.map((v) => v.villageCode)).toEqual([V1]);
    expect(r[0].totals).toMatchObject({ residentHouseholds: 10, redeemingHouseholds: 3, met: true });
    const stranger = await seedActor(t, Role.VILLAGE_ADMIN, V3);
    await expect(rounds.report(ctx(stranger), T1, YEAR)).rejects.toMatchObject({ code: 'SCOPE_OUT_OF_REGION' });
    await expect(rounds.report(ctx(town), V1, YEAR)).rejects.toMatchObject({ code: 'SHOP_ROUNDS_NOT_TOWN' });
    await expect(rounds.report(ctx(town), TEST_REGIONS.county, YEAR)).rejects.toMatchObject({
      code: 'SHOP_ROUNDS_NOT_TOWN',
    });
  });

  it('has no rounds where the scheme exchanges any time, or where none is in force', async () => {
    const county = await seedActor(t, Role.COUNTY_SUPERVISOR, TEST_REGIONS.county);
    expect(await rounds.report(ctx(county), T2, YEAR)).toEqual([]);
    expect(await rounds.report(ctx(county), T1, YEAR - 1)).toEqual([]);
  });

  it('answers over GraphQL', async () => {
    const q = `query($t: String!, $y: Int!) { exchangeRounds(townCode: $t, year: $y) { index from to target
      villages { villageCode share met } totals { share met } } }`;
    const res = await t.gql<{ exchangeRounds: unknown[] }>(q, { t: T1, y: YEAR }, tokenFor(t.app, town));
    expect(dataOf(res).exchangeRounds).toHaveLength(2);
    const grid = await seedActor(t, Role.GRID_WORKER, V1);
    expect(codeOf(await t.gql(q, { t: T1, y: YEAR }, tokenFor(t.app, grid)))).toBe('AUTH_PERMISSION_DENIED');
  });
});
