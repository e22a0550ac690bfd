import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { inTransaction, Permission, RequestContext } from '@xiangzhi/server/core';
import { SchemeService } from '@xiangzhi/points/api';
import { costPointsPrice, fenToYuan, shopPolicyOf, yuanToFen } from '@xiangzhi/shop/util';
import { GoodsPriceEntity } from '../entities/goods-price.entity';
import { GoodsEntity } from '../entities/goods.entity';
import { StockMovementEntity } from '../entities/stock-movement.entity';
import type { ShopEntity } from '../entities/shop.entity';
import { manageableShop, readableShop } from '../shops/shop-access';
import { checkFile, ShopErrors } from '../shop.errors';
import type { ChangeGoodsPriceInput, CreateGoodsInput, UpdateGoodsInput } from './goods.input';
import type { GoodsModel, GoodsPriceModel } from './goods.model';

const MAX_POINTS = 100_000;
const MAX_COST_YUAN = 100_000;

/** Goods of a shop, their price history, and stock as the sum of their movements. */
@Injectable()
export class GoodsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly schemes: SchemeService,
  ) {}

  async create(ctx: RequestContext, input: CreateGoodsInput): Promise<GoodsModel> {
    ctx.requirePermission(Permission.SHOP_MANAGE);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const shop = await manageableShop(em, ctx, input.shopId);
      const costFen = checkPrices(input.pointsPrice, input.costYuan);
      if (input.photoFileId) await checkFile(em, ctx, input.photoFileId);
      await this.checkPolicy(em, shop, input.pointsPrice, costFen, input.cashLike ?? false);
      const goods = em.create(GoodsEntity, {
        shopId: shop.id,
        name: input.name.trim(),
        unit: input.unit.trim(),
        pointsPrice: input.pointsPrice,
        costFen,
        photoFileId: input.photoFileId ?? null,
        active: true,
        cashLike: input.cashLike ?? false,
      });
      await em.save(goods);
      await em.insert(GoodsPriceEntity, {
        goodsId: goods.id,
        pointsPrice: goods.pointsPrice,
        costFen,
        reason: '上架',
        changedBy: ctx.requireActor().userId,
      });
      ctx.note({
        targetType: 'shop_goods',
        targetId: goods.id,
        regionCode: shop.regionCode,
        summary: { name: goods.name, pointsPrice: goods.pointsPrice, costFen },
      });
      return toGoodsModel(goods);
    });
  }

  async update(ctx: RequestContext, input: UpdateGoodsInput): Promise<GoodsModel> {
    ctx.requirePermission(Permission.SHOP_MANAGE);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const goods = await em.findOne(GoodsEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!goods) throw ShopErrors.goodsNotFound();
      const shop = await manageableShop(em, ctx, goods.shopId);
      if (input.photoFileId) await checkFile(em, ctx, input.photoFileId);
      if (input.cashLike && input.active) await this.checkPolicy(em, shop, goods.pointsPrice, goods.costFen, true);
      const before = { name: goods.name, unit: goods.unit, active: goods.active, cashLike: goods.cashLike };
      Object.assign(goods, {
        name: input.name.trim(),
        unit: input.unit.trim(),
        photoFileId: input.photoFileId ?? null,
        active: input.active,
        cashLike: input.cashLike,
      });
      await em.save(goods);
      ctx.note({
        targetType: 'shop_goods',
        targetId: goods.id,
        regionCode: shop.regionCode,
        summary: { before, after: input },
      });
      return toGoodsModel(goods);
    });
  }

  /** A new price from now on; the old one stays in the history. The goods row is locked: a redemption in flight sees either price. */
  async changePrice(ctx: RequestContext, input: ChangeGoodsPriceInput): Promise<GoodsModel> {
    ctx.requirePermission(Permission.SHOP_MANAGE);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const goods = await em.findOne(GoodsEntity, {
        where: { id: input.goodsId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!goods) throw ShopErrors.goodsNotFound();
      const shop = await manageableShop(em, ctx, goods.shopId);
      const costFen = checkPrices(input.pointsPrice, input.costYuan);
      await this.checkPolicy(em, shop, input.pointsPrice, costFen, goods.cashLike && goods.active);
      const before = { pointsPrice: goods.pointsPrice, costFen: goods.costFen };
      goods.pointsPrice = input.pointsPrice;
      goods.costFen = costFen;
      await em.save(goods);
      await em.insert(GoodsPriceEntity, {
        goodsId: goods.id,
        pointsPrice: input.pointsPrice,
        costFen,
        reason: input.reason.trim(),
        changedBy: ctx.requireActor().userId,
      });
      ctx.note({
        targetType: 'shop_goods',
        targetId: goods.id,
        regionCode: shop.regionCode,
        summary: { before, after: { pointsPrice: input.pointsPrice, costFen }, reason: input.reason },
      });
      return toGoodsModel(goods);
    });
  }

  async list(ctx: RequestContext, shopId: string, includeInactive: boolean, first: number, offset: number) {
    ctx.requirePermission(Permission.SHOP_READ);
    const em = this.dataSource.manager;
    await readableShop(em, ctx, shopId);
    const [rows, total] = await em.findAndCount(GoodsEntity, {
      where: includeInactive ? { shopId } : { shopId, active: true },
      order: { name: 'ASC', id: 'ASC' },
      skip: offset,
      take: first,
    });
    return { items: rows.map(toGoodsModel), total };
  }

  async prices(ctx: RequestContext, goodsId: string, first: number, offset: number) {
    ctx.requirePermission(Permission.SHOP_READ);
    const em = this.dataSource.manager;
    const goods = await em.findOneBy(GoodsEntity, { id: goodsId });
    if (!goods) throw ShopErrors.goodsNotFound();
    await readableShop(em, ctx, goods.shopId);
    const [rows, total] = await em.findAndCount(GoodsPriceEntity, {
      where: { goodsId },
      order: { changedAt: 'DESC', id: 'DESC' },
      skip: offset,
      take: first,
    });
    return { items: rows.map(toPriceModel), total };
  }

  /** At cost price where the town says so (004), and no cash-like goods where it forbids them. */
  private async checkPolicy(
    em: EntityManager,
    shop: ShopEntity,
    pointsPrice: number,
    costFen: number,
    cashLike: boolean,
  ) {
    const year = new Date().getFullYear();
    const scheme = await this.schemes.inForceFor(em, shop.villageCodes[0], year);
    if (!scheme) return;
    const policy = shopPolicyOf(await this.schemes.presetKeyOf(em, scheme));
    if (cashLike && policy.forbidsCash) {
      throw ShopErrors.cashForbidden();
    }
    if (policy.atCostPrice) {
      const expected = costPointsPrice(costFen, scheme.definition.parameters.exchangeValue);
      if (expected !== null && expected !== pointsPrice) throw ShopErrors.atCostPrice(expected);
    }
  }
}

