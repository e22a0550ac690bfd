import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { countyCodeOf, inTransaction, Permission, regionLevel, RequestContext } from '@xiangzhi/server/core';
import { RegionEntity, RegistryErrors } from '@xiangzhi/registry/api';
import { todayIso } from '@xiangzhi/registry/util';
import { UserEntity } from '@xiangzhi/identity/api';
import { EntriesService, SchemeService } from '@xiangzhi/points/api';
import { fenToYuan, fundsCover, fundSign, liabilityFen, yuanToFen } from '@xiangzhi/shop/util';
import { FundEntryEntity } from '../entities/fund-entry.entity';
import { lockKey } from '../stock/stock.service';
import { FundEntryKindValue } from '../shop.enums';
import { checkKey, ShopErrors } from '../shop.errors';
import { FundErrors } from './funds.errors';
import { balanceFen, outstandingPoints, sourceTotals } from './funds-ledger';
import type { FundEntriesArgs, RecordFundEntryInput } from './funds.input';
import type { FundEntryModel, VillageFundsModel } from './funds.model';

const RECORDABLE = new Set([
  FundEntryKindValue.ALLOCATION,
  FundEntryKindValue.DONATION,
  FundEntryKindValue.COLLECTIVE_INCOME,
  FundEntryKindValue.OTHER_SPENDING,
]);

/**
 * The funds ledger of a village (经费台账), append-only: allocations, donations, collective income and other
 * spending are recorded here (stock purchases by stock-in); a mistaken entry is corrected once by a reversing entry.
 */
