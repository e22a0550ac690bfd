import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  inlineAuditInsert,
  inRetriedTransaction,
  overlapsScope,
  Permission,
  RequestContext,
} from '@xiangzhi/server/core';
import { HouseholdEntity, MemberEntity } from '@xiangzhi/registry/api';
import { maskName, todayIso } from '@xiangzhi/registry/util';
import { UserEntity } from '@xiangzhi/identity/api';
import {
  EntriesService,
  loadStandingSnapshot,
  PointsRedemptionEntity,
  standingFromSnapshot,
} from '@xiangzhi/points/api';
import { checkRedemption, shopPolicyOf } from '@xiangzhi/shop/util';
import { GoodsEntity } from '../entities/goods.entity';
import { RedemptionLineEntity } from '../entities/redemption-line.entity';
import { RedemptionEntity } from '../entities/redemption.entity';
import { ShopEntity } from '../entities/shop.entity';
import { StockMovementEntity } from '../entities/stock-movement.entity';
import { isOperatorOf, readableShop } from '../shops/shop-access';
import { keyLockName, lockKey } from '../stock/stock.service';
import { StockMovementKindValue } from '../shop.enums';
import { checkKey, ShopErrors } from '../shop.errors';
import type { IssueLedgerArgs, RedeemInput, ShopHouseholdArgs } from './redemption.input';
import type { IssueLedgerTotalsModel, RedemptionModel, ShopHouseholdModel } from './redemption.model';

/**
 * Redemption at the counter. Points and stock are taken in one transaction; concurrent redemptions are serialized
 * by row locks taken in one fixed order — the household first, then the goods by id — so that no two can overspend
 * a balance or a stock and none deadlock; a serialization failure or deadlock that still happens is retried by the
 * mutation's transaction (MutationInterceptor) or here when the service owns the transaction.
 */
