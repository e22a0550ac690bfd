import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { inTransaction, Permission, RequestContext } from '@xiangzhi/server/core';
import { HouseholdEntity } from '@xiangzhi/registry/api';
import { todayIso } from '@xiangzhi/registry/util';
import { UserEntity } from '@xiangzhi/identity/api';
import { EntriesService, EntryChannel, SchemeService } from '@xiangzhi/points/api';
import { shopPolicyOf } from '@xiangzhi/shop/util';
import { OperatorRatingEntity } from '../entities/operator-rating.entity';
import { ShopOperatorEntity } from '../entities/shop-operator.entity';
import { manageableShop, readableShop } from '../shops/shop-access';
import { checkFile, ShopErrors } from '../shop.errors';
import { RatingErrors } from './ratings.errors';
import type { OperatorRatingsArgs, RateShopOperatorInput } from './ratings.input';
import type { OperatorRatingModel } from './ratings.model';

/**
 * The town rates each shop operator once a year (004 二(二) 根据服务质量每年给予超市经营者积分奖励). Where the scheme has
 * an operator award item, the award is recorded as a points entry for the operator's household; it then goes
 * through the village's review and the town's approval like any entry.
 */
@Injectable()
export class RatingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entries: EntriesService,
    private readonly schemes: SchemeService,
  ) {}

  async rate(ctx: RequestContext, input: RateShopOperatorInput): Promise<OperatorRatingModel> {
    ctx.requirePermission(Permission.SHOP_RATE);
    const today = todayIso();
    if (!Number.isInteger(input.score) || input.score < 1 || input.score > 5) throw RatingErrors.scoreInvalid();
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > Number(today.slice(0, 4))) {
      throw RatingErrors.yearInvalid();
    }
    const comment = input.comment.trim();
    if (!comment) throw ShopErrors.reasonRequired();
    const award = input.points ?? null;
    if (award !== null && (!Number.isInteger(award) || award <= 0)) throw RatingErrors.pointsInvalid();
    if (award !== null && !input.householdId) throw RatingErrors.householdRequired();
    return inTransaction(this.dataSource, ctx, async (em) => {
      const rater = ctx.requireActor();
      // the shop row is locked: two ratings of one operator and year are made one after the other
      const shop = await manageableShop(em, ctx, input.shopId, true);
      if (!(await em.existsBy(ShopOperatorEntity, { shopId: shop.id, userId: input.operatorUserId }))) {
        throw ShopErrors.operatorInvalid();
      }
      if (
        await em.existsBy(OperatorRatingEntity, {
          shopId: shop.id,
          operatorUserId: input.operatorUserId,
          year: input.year,
        })
      ) {
        throw ShopErrors.ratingExists();
      }
      const evidence = [...new Set(input.evidenceFileIds ?? [])];
      for (const f of evidence) await checkFile(em, ctx, f);
      let household: HouseholdEntity | null = null;
      if (input.householdId) {
        household = await em.findOneBy(HouseholdEntity, { id: input.householdId });
        if (!household) throw ShopErrors.householdNotFound();
        if (!shop.villageCodes.includes(household.regionCode)) throw RatingErrors.householdInvalid();
      }
      const id = randomUUID();
      let pointsEntryId: string | null = null;
      let awardedPoints = 0;
      if (award !== null && household) {
        const scheme = await this.schemes.inForceFor(em, household.regionCode, Number(today.slice(0, 4)));
        const itemCode = scheme ? shopPolicyOf(await this.schemes.presetKeyOf(em, scheme)).operatorAwardItemCode : null;
        if (!scheme || !itemCode || !scheme.definition.items.some((i) => i.code === itemCode)) {
          throw ShopErrors.ratingNoAward();
        }
        const entry = await this.recordAward(ctx, em, household, evidence, {
          itemCode,
          points: award,
          occurredOn: today,
          description: `积分超市经营者服务质量评定（${input.score}分）`,
          idempotencyKey: `rating-${id}`,
        });
        pointsEntryId = entry.id;
        awardedPoints = entry.points;
      }
      await em.insert(OperatorRatingEntity, {
        id,
        shopId: shop.id,
        operatorUserId: input.operatorUserId,
        year: input.year,
        score: input.score,
        comment,
        householdId: household?.id ?? null,
        pointsEntryId,
        awardedPoints,
        ratedBy: rater.userId,
      });
      ctx.note({
        targetType: 'shop_operator_rating',
        targetId: id,
        regionCode: shop.regionCode,
        summary: {
          shopId: shop.id,
          operatorUserId: input.operatorUserId,
          year: input.year,
          score: input.score,
          ratedBy: rater.userId,
          householdId: household?.id ?? null,
          pointsEntryId,
          awardedPoints,
        },
      });
      return (await this.models(em, [await em.findOneByOrFail(OperatorRatingEntity, { id })]))[0];
    });
  }

  async list(ctx: RequestContext, args: OperatorRatingsArgs): Promise<{ items: OperatorRatingModel[]; total: number }> {
    ctx.requirePermission(Permission.SHOP_READ);
    const em = this.dataSource.manager;
    await readableShop(em, ctx, args.shopId);
    const [rows, total] = await em.findAndCount(OperatorRatingEntity, {
      where: { shopId: args.shopId },
      order: { year: 'DESC', createdAt: 'DESC', id: 'DESC' },
      skip: args.offset,
      take: args.first,
    });
    return { items: await this.models(em, rows), total };
  }

  /**
   * The award entry, recorded in this transaction by the system scoped to the household's village (the town's
   * rater may not record entries; the rating row and its audit note name the rater). Its audit notes join ours.
   */
  private async recordAward(
    ctx: RequestContext,
    em: EntityManager,
    household: HouseholdEntity,
    evidence: string[],
    entry: { itemCode: string; points: number; occurredOn: string; description: string; idempotencyKey: string },
  ) {
    const system = RequestContext.system(ctx.requestId).requireActor();
    // evidence already checked against the rater; the system may attach exactly those files' regions
    const fileRegions = evidence.length
      ? (
          (await em.query(`SELECT DISTINCT region_code FROM stored_file WHERE id = ANY($1::uuid[])`, [
            evidence,
          ])) as Array<{
            region_code: string;
          }>
        ).map((r) => r.region_code)
      : [];
    const sys = new RequestContext(ctx.requestId, {
      ...system,
      regionCode: household.regionCode,
      scopePrefixes: [household.regionCode, ...fileRegions],
    });
    sys.em = em;
    const recorded = await this.entries.record(sys, {
      householdId: household.id,
      ...entry,
      channel: EntryChannel.DOCUMENT,
      evidenceFileIds: evidence,
    });
    for (const n of sys.auditNotes) ctx.note({ ...n, summary: { ...n.summary, ratedBy: ctx.requireActor().userId } });
    return recorded;
  }

  private async models(em: EntityManager, rows: OperatorRatingEntity[]): Promise<OperatorRatingModel[]> {
    if (!rows.length) return [];
    const ids = [...new Set(rows.flatMap((r) => [r.operatorUserId, r.ratedBy]).filter((x): x is string => !!x))];
    const users = await em.find(UserEntity, { select: { id: true, displayName: true }, where: { id: In(ids) } });
    const names = new Map(users.map((u) => [u.id, u.displayName]));
    return rows.map((r) => ({
      id: r.id,
      shopId: r.shopId,
      operatorUserId: r.operatorUserId,
      operatorName: names.get(r.operatorUserId) ?? null,
      year: r.year,
      score: r.score,
      comment: r.comment,
      householdId: r.householdId,
      pointsEntryId: r.pointsEntryId,
      awardedPoints: r.awardedPoints,
      ratedByName: r.ratedBy ? (names.get(r.ratedBy) ?? null) : null,
      createdAt: r.createdAt,
    }));
  }
}
