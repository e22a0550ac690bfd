import { redemptionsOf } from '../redemptions/redemption-ledger';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  capLeft,
  EngineEntry,
  entryPoints,
  householdStanding,
  Period,
  rankVillage,
  reviewPeriodOf,
  SchemeItem,
} from '@xiangzhi/points/util';
import {
  filesNotAttachable,
  inTransaction,
  overlapsScope,
  PageArgs,
  parentCode,
  Permission,
  regionLevel,
  RequestContext,
  scopeCondition,
  scopePrefix,
} from '@xiangzhi/server/core';
import { HouseholdEntity, MemberEntity, RegistryErrors } from '@xiangzhi/registry/api';
import { maskName, todayIso } from '@xiangzhi/registry/util';
import {
  ApprovePointsEntriesInput,
  RecordPointsEntriesInput,
  RecordPointsEntryInput,
  ReviewPointsEntriesInput,
} from '../dto/entry.input';
import { PointsEntryStateEntity } from '../entities/entry-state.entity';
import { PointsEntryEntity } from '../entities/entry.entity';
import { PointsSchemeVersionEntity } from '../entities/scheme-version.entity';
import { toEntryModel } from '../mappers';
import {
  EntryModel,
  EntryPageModel,
  HouseholdStandingModel,
  RecordedEntriesModel,
  VillageRankingModel,
} from '../models/entry.model';
import { EntryAction, EntryStatus, ReversalSource, ReviewDecision } from '../points.enums';
import { PointsErrors } from '../points.errors';
import { EventRow, insertEntries, insertEvents, stateOf } from './entry-store';
import { SchemeService } from './scheme.service';
import { blackListings, yearOpeningOf, yearOpenings } from '../results/village-ledger';
import { actorIdOf } from './actor';

const KEY = /^[A-Za-z0-9_.:-]{8,64}$/;
/** States whose entries count toward balances and rankings. */
const COUNTING = [EntryStatus.APPROVED, EntryStatus.PUBLISHED];

/** Why a reversing entry is written, and what it answers (an objection's id). */
export interface ReversalOrigin {
  source: ReversalSource;
  refId?: string | null;
}

interface EntryRow {
  entry: PointsEntryEntity;
  state: PointsEntryStateEntity;
}

/** The date range [from, to) of a period. */
function periodRange(p: Period): { from: string; to: string } {
  const from = `${p.year}-${String(p.fromMonth).padStart(2, '0')}-01`;
  const to = p.toMonth === 12 ? `${p.year + 1}-01-01` : `${p.year}-${String(p.toMonth + 1).padStart(2, '0')}-01`;
  return { from, to };
}

/**
 * The ledger: recording (single and bulk, idempotent by client key), monthly review by the village, approval by the
 * town, reversal, and the staff queries over it (queues, a household's entries, standing and the village ranking
 * computed by the policy engine). Every state change appends an event and updates the state row in one transaction.
 */