@Injectable()
export class RedemptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entries: EntriesService,
  ) {}

  /** The household at the counter, by card or id: what it may exchange today and why not more. */
  async household(ctx: RequestContext, args: ShopHouseholdArgs): Promise<ShopHouseholdModel> {
    ctx.requirePermission(Permission.SHOP_REDEEM);
    const em = this.dataSource.manager;
    const shop = await this.counterShop(em, ctx, args.shopId);
    if (!args.householdId && !args.cardNumber) throw ShopErrors.householdNotFound();
    // given both, they must name the same household
    const h = await em.findOneBy(HouseholdEntity, {
      ...(args.householdId ? { id: args.householdId } : {}),
      ...(args.cardNumber ? { cardNumber: args.cardNumber.trim() } : {}),
    });
    if (!h) throw ShopErrors.householdNotFound();
    await this.assertCounterAccess(em, ctx, shop, h);
    return this.counterView(em, shop, h, todayIso());
  }

  /** Households of the villages the shop serves whose card number or head's name contains `text` (at most 20). */
  async searchHouseholds(ctx: RequestContext, shopId: string, text: string): Promise<ShopHouseholdModel[]> {
    ctx.requirePermission(Permission.SHOP_REDEEM);
    const em = this.dataSource.manager;
    const shop = await this.counterShop(em, ctx, shopId);
    const operator = await isOperatorOf(em, ctx, shop.id);
    const like = `%${text.trim().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    const rows = await em
      .createQueryBuilder(HouseholdEntity, 'h')
      .leftJoin(MemberEntity, 'm', 'm.id = h.head_member_id')
      .where('h.region_code IN (:...villages)', { villages: shop.villageCodes })
      .andWhere('(h.card_number LIKE :like OR m.name LIKE :like)', { like })
      .orderBy('h.card_number')
      .limit(50)
      .getMany();
    const visible = rows.filter((h) => operator || ctx.inScope(h.scopeCode)).slice(0, 20);
    const today = todayIso();
    const out: ShopHouseholdModel[] = [];
    for (const h of visible) out.push(await this.counterView(em, shop, h, today));
    return out;
  }

  async redeem(ctx: RequestContext, input: RedeemInput): Promise<RedemptionModel> {
    ctx.requirePermission(Permission.SHOP_REDEEM);
    const key = checkKey(input.clientKey);
    return this.withRetry(ctx, async (em) => {
      const actor = ctx.requireActor();
      const ids = [...new Set(input.lines.map((l) => l.goodsId))].sort();
      const lockName = keyLockName(actor.userId, key);
      // One statement takes the locks in a fixed order: the client key (evaluated with the rows, before they are
      // locked; a repeated call waits here for the first one and finds it below), then the household, then the
      // goods by id (rows are locked after they are sorted). The shop is read, not locked.
      const rows = (await em.query(
        `SELECT pg_advisory_xact_lock(hashtext($3)) IS NULL AS locked,
                s.id AS "shopId", s.village_codes AS "villageCodes", s.active AS "shopActive",
                EXISTS (SELECT 1 FROM shop_operator o WHERE o.shop_id = s.id AND o.user_id = $2) AS operator,
                ${HOUSEHOLD_COLUMNS}, g.id AS "goodsId", g.shop_id AS "goodsShopId", g.name AS "goodsName",
                g.unit AS "goodsUnit", g.points_price AS "goodsPrice", g.active AS "goodsActive",
                g.cash_like AS "goodsCashLike"
           FROM shop s, household h JOIN shop_goods g ON g.id = ANY($5::uuid[])
          WHERE s.id = $1 AND h.id = $4 ORDER BY g.id FOR NO KEY UPDATE OF h, g`,
        [input.shopId, actor.userId, lockName, input.householdId, ids],
      )) as Array<LockedShop & LockedHousehold & LockedGoodsRow>;
      let shop: LockedShop | undefined = rows[0];
      let h: LockedHousehold | undefined = rows[0];
      if (!rows.length) {
        // no such shop or household, or none of the goods (refused below): found out one at a time
        [shop] = (await em.query(
          `SELECT pg_advisory_xact_lock(hashtext($3)) IS NULL AS locked, s.id AS "shopId",
                  s.village_codes AS "villageCodes", s.active AS "shopActive",
                  EXISTS (SELECT 1 FROM shop_operator o WHERE o.shop_id = s.id AND o.user_id = $2) AS operator
             FROM shop s WHERE s.id = $1`,
          [input.shopId, actor.userId, lockName],
        )) as LockedShop[];
        if (shop)
          [h] = (await em.query(`SELECT ${HOUSEHOLD_COLUMNS} FROM household h WHERE h.id = $1 FOR NO KEY UPDATE`, [
            input.householdId,
          ])) as LockedHousehold[];
      }
      if (!shop) throw ShopErrors.shopNotFound();
      if (!shop.operator && !shop.villageCodes.some((v) => overlapsScope(ctx, v))) throw ShopErrors.outOfScope();
      if (!shop.shopActive) throw ShopErrors.shopInactive();
      if (!h) throw ShopErrors.householdNotFound();
      if (shop.operator) {
        if (!shop.villageCodes.includes(h.regionCode))
          throw ShopErrors.redemptionRefused([{ code: 'SHOP_VILLAGE_NOT_SERVED' }]);
      } else if (!ctx.inScope(h.scopeCode)) throw ShopErrors.outOfScope();
      const today = todayIso();
      const year = Number(today.slice(0, 4));
      const goods = rows.map((r) => ({
        id: r.goodsId,
        shopId: r.goodsShopId,
        name: r.goodsName,
        unit: r.goodsUnit,
        pointsPrice: r.goodsPrice,
        active: r.goodsActive,
        cashLike: r.goodsCashLike,
      }));
      // a new statement after the locks: it sees every redemption and stock movement committed before it — the
      // stock of the goods and an earlier redemption under the same client key are read with the standing
      const snap = await loadStandingSnapshot(em, h, year, {
        sql: (n) => `json_build_object(
            'units', (SELECT COALESCE(json_object_agg(goods_id, units), '{}') FROM (SELECT goods_id, sum(quantity) AS units
                        FROM shop_stock_movement WHERE goods_id = ANY($${n}::uuid[]) GROUP BY goods_id) x),
            'earlier', (SELECT r.id FROM shop_redemption r WHERE r.created_by = $${n + 1} AND r.client_key = $${n + 2}))`,
        params: [goods.map((g) => g.id), actor.userId, key],
      });
      const extra = snap.extra as { units: Record<string, number | string>; earlier: string | null };
      if (extra.earlier) return this.get(ctx, extra.earlier, em);
      const units = extra.units;
      const stock = new Map(goods.map((g) => [g.id, Number(units[g.id] ?? 0)]));
      const standing = standingFromSnapshot(snap, h, year, today);
      const check = checkRedemption({
        shopId: shop.shopId,
        servedVillageCodes: shop.villageCodes,
        householdVillageCode: h.regionCode,
        standing: standing
          ? { schemeInForce: true, exchangeable: standing.exchangeable, blocks: standing.blocks }
          : { schemeInForce: false, exchangeable: 0, blocks: h.participating ? [] : ['NOT_PARTICIPATING'] },
        lines: input.lines,
        goods: new Map(goods.map((g) => [g.id, { ...g, stock: stock.get(g.id) ?? 0 }])),
        policy: shopPolicyOf(snap.presetKey),
      });
      if (!check.ok || !standing)
        throw ShopErrors.redemptionRefused(check.ok ? [{ code: 'POINTS_NO_SCHEME_IN_FORCE' }] : check.refusals);
      const byId = new Map(goods.map((g) => [g.id, g]));
      const lines = check.lines.map((l) => {
        const g = byId.get(l.goodsId) as (typeof goods)[number];
        return { ...l, goodsName: g.name, unit: g.unit };
      });
      const id = randomUUID();
      // the audit row in the same statement, with the receipt number it draws
      const note = {
        targetType: 'shop_redemption',
        targetId: id,
        regionCode: h.regionCode,
        summary: { shopId: shop.shopId, householdId: h.id, points: check.total } as Record<string, unknown>,
      };
      const audit = inlineAuditInsert(
        ctx,
        note,
        15,
        (summary) => `jsonb_set(${summary}, '{change,receiptNumber}', to_jsonb((SELECT receipt FROM n)))`,
      );
      const [{ receipt, created }] = (await em.query(
        `WITH n AS (SELECT 'DH-' || $13::text || '-' || lpad(nextval('shop_receipt_seq')::text, 6, '0') AS receipt),
              p AS (INSERT INTO points_redemption (id, household_id, village_code, scope_code, points, occurred_on,
                      source_id, created_by) VALUES ($1, $2, $3, $4, $5, $6, $1, $7)),
              r AS (INSERT INTO shop_redemption (id, shop_id, household_id, village_code, scope_code, receipt_number,
                      points, balance_before, balance_after, exchangeable_after, occurred_on, created_by, client_key)
                    SELECT $1, $8, $2, $3, $4, n.receipt, $5, $9, $10, $11, $6, $7, $12 FROM n
                    RETURNING receipt_number, created_at),
              l AS (INSERT INTO shop_redemption_line (redemption_id, goods_id, goods_name, unit, quantity, points_price, points)
                    SELECT $1, x.goods_id, x.goods_name, x.unit, x.quantity, x.points_price, x.points
                      FROM jsonb_to_recordset($14::jsonb) AS x(goods_id uuid, goods_name text, unit text, quantity int,
                           points_price int, points int)),
              m AS (INSERT INTO shop_stock_movement (id, shop_id, goods_id, kind, quantity, redemption_id, occurred_on, created_by)
                    SELECT gen_random_uuid(), $8, x.goods_id, 'REDEMPTION', -x.quantity, $1, $6, $7
                      FROM jsonb_to_recordset($14::jsonb) AS x(goods_id uuid, quantity int))${
                        audit ? `, a AS (${audit.sql})` : ''
                      }
         SELECT receipt_number AS receipt, created_at AS created FROM r`,
        [
          id,
          h.id,
          h.regionCode,
          h.scopeCode,
          check.total,
          today,
          actor.userId,
          shop.shopId,
          standing.balance,
          standing.balance - check.total,
          standing.exchangeable - check.total,
          key,
          String(year),
          JSON.stringify(
            lines.map((l) => ({
              goods_id: l.goodsId,
              goods_name: l.goodsName,
              unit: l.unit,
              quantity: l.quantity,
              points_price: l.pointsPrice,
              points: l.points,
            })),
          ),
          ...(audit?.params ?? []),
        ],
      )) as Array<{ receipt: string; created: Date }>;
      // written by the mutation (or not at all outside one) when it was not written above
      note.summary['receiptNumber'] = receipt;
      return {
        id,
        shopId: shop.shopId,
        householdId: h.id,
        cardNumber: h.cardNumber,
        headMasked: snap.headName ? maskName(snap.headName) : null,
        villageCode: h.regionCode,
        receiptNumber: receipt,
        points: check.total,
        balanceBefore: standing.balance,
        balanceAfter: standing.balance - check.total,
        exchangeableAfter: standing.exchangeable - check.total,
        reversalOf: null,
        reversedBy: null,
        reason: null,
        occurredOn: today,
        createdAt: created,
        operatorName: actor.displayName,
        lines: [...lines].sort((a, b) => (a.goodsName < b.goodsName ? -1 : a.goodsName > b.goodsName ? 1 : 0)),
      };
    });
  }

  /** A mistaken redemption reversed: points back to the household (in the year it was taken), stock back to the shop. */
  async reverse(ctx: RequestContext, id: string, reason: string, clientKey: string): Promise<RedemptionModel> {
    ctx.requirePermission(Permission.SHOP_REVERSE);
    const key = checkKey(clientKey);
    if (!reason.trim()) throw ShopErrors.reasonRequired();
    return this.withRetry(ctx, async (em) => {
      const actor = ctx.requireActor().userId;
      await lockKey(em, actor, key);
      const earlier = await em.findOneBy(RedemptionEntity, { createdBy: actor, clientKey: key });
      if (earlier) return (await this.models(em, [earlier]))[0];
      const original = await em.findOneBy(RedemptionEntity, { id });
      if (!original) throw ShopErrors.redemptionNotFound();
      if (!ctx.inScope(original.scopeCode)) throw ShopErrors.outOfScope();
      if (original.reversalOf) throw ShopErrors.notReversible();
      const h = await em.findOne(HouseholdEntity, {
        where: { id: original.householdId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!h) throw ShopErrors.householdNotFound();
      if (await em.countBy(RedemptionEntity, { reversalOf: id })) throw ShopErrors.alreadyReversed();
      const lines = await em.find(RedemptionLineEntity, { where: { redemptionId: id } });
      await em
        .createQueryBuilder(GoodsEntity, 'g')
        .where('g.id IN (:...ids)', { ids: [...new Set(lines.map((l) => l.goodsId))].sort() })
        .orderBy('g.id')
        .setLock('pessimistic_write')
        .getMany();
      const today = todayIso();
      const year = Number(original.occurredOn.slice(0, 4));
      const standing = await this.entries.standingOf(
        em,
        h,
        year,
        today < `${year + 1}-01-01` ? today : `${year}-12-31`,
      );
      const rid = randomUUID();
      await em.insert(PointsRedemptionEntity, {
        id: rid,
        householdId: h.id,
        villageCode: original.villageCode,
        scopeCode: original.scopeCode,
        points: -original.points,
        occurredOn: original.occurredOn,
        reversalOf: original.id,
        sourceId: rid,
        createdBy: actor,
      });
      await em.insert(RedemptionEntity, {
        id: rid,
        shopId: original.shopId,
        householdId: h.id,
        villageCode: original.villageCode,
        scopeCode: original.scopeCode,
        receiptNumber: await nextReceiptNumber(em, 'CZ', Number(today.slice(0, 4))),
        points: -original.points,
        balanceBefore: standing.balance,
        balanceAfter: standing.balance + original.points,
        exchangeableAfter: standing.exchangeable + (standing.blocks.length ? 0 : original.points),
        reversalOf: original.id,
        reason: reason.trim(),
        occurredOn: today,
        createdBy: actor,
        clientKey: key,
      });
      await em.insert(
        RedemptionLineEntity,
        lines.map((l) => ({ ...l, id: undefined, redemptionId: rid })),
      );
      await em.insert(
        StockMovementEntity,
        lines.map((l) => ({
          id: randomUUID(),
          shopId: original.shopId,
          goodsId: l.goodsId,
          kind: StockMovementKindValue.REVERSAL,
          quantity: l.quantity,
          redemptionId: rid,
          reason: reason.trim(),
          occurredOn: today,
          createdBy: actor,
          clientKey: null,
        })),
      );
      ctx.note({
        targetType: 'shop_redemption',
        targetId: rid,
        regionCode: original.villageCode,
        summary: { reversalOf: original.id, points: -original.points, reason },
      });
      return (await this.models(em, [await em.findOneByOrFail(RedemptionEntity, { id: rid })]))[0];
    });
  }

  async get(ctx: RequestContext, id: string, em: EntityManager = this.dataSource.manager): Promise<RedemptionModel> {
    ctx.requirePermission(Permission.SHOP_READ);
    const r = await em.findOneBy(RedemptionEntity, { id });
    if (!r) throw ShopErrors.redemptionNotFound();
    if (!ctx.inScope(r.scopeCode) && !(await isOperatorOf(em, ctx, r.shopId))) throw ShopErrors.outOfScope();
    return (await this.models(em, [r]))[0];
  }

  /** The issue ledger (兑换领取台账) of a shop for a period, newest first. */
  async ledger(ctx: RequestContext, args: IssueLedgerArgs) {
    ctx.requirePermission(Permission.SHOP_READ);
    const em = this.dataSource.manager;
    await readableShop(em, ctx, args.shopId);
    if (args.from > args.to) throw ShopErrors.periodInvalid();
    const [rows, total] = await em
      .createQueryBuilder(RedemptionEntity, 'r')
      .where('r.shop_id = :shop AND r.occurred_on BETWEEN :from AND :to', {
        shop: args.shopId,
        from: args.from,
        to: args.to,
      })
      .orderBy('r.created_at', 'DESC')
      .addOrderBy('r.id', 'DESC')
      .offset(args.offset)
      .limit(args.first)
      .getManyAndCount();
    return { items: await this.models(em, rows), total };
  }

  /** Totals of the issue ledger of a period, net of reversals. */
  async totals(
    ctx: RequestContext,
    shopId: string,
    from: string,
    to: string,
    checked = false,
  ): Promise<IssueLedgerTotalsModel> {
    if (!checked) {
      ctx.requirePermission(Permission.SHOP_READ);
      await readableShop(this.dataSource.manager, ctx, shopId);
    }
    return issueTotals(this.dataSource.manager, [shopId], from, to);
  }

  /** Redemptions as the API shows them: lines, card, masked head and operator in three batched queries. */
  async models(em: EntityManager, rows: RedemptionEntity[]): Promise<RedemptionModel[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const lines = await em.find(RedemptionLineEntity, {
      where: { redemptionId: In(ids) },
      order: { goodsName: 'ASC' },
    });
    const reversals = await em.find(RedemptionEntity, {
      select: { id: true, reversalOf: true },
      where: { reversalOf: In(ids) },
    });
    const households: Array<{ id: string; card_number: string; head: string | null }> = await em.query(
      `SELECT h.id, h.card_number, m.name AS head FROM household h LEFT JOIN member m ON m.id = h.head_member_id
        WHERE h.id = ANY($1::uuid[])`,
      [[...new Set(rows.map((r) => r.householdId))]],
    );
    const users = await em.find(UserEntity, {
      select: { id: true, displayName: true },
      where: { id: In([...new Set(rows.map((r) => r.createdBy).filter((x): x is string => !!x))]) },
    });
    const hById = new Map(households.map((h) => [h.id, h]));
    const userName = new Map(users.map((u) => [u.id, u.displayName]));
    const reversedBy = new Map(reversals.map((r) => [r.reversalOf as string, r.id]));
    return rows.map((r) => {
      const h = hById.get(r.householdId);
      return {
        id: r.id,
        shopId: r.shopId,
        householdId: r.householdId,
        cardNumber: h?.card_number ?? '',
        headMasked: h?.head ? maskName(h.head) : null,
        villageCode: r.villageCode,
        receiptNumber: r.receiptNumber,
        points: r.points,
        balanceBefore: r.balanceBefore,
        balanceAfter: r.balanceAfter,
        exchangeableAfter: r.exchangeableAfter,
        reversalOf: r.reversalOf,
        reversedBy: reversedBy.get(r.id) ?? null,
        reason: r.reason,
        occurredOn: r.occurredOn,
        createdAt: r.createdAt,
        operatorName: r.createdBy ? (userName.get(r.createdBy) ?? null) : null,
        lines: lines
          .filter((l) => l.redemptionId === r.id)
          .map((l) => ({
            goodsId: l.goodsId,
            goodsName: l.goodsName,
            unit: l.unit,
            quantity: l.quantity,
            pointsPrice: l.pointsPrice,
            points: l.points,
          })),
      };
    });
  }

  private async counterShop(em: EntityManager, ctx: RequestContext, id: string): Promise<ShopEntity> {
    const shop = await readableShop(em, ctx, id);
    if (!shop.active) throw ShopErrors.shopInactive();
    return shop;
  }

  /** An operator of the shop serves any household of its villages; staff serve the households of their region. */
  private async assertCounterAccess(em: EntityManager, ctx: RequestContext, shop: ShopEntity, h: HouseholdEntity) {
    if (await isOperatorOf(em, ctx, shop.id)) {
      if (!shop.villageCodes.includes(h.regionCode))
        throw ShopErrors.redemptionRefused([{ code: 'SHOP_VILLAGE_NOT_SERVED' }]);
      return;
    }
    if (!ctx.inScope(h.scopeCode)) throw ShopErrors.outOfScope();
  }

  private async counterView(
    em: EntityManager,
    shop: ShopEntity,
    h: HouseholdEntity,
    today: string,
  ): Promise<ShopHouseholdModel> {
    const year = Number(today.slice(0, 4));
    // one statement: standing inputs, scheme, head's and village's names
    const snap = await loadStandingSnapshot(em, h, year);
    const s = standingFromSnapshot(snap, h, year, today);
    const p = snap.scheme?.definition.parameters;
    return {
      householdId: h.id,
      cardNumber: h.cardNumber,
      headMasked: snap.headName ? maskName(snap.headName) : null,
      villageCode: h.regionCode,
      villageName: snap.villageName,
      served: shop.villageCodes.includes(h.regionCode),
      schemeInForce: s !== null,
      year,
      balance: s?.balance ?? 0,
      redeemed: s?.redeemed ?? 0,
      exchangeable: s?.exchangeable ?? 0,
      blocks: s ? [...s.blocks] : h.participating ? [] : ['NOT_PARTICIPATING'],
      windowLabel: p?.exchangeWindows.label ?? null,
      threshold: p?.exchangeThreshold ?? 0,
      basePoints: p?.basePoints ?? 0,
      exchangeableRule: p?.exchangeableRule ?? null,
    };
  }

  /** The caller's transaction (the interceptor retries it), or one of our own retried on serialization or deadlock. */
  private withRetry<T>(ctx: RequestContext, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return inRetriedTransaction(this.dataSource, ctx, work);
  }
}

const HOUSEHOLD_COLUMNS = `h.id, h.region_code AS "regionCode", h.scope_code AS "scopeCode", h.participating,
  h.card_number AS "cardNumber", h.head_member_id AS "headMemberId"`;

interface LockedShop {
  shopId: string;
  villageCodes: string[];
  shopActive: boolean;
  operator: boolean;
}
type LockedHousehold = Pick<
  HouseholdEntity,
  'id' | 'regionCode' | 'scopeCode' | 'participating' | 'cardNumber' | 'headMemberId'
>;
interface LockedGoodsRow {
  goodsId: string;
  goodsShopId: string;
  goodsName: string;
  goodsUnit: string;
  goodsPrice: number;
  goodsActive: boolean;
  goodsCashLike: boolean;
}

/** DH-2026-000123: the prefix, the year and a number from one sequence (numbers skipped by a rollback stay unused). */
async function nextReceiptNumber(em: EntityManager, prefix: 'DH' | 'CZ', year: number): Promise<string> {
  const [{ n }] = (await em.query(`SELECT nextval('shop_receipt_seq') AS n`)) as Array<{ n: string }>;
  return `${prefix}-${year}-${String(n).padStart(6, '0')}`;
}

/** Totals of the issue ledgers of shops over a period, net of reversals. */
export async function issueTotals(
  em: EntityManager,
  shopIds: string[],
  from: string,
  to: string,
): Promise<IssueLedgerTotalsModel> {
  const [head]: Array<{ redemptions: string; reversals: string; households: string; points: string }> = await em.query(
    `SELECT count(*) FILTER (WHERE r.reversal_of IS NULL) AS redemptions,
            count(*) FILTER (WHERE r.reversal_of IS NOT NULL) AS reversals,
            count(DISTINCT r.household_id) FILTER (WHERE r.reversal_of IS NULL) AS households,
            COALESCE(sum(r.points), 0) AS points
       FROM shop_redemption r WHERE r.shop_id = ANY($1::uuid[]) AND r.occurred_on BETWEEN $2 AND $3`,
    [shopIds, from, to],
  );
  const goods: Array<{ goods_id: string; goods_name: string; unit: string; quantity: string; points: string }> =
    await em.query(
      `SELECT l.goods_id, min(l.goods_name) AS goods_name, min(l.unit) AS unit,
            sum(CASE WHEN r.reversal_of IS NULL THEN l.quantity ELSE -l.quantity END) AS quantity,
            sum(CASE WHEN r.reversal_of IS NULL THEN l.points ELSE -l.points END) AS points
       FROM shop_redemption r JOIN shop_redemption_line l ON l.redemption_id = r.id
      WHERE r.shop_id = ANY($1::uuid[]) AND r.occurred_on BETWEEN $2 AND $3
      GROUP BY l.goods_id ORDER BY 2`,
      [shopIds, from, to],
    );
  return {
    redemptions: Number(head.redemptions),
    reversals: Number(head.reversals),
    households: Number(head.households),
    points: Number(head.points),
    byGoods: goods.map((g) => ({
      goodsId: g.goods_id,
      goodsName: g.goods_name,
      unit: g.unit,
      quantity: Number(g.quantity),
      points: Number(g.points),
    })),
  };
}
