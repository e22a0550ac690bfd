import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  inTransaction,
  overlapsScope,
  parentCode,
  Permission,
  regionLevel,
  RequestContext,
  Role,
} from '@xiangzhi/server/core';
import { RegionEntity } from '@xiangzhi/registry/api';
import { UserEntity } from '@xiangzhi/identity/api';
import { SIX_HAVES, type SixHaveRecord } from '@xiangzhi/shop/util';
import { ShopOperatorEntity } from '../entities/shop-operator.entity';
import { ShopEntity } from '../entities/shop.entity';
import { checkFile, ShopErrors } from '../shop.errors';
import { manageableShop, readableShop, shopScopeSql } from './shop-access';
import type { ShopInput, SixHaveInput } from './shop.input';

/** Shops, their 六有 record and their operators. */
@Injectable()
export class ShopsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async create(ctx: RequestContext, input: ShopInput): Promise<ShopEntity> {
    ctx.requirePermission(Permission.SHOP_MANAGE);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const villages = await this.checkVillages(em, ctx, input.villageCodes);
      await checkPhotos(em, ctx, input.sixHaves ?? []);
      const region = villages.length === 1 ? villages[0] : (parentCode(villages[0]) as string);
      const shop = em.create(ShopEntity, {
        name: input.name.trim(),
        regionCode: region,
        countyCode: villages[0].slice(0, 6) + '000000',
        villageCodes: villages,
        address: input.address.trim(),
        personInCharge: input.personInCharge.trim(),
        sixHaves: sixHaves(input.sixHaves ?? []),
        active: true,
        createdBy: ctx.requireActor().userId,
      });
      await em.save(shop);
      ctx.note({
        targetType: 'shop',
        targetId: shop.id,
        regionCode: shop.regionCode,
        summary: { name: shop.name, villageCodes: villages },
      });
      return shop;
    });
  }

  async update(ctx: RequestContext, id: string, input: ShopInput & { active?: boolean | null }): Promise<ShopEntity> {
    ctx.requirePermission(Permission.SHOP_MANAGE);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const shop = await manageableShop(em, ctx, id, true);
      const villages = await this.checkVillages(em, ctx, input.villageCodes);
      await checkPhotos(em, ctx, input.sixHaves ?? []);
      const before = { name: shop.name, villageCodes: shop.villageCodes, active: shop.active };
      shop.name = input.name.trim();
      shop.villageCodes = villages;
      shop.regionCode = villages.length === 1 ? villages[0] : (parentCode(villages[0]) as string);
      shop.address = input.address.trim();
      shop.personInCharge = input.personInCharge.trim();
      if (input.sixHaves) shop.sixHaves = sixHaves(input.sixHaves);
      if (input.active != null) shop.active = input.active;
      await em.save(shop);
      ctx.note({
        targetType: 'shop',
        targetId: id,
        regionCode: shop.regionCode,
        summary: { before, after: { name: shop.name, villageCodes: villages, active: shop.active } },
      });
      return shop;
    });
  }

  async bindOperator(ctx: RequestContext, shopId: string, userId: string): Promise<ShopEntity> {
    ctx.requirePermission(Permission.SHOP_MANAGE);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const shop = await manageableShop(em, ctx, shopId);
      const user = await em.findOneBy(UserEntity, { id: userId });
      if (!user || !user.active || !operatorFits(shop, user)) throw ShopErrors.operatorInvalid();
      await em.createQueryBuilder().insert().into(ShopOperatorEntity).values({ shopId, userId }).orIgnore().execute();
      ctx.note({
        targetType: 'shop',
        targetId: shopId,
        regionCode: shop.regionCode,
        summary: { operatorBound: userId },
      });
      return shop;
    });
  }

  async unbindOperator(ctx: RequestContext, shopId: string, userId: string): Promise<ShopEntity> {
    ctx.requirePermission(Permission.SHOP_MANAGE);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const shop = await manageableShop(em, ctx, shopId);
      const user = await em.findOneBy(UserEntity, { id: userId });
      if (!user || !operatorFits(shop, user)) throw ShopErrors.operatorInvalid();
      await em.delete(ShopOperatorEntity, { shopId, userId });
      ctx.note({
        targetType: 'shop',
        targetId: shopId,
        regionCode: shop.regionCode,
        summary: { operatorUnbound: userId },
      });
      return shop;
    });
  }

  async get(ctx: RequestContext, id: string): Promise<ShopEntity> {
    ctx.requirePermission(Permission.SHOP_READ);
    return readableShop(this.dataSource.manager, ctx, id);
  }

  /** Shops the caller may see, optionally those serving a region (a village, or every village of a town). */
  async list(ctx: RequestContext, regionCode: string | null | undefined, first: number, offset: number) {
    ctx.requirePermission(Permission.SHOP_READ);
    const scope = shopScopeSql(ctx);
    if (regionCode && !overlapsScope(ctx, regionCode)) throw ShopErrors.outOfScope();
    const qb = this.dataSource.manager.createQueryBuilder(ShopEntity, 's').where(scope.sql, scope.params);
    if (regionCode) {
      qb.andWhere(`EXISTS (SELECT 1 FROM unnest(s.village_codes) rv WHERE rv LIKE :regionPrefix)`, {
        regionPrefix: `${regionCode.replace(/(000)+$/, '')}%`,
      });
    }
    const [items, total] = await qb
      .orderBy('s.region_code')
      .addOrderBy('s.name')
      .offset(offset)
      .limit(first)
      .getManyAndCount();
    return { items, total };
  }

  /** The operators bound to shops (for the DataLoader). */
  async operatorsOf(em: EntityManager, shopIds: readonly string[]): Promise<Map<string, UserEntity[]>> {
    const rows = await em.find(ShopOperatorEntity, { where: { shopId: In([...shopIds]) }, relations: { user: true } });
    const out = new Map<string, UserEntity[]>(shopIds.map((id) => [id, []]));
    for (const r of rows) if (r.user) out.get(r.shopId)?.push(r.user);
    return out;
  }

  /** 1–20 distinct villages of one town, each in the caller's scope. */
  private async checkVillages(em: EntityManager, ctx: RequestContext, codes: string[]): Promise<string[]> {
    const villages = [...new Set(codes)].sort();
    if (villages.length === 0 || villages.length > 20 || villages.length !== codes.length)
      throw ShopErrors.villagesInvalid();
    if (villages.some((v) => !/^\d{12}$/.test(v) || regionLevel(v) !== 'VILLAGE')) throw ShopErrors.villagesInvalid();
    if (new Set(villages.map((v) => parentCode(v))).size !== 1) throw ShopErrors.villagesInvalid();
    for (const v of villages) if (!ctx.inScope(v)) throw ShopErrors.outOfScope();
    if ((await em.countBy(RegionEntity, { code: In(villages) })) !== villages.length)
      throw ShopErrors.villagesInvalid();
    return villages;
  }
}

function sixHaves(input: SixHaveInput[]): SixHaveRecord[] {
  const byKey = new Map(input.map((r) => [r.key, r]));
  return SIX_HAVES.filter((k) => byKey.has(k)).map((k) => {
    const r = byKey.get(k) as SixHaveInput;
    return { key: k, description: r.description.trim(), photoFileId: r.photoFileId ?? null };
  });
}

async function checkPhotos(em: EntityManager, ctx: RequestContext, input: SixHaveInput[]): Promise<void> {
  for (const r of input) if (r.photoFileId) await checkFile(em, ctx, r.photoFileId);
}

/** A SHOP_OPERATOR user of a village the shop serves (or of the town, for a shop of several villages). */
function operatorFits(shop: ShopEntity, user: UserEntity): boolean {
  return (
    user.role === Role.SHOP_OPERATOR &&
    (shop.villageCodes.includes(user.regionCode) || user.regionCode === shop.regionCode)
  );
}