@Injectable()
export class EntriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly schemes: SchemeService,
  ) {}

  // ---- recording -------------------------------------------------------------------------------------------

  async record(ctx: RequestContext, input: RecordPointsEntryInput): Promise<EntryModel> {
    ctx.requirePermission(Permission.POINTS_RECORD);
    const key = checkKey(input.idempotencyKey);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const actor = actorIdOf(ctx);
      await lockKey(em, actor, key);
      const earlier = await em.findOneBy(PointsEntryEntity, { recordedBy: actor, idempotencyKey: key });
      if (earlier) {
        const state = await em.findOneByOrFail(PointsEntryStateEntity, { entryId: earlier.id });
        this.noteEntries(ctx, [earlier], { replayed: true });
        return toEntryModel(earlier, state);
      }
      const h = await em.findOneBy(HouseholdEntity, { id: input.householdId });
      if (!h) throw RegistryErrors.householdNotFound();
      if (!ctx.inScope(h.scopeCode)) throw PointsErrors.targetOutOfScope();
      if (!h.participating) throw PointsErrors.notParticipating(h.id);
      if (input.occurredOn > todayIso()) throw PointsErrors.dateInFuture();
      const year = Number(input.occurredOn.slice(0, 4));
      const scheme = await this.schemes.inForceFor(em, h.regionCode, year);
      const item = scheme?.definition.items.find((i) => i.code === input.itemCode);
      if (!scheme || !item) throw PointsErrors.itemNotInForce(input.itemCode, year);
      const signed = signedPoints(item, input.points);
      let memberId: string | null = null;
      if (item.subject === 'INDIVIDUAL') {
        if (!input.memberId) throw PointsErrors.memberRequired();
        const member = await em.findOneBy(MemberEntity, { id: input.memberId, householdId: h.id, active: true });
        if (!member) throw PointsErrors.memberNotInHousehold();
        memberId = member.id;
      } else if (input.memberId) throw PointsErrors.memberNotAllowed();
      const evidence = [...new Set(input.evidenceFileIds ?? [])];
      if (item.evidenceRequired && evidence.length === 0) throw PointsErrors.evidenceRequired();
      await this.checkFiles(ctx, em, evidence);
      if (item.capPerPeriod !== null) {
        await lockCaps(em, [h.id]);
        const used = await this.usedInPeriod(em, scheme, item, input.occurredOn, [h.id], memberId);
        const left = capLeft(item, used.get(h.id) ?? 0) ?? Infinity;
        if (Math.abs(signed) > left) throw PointsErrors.capExceeded(left, h.id);
      }
      const entry = newEntry(actor, h, scheme, item, {
        memberId,
        points: signed,
        occurredOn: input.occurredOn,
        place: input.place?.trim() || null,
        description: input.description.trim(),
        channel: input.channel,
        evidenceFileIds: evidence,
        declaredByResident: input.declaredByResident ?? false,
        idempotencyKey: key,
      });
      const state = stateOf(entry, EntryStatus.RECORDED);
      await insertEntries(em, [entry], [state], [event(entry.id, EntryAction.RECORDED, actor, entry.recordedAt)]);
      this.noteEntries(ctx, [entry], { itemCode: item.code, points: signed });
      return toEntryModel(entry, state);
    });
  }

  /** One item for many households, one date and description; one client key for the whole call. */
  async recordBulk(ctx: RequestContext, input: RecordPointsEntriesInput): Promise<RecordedEntriesModel> {
    ctx.requirePermission(Permission.POINTS_RECORD);
    const key = checkKey(input.idempotencyKey);
    const ids = input.householdIds;
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) throw PointsErrors.bulkDuplicate(id);
      seen.add(id);
    }
    return inTransaction(this.dataSource, ctx, async (em) => {
      const actor = actorIdOf(ctx);
      await lockKey(em, actor, key);
      const earlier = await this.batchOf(em, actor, key);
      if (earlier.length) {
        this.noteEntries(
          ctx,
          earlier.map((r) => r.entry),
          { replayed: true },
        );
        return { items: earlier.map((r) => toEntryModel(r.entry, r.state)), count: earlier.length, replayed: true };
      }
      const households = await em.find(HouseholdEntity, {
        select: { id: true, regionCode: true, scopeCode: true, participating: true },
        where: { id: In(ids) },
      });
      if (households.length !== ids.length) throw RegistryErrors.householdNotFound();
      for (const h of households) if (!ctx.inScope(h.scopeCode)) throw PointsErrors.targetOutOfScope();
      for (const h of households) if (!h.participating) throw PointsErrors.notParticipating(h.id);
      if (input.occurredOn > todayIso()) throw PointsErrors.dateInFuture();
      const year = Number(input.occurredOn.slice(0, 4));
      const villages = [...new Set(households.map((h) => h.regionCode))];
      const schemes = await this.schemes.inForceForVillages(em, villages, year);
      const items = new Map<string, { scheme: PointsSchemeVersionEntity; item: SchemeItem; signed: number }>();
      for (const v of villages) {
        const scheme = schemes.get(v);
        const item = scheme?.definition.items.find((i) => i.code === input.itemCode);
        if (!scheme || !item) throw PointsErrors.itemNotInForce(input.itemCode, year);
        if (item.subject === 'INDIVIDUAL') throw PointsErrors.memberRequired();
        items.set(v, { scheme, item, signed: signedPoints(item, input.points) });
      }
      const evidence = [...new Set(input.evidenceFileIds ?? [])];
      if ([...items.values()].some((i) => i.item.evidenceRequired) && evidence.length === 0)
        throw PointsErrors.evidenceRequired();
      await this.checkFiles(ctx, em, evidence);
      const capped = [...items.values()].some((i) => i.item.capPerPeriod !== null);
      if (capped) {
        await lockCaps(em, ids);
        for (const v of villages) {
          const { scheme, item, signed } = items.get(v) as {
            scheme: PointsSchemeVersionEntity;
            item: SchemeItem;
            signed: number;
          };
          if (item.capPerPeriod === null) continue;
          const inVillage = households.filter((h) => h.regionCode === v).map((h) => h.id);
          const used = await this.usedInPeriod(em, scheme, item, input.occurredOn, inVillage, null);
          for (const id of inVillage) {
            const left = capLeft(item, used.get(id) ?? 0) ?? Infinity;
            if (Math.abs(signed) > left) throw PointsErrors.capExceeded(left, id);
          }
        }
      }
      const byId = new Map(households.map((h) => [h.id, h]));
      const now = new Date();
      const entries = ids.map((id, i) => {
        const h = byId.get(id) as HouseholdEntity;
        const { scheme, item, signed } = items.get(h.regionCode) as {
          scheme: PointsSchemeVersionEntity;
          item: SchemeItem;
          signed: number;
        };
        return newEntry(
          actor,
          h,
          scheme,
          item,
          {
            memberId: null,
            points: signed,
            occurredOn: input.occurredOn,
            place: input.place?.trim() || null,
            description: input.description.trim(),
            channel: input.channel,
            evidenceFileIds: evidence,
            declaredByResident: false,
            idempotencyKey: `${key}#${i}`,
          },
          now,
        );
      });
      const states = entries.map((e) => stateOf(e, EntryStatus.RECORDED));
      await insertEntries(
        em,
        entries,
        states,
        entries.map((e) => event(e.id, EntryAction.RECORDED, actor, now)),
      );
      this.noteEntries(ctx, entries, { itemCode: input.itemCode, count: entries.length });
      return { items: entries.map((e, i) => toEntryModel(e, states[i])), count: entries.length, replayed: false };
    });
  }

  // ---- review, approval, reversal --------------------------------------------------------------------------

  /** The village review group approves or rejects RECORDED entries (never their own). */
  async review(ctx: RequestContext, input: ReviewPointsEntriesInput): Promise<EntryModel[]> {
    ctx.requirePermission(Permission.POINTS_REVIEW);
    const ids = distinctIds(input.entryIds);
    const reason = input.reason?.trim() || null;
    const reject = input.decision === ReviewDecision.REJECT;
    if (reject && !reason) throw PointsErrors.entryReasonRequired();
    return inTransaction(this.dataSource, ctx, async (em) => {
      const actor = actorIdOf(ctx);
      const rows = await this.lockRows(ctx, em, ids);
      for (const { entry, state } of rows) {
        if (entry.recordedBy === actor) throw PointsErrors.ownReview(entry.id);
        if (state.status !== EntryStatus.RECORDED) throw PointsErrors.notRecorded(entry.id, state.status);
      }
      const now = new Date();
      const status = reject ? EntryStatus.REJECTED : EntryStatus.REVIEWED;
      await em.query(
        `UPDATE points_entry_state SET status = $2, reviewed_by = $3, reviewed_at = $4, updated_at = $4
         WHERE entry_id = ANY($1::uuid[])`,
        [ids, status, actor, now],
      );
      const action = reject ? EntryAction.REVIEW_REJECTED : EntryAction.REVIEW_APPROVED;
      await insertEvents(
        em,
        ids.map((id) => event(id, action, actor, now, reason)),
      );
      for (const r of rows) Object.assign(r.state, { status, reviewedBy: actor, reviewedAt: now });
      this.noteEntries(
        ctx,
        rows.map((r) => r.entry),
        { decision: input.decision, reason },
      );
      return rows.map((r) => toEntryModel(r.entry, r.state));
    });
  }

  /** The town approval group approves REVIEWED entries of its villages: they count from now on. */
  async approve(ctx: RequestContext, input: ApprovePointsEntriesInput): Promise<EntryModel[]> {
    ctx.requirePermission(Permission.POINTS_APPROVE);
    const ids = distinctIds(input.entryIds);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const actor = actorIdOf(ctx);
      const rows = await this.lockRows(ctx, em, ids);
      for (const { entry, state } of rows) {
        if (state.status !== EntryStatus.REVIEWED) throw PointsErrors.notReviewed(entry.id, state.status);
      }
      const now = new Date();
      await em.query(
        `UPDATE points_entry_state SET status = 'APPROVED', approved_by = $2, approved_at = $3, updated_at = $3
         WHERE entry_id = ANY($1::uuid[])`,
        [ids, actor, now],
      );
      await insertEvents(
        em,
        ids.map((id) => event(id, EntryAction.APPROVED, actor, now)),
      );
      for (const r of rows)
        Object.assign(r.state, { status: EntryStatus.APPROVED, approvedBy: actor, approvedAt: now });
      this.noteEntries(
        ctx,
        rows.map((r) => r.entry),
        { approved: rows.length },
      );
      return rows.map((r) => toEntryModel(r.entry, r.state));
    });
  }

  /** Staff correction by the town approval group: a reversing entry. */
  async reverseByStaff(ctx: RequestContext, entryId: string, reason: string): Promise<EntryModel> {
    ctx.requirePermission(Permission.POINTS_APPROVE);
    return this.reverse(ctx, entryId, reason, { source: ReversalSource.CORRECTION });
  }

  /**
   * Writes the reversing entry of an approved (or published) entry: same household, member, item and date, the
   * opposite points, approved at once (it counts from now on). The original is marked reversed and gets a REVERSED
   * event. Refuses a second reversal (ENTRY_ALREADY_REVERSED) and the reversal of a reversal or of an entry that
   * does not count (ENTRY_NOT_REVERSIBLE). Checks the caller's scope, not a permission (the caller's operation
   * decides who may): runs in `em`, else the current mutation's transaction, else a new one.
   */
  async reverse(
    ctx: RequestContext,
    entryId: string,
    reason: string,
    origin: ReversalOrigin,
    em?: EntityManager,
  ): Promise<EntryModel> {
    const why = reason.trim();
    if (!why) throw PointsErrors.entryReasonRequired();
    const work = async (tx: EntityManager) => {
      const actor = actorIdOf(ctx);
      const [row] = await this.lockRows(ctx, tx, [entryId]);
      const { entry, state } = row;
      if (state.reversed) throw PointsErrors.alreadyReversed(entry.id);
      if (entry.reversalOf) throw PointsErrors.notReversible(entry.id, state.status);
      if (!COUNTING.includes(state.status)) throw PointsErrors.notReversible(entry.id, state.status);
      const now = new Date();
      const reversal: PointsEntryEntity = {
        ...entry,
        id: randomUUID(),
        points: -entry.points + 0,
        place: null,
        description: why,
        evidenceFileIds: [],
        declaredByResident: false,
        reversalOf: entry.id,
        reversalReason: why,
        reversalSource: origin.source,
        reversalRef: origin.refId ?? null,
        recordedBy: actor,
        recordedAt: now,
        idempotencyKey: null,
      };
      const reversalState = stateOf(reversal, EntryStatus.APPROVED, actor);
      try {
        await insertEntries(
          tx,
          [reversal],
          [reversalState],
          [
            event(reversal.id, EntryAction.RECORDED, actor, now, why),
            event(reversal.id, EntryAction.APPROVED, actor, now),
            event(entry.id, EntryAction.REVERSED, actor, now, why),
          ],
        );
      } catch (err) {
        if (isUniqueViolation(err, 'points_entry_reversal_of_uq')) throw PointsErrors.alreadyReversed(entry.id);
        throw err;
      }
      await tx.query(`UPDATE points_entry_state SET reversed = true, updated_at = $2 WHERE entry_id = $1`, [
        entry.id,
        now,
      ]);
      ctx.note({
        targetType: 'pointsEntry',
        targetId: entry.id,
        regionCode: entry.villageCode,
        summary: { reversalId: reversal.id, points: reversal.points, reason: why, source: origin.source },
      });
      return toEntryModel(reversal, reversalState);
    };
    return em ? work(em) : inTransaction(this.dataSource, ctx, work);
  }

  // ---- queries ---------------------------------------------------------------------------------------------

  /** The review queue: a village's entries by status and month (the caller's part of the village). */
  async villageEntries(
    ctx: RequestContext,
    args: { villageCode: string; status?: EntryStatus | null; year?: number | null; month?: number | null },
    page: PageArgs,
  ): Promise<EntryPageModel> {
    ctx.requirePermission(Permission.POINTS_READ);
    if (regionLevel(args.villageCode) !== 'VILLAGE') throw PointsErrors.notVillage(args.villageCode);
    if (!overlapsScope(ctx, args.villageCode)) throw PointsErrors.targetOutOfScope();
    const qb = this.entryQuery(ctx).andWhere('s.village_code = :village', { village: args.villageCode });
    if (args.status) qb.andWhere('s.status = :status', { status: args.status });
    if (args.year && args.month) {
      const { from, to } = periodRange({ year: args.year, fromMonth: args.month, toMonth: args.month });
      qb.andWhere('s.occurred_on >= :from AND s.occurred_on < :to', { from, to });
    } else if (args.year) {
      qb.andWhere('s.occurred_on >= :from AND s.occurred_on < :to', {
        from: `${args.year}-01-01`,
        to: `${args.year + 1}-01-01`,
      });
    }
    qb.orderBy('s.occurred_on', 'DESC').addOrderBy('e.recorded_at', 'DESC').addOrderBy('e.id', 'ASC');
    return this.page(qb, page);
  }

  /** The town approval queue: REVIEWED entries of the town's villages, oldest first. */
  async approvalQueue(
    ctx: RequestContext,
    townCode: string,
    page: PageArgs,
    filter: { villageCode?: string | null; newestFirst?: boolean | null } = {},
  ): Promise<EntryPageModel> {
    ctx.requirePermission(Permission.POINTS_APPROVE);
    if (regionLevel(townCode) !== 'TOWN') throw PointsErrors.notTown(townCode);
    ctx.assertInScope(townCode);
    const qb = this.entryQuery(ctx)
      .andWhere('s.village_code LIKE :town', { town: `${scopePrefix(townCode)}%` })
      .andWhere(`s.status = 'REVIEWED'`);
    if (filter.villageCode) {
      if (parentCode(filter.villageCode) !== townCode) throw PointsErrors.targetOutOfScope();
      qb.andWhere('s.village_code = :village', { village: filter.villageCode });
    }
    const order = filter.newestFirst ? 'DESC' : 'ASC';
    qb.orderBy(filter.newestFirst ? 's.reviewed_at' : 's.occurred_on', order)
      .addOrderBy('e.recorded_at', order)
      .addOrderBy('e.id', order);
    return this.page(qb, page);
  }

  /** The staff view of one entry (evidence, recorder, reviewer, approver, reversals through field resolvers). */
  async get(ctx: RequestContext, id: string): Promise<EntryModel> {
    ctx.requirePermission(Permission.POINTS_READ);
    const row = await this.entryQuery(ctx, false).andWhere('e.id = :id', { id }).getOne();
    if (!row) throw PointsErrors.entryNotFound();
    if (!ctx.inScope(row.scopeCode)) throw PointsErrors.targetOutOfScope();
    return this.toModel(row);
  }

  async householdEntries(ctx: RequestContext, householdId: string, page: PageArgs): Promise<EntryPageModel> {
    ctx.requirePermission(Permission.POINTS_READ);
    await this.readableHousehold(ctx, householdId);
    const qb = this.entryQuery(ctx)
      .andWhere('e.household_id = :householdId', { householdId })
      .orderBy('e.occurred_on', 'DESC')
      .addOrderBy('e.recorded_at', 'DESC')
      .addOrderBy('e.id', 'ASC');
    return this.page(qb, page);
  }

  /** A household's figures for a year from its approved entries and the shop's redemptions. */
  async standing(
    ctx: RequestContext,
    householdId: string,
    year: number,
    asOf?: string | null,
  ): Promise<HouseholdStandingModel> {
    ctx.requirePermission(Permission.POINTS_READ);
    const h = await this.readableHousehold(ctx, householdId);
    const today = todayIso();
    const day = asOf ?? (today.slice(0, 4) === String(year) ? today : `${year}-12-31`);
    return this.standingOf(this.dataSource.manager, h, year, day);
  }

  /**
   * A household's figures for a year as of a day, read through `em` (the shop calls it inside its redemption
   * transaction, after locking the household). No permission check: callers check access to the household.
   */
  async standingOf(
    em: EntityManager,
    h: Pick<HouseholdEntity, 'id' | 'regionCode' | 'participating'>,
    year: number,
    day: string,
  ): Promise<HouseholdStandingModel> {
    const scheme = await this.schemes.inForceFor(em, h.regionCode, year);
    const members = await em.find(MemberEntity, {
      select: { id: true, participating: true },
      where: { householdId: h.id, active: true },
    });
    if (!scheme) {
      return {
        householdId: h.id,
        year,
        asOf: day,
        schemeInForce: false,
        householdEarned: 0,
        individualEarned: 0,
        members: members.map((m) => ({ memberId: m.id, earned: 0 })),
        familyTotal: 0,
        familyAverage: 0,
        rankingValue: 0,
        balance: 0,
        redeemed: 0,
        exchangeable: 0,
        blocks: h.participating ? [] : ['NOT_PARTICIPATING'],
        vetoed: false,
      };
    }
    const entries = await this.countingEntries(em, { householdIds: [h.id] }, year);
    const s = householdStanding({
      parameters: scheme.definition.parameters,
      household: {
        id: h.id,
        villageCode: h.regionCode,
        participating: h.participating,
        members: members.map((m) => ({ id: m.id, participating: m.participating })),
      },
      year,
      entries,
      redemptions: await redemptionsOf(em, { householdIds: [h.id] }, year),
      blackList: await blackListings(em, [h.id]),
      opening: await yearOpeningOf(em, h.id, year),
      asOf: day,
    });
    return { ...s, asOf: day, schemeInForce: true, blocks: [...s.blocks] };
  }

  /**
   * A village's ranking for a period (whole year by default) under the scheme's ranking basis. Ranks are
   * village-wide; the rows shown are those of households in the caller's scope (a grid worker sees its grids).
   */
  async ranking(
    ctx: RequestContext,
    villageCode: string,
    year: number,
    fromMonth?: number | null,
    toMonth?: number | null,
  ): Promise<VillageRankingModel> {
    ctx.requirePermission(Permission.POINTS_READ);
    if (regionLevel(villageCode) !== 'VILLAGE') throw PointsErrors.notVillage(villageCode);
    if (!overlapsScope(ctx, villageCode)) throw PointsErrors.targetOutOfScope();
    const period: Period = { year, fromMonth: fromMonth ?? 1, toMonth: toMonth ?? 12 };
    if (period.fromMonth > period.toMonth) throw PointsErrors.parameterInvalid('fromMonth');
    const em = this.dataSource.manager;
    const scheme = await this.schemes.inForceFor(em, villageCode, year);
    const base = { villageCode, year, fromMonth: period.fromMonth, toMonth: period.toMonth };
    if (!scheme) return { ...base, schemeInForce: false, basis: null, average: 0, rows: [] };
    const households = await em.find(HouseholdEntity, {
      select: {
        id: true,
        regionCode: true,
        scopeCode: true,
        participating: true,
        headMemberId: true,
        cardNumber: true,
      },
      where: { regionCode: villageCode },
    });
    const members = await em.find(MemberEntity, {
      select: { id: true, householdId: true, participating: true, name: true },
      where: { regionCode: villageCode, active: true },
    });
    const membersOf = new Map<string, MemberEntity[]>(households.map((h) => [h.id, []]));
    for (const m of members) membersOf.get(m.householdId)?.push(m);
    const entries = await this.countingEntries(em, { villageCode }, year);
    const r = rankVillage({
      parameters: scheme.definition.parameters,
      households: households.map((h) => ({
        id: h.id,
        villageCode,
        participating: h.participating,
        members: (membersOf.get(h.id) ?? []).map((m) => ({ id: m.id, participating: m.participating })),
      })),
      entries,
      period,
      // 001: the family total carries across years (what year close of last year left)
      openings: await yearOpenings(em, villageCode, year),
    });
    const byId = new Map(households.map((h) => [h.id, h]));
    const nameOf = new Map(members.map((m) => [m.id, m.name]));
    const rows = r.rows
      .filter((row) => ctx.inScope(byId.get(row.householdId)?.scopeCode ?? ''))
      .map((row) => {
        const h = byId.get(row.householdId) as HouseholdEntity;
        const head = h.headMemberId ? (nameOf.get(h.headMemberId) ?? null) : null;
        return { ...row, cardNumber: h.cardNumber, headName: head, maskedName: head ? maskName(head) : null };
      });
    return { ...base, schemeInForce: true, basis: r.basis, average: r.average, rows };
  }

  /** Approved (or published) entries of a village or of households, of a year, as the engine takes them. */
  async countingEntries(
    em: EntityManager,
    where: { villageCode?: string; householdIds?: string[] },
    year: number,
  ): Promise<EngineEntry[]> {
    const qb = em
      .createQueryBuilder(PointsEntryEntity, 'e')
      .innerJoin(PointsEntryStateEntity, 's', 's.entry_id = e.id')
      .select([
        'e.id',
        'e.householdId',
        'e.memberId',
        'e.itemCode',
        'e.itemKind',
        'e.points',
        'e.occurredOn',
        'e.reversalOf',
      ])
      .where('s.status IN (:...counting)', { counting: COUNTING })
      .andWhere('e.occurred_on >= :from AND e.occurred_on < :to', { from: `${year}-01-01`, to: `${year + 1}-01-01` });
    if (where.villageCode) qb.andWhere('e.village_code = :village', { village: where.villageCode });
    if (where.householdIds) qb.andWhere('e.household_id IN (:...hids)', { hids: where.householdIds });
    const rows = await qb.getMany();
    return rows.map((e) => ({
      id: e.id,
      householdId: e.householdId,
      memberId: e.memberId,
      itemCode: e.itemCode,
      kind: e.itemKind,
      points: e.points,
      occurredOn: e.occurredOn,
      reversalOf: e.reversalOf,
    }));
  }

  // ---- helpers ---------------------------------------------------------------------------------------------

  /** Entries joined with their state, restricted to the caller's scope. */
  private entryQuery(ctx: RequestContext, scoped = true) {
    const qb = this.dataSource.manager
      .createQueryBuilder(PointsEntryEntity, 'e')
      .innerJoinAndMapOne('e.state', PointsEntryStateEntity, 's', 's.entry_id = e.id');
    if (scoped) {
      const scope = scopeCondition(ctx, 's.scope_code');
      qb.where(scope.sql, scope.params);
    } else qb.where('1 = 1');
    return qb;
  }

  private async page(qb: ReturnType<EntriesService['entryQuery']>, page: PageArgs): Promise<EntryPageModel> {
    const [rows, total] = await qb.offset(page.offset).limit(page.first).getManyAndCount();
    return { items: rows.map((r) => this.toModel(r)), total };
  }

  private toModel(e: PointsEntryEntity): EntryModel {
    return toEntryModel(e, (e as PointsEntryEntity & { state: PointsEntryStateEntity }).state);
  }

  private async readableHousehold(ctx: RequestContext, id: string): Promise<HouseholdEntity> {
    const h = await this.dataSource.manager.findOneBy(HouseholdEntity, { id });
    if (!h) throw RegistryErrors.householdNotFound();
    if (!ctx.inScope(h.scopeCode)) throw PointsErrors.targetOutOfScope();
    return h;
  }

  /** The entries (and states) of `ids`, state rows locked in a fixed order, each in the caller's scope. */
  private async lockRows(ctx: RequestContext, em: EntityManager, ids: string[]): Promise<EntryRow[]> {
    const states = await em
      .createQueryBuilder(PointsEntryStateEntity, 's')
      .where('s.entry_id IN (:...ids)', { ids })
      .orderBy('s.entry_id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
    if (states.length !== ids.length) throw PointsErrors.entryNotFound();
    for (const s of states) if (!ctx.inScope(s.scopeCode)) throw PointsErrors.targetOutOfScope();
    const entries = await em.findBy(PointsEntryEntity, { id: In(ids) });
    const byId = new Map(entries.map((e) => [e.id, e]));
    const stateById = new Map(states.map((s) => [s.entryId, s]));
    return ids.map((id) => ({
      entry: byId.get(id) as PointsEntryEntity,
      state: stateById.get(id) as PointsEntryStateEntity,
    }));
  }

  /** The entries a bulk call with `key` wrote, in the order of the call. */
  private async batchOf(em: EntityManager, actor: string, key: string): Promise<EntryRow[]> {
    const entries = await em
      .createQueryBuilder(PointsEntryEntity, 'e')
      .innerJoinAndMapOne('e.state', PointsEntryStateEntity, 's', 's.entry_id = e.id')
      .where('e.recorded_by = :actor', { actor })
      .andWhere(`e.idempotency_key LIKE :prefix`, { prefix: `${key}#%` })
      .getMany();
    const index = (e: PointsEntryEntity) => Number((e.idempotencyKey ?? '').slice(key.length + 1));
    return entries
      .sort((a, b) => index(a) - index(b))
      .map((e) => ({ entry: e, state: (e as PointsEntryEntity & { state: PointsEntryStateEntity }).state }));
  }

  /** Signed points already recorded (not rejected) for an item in the review period of `date`, per household. */
  private async usedInPeriod(
    em: EntityManager,
    scheme: PointsSchemeVersionEntity,
    item: SchemeItem,
    date: string,
    householdIds: string[],
    memberId: string | null,
  ): Promise<Map<string, number>> {
    const { from, to } = periodRange(reviewPeriodOf(scheme.definition.parameters, date));
    const rows = (await em.query(
      `SELECT e.household_id, SUM(e.points)::int AS used
       FROM points_entry e JOIN points_entry_state s ON s.entry_id = e.id
       WHERE e.household_id = ANY($1::uuid[]) AND e.item_code = $2 AND e.occurred_on >= $3 AND e.occurred_on < $4
         AND s.status <> 'REJECTED' AND ($5::uuid IS NULL OR e.member_id = $5)
       GROUP BY e.household_id`,
      [householdIds, item.code, from, to, memberId],
    )) as Array<{ household_id: string; used: number }>;
    return new Map(rows.map((r) => [r.household_id, Number(r.used)]));
  }

  /** Evidence files must exist and lie in the caller's region (or be the caller's own uploads), each named once. */
  private async checkFiles(ctx: RequestContext, em: EntityManager, ids: string[]): Promise<void> {
    if (new Set(ids).size !== ids.length || (await filesNotAttachable(em, ctx, ids)).length)
      throw PointsErrors.fileNotFound();
  }

  /** One audit note per village of the entries. */
  private noteEntries(ctx: RequestContext, entries: PointsEntryEntity[], summary: Record<string, unknown>): void {
    const byVillage = new Map<string, PointsEntryEntity[]>();
    for (const e of entries) byVillage.set(e.villageCode, [...(byVillage.get(e.villageCode) ?? []), e]);
    for (const [village, list] of byVillage) {
      ctx.note({
        targetType: 'pointsEntry',
        targetId: list[0].id,
        regionCode: village,
        summary: { ...summary, entryIds: list.length > 1 ? list.map((e) => e.id) : undefined },
      });
    }
  }
}

