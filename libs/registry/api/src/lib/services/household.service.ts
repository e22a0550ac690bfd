import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import {
  countyCodeOf,
  inTransaction,
  overlapsScope,
  PageArgs,
  Permission,
  RequestContext,
  scopeCondition,
  scopePrefix,
} from '@xiangzhi/server/core';
import {
  cardNumberPrefix,
  formatCardNumber,
  idNumberProblem,
  normalizeIdNumber,
  parseCardPayload,
  todayIso,
} from '@xiangzhi/registry/util';
import { GridEntity } from '../entities/grid.entity';
import { HouseholdEntity } from '../entities/household.entity';
import { MemberEntity } from '../entities/member.entity';
import { CreateHouseholdInput, AdmitHouseholdInput, UpdateHouseholdInput } from '../dto/household.input';
import { HouseholdFilter } from '../dto/households.args';
import { toHouseholdModel } from '../mappers/registry.mappers';
import { HouseholdModel, HouseholdPageModel } from '../models/household.model';
import { HouseholdOperation, Relation, Residency } from '../registry.enums';
import { RegistryErrors } from '../registry.errors';
import { diffFields, HouseholdHistoryService } from './household-history.service';
import { HouseholdStore } from './household-store';
import { admissionEligibleFrom, assertPastDate, checkMember, CheckedMember, memberProblemError } from './member-rules';
import { RegionService } from './region.service';
import { escapeLike, scopeCounties } from './scope';

