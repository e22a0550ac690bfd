import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { LoginThrottle } from '@xiangzhi/identity/api';
import { HouseholdEntity, MemberEntity } from '@xiangzhi/registry/api';
import { todayIso } from '@xiangzhi/registry/util';
import {
  inTransaction,
  overlapsScope,
  Permission,
  RequestContext,
  scopeCondition,
  scopePrefix,
} from '@xiangzhi/server/core';
import { ReversalSource } from '../points.enums';
import { PointsErrors } from '../points.errors';
import { PointsPublicationEntity, PointsPublicationLineEntity } from '../publications/publication.entity';
import { ResultErrors } from '../publications/publications.errors';
import { EntriesService } from '../services/entries.service';
import { PointsObjectionEntity } from './objection.entity';
import { ObjectionChannel, ObjectionDecision, ObjectionStatus } from './objection.enums';

export interface PortalObjectionInput {
  publicationId: string;
  /** The entry objected to; omitted for an entry that is missing. */
  entryId?: string | null;
  cardNumber: string;
  /** The last four digits of the household head's phone. */
  phoneLast4: string;
  content: string;
}

export interface StaffObjectionInput {
  publicationId: string;
  householdId: string;
  entryId?: string | null;
  content: string;
}

function cleanText(text: string, error: () => Error): string {
  const t = text.trim();
  if (t.length < 2 || t.length > 1000) throw error();
  return t;
}

/**
 * 异议: a resident objects to a published entry (or a missing one) within the objection window; the village review
 * group investigates; the town decides. Upheld against an entry → a reversing entry, never an edit.
 */