function checkKey(key: string): string {
  if (!KEY.test(key)) throw PointsErrors.keyInvalid();
  return key;
}

/** Serializes concurrent calls with the same key (the second sees what the first wrote). */
async function lockKey(em: EntityManager, actor: string, key: string): Promise<void> {
  await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`points_key:${actor}:${key}`]);
}

/** Serializes cap checks per household (in a fixed order). */
async function lockCaps(em: EntityManager, householdIds: string[]): Promise<void> {
  await em.query(`SELECT pg_advisory_xact_lock(hashtext('points_cap:' || x)) FROM unnest($1::text[]) AS x ORDER BY x`, [
    householdIds,
  ]);
}

function signedPoints(item: SchemeItem, points: number): number {
  const r = entryPoints(item, points);
  if (r.ok) return r.signed;
  if (r.code === 'POINTS_NOT_INTEGER') throw PointsErrors.notInteger();
  throw PointsErrors.outOfRange(item.minPoints, item.maxPoints);
}

function distinctIds(ids: string[]): string[] {
  const out = [...new Set(ids)];
  if (out.length === 0 || out.length !== ids.length || out.length > 500) throw PointsErrors.selectionInvalid();
  return out;
}

function event(
  entryId: string,
  action: EntryAction,
  actorId: string,
  at: Date,
  reason: string | null = null,
): EventRow {
  return { entryId, action, actorId, at, reason };
}