@Injectable()
export class FundsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly schemes: SchemeService,
    private readonly entries: EntriesService,
  ) {}

  async record(ctx: RequestContext, input: RecordFundEntryInput): Promise<FundEntryModel> {
    ctx.requirePermission(Permission.FUNDS_MANAGE);
    const key = checkKey(input.clientKey);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const actor = ctx.requireActor().userId;
      await lockKey(em, actor, key);
      const earlier = await em.findOneBy(FundEntryEntity, { createdBy: actor, clientKey: key });
      if (earlier) return (await this.models(em, [earlier]))[0];
      await village(em, ctx, input.villageCode);
      if (!RECORDABLE.has(input.kind)) throw ShopErrors.fundKindInvalid();
      const sign = fundSign(input.kind);
      if (sign > 0 && (input.source as string) !== (input.kind as string)) throw FundErrors.sourceInvalid();
      const fen = yuanToFen(input.amountYuan);
      if (!Number.isFinite(input.amountYuan) || fen <= 0 || Math.abs(fen - input.amountYuan * 100) > 1e-6) {
        throw ShopErrors.fundAmountInvalid();
      }
      if (input.occurredOn > todayIso()) throw ShopErrors.dateInFuture();
      const description = input.description.trim();
      if (!description) throw ShopErrors.reasonRequired();
      const id = randomUUID();
      await em.insert(FundEntryEntity, {
        id,
        villageCode: input.villageCode,
        countyCode: countyCodeOf(input.villageCode),
        kind: input.kind,
        amountFen: sign * fen,
        source: input.source,
        description,
        stockMovementId: null,
        reversalOf: null,
        occurredOn: input.occurredOn,
        createdBy: actor,
        clientKey: key,
      });
      ctx.note({
        targetType: 'fund_entry',
        targetId: id,
        regionCode: input.villageCode,
        summary: { kind: input.kind, source: input.source, amountFen: sign * fen, occurredOn: input.occurredOn },
      });
      return (await this.models(em, [await em.findOneByOrFail(FundEntryEntity, { id })]))[0];
    });
  }

  /** A mistaken entry (a stock purchase too) corrected by an entry of the opposite amount, once. */
  async reverse(ctx: RequestContext, id: string, reason: string, clientKey: string): Promise<FundEntryModel> {
    ctx.requirePermission(Permission.FUNDS_MANAGE);
    const key = checkKey(clientKey);
    if (!reason.trim()) throw ShopErrors.reasonRequired();
    return inTransaction(this.dataSource, ctx, async (em) => {
      const actor = ctx.requireActor().userId;
      await lockKey(em, actor, key);
      const earlier = await em.findOneBy(FundEntryEntity, { createdBy: actor, clientKey: key });
      if (earlier) return (await this.models(em, [earlier]))[0];
      const original = await em.findOne(FundEntryEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!original) throw ShopErrors.fundEntryNotFound();
      if (!ctx.inScope(original.villageCode)) throw ShopErrors.outOfScope();
      if (original.kind === FundEntryKindValue.CORRECTION) throw ShopErrors.notReversible();
      if (await em.existsBy(FundEntryEntity, { reversalOf: id })) throw ShopErrors.fundAlreadyReversed();
      const rid = randomUUID();
      await em.insert(FundEntryEntity, {
        id: rid,
        villageCode: original.villageCode,
        countyCode: original.countyCode,
        kind: FundEntryKindValue.CORRECTION,
        amountFen: -original.amountFen,
        source: original.source,
        description: `冲正：${reason.trim()}`.slice(0, 200),
        stockMovementId: original.stockMovementId,
        reversalOf: original.id,
        occurredOn: todayIso(),
        createdBy: actor,
        clientKey: key,
      });
      ctx.note({
        targetType: 'fund_entry',
        targetId: rid,
        regionCode: original.villageCode,
        summary: { reversalOf: original.id, amountFen: -original.amountFen, reason: reason.trim() },
      });
      return (await this.models(em, [await em.findOneByOrFail(FundEntryEntity, { id: rid })]))[0];
    });
  }

  /** A village's ledger, newest first. */
  async list(ctx: RequestContext, args: FundEntriesArgs): Promise<{ items: FundEntryModel[]; total: number }> {
    ctx.requirePermission(Permission.SHOP_READ);
    const em = this.dataSource.manager;
    await village(em, ctx, args.villageCode);
    const [rows, total] = await em.findAndCount(FundEntryEntity, {
      where: { villageCode: args.villageCode },
      order: { occurredOn: 'DESC', createdAt: 'DESC', id: 'DESC' },
      skip: args.offset,
      take: args.first,
    });
    return { items: await this.models(em, rows), total };
  }

  /** Funds left per source beside the liability of the points the village's households hold. */
  async villageFunds(ctx: RequestContext, villageCode: string): Promise<VillageFundsModel> {
    ctx.requirePermission(Permission.SHOP_READ);
    const em = this.dataSource.manager;
    await village(em, ctx, villageCode);
    return this.fundsOf(em, villageCode);
  }

  /** The figures of `villageFunds`, without access checks (the portal discloses them). */
  async fundsOf(em: EntityManager, villageCode: string): Promise<VillageFundsModel> {
    const today = todayIso();
    const totals = await sourceTotals(em, villageCode, null, null);
    const balance = await balanceFen(em, villageCode);
    const owed = await outstandingPoints(em, this.schemes, this.entries, villageCode, Number(today.slice(0, 4)), today);
    const liability = liabilityFen(owed.points, owed.exchangeValue);
    const cover = fundsCover(balance, liability);
    return {
      villageCode,
      balanceYuan: fenToYuan(balance),
      bySource: totals.map((t) => ({
        source: t.source,
        incomeYuan: fenToYuan(t.incomeFen),
        spendingYuan: fenToYuan(t.spendingFen),
        balanceYuan: fenToYuan(t.incomeFen - t.spendingFen),
      })),
      outstandingPoints: owed.points,
      exchangeValue: owed.exchangeValue,
      liabilityYuan: liability === null ? null : fenToYuan(liability),
      shortfallYuan: fenToYuan(cover.shortfallFen),
      warning: cover.warning,
    };
  }

  private async models(em: EntityManager, rows: FundEntryEntity[]): Promise<FundEntryModel[]> {
    if (!rows.length) return [];
    const reversals = await em.find(FundEntryEntity, {
      select: { id: true, reversalOf: true },
      where: { reversalOf: In(rows.map((r) => r.id)) },
    });
    const userIds = [...new Set(rows.map((r) => r.createdBy).filter((x): x is string => !!x))];
    const users = userIds.length
      ? await em.find(UserEntity, { select: { id: true, displayName: true }, where: { id: In(userIds) } })
      : [];
    const reversedBy = new Map(reversals.map((r) => [r.reversalOf as string, r.id]));
    const names = new Map(users.map((u) => [u.id, u.displayName]));
    return rows.map((r) => ({
      id: r.id,
      villageCode: r.villageCode,
      kind: r.kind,
      amountYuan: fenToYuan(r.amountFen),
      source: r.source,
      description: r.description,
      stockMovementId: r.stockMovementId,
      reversalOf: r.reversalOf,
      reversedBy: reversedBy.get(r.id) ?? null,
      occurredOn: r.occurredOn,
      createdByName: r.createdBy ? (names.get(r.createdBy) ?? null) : null,
      createdAt: r.createdAt,
    }));
  }
}

/** A village the caller may see: REGISTRY_REGION_NOT_VILLAGE, SCOPE_OUT_OF_REGION, then REGISTRY_REGION_NOT_FOUND. */
async function village(em: EntityManager, ctx: RequestContext, code: string): Promise<void> {
  if (regionLevel(code) !== 'VILLAGE') throw RegistryErrors.notVillage(code);
  if (!ctx.inScope(code)) throw ShopErrors.outOfScope();
  if (!(await em.existsBy(RegionEntity, { code }))) throw RegistryErrors.regionNotFound(code);
}