/** Households: scoped lists and lookups, creation, changes, admission of non-local households. */
@Injectable()
export class HouseholdService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionService,
    private readonly store: HouseholdStore,
    private readonly history: HouseholdHistoryService,
  ) {}

  /** One statement for the page and its total (plus a count only when paging past the end). */
  async list(
    ctx: RequestContext,
    filter: HouseholdFilter | null | undefined,
    page: PageArgs,
  ): Promise<HouseholdPageModel> {
    ctx.requirePermission(Permission.HOUSEHOLD_READ);
    const qb = this.dataSource.manager.createQueryBuilder(HouseholdEntity, 'h');
    const scope = scopeCondition(ctx, 'h.scope_code');
    qb.where(scope.sql, scope.params);
    // index-friendly narrowing (county, then one prefix) on top of the authoritative scope condition
    const counties = scopeCounties(ctx);
    if (counties) qb.andWhere('h.county_code IN (:...counties)', { counties });
    let narrow = ctx.scopePrefixes.length === 1 ? ctx.scopePrefixes[0] : '';
    if (filter?.regionCode) {
      if (!overlapsScope(ctx, filter.regionCode)) throw RegistryErrors.scope(filter.regionCode);
      const p = scopePrefix(filter.regionCode);
      if (p.length > narrow.length) narrow = p;
    }
    if (filter?.gridCode) {
      if (!overlapsScope(ctx, filter.gridCode)) throw RegistryErrors.scope(filter.gridCode);
      qb.andWhere('h.grid_code = :gridCode', { gridCode: filter.gridCode });
    }
    if (narrow) qb.andWhere('h.scope_code LIKE :narrow', { narrow: `${narrow}%` });
    if (filter?.residency) qb.andWhere('h.residency = :residency', { residency: filter.residency });
    if (filter?.participating != null)
      qb.andWhere('h.participating = :participating', { participating: filter.participating });
    const search = filter?.search?.trim();
    if (search) this.applySearch(qb, search);
    qb.addSelect('count(*) OVER ()', 'total_count')
      .orderBy('h.card_number', 'ASC')
      .offset(page.offset)
      .limit(page.first);
    const { entities, raw } = await qb.getRawAndEntities<{ total_count: string }>();
    const total = raw.length
      ? Number(raw[0].total_count)
      : page.offset > 0
        ? await qb.offset(0).limit(undefined).getCount()
        : 0;
    return { items: entities.map(toHouseholdModel), total };
  }

  private applySearch(qb: ReturnType<EntityManager['createQueryBuilder']>, search: string): void {
    const id = normalizeIdNumber(search);
    if (idNumberProblem(id) === null) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM member m WHERE m.household_id = h.id AND m.active AND m.id_number_hash = :idHash)',
        { idHash: this.store.hash(id) },
      );
      return;
    }
    const card = parseCardPayload(search);
    if (card || /^XZ[\d\s-]{4,}$/i.test(search)) {
      qb.andWhere('h.card_number LIKE :cardPrefix', { cardPrefix: `${escapeLike(card ?? cardNumberPrefix(search))}%` });
      return;
    }
    qb.andWhere(
      `(h.address LIKE :pattern OR EXISTS (SELECT 1 FROM member m WHERE m.household_id = h.id AND m.active AND m.name LIKE :pattern))`,
      { pattern: `%${escapeLike(search)}%` },
    );
  }

  async get(ctx: RequestContext, id: string): Promise<HouseholdModel> {
    ctx.requirePermission(Permission.HOUSEHOLD_READ);
    const h = await this.dataSource.manager.findOneBy(HouseholdEntity, { id });
    if (!h) throw RegistryErrors.householdNotFound();
    if (!ctx.inScope(h.scopeCode)) throw RegistryErrors.targetOutOfScope();
    return toHouseholdModel(h);
  }

  /** By card number or by the text of the card's QR code. */
  async byCard(ctx: RequestContext, cardOrPayload: string): Promise<HouseholdModel> {
    ctx.requirePermission(Permission.HOUSEHOLD_READ);
    const card = parseCardPayload(cardOrPayload);
    if (!card) throw RegistryErrors.householdNotFound();
    const h = await this.dataSource.manager.findOneBy(HouseholdEntity, { cardNumber: card });
    if (!h) throw RegistryErrors.householdNotFound();
    if (!ctx.inScope(h.scopeCode)) throw RegistryErrors.targetOutOfScope();
    return toHouseholdModel(h);
  }

  async create(ctx: RequestContext, input: CreateHouseholdInput): Promise<HouseholdModel> {
    ctx.requirePermission(Permission.HOUSEHOLD_WRITE);
    ctx.assertInScope(input.gridCode ?? input.regionCode);
    const today = todayIso();
    const residency = input.residency;
    const participating = input.participating ?? residency === Residency.LOCAL_HUKOU;
    if (residency === Residency.NON_LOCAL && !input.residentSince) throw RegistryErrors.residentSinceRequired();
    if (residency === Residency.NON_LOCAL && participating) throw RegistryErrors.notAdmitted();
    assertPastDate(input.residentSince, 'residentSince', today);
    const members = this.checkMembers(input.members, today);

    return inTransaction(this.dataSource, ctx, async (em) => {
      const village = await this.regions.requireVillage(em, input.regionCode);
      if (input.gridCode) await this.requireGridOf(em, input.gridCode, village.code);
      const hashes = members.map((m) => this.store.hash(m.idNumber));
      const taken = await this.store.registeredHashes(em, hashes);
      const takenAt = hashes.findIndex((h) => taken.has(h));
      if (takenAt >= 0) throw RegistryErrors.idDuplicate(takenAt);

      const sequence = await this.store.reserveCardSequences(em, village.code, 1);
      const household = {
        id: randomUUID(),
        cardNumber: formatCardNumber(village.code, sequence),
        regionCode: village.code,
        gridCode: input.gridCode ?? null,
        scopeCode: input.gridCode ?? village.code,
        countyCode: countyCodeOf(village.code),
        address: input.address.trim(),
        residency,
        residentSince: input.residentSince ?? null,
        participating,
        createdBy: this.actorId(ctx),
        updatedBy: this.actorId(ctx),
      } as HouseholdEntity;
      const rows = members.map((m, i) => this.store.memberRow(household, m, hashes[i]));
      household.headMemberId = rows.find((r) => r.relation === Relation.HEAD)?.id ?? null;
      await em.insert(HouseholdEntity, household);
      await this.store.insertMembers(em, rows);
      await this.history.write(em, [
        this.history.row(ctx, household, HouseholdOperation.CREATE, this.creationChanges(household)),
        ...rows.map((r, i) =>
          this.history.row(ctx, household, HouseholdOperation.ADD_MEMBER, memberChanges(null, members[i]), r.id),
        ),
      ]);
      ctx.note({
        targetType: 'household',
        targetId: household.id,
        regionCode: household.regionCode,
        summary: { cardNumber: household.cardNumber, members: rows.length },
      });
      return toHouseholdModel(await em.findOneByOrFail(HouseholdEntity, { id: household.id }));
    });
  }

  async update(ctx: RequestContext, input: UpdateHouseholdInput): Promise<HouseholdModel> {
    ctx.requirePermission(Permission.HOUSEHOLD_WRITE);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const h = await this.store.lockHousehold(em, ctx, input.id);
      if (h.version !== input.version) throw RegistryErrors.versionConflict(h.version);
      const next = {
        gridCode: input.gridCode !== undefined ? input.gridCode : h.gridCode,
        address: input.address != null ? input.address.trim() : h.address,
        residency: input.residency ?? h.residency,
        residentSince: input.residentSince !== undefined ? input.residentSince : h.residentSince,
        participating: input.participating ?? h.participating,
      };
      if (next.gridCode !== h.gridCode && next.gridCode) await this.requireGridOf(em, next.gridCode, h.regionCode);
      const scopeCode = next.gridCode ?? h.regionCode;
      ctx.assertInScope(scopeCode);
      assertPastDate(next.residentSince, 'residentSince');
      if (next.residency === Residency.NON_LOCAL && !next.residentSince) throw RegistryErrors.residentSinceRequired();
      if (next.residency === Residency.NON_LOCAL && next.participating && !h.admittedAt)
        throw RegistryErrors.notAdmitted();

      const before = { ...pick(h), headMemberId: h.headMemberId };
      const after = { ...next, headMemberId: h.headMemberId };
      const historyRows = [];
      if (input.headMemberId && input.headMemberId !== h.headMemberId) {
        const newHead = await this.store.activeMember(em, h.id, input.headMemberId);
        await em.update(MemberEntity, { id: newHead.id }, { relation: Relation.HEAD });
        historyRows.push(
          this.history.row(
            ctx,
            h,
            HouseholdOperation.UPDATE_MEMBER,
            { relation: { from: newHead.relation, to: Relation.HEAD } },
            newHead.id,
          ),
        );
        if (h.headMemberId) {
          await em.update(MemberEntity, { id: h.headMemberId }, { relation: Relation.OTHER });
          historyRows.push(
            this.history.row(
              ctx,
              h,
              HouseholdOperation.UPDATE_MEMBER,
              { relation: { from: Relation.HEAD, to: Relation.OTHER } },
              h.headMemberId,
            ),
          );
        }
        after.headMemberId = newHead.id;
      }
      const changes = this.diff(before, after);
      if (Object.keys(changes).length === 0) return toHouseholdModel(h);
      await this.store.touch(em, ctx, h, { ...next, scopeCode, headMemberId: after.headMemberId });
      await this.history.write(em, [this.history.row(ctx, h, HouseholdOperation.UPDATE, changes), ...historyRows]);
      ctx.note({ targetType: 'household', targetId: h.id, regionCode: h.regionCode, summary: { changes } });
      return toHouseholdModel(await em.findOneByOrFail(HouseholdEntity, { id: h.id }));
    });
  }

  /** Admission of a non-local household by the village committee (≥ 6 months of residence); it then takes part. */
  async admit(ctx: RequestContext, input: AdmitHouseholdInput): Promise<HouseholdModel> {
    ctx.requirePermission(Permission.HOUSEHOLD_ADMIT);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const h = await this.store.lockHousehold(em, ctx, input.householdId);
      if (h.residency !== Residency.NON_LOCAL) throw RegistryErrors.admissionNotNonLocal();
      if (h.admittedAt) throw RegistryErrors.alreadyAdmitted();
      if (!h.residentSince) throw RegistryErrors.residentSinceRequired();
      assertPastDate(input.admittedAt, 'admittedAt');
      const eligibleFrom = admissionEligibleFrom(h.residentSince);
      if (input.admittedAt < eligibleFrom) throw RegistryErrors.admissionTooSoon(eligibleFrom);
      const set = {
        admittedAt: input.admittedAt,
        admittedBy: this.actorId(ctx),
        admissionNote: input.note?.trim() || null,
        participating: true,
      };
      const changes = this.diff(
        { admittedAt: h.admittedAt, admissionNote: h.admissionNote, participating: h.participating },
        { admittedAt: set.admittedAt, admissionNote: set.admissionNote, participating: true },
      );
      await this.store.touch(em, ctx, h, set);
      await this.history.write(em, [this.history.row(ctx, h, HouseholdOperation.ADMIT, changes)]);
      ctx.note({
        targetType: 'household',
        targetId: h.id,
        regionCode: h.regionCode,
        summary: { admittedAt: input.admittedAt },
      });
      return toHouseholdModel(await em.findOneByOrFail(HouseholdEntity, { id: h.id }));
    });
  }

  /** Checks the members of a new household: each valid, exactly one head, no ID number twice. */
  private checkMembers(drafts: CreateHouseholdInput['members'], today: string): CheckedMember[] {
    const members = drafts.map((d, i) => {
      const r = checkMember(d, today);
      if (!r.ok) throw memberProblemError(r.problem, i);
      return r.member;
    });
    if (members.filter((m) => m.relation === Relation.HEAD).length !== 1) throw RegistryErrors.headRequired();
    const seen = new Set<string>();
    members.forEach((m, i) => {
      if (seen.has(m.idNumber)) throw RegistryErrors.idDuplicate(i);
      seen.add(m.idNumber);
    });
    return members;
  }

  private async requireGridOf(em: EntityManager, gridCode: string, villageCode: string): Promise<GridEntity> {
    const grid = await em.findOneBy(GridEntity, { code: gridCode });
    if (!grid || grid.villageCode !== villageCode) throw RegistryErrors.gridNotInVillage(gridCode);
    return grid;
  }

  private creationChanges(h: HouseholdEntity) {
    return this.diff({}, { cardNumber: h.cardNumber, ...pick(h) });
  }

  private diff(before: Record<string, string | boolean | null>, after: Record<string, string | boolean | null>) {
    return diffFields(before, after);
  }

  private actorId(ctx: RequestContext): string | null {
    return ctx.actor && ctx.actor.username !== 'system' ? ctx.actor.userId : null;
  }
}

function pick(h: Pick<HouseholdEntity, 'gridCode' | 'address' | 'residency' | 'residentSince' | 'participating'>) {
  return {
    gridCode: h.gridCode,
    address: h.address,
    residency: h.residency,
    residentSince: h.residentSince,
    participating: h.participating,
  };
}

/** History changes of a member (ID number and phone masked). */
export function memberChanges(before: Partial<CheckedMember> | null, after: Partial<CheckedMember>) {
  const masked = (m: Partial<CheckedMember> | null) =>
    m
      ? {
          name: m.name ?? null,
          idNumber: m.idNumber ?? null,
          relation: m.relation ?? null,
          gender: m.gender ?? null,
          birthDate: m.birthDate ?? null,
          phone: m.phone ?? null,
          participating: m.participating ?? null,
        }
      : {};
  return diffFields(masked(before), masked(after));
}