@Injectable()
export class ObjectionsService {
  /**
   * Four digits are 10,000 guesses: tries of one card and from one address are counted (in memory, per API
   * instance) and refused beyond the limit with CARD_CHECK_TOO_MANY.
   */
  private readonly perCard = new LoginThrottle({ limit: 10, windowMs: 15 * 60_000, maxKeys: 100_000 });
  private readonly perAddress = new LoginThrottle({ limit: 60, windowMs: 10 * 60_000, maxKeys: 100_000 });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly entries: EntriesService,
  ) {}

  /**
   * A household that proves itself with its card number and the last four digits of the head's phone; `ip` is the
   * caller's address (the throttle's second key).
   */
  async householdByCard(
    em: EntityManager,
    cardNumber: string,
    phoneLast4: string,
    ip: string,
    villageCode?: string,
  ): Promise<HouseholdEntity> {
    const wait = Math.max(
      this.perAddress.attempt(`ip:${ip || 'unknown'}`),
      this.perCard.attempt(`card:${cardNumber.trim()}`),
    );
    if (wait > 0) throw ResultErrors.cardCheckTooMany(wait);
    if (!/^\d{4}$/.test(phoneLast4.trim())) throw ResultErrors.identityMismatch();
    const household = await em.findOneBy(HouseholdEntity, { cardNumber: cardNumber.trim() });
    if (!household || (villageCode && household.regionCode !== villageCode) || !household.headMemberId)
      throw ResultErrors.identityMismatch();
    const head = await em.findOneBy(MemberEntity, { id: household.headMemberId });
    if (!head?.phoneMasked || !head.phoneMasked.endsWith(phoneLast4.trim())) throw ResultErrors.identityMismatch();
    return household;
  }

  /** Public: a resident's objection from the portal. */
  async fileOnPortal(ctx: RequestContext, input: PortalObjectionInput): Promise<PointsObjectionEntity> {
    return inTransaction(this.dataSource, ctx, async (em) => {
      const publication = await this.openPublication(em, input.publicationId);
      const household = await this.householdByCard(
        em,
        input.cardNumber,
        input.phoneLast4,
        ctx.ip,
        publication.villageCode,
      );
      return this.insert(ctx, em, publication, household.id, input.entryId ?? null, input.content, null);
    });
  }

  /** Staff record an objection brought to them (in person, by phone). */
  async fileByStaff(ctx: RequestContext, input: StaffObjectionInput): Promise<PointsObjectionEntity> {
    const actor = ctx.requirePermission(Permission.POINTS_RECORD);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const publication = await this.openPublication(em, input.publicationId);
      const household = await em.findOneBy(HouseholdEntity, { id: input.householdId });
      // the household must be the caller's (a grid worker's, too) and of the board's village
      if (!household) throw PointsErrors.targetOutOfScope();
      if (!ctx.inScope(household.scopeCode)) throw PointsErrors.targetOutOfScope();
      if (household.regionCode !== publication.villageCode) throw PointsErrors.targetOutOfScope();
      // staff act within their region: the entry objected to lies there too (residents use the portal for others')
      if (input.entryId) {
        const [entry] = (await em.query(`SELECT scope_code FROM points_entry_state WHERE entry_id = $1`, [
          input.entryId,
        ])) as Array<{ scope_code: string }>;
        if (entry && !ctx.inScope(entry.scope_code)) throw PointsErrors.targetOutOfScope();
      }
      return this.insert(ctx, em, publication, household.id, input.entryId ?? null, input.content, actor.userId);
    });
  }

  async investigate(ctx: RequestContext, id: string, findings: string): Promise<PointsObjectionEntity> {
    const actor = ctx.requirePermission(Permission.POINTS_REVIEW);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const o = await this.lock(ctx, em, id);
      if (o.status !== ObjectionStatus.FILED) throw ResultErrors.notFiled(o.status);
      const text = cleanText(findings ?? '', ResultErrors.reasonRequired);
      await em.update(
        PointsObjectionEntity,
        { id },
        {
          status: ObjectionStatus.INVESTIGATED,
          findings: text,
          investigatedBy: actor.userId,
          investigatedAt: new Date(),
        },
      );
      ctx.note({
        targetType: 'PointsObjection',
        targetId: id,
        regionCode: o.villageCode,
        summary: { investigated: true },
      });
      return em.findOneByOrFail(PointsObjectionEntity, { id });
    });
  }

  /** The town's decision: upheld (an objected entry is reversed) or dismissed, with the reason. */
  async decide(
    ctx: RequestContext,
    id: string,
    decision: ObjectionDecision,
    reason: string,
  ): Promise<PointsObjectionEntity> {
    const actor = ctx.requirePermission(Permission.POINTS_APPROVE);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const o = await this.lock(ctx, em, id);
      if (o.status !== ObjectionStatus.INVESTIGATED) throw ResultErrors.notInvestigated(o.status);
      const text = cleanText(reason ?? '', ResultErrors.reasonRequired);
      let reversalEntryId: string | null = null;
      if (decision === ObjectionDecision.UPHOLD && o.entryId) {
        const reversal = await this.entries.reverse(
          ctx,
          o.entryId,
          text,
          { source: ReversalSource.OBJECTION, refId: o.id },
          em,
        );
        reversalEntryId = reversal.id;
      }
      await em.update(
        PointsObjectionEntity,
        { id },
        {
          status: decision === ObjectionDecision.UPHOLD ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED,
          decision,
          decisionReason: text,
          decidedBy: actor.userId,
          decidedAt: new Date(),
          reversalEntryId,
        },
      );
      ctx.note({
        targetType: 'PointsObjection',
        targetId: id,
        regionCode: o.villageCode,
        summary: { decision, reversalEntryId },
      });
      return em.findOneByOrFail(PointsObjectionEntity, { id });
    });
  }

  /** Objections within the caller's scope (a village or a whole town), newest first. */
  async list(
    ctx: RequestContext,
    regionCode: string,
    status: ObjectionStatus | null | undefined,
    first: number,
    offset: number,
  ): Promise<{ items: PointsObjectionEntity[]; total: number }> {
    ctx.requirePermission(Permission.POINTS_READ);
    if (!overlapsScope(ctx, regionCode)) throw PointsErrors.targetOutOfScope();
    const scope = scopeCondition(ctx, 'o.village_code');
    const q = this.dataSource.manager
      .createQueryBuilder(PointsObjectionEntity, 'o')
      .where('o.village_code LIKE :prefix', { prefix: `${scopePrefix(regionCode)}%` })
      .andWhere(scope.sql, scope.params);
    if (status) q.andWhere('o.status = :status', { status });
    const [items, total] = await q.orderBy('o.filed_at', 'DESC').take(first).skip(offset).getManyAndCount();
    return { items, total };
  }

  /** A household's own objections (the portal, after the card check). */
  forHousehold(em: EntityManager, householdId: string): Promise<PointsObjectionEntity[]> {
    return em.find(PointsObjectionEntity, { where: { householdId }, order: { filedAt: 'DESC' }, take: 50 });
  }

  private async openPublication(em: EntityManager, id: string): Promise<PointsPublicationEntity> {
    const publication = await em.findOneBy(PointsPublicationEntity, { id });
    if (!publication) throw ResultErrors.publicationNotFound();
    if (todayIso() > publication.objectionUntil) throw ResultErrors.windowClosed(publication.objectionUntil);
    return publication;
  }

  private async insert(
    ctx: RequestContext,
    em: EntityManager,
    publication: PointsPublicationEntity,
    householdId: string,
    entryId: string | null,
    content: string,
    filedBy: string | null,
  ): Promise<PointsObjectionEntity> {
    const text = cleanText(content ?? '', ResultErrors.objectionTextRequired);
    if (entryId && !(await em.existsBy(PointsPublicationLineEntity, { publicationId: publication.id, entryId })))
      throw ResultErrors.entryNotPublished();
    const saved = await em.save(
      em.create(PointsObjectionEntity, {
        publicationId: publication.id,
        villageCode: publication.villageCode,
        householdId,
        entryId,
        channel: filedBy ? ObjectionChannel.STAFF : ObjectionChannel.PORTAL,
        content: text,
        status: ObjectionStatus.FILED,
        filedBy,
      }),
    );
    ctx.note({
      targetType: 'PointsObjection',
      targetId: saved.id,
      regionCode: publication.villageCode,
      summary: { publicationId: publication.id, entryId, channel: saved.channel },
    });
    return saved;
  }

  private async lock(ctx: RequestContext, em: EntityManager, id: string): Promise<PointsObjectionEntity> {
    const o = await em.findOne(PointsObjectionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!o) throw ResultErrors.objectionNotFound();
    if (!ctx.inScope(o.villageCode)) throw PointsErrors.targetOutOfScope();
    return o;
  }
}