function newEntry(
  actor: string,
  h: Pick<HouseholdEntity, 'id' | 'regionCode' | 'scopeCode'>,
  scheme: PointsSchemeVersionEntity,
  item: SchemeItem,
  v: Pick<
    PointsEntryEntity,
    | 'memberId'
    | 'points'
    | 'occurredOn'
    | 'place'
    | 'description'
    | 'channel'
    | 'evidenceFileIds'
    | 'declaredByResident'
    | 'idempotencyKey'
  >,
  now = new Date(),
): PointsEntryEntity {
  return {
    id: randomUUID(),
    householdId: h.id,
    villageCode: h.regionCode,
    scopeCode: h.scopeCode,
    schemeVersionId: scheme.id,
    itemCode: item.code,
    itemKind: item.kind as PointsEntryEntity['itemKind'],
    itemName: item.name,
    publicWording: item.publicWording,
    reversalOf: null,
    reversalReason: null,
    reversalSource: null,
    reversalRef: null,
    recordedBy: actor,
    recordedAt: now,
    ...v,
  };
}

function isUniqueViolation(err: unknown, constraint: string): boolean {
  const e = err as { code?: string; constraint?: string; driverError?: { code?: string; constraint?: string } };
  return (e.code ?? e.driverError?.code) === '23505' && (e.constraint ?? e.driverError?.constraint) === constraint;
}
