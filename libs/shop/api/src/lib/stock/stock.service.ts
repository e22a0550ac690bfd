import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction, Permission, RequestContext } from '@xiangzhi/server/core';
import { todayIso } from '@xiangzhi/registry/util';
import { fenToYuan, yuanToFen } from '@xiangzhi/shop/util';
import { FundEntryEntity } from '../entities/fund-entry.entity';
import { GoodsEntity } from '../entities/goods.entity';
import { StockMovementEntity } from '../entities/stock-movement.entity';
import { stockOf } from '../goods/goods.service';
import { readableShop, stockableShop } from '../shops/shop-access';
import { FundEntryKindValue, StockMovementKindValue } from '../shop.enums';
import { checkFile, checkKey, ShopErrors } from '../shop.errors';
import type { StockInInput, StocktakeInput, StockMovementsArgs } from './stock.input';
import type { StockMovementModel } from './stock.model';

const MAX_QUANTITY = 100_000;

/** The stock ledger: stock-in (charged to a village's funds) and stocktake adjustments; never an edit. */
@Injectable()
export class StockService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async stockIn(ctx: RequestContext, input: StockInInput): Promise<StockMovementModel> {
    ctx.requirePermission(Permission.SHOP_STOCK);
    const key = checkKey(input.clientKey);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const actor = ctx.requireActor().userId;
      await lockKey(em, actor, key);
      const earlier = await em.findOneBy(StockMovementEntity, { createdBy: actor, clientKey: key });
      if (earlier) return this.toModel(em, earlier);
      const goods = await lockGoods(em, input.goodsId);
      const shop = await stockableShop(em, ctx, goods.shopId);
      if (!Number.isInteger(input.quantity) || input.quantity <= 0 || input.quantity > MAX_QUANTITY) {
        throw ShopErrors.quantityInvalid();
      }
      const unitCostFen = yuanToFen(input.unitCostYuan);
      if (
        !Number.isFinite(input.unitCostYuan) ||
        unitCostFen < 0 ||
        Math.abs(unitCostFen - input.unitCostYuan * 100) > 1e-6
      ) {
        throw ShopErrors.priceInvalid();
      }
      if (input.occurredOn > todayIso()) throw ShopErrors.dateInFuture();
      if (!shop.villageCodes.includes(input.fundVillageCode)) throw ShopErrors.villagesInvalid();
      if (input.receiptFileId) await checkFile(em, ctx, input.receiptFileId);
      const movementId = randomUUID();
      // goods donated in kind cost nothing: no spending to record
      const fundEntryId = unitCostFen > 0 ? randomUUID() : null;
      if (fundEntryId)
        await em.insert(FundEntryEntity, {
          id: fundEntryId,
          villageCode: input.fundVillageCode,
          countyCode: input.fundVillageCode.slice(0, 6) + '000000',
          kind: FundEntryKindValue.STOCK_PURCHASE,
          amountFen: -(unitCostFen * input.quantity),
          source: input.fundSource,
          description: `${shop.name}购入${goods.name}${input.quantity}${goods.unit}（${input.supplier.trim()}）`,
          stockMovementId: movementId,
          reversalOf: null,
          occurredOn: input.occurredOn,
          createdBy: actor,
          clientKey: null,
        });
      const row: Partial<StockMovementEntity> = {
        id: movementId,
        shopId: shop.id,
        goodsId: goods.id,
        kind: StockMovementKindValue.STOCK_IN,
        quantity: input.quantity,
        unitCostFen,
        supplier: input.supplier.trim(),
        fundVillageCode: input.fundVillageCode,
        fundSource: input.fundSource,
        fundEntryId,
        receiptFileId: input.receiptFileId ?? null,
        reason: null,
        redemptionId: null,
        occurredOn: input.occurredOn,
        createdBy: actor,
        clientKey: key,
      };
      await em.insert(StockMovementEntity, row);
      ctx.note({
        targetType: 'shop_stock',
        targetId: movementId,
        regionCode: shop.regionCode,
        summary: { goodsId: goods.id, quantity: input.quantity, unitCostFen, fundEntryId },
      });
      return this.toModel(em, await em.findOneByOrFail(StockMovementEntity, { id: movementId }));
    });
  }

  /** The counted quantity against the ledger: the difference is an adjustment entry with its reason. */
  async stocktake(ctx: RequestContext, input: StocktakeInput): Promise<StockMovementModel> {
    ctx.requirePermission(Permission.SHOP_STOCK);
    const key = checkKey(input.clientKey);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const actor = ctx.requireActor().userId;
      await lockKey(em, actor, key);
      const earlier = await em.findOneBy(StockMovementEntity, { createdBy: actor, clientKey: key });
      if (earlier) return this.toModel(em, earlier);
      const goods = await lockGoods(em, input.goodsId);
      const shop = await stockableShop(em, ctx, goods.shopId);
      if (
        !Number.isInteger(input.countedQuantity) ||
        input.countedQuantity < 0 ||
        input.countedQuantity > MAX_QUANTITY
      ) {
        throw ShopErrors.quantityInvalid();
      }
      if (!input.reason.trim()) throw ShopErrors.reasonRequired();
      const stock = (await stockOf(em, [goods.id])).get(goods.id) ?? 0;
      const delta = input.countedQuantity - stock;
      if (delta === 0) throw ShopErrors.stocktakeUnchanged();
      const id = randomUUID();
      await em.insert(StockMovementEntity, {
        id,
        shopId: shop.id,
        goodsId: goods.id,
        kind: StockMovementKindValue.STOCKTAKE,
        quantity: delta,
        reason: input.reason.trim(),
        occurredOn: todayIso(),
        createdBy: actor,
        clientKey: key,
      });
      ctx.note({
        targetType: 'shop_stock',
        targetId: id,
        regionCode: shop.regionCode,
        summary: { goodsId: goods.id, stock, counted: input.countedQuantity, reason: input.reason },
      });
      return this.toModel(em, await em.findOneByOrFail(StockMovementEntity, { id }));
    });
  }

  async movements(ctx: RequestContext, args: StockMovementsArgs) {
    ctx.requirePermission(Permission.SHOP_READ);
    const em = this.dataSource.manager;
    await readableShop(em, ctx, args.shopId);
    if (args.goodsId && !(await em.countBy(GoodsEntity, { id: args.goodsId, shopId: args.shopId }))) {
      throw ShopErrors.goodsNotFound();
    }
    const qb = em
      .createQueryBuilder(StockMovementEntity, 'm')
      .innerJoinAndMapOne('m.goods', GoodsEntity, 'g', 'g.id = m.goods_id')
      .where('m.shop_id = :shop', { shop: args.shopId });
    if (args.goodsId) qb.andWhere('m.goods_id = :goods', { goods: args.goodsId });
    if (args.kind) qb.andWhere('m.kind = :kind', { kind: args.kind });
    const [rows, total] = await qb
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .offset(args.offset)
      .limit(args.first)
      .getManyAndCount();
    return { items: rows.map((m) => toMovementModel(m, m.goods?.name ?? '')), total };
  }

  private async toModel(em: EntityManager, m: StockMovementEntity): Promise<StockMovementModel> {
    const g = await em.findOneByOrFail(GoodsEntity, { id: m.goodsId });
    return toMovementModel(m, g.name);
  }
}

/** The goods row, locked: stock checks and changes of one goods item happen one at a time. */
export async function lockGoods(em: EntityManager, id: string): Promise<GoodsEntity> {
  const goods = await em.findOne(GoodsEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!goods) throw ShopErrors.goodsNotFound();
  return goods;
}

/** Serializes calls with the same client key (the second sees what the first wrote). */
export async function lockKey(em: EntityManager, actor: string, key: string): Promise<void> {
  await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [keyLockName(actor, key)]);
}

/** The name of the advisory lock of a client key. */
export function keyLockName(actor: string, key: string): string {
  return `shop_key:${actor}:${key}`;
}

function toMovementModel(m: StockMovementEntity, goodsName: string): StockMovementModel {
  return {
    id: m.id,
    goodsId: m.goodsId,
    goodsName,
    kind: m.kind,
    quantity: m.quantity,
    unitCostYuan: m.unitCostFen === null ? null : fenToYuan(m.unitCostFen),
    supplier: m.supplier,
    fundVillageCode: m.fundVillageCode,
    fundSource: m.fundSource,
    receiptFileId: m.receiptFileId,
    reason: m.reason,
    redemptionId: m.redemptionId,
    occurredOn: m.occurredOn,
    createdAt: m.createdAt,
  };
}
