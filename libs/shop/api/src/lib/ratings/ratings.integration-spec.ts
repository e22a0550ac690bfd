import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Actor, RequestContext, Role } from '@xiangzhi/server/core';
import type { TestApp } from '@xiangzhi/server/testing';
import { HouseholdModel } from '@xiangzhi/registry/api';
import { dataOf, TEST_REGIONS, tokenFor } from '@xiangzhi/registry/api/testing';
import { ShopsService } from '../shops/shops.service';
import {
  ctx,
  households,
  presetItem,
  seedActor,
  seedPresetScheme,
  shopTestApp,
  T1,
  T2,
  TODAY,
  V1,
  V3,
  YEAR,
} from '../funds/shop-fixtures.spec-helper';
import { RatingsService } from './ratings.service';

const V4 = TEST_REGIONS.villages[3];

describe('shop operator ratings and the 004 operator award', () => {
  let t: TestApp;
  let ratings: RatingsService;
  let town2: Actor;
  let town1: Actor;
  let operator: Actor;
  let operator1: Actor;
  let h: HouseholdModel;
  let shop004: string;
  let shop000: string;

  const count = async () =>
    (
      (await t.dataSource.query(`SELECT
        (SELECT count(*)::int FROM shop_operator_rating) AS ratings,
        (SELECT count(*)::int FROM points_entry) AS entries`)) as Array<Record<string, number>>
    )[0];
  const refused = async (work: () => Promise<unknown>, code: string) => {
    const before = await count();
    await expect(work()).rejects.toMatchObject({ code });
    expect(await count()).toEqual(before);
  };
  const input = (over: Record<string, unknown> = {}) => ({
    shopId: shop004,
    operatorUserId: operator.userId,
    year: YEAR,
    score: 5,
    comment: '服务热情，台账清楚',
    householdId: h.id,
    points: 10,
    ...over,
  });

  beforeAll(async () => {
    t = await shopTestApp();
    ratings = t.app.get(RatingsService);
    // 004 asks evidence for every item; the fixture's G01 does not, to keep the award flow in view
    await seedPresetScheme(t, T2, 'GAOYANG_004', [presetItem('GAOYANG_004', 'G01', { evidenceRequired: false })]);
    await seedPresetScheme(t, T1, 'CHANGBA_000');
    town2 = await seedActor(t, Role.TOWN_SUPERVISOR, T2, '高阳镇督导');
    town1 = await seedActor(t, Role.TOWN_SUPERVISOR, T1);
    operator = await seedActor(t, Role.SHOP_OPERATOR, V3, '李梅');
    operator1 = await seedActor(t, Role.SHOP_OPERATOR, V1, '王芳');
    const shops = t.app.get(ShopsService);
    shop004 = (
      await shops.create(ctx(town2), {
        name: '沙尔积分超市',
        villageCodes: [V3],
        address: '村部',
        personInCharge: '李梅',
      })
    ).id;
    await shops.bindOperator(ctx(town2), shop004, operator.userId);
    shop000 = (
      await shops.create(ctx(town1), {
        name: '呼和积分超市',
        villageCodes: [V1],
        address: '村部',
        personInCharge: '王芳',
      })
    ).id;
    await shops.bindOperator(ctx(town1), shop000, operator1.userId);
    [h] = await households(t, V3, 1, '李梅');
  });
  afterAll(() => t?.close());

  it('004: awards G01 points to the operator’s household as a RECORDED entry, recorded by the system', async () => {
    const c = ctx(town2);
    const r = await ratings.rate(c, input());
    expect(r).toMatchObject({
      shopId: shop004,
      operatorUserId: operator.userId,
      operatorName: '李梅',
      year: YEAR,
      score: 5,
      householdId: h.id,
      awardedPoints: 10,
      ratedByName: '高阳镇督导',
    });
    expect(r.pointsEntryId).toBeTruthy();
    const [e] = (await t.dataSource.query(
      `SELECT e.household_id, e.item_code, e.points, e.occurred_on::text AS on, e.description, e.channel,
              e.recorded_by, e.idempotency_key, s.status
         FROM points_entry e JOIN points_entry_state s ON s.entry_id = e.id WHERE e.id = $1`,
      [r.pointsEntryId],
    )) as Array<Record<string, unknown>>;
    expect(e).toMatchObject({
      household_id: h.id,
      item_code: 'G01',
      points: 10,
      on: TODAY,
      description: '积分超市经营者服务质量评定（5分）',
      channel: 'DOCUMENT',
      recorded_by: RequestContext.system().actor?.userId,
      idempotency_key: `rating-${r.id}`,
      status: 'RECORDED',
    });
    const [row] = (await t.dataSource.query(`SELECT rated_by FROM shop_operator_rating WHERE id = $1`, [
      r.id,
    ])) as Array<{
      rated_by: string;
    }>;
    expect(row.rated_by).toBe(town2.userId);
    // the audit notes name the rater: the rating's and the entry's
    expect(c.auditNotes.map((n) => n.targetType).sort()).toEqual(['pointsEntry', 'shop_operator_rating']);
    expect(c.auditNotes.every((n) => n.summary['ratedBy'] === town2.userId)).toBe(true);
  });

  it('refuses a second rating of the operator for the year', async () => {
    await refused(() => ratings.rate(ctx(town2), input({ points: null })), 'SHOP_RATING_EXISTS');
  });

  it('refuses points where the scheme has no operator award (000), but rates without points', async () => {
    const [h1] = await households(t, V1, 1);
    const base = { shopId: shop000, operatorUserId: operator1.userId, year: YEAR, score: 4, comment: '良好' };
    await refused(() => ratings.rate(ctx(town1), { ...base, householdId: h1.id, points: 5 }), 'SHOP_RATING_NO_AWARD');
    const r = await ratings.rate(ctx(town1), { ...base, householdId: h1.id });
    expect(r).toMatchObject({ awardedPoints: 0, pointsEntryId: null, householdId: h1.id, score: 4 });
  });

  it('refuses bad ratings with coded errors and writes nothing', async () => {
    const last = { year: YEAR - 1 };
    await refused(() => ratings.rate(ctx(town2), input({ ...last, score: 6 })), 'SHOP_RATING_SCORE_INVALID');
    await refused(() => ratings.rate(ctx(town2), input({ ...last, score: 0 })), 'SHOP_RATING_SCORE_INVALID');
    await refused(() => ratings.rate(ctx(town2), input({ year: YEAR + 1 })), 'SHOP_RATING_YEAR_INVALID');
    await refused(
      () => ratings.rate(ctx(town2), input({ ...last, householdId: null })),
      'SHOP_RATING_HOUSEHOLD_REQUIRED',
    );
    await refused(() => ratings.rate(ctx(town2), input({ ...last, points: -3 })), 'SHOP_RATING_POINTS_INVALID');
    await refused(
      () => ratings.rate(ctx(town2), input({ ...last, operatorUserId: operator1.userId })),
      'SHOP_OPERATOR_INVALID',
    );
    const [far] = await households(t, V4, 1);
    await refused(
      () => ratings.rate(ctx(town2), input({ ...last, householdId: far.id })),
      'SHOP_RATING_HOUSEHOLD_INVALID',
    );
    // beyond G01's range (5–20): the points engine refuses and the rating is not kept either
    await refused(() => ratings.rate(ctx(town2), input({ ...last, points: 50 })), 'POINTS_OUT_OF_RANGE');
    await refused(() => ratings.rate(ctx(town1), input({ ...last })), 'SCOPE_OUT_OF_REGION');
    await refused(
      () => ratings.rate(ctx(town2), input({ ...last, evidenceFileIds: [randomUUID()] })),
      'FILE_NOT_FOUND',
    );
    const admin = await seedActor(t, Role.VILLAGE_ADMIN, V3);
    await refused(() => ratings.rate(ctx(admin), input({ ...last })), 'AUTH_PERMISSION_DENIED');
  });

  it('lists a shop’s ratings, newest year first, through GraphQL with the mutation audited', async () => {
    const m = `mutation($i: RateShopOperatorInput!) { rateShopOperator(input: $i) { id awardedPoints pointsEntryId } }`;
    const rated = dataOf(
      await t.gql<{ rateShopOperator: { id: string; awardedPoints: number } }>(
        m,
        { i: input({ year: YEAR - 1, score: 3, points: null }) },
        tokenFor(t.app, town2),
      ),
    );
    expect(rated.rateShopOperator.awardedPoints).toBe(0);
    const q = `query($s: ID!) { operatorRatings(shopId: $s, first: 10) { total items { year score awardedPoints } } }`;
    const page = dataOf(
      await t.gql<{ operatorRatings: { total: number; items: Array<{ year: number }> } }>(
        q,
        { s: shop004 },
        tokenFor(t.app, operator),
      ),
    );
    expect(page.operatorRatings.total).toBe(2);
    expect(page.operatorRatings.items.map((i) => i.year)).toEqual([YEAR, YEAR - 1]);
    const audits = (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE target_id = $1`, [
      rated.rateShopOperator.id,
    ])) as Array<{ n: number }>;
    expect(audits[0].n).toBe(1);
  });
});
