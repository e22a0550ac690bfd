import { redemptionsOf } from '../redemptions/redemption-ledger';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { closeYear, householdStanding } from '@xiangzhi/points/util';
import { HouseholdEntity, RegionEntity, RegionLevelValue } from '@xiangzhi/registry/api';
import { maskName, todayIso } from '@xiangzhi/registry/util';
import { inTransaction, overlapsScope, Permission, RequestContext, scopeCondition } from '@xiangzhi/server/core';
import { PointsErrors } from '../points.errors';
import { ResultErrors } from '../publications/publications.errors';
import { EntriesService } from '../services/entries.service';
import { SchemeService } from '../services/scheme.service';
import { PointsListingEntity, PointsYearCloseEntity, PointsYearOpeningEntity } from './results.entities';
import { ListKind } from './results.enums';
import { villageHouseholds, yearOpenings } from './village-ledger';

export interface ListingInput {
  householdId: string;
  kind: ListKind;
  title: string;
  note?: string | null;
  fromDate: string;
  toDate?: string | null;
}

export interface PublicListing {
  kind: ListKind;
  household: string;
  title: string;
  fromDate: string;
  toDate: string | null;
}

export interface YearClosePreviewRow {
  householdId: string;
  cardNumber: string;
  headName: string;
  balance: number;
  familyTotal: number;
  carriedBalance: number;
  carriedFamilyPoints: number;
}

export interface YearClosePreview {
  villageCode: string;
  schemeVersionId: string;
  year: number;
  cycle: string;
  closed: boolean;
  rows: YearClosePreviewRow[];
}

export interface AwardCheck {
  householdId: string;
  eligible: boolean;
  /** Why not: NO_SCHEME, NOT_RANKED (not taking part, or outside the caller's part), NOT_ABOVE_AVERAGE, NOT_AT_TOP, VETOED, NO_AWARD_RULE. */
  reason: 'NO_SCHEME' | 'NOT_RANKED' | 'NOT_ABOVE_AVERAGE' | 'NOT_AT_TOP' | 'VETOED' | 'NO_AWARD_RULE' | null;
  rule: string;
  value: number | null;
  rank: number | null;
  villageAverage: number;
}