/** Stock of goods = the sum of their movements. */
export async function stockOf(em: EntityManager, goodsIds: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>(goodsIds.map((id) => [id, 0]));
  if (goodsIds.length === 0) return out;
  const rows: Array<{ goods_id: string; stock: string }> = await em
    .createQueryBuilder(StockMovementEntity, 'm')
    .select('m.goods_id', 'goods_id')
    .addSelect('COALESCE(SUM(m.quantity), 0)', 'stock')
    .where({ goodsId: In([...goodsIds]) })
    .groupBy('m.goods_id')
    .getRawMany();
  for (const r of rows) out.set(r.goods_id, Number(r.stock));
  return out;
}

function checkPrices(pointsPrice: number, costYuan: number): number {
  if (!Number.isInteger(pointsPrice) || pointsPrice <= 0 || pointsPrice > MAX_POINTS) throw ShopErrors.priceInvalid();
  if (!Number.isFinite(costYuan) || costYuan < 0 || costYuan > MAX_COST_YUAN) throw ShopErrors.priceInvalid();
  const fen = yuanToFen(costYuan);
  if (Math.abs(fen - costYuan * 100) > 1e-6) throw ShopErrors.priceInvalid();
  return fen;
}

/** The GraphQL view of goods. */
export function toGoodsModel(g: GoodsEntity): GoodsModel {
  return {
    id: g.id,
    shopId: g.shopId,
    name: g.name,
    unit: g.unit,
    pointsPrice: g.pointsPrice,
    costYuan: fenToYuan(g.costFen),
    photoFileId: g.photoFileId,
    active: g.active,
    cashLike: g.cashLike,
  };
}

function toPriceModel(p: GoodsPriceEntity): GoodsPriceModel {
  return {
    id: p.id,
    pointsPrice: p.pointsPrice,
    costYuan: fenToYuan(p.costFen),
    reason: p.reason,
    changedAt: p.changedAt,
  };
}
