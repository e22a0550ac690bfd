import type { EntityManager } from 'typeorm';
import { overlapsScope, RequestContext } from '@xiangzhi/server/core';
import { ShopOperatorEntity } from '../entities/shop-operator.entity';
import { ShopEntity } from '../entities/shop.entity';
import { ShopErrors } from '../shop.errors';

/**
 * Who may do what with a shop. A shop is seen by staff whose region overlaps any village it serves and by its bound
 * operators; it is managed (goods, prices, 六有, operators) by staff whose scope holds every village it serves (a shop
 * shared by several villages is the town's); its stock is kept by its operators and by staff of a served village.
 */
export async function isOperatorOf(em: EntityManager, ctx: RequestContext, shopId: string): Promise<boolean> {
  const actor = ctx.actor;
  if (!actor) return false;
  return (await em.countBy(ShopOperatorEntity, { shopId, userId: actor.userId })) > 0;
}

/** Whether the caller's region overlaps a village the shop serves. */
export function servesScope(ctx: RequestContext, shop: ShopEntity): boolean {
  return shop.villageCodes.some((v) => overlapsScope(ctx, v));
}

/** The shop if the caller may see it (SHOP_NOT_FOUND for a missing one, SCOPE_OUT_OF_REGION outside). */
export async function readableShop(em: EntityManager, ctx: RequestContext, id: string): Promise<ShopEntity> {
  const shop = await em.findOneBy(ShopEntity, { id });
  if (!shop) throw ShopErrors.shopNotFound();
  if (servesScope(ctx, shop) || (await isOperatorOf(em, ctx, id))) return shop;
  throw ShopErrors.outOfScope();
}

/** The shop if the caller's scope holds every village it serves. */
export async function manageableShop(
  em: EntityManager,
  ctx: RequestContext,
  id: string,
  lock = false,
): Promise<ShopEntity> {
  const shop = await em.findOne(ShopEntity, { where: { id }, lock: lock ? { mode: 'pessimistic_write' } : undefined });
  if (!shop) throw ShopErrors.shopNotFound();
  if (!shop.villageCodes.every((v) => ctx.inScope(v))) throw ShopErrors.outOfScope();
  return shop;
}

/** The shop if the caller is its operator or staff of a village it serves (stock-in, stocktake). */
export async function stockableShop(em: EntityManager, ctx: RequestContext, id: string): Promise<ShopEntity> {
  const shop = await em.findOneBy(ShopEntity, { id });
  if (!shop) throw ShopErrors.shopNotFound();
  if (shop.villageCodes.some((v) => ctx.inScope(v)) || (await isOperatorOf(em, ctx, id))) return shop;
  throw ShopErrors.outOfScope();
}

/** SQL (alias `s`) restricting shops to those the caller may see, with parameters. */
export function shopScopeSql(ctx: RequestContext): { sql: string; params: Record<string, unknown> } {
  const prefixes = ctx.scopePrefixes;
  if (prefixes.includes('')) return { sql: '1 = 1', params: {} };
  return {
    sql: `(EXISTS (SELECT 1 FROM unnest(s.village_codes) v, unnest(CAST(:shopPrefixes AS text[])) p
             WHERE v LIKE p || '%' OR p LIKE v || '%')
           OR s.id IN (SELECT o.shop_id FROM shop_operator o WHERE o.user_id = :shopActor))`,
    params: { shopPrefixes: prefixes, shopActor: ctx.actor?.userId ?? '00000000-0000-0000-0000-000000000000' },
  };
}