/** Red and black lists (红黑榜), award checks (评先选优) and year close (年度结算). */
@Injectable()
export class ResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly schemes: SchemeService,
    private readonly entries: EntriesService,
  ) {}

  // ---- red and black lists ------------------------------------------------------------------------------------

  async addListing(ctx: RequestContext, input: ListingInput): Promise<PointsListingEntity> {
    const actor = ctx.requirePermission(Permission.POINTS_LIST_MANAGE);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const household = await em.findOneBy(HouseholdEntity, { id: input.householdId });
      if (!household) throw PointsErrors.targetOutOfScope();
      if (!ctx.inScope(household.scopeCode)) throw PointsErrors.targetOutOfScope();
      const title = input.title.trim();
      if (!title || title.length > 100) throw ResultErrors.reasonRequired();
      if (input.toDate && input.toDate < input.fromDate) throw ResultErrors.listingDatesInvalid();
      const saved = await em.save(
        em.create(PointsListingEntity, {
          householdId: household.id,
          villageCode: household.regionCode,
          scopeCode: household.scopeCode,
          kind: input.kind,
          title,
          note: input.note?.trim() || null,
          fromDate: input.fromDate,
          toDate: input.toDate ?? null,
          recordedBy: actor.userId,
        }),
      );
      ctx.note({
        targetType: 'PointsListing',
        targetId: saved.id,
        regionCode: household.regionCode,
        summary: { kind: saved.kind, title, fromDate: saved.fromDate, toDate: saved.toDate },
      });
      return saved;
    });
  }

  async revokeListing(ctx: RequestContext, id: string, reason: string): Promise<PointsListingEntity> {
    const actor = ctx.requirePermission(Permission.POINTS_LIST_MANAGE);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const l = await em.findOne(PointsListingEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!l) throw ResultErrors.listingNotFound();
      if (!ctx.inScope(l.scopeCode)) throw PointsErrors.targetOutOfScope();
      if (l.revokedAt) throw ResultErrors.listingRevoked();
      const text = (reason ?? '').trim();
      if (text.length < 2 || text.length > 500) throw ResultErrors.reasonRequired();
      await em.update(
        PointsListingEntity,
        { id },
        { revokedAt: new Date(), revokedBy: actor.userId, revokeReason: text },
      );
      ctx.note({ targetType: 'PointsListing', targetId: id, regionCode: l.villageCode, summary: { revoked: text } });
      return em.findOneByOrFail(PointsListingEntity, { id });
    });
  }

  async listings(
    ctx: RequestContext,
    villageCode: string,
    kind: ListKind | null | undefined,
    first: number,
    offset: number,
  ): Promise<{ items: PointsListingEntity[]; total: number }> {
    ctx.requirePermission(Permission.POINTS_READ);
    if (!overlapsScope(ctx, villageCode)) throw PointsErrors.targetOutOfScope();
    const scope = scopeCondition(ctx, 'l.scope_code');
    const q = this.dataSource.manager
      .createQueryBuilder(PointsListingEntity, 'l')
      .where('l.village_code = :villageCode', { villageCode })
      .andWhere(scope.sql, scope.params);
    if (kind) q.andWhere('l.kind = :kind', { kind });
    const [items, total] = await q.orderBy('l.from_date', 'DESC').take(first).skip(offset).getManyAndCount();
    return { items, total };
  }

  /** Public: who is on the village's red and black lists today (masked names, neutral titles). */
  async publicListings(villageCode: string, on = todayIso()): Promise<PublicListing[]> {
    const rows = (await this.dataSource.query(
      `SELECT l.kind, COALESCE(m.name, '') AS name, l.title, to_char(l.from_date, 'YYYY-MM-DD') AS "fromDate",
              to_char(l.to_date, 'YYYY-MM-DD') AS "toDate"
         FROM points_listing l
         JOIN household h ON h.id = l.household_id
         LEFT JOIN member m ON m.id = h.head_member_id
        WHERE l.village_code = $1 AND l.revoked_at IS NULL AND l.from_date <= $2
          AND (l.to_date IS NULL OR l.to_date >= $2)
        ORDER BY l.kind, l.from_date DESC, l.id
        LIMIT 500`,
      [villageCode, on],
    )) as Array<{ kind: ListKind; name: string; title: string; fromDate: string; toDate: string | null }>;
    return rows.map((r) => ({
      kind: r.kind,
      household: maskName(r.name),
      title: r.title,
      fromDate: r.fromDate,
      toDate: r.toDate,
    }));
  }

  // ---- awards (评先选优) --------------------------------------------------------------------------------------

  /**
   * Whether households may be nominated for an award under the scheme in force (000 above the village average; 001
   * and 004 the top of the ranking; 003 the top without a veto item; 002 no rule), with the reason when not.
   */
  async awardCheck(
    ctx: RequestContext,
    villageCode: string,
    year: number,
    householdIds: readonly string[],
  ): Promise<AwardCheck[]> {
    const ranking = await this.entries.ranking(ctx, villageCode, year);
    // every household asked about is of the village and within the caller's part of it
    const found = await this.dataSource.manager.find(HouseholdEntity, {
      select: { id: true, regionCode: true, scopeCode: true },
      where: { id: In([...householdIds]) },
    });
    if (
      found.length !== new Set(householdIds).size ||
      found.some((h) => h.regionCode !== villageCode || !ctx.inScope(h.scopeCode))
    )
      throw PointsErrors.targetOutOfScope();
    const scheme = await this.schemes.inForceFor(this.dataSource.manager, villageCode, year);
    const rule = scheme?.definition.parameters.awardRule ?? 'NONE';
    const rows = new Map(ranking.rows.map((r) => [r.householdId, r]));
    return householdIds.map((householdId) => {
      const row = rows.get(householdId);
      let reason: AwardCheck['reason'] = null;
      if (!scheme) reason = 'NO_SCHEME';
      else if (!row) reason = 'NOT_RANKED';
      else if (!row.awardEligible) {
        if (rule === 'NONE') reason = 'NO_AWARD_RULE';
        else if (rule === 'ABOVE_VILLAGE_AVERAGE') reason = 'NOT_ABOVE_AVERAGE';
        else if (rule === 'TOP_NO_VETO' && row.vetoed) reason = 'VETOED';
        else reason = 'NOT_AT_TOP';
      }
      return {
        householdId,
        eligible: reason === null,
        reason,
        rule,
        value: row?.value ?? null,
        rank: row?.rank ?? null,
        villageAverage: ranking.average,
      };
    });
  }

  // ---- year close ----------------------------------------------------------------------------------------------

  /** What closing the year would carry into the next, per household, without writing anything. */
  async yearClosePreview(ctx: RequestContext, villageCode: string, year: number): Promise<YearClosePreview> {
    ctx.requirePermission(Permission.POINTS_YEAR_CLOSE);
    if (!ctx.inScope(villageCode)) throw PointsErrors.targetOutOfScope();
    return this.computeClose(this.dataSource.manager, villageCode, year);
  }

  /** Closes the year for a village, or for every village of a town not yet closed. Refused twice. */
  async closeYear(ctx: RequestContext, regionCode: string, year: number): Promise<PointsYearCloseEntity[]> {
    const actor = ctx.requirePermission(Permission.POINTS_YEAR_CLOSE);
    if (!ctx.inScope(regionCode)) throw PointsErrors.targetOutOfScope();
    if (`${year}-12-31` >= todayIso()) throw ResultErrors.yearNotEnded(year);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const region = await em.findOneBy(RegionEntity, { code: regionCode });
      if (!region) throw PointsErrors.targetOutOfScope();
      let villages: string[];
      if (region.level === RegionLevelValue.VILLAGE) villages = [region.code];
      else if (region.level === RegionLevelValue.TOWN)
        villages = (
          await em.find(RegionEntity, { where: { parentCode: region.code, level: RegionLevelValue.VILLAGE } })
        ).map((v) => v.code);
      else throw ResultErrors.notTownOrVillage(regionCode);
      const inForce = await this.schemes.inForceForVillages(em, villages, year);
      const closed = new Set(
        (await em.findBy(PointsYearCloseEntity, { villageCode: In(villages), year })).map((c) => c.villageCode),
      );
      if (region.level === RegionLevelValue.VILLAGE && closed.has(region.code))
        throw ResultErrors.yearClosed(region.code, year);
      if (region.level === RegionLevelValue.VILLAGE && !inForce.has(region.code))
        throw PointsErrors.noneInForce(region.code, year);
      const open = villages.filter((v) => inForce.has(v) && !closed.has(v)).sort();
      if (!open.length) throw ResultErrors.yearClosed(regionCode, year);
      const out: PointsYearCloseEntity[] = [];
      for (const villageCode of open) {
        await em.query(`SELECT pg_advisory_xact_lock(hashtext('points_year_close:' || $1))`, [villageCode]);
        const preview = await this.computeClose(em, villageCode, year);
        if (preview.closed) throw ResultErrors.yearClosed(villageCode, year);
        const close = await em.save(
          em.create(PointsYearCloseEntity, {
            villageCode,
            year,
            schemeVersionId: preview.schemeVersionId,
            cycle: preview.cycle,
            households: preview.rows.length,
            closedBy: actor.userId,
          }),
        );
        if (preview.rows.length)
          await em.insert(
            PointsYearOpeningEntity,
            preview.rows.map((r) => ({
              householdId: r.householdId,
              year: year + 1,
              closeId: close.id,
              carriedBalance: r.carriedBalance,
              carriedFamilyPoints: r.carriedFamilyPoints,
            })),
          );
        ctx.note({
          targetType: 'PointsYearClose',
          targetId: close.id,
          regionCode: villageCode,
          summary: { year, cycle: preview.cycle, households: preview.rows.length },
        });
        out.push(close);
      }
      return out;
    });
  }

  private async computeClose(em: EntityManager, villageCode: string, year: number): Promise<YearClosePreview> {
    const scheme = await this.schemes.inForceFor(em, villageCode, year);
    if (!scheme) throw PointsErrors.noneInForce(villageCode, year);
    const parameters = scheme.definition.parameters;
    const households = await villageHouseholds(em, villageCode);
    const entries = await this.entries.countingEntries(em, { villageCode }, year);
    const openings = await yearOpenings(em, villageCode, year);
    const redemptions = await redemptionsOf(em, { villageCode }, year);
    const next = new Map(
      closeYear({ parameters, households, year, entries, redemptions, openings }).map((o) => [o.householdId, o]),
    );
    const openingOf = new Map(openings.map((o) => [o.householdId, o]));
    const rows: YearClosePreviewRow[] = [];
    for (const h of households) {
      const o = next.get(h.id);
      if (!o) continue;
      const s = householdStanding({
        parameters,
        household: h,
        year,
        entries: entries.filter((e) => e.householdId === h.id),
        redemptions: redemptions.filter((r) => r.householdId === h.id),
        blackList: [],
        opening: openingOf.get(h.id) ?? null,
        asOf: `${year}-12-31`,
      });
      rows.push({
        householdId: h.id,
        cardNumber: h.cardNumber,
        headName: h.headName,
        balance: s.balance,
        familyTotal: s.familyTotal,
        carriedBalance: o.carriedBalance,
        carriedFamilyPoints: o.carriedFamilyPoints,
      });
    }
    const closed = await em.existsBy(PointsYearCloseEntity, { villageCode, year });
    return { villageCode, schemeVersionId: scheme.id, year, cycle: parameters.cycle, closed, rows };
  }
}
