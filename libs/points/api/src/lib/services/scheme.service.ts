import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { PRESETS, PresetKey, PolicyParameters, SchemeDefinition, SchemeItem } from '@xiangzhi/points/util';
import {
  inTransaction,
  overlapsScope,
  PageArgs,
  parentCode,
  Permission,
  regionLevel,
  RequestContext,
} from '@xiangzhi/server/core';
import { RegionEntity, RegistryErrors } from '@xiangzhi/registry/api';
import { todayIso } from '@xiangzhi/registry/util';
import {
  AdaptPointsSchemeInput,
  CreatePointsSchemeInput,
  PolicyParametersPatchInput,
  SchemeItemInput,
  UpdatePointsSchemeDraftInput,
} from '../dto/scheme.input';
import { PointsSchemeVersionEntity } from '../entities/scheme-version.entity';
import { toPublicSchemeModel, toSchemeModel } from '../mappers';
import { PublicSchemeModel, SchemeDiffModel, SchemeVersionModel, SchemeVersionPageModel } from '../models/scheme.model';
import { SchemeStatus } from '../points.enums';
import { PointsErrors } from '../points.errors';
import { checkDefinition, diffDefinitions } from './scheme-rules';
import { actorIdOf } from './actor';

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/**
 * Schemes: a town's versions per year (from a preset or copied from the version in force), village adaptations,
 * the editor's rules, submission, approval or filing, and the version in force for a village and year.
 */
@Injectable()
export class SchemeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  // ---- reads -------------------------------------------------------------------------------------------------

  /** The version in force for a village and year: the village's adaptation, else the town's scheme. */
  async inForceFor(em: EntityManager, villageCode: string, year: number): Promise<PointsSchemeVersionEntity | null> {
    const town = parentCode(villageCode) ?? villageCode;
    return em
      .createQueryBuilder(PointsSchemeVersionEntity, 'v')
      .where('v.region_code IN (:...codes)', { codes: [villageCode, town] })
      .andWhere('v.year = :year', { year })
      .andWhere(`v.status = 'IN_FORCE'`)
      .orderBy(`CASE WHEN v.region_code = :village THEN 0 ELSE 1 END`, 'ASC')
      .setParameter('village', villageCode)
      .limit(1)
      .getOne();
  }

  /** The preset a version started from: its own, or that of the versions it was based on (a village adaptation). */
  async presetKeyOf(em: EntityManager, version: PointsSchemeVersionEntity): Promise<string | null> {
    let v: PointsSchemeVersionEntity | null = version;
    for (let hops = 0; v && hops < 10; hops++) {
      if (v.presetKey) return v.presetKey;
      v = v.basedOnId ? await em.findOneBy(PointsSchemeVersionEntity, { id: v.basedOnId }) : null;
    }
    return null;
  }

  /** In force for several villages at once (one query): village code → version. */
  async inForceForVillages(
    em: EntityManager,
    villageCodes: string[],
    year: number,
  ): Promise<Map<string, PointsSchemeVersionEntity>> {
    const towns = villageCodes.map((v) => parentCode(v) ?? v);
    const rows = await em.find(PointsSchemeVersionEntity, {
      where: { regionCode: In([...new Set([...villageCodes, ...towns])]), year, status: SchemeStatus.IN_FORCE },
    });
    const byRegion = new Map(rows.map((r) => [r.regionCode, r]));
    const out = new Map<string, PointsSchemeVersionEntity>();
    for (const v of villageCodes) {
      const found = byRegion.get(v) ?? byRegion.get(parentCode(v) ?? v);
      if (found) out.set(v, found);
    }
    return out;
  }

  async schemeInForce(ctx: RequestContext, villageCode: string, year: number): Promise<SchemeVersionModel | null> {
    ctx.requirePermission(Permission.POINTS_READ);
    if (regionLevel(villageCode) !== 'VILLAGE') throw PointsErrors.notVillage(villageCode);
    if (!overlapsScope(ctx, villageCode)) throw PointsErrors.targetOutOfScope();
    const v = await this.inForceFor(this.dataSource.manager, villageCode, year);
    return v ? toSchemeModel(v) : null;
  }

  async get(ctx: RequestContext, id: string): Promise<SchemeVersionModel> {
    ctx.requirePermission(Permission.POINTS_READ);
    return toSchemeModel(await this.readable(ctx, this.dataSource.manager, id));
  }

  async versions(
    ctx: RequestContext,
    regionCode: string,
    year: number | null | undefined,
    page: PageArgs,
  ): Promise<SchemeVersionPageModel> {
    ctx.requirePermission(Permission.POINTS_READ);
    if (!overlapsScope(ctx, regionCode)) throw PointsErrors.targetOutOfScope();
    const qb = this.dataSource.manager
      .createQueryBuilder(PointsSchemeVersionEntity, 'v')
      .where('v.region_code = :regionCode', { regionCode });
    if (year != null) qb.andWhere('v.year = :year', { year });
    const [items, total] = await qb
      .orderBy('v.year', 'DESC')
      .addOrderBy('v.version', 'DESC')
      .offset(page.offset)
      .limit(page.first)
      .getManyAndCount();
    return { items: items.map(toSchemeModel), total };
  }

  async diff(ctx: RequestContext, fromId: string, toId: string): Promise<SchemeDiffModel> {
    ctx.requirePermission(Permission.POINTS_READ);
    const from = await this.readable(ctx, this.dataSource.manager, fromId);
    const to = await this.readable(ctx, this.dataSource.manager, toId);
    const d = diffDefinitions(from.definition, to.definition);
    return {
      fromId,
      toId,
      added: d.added.map((i) => ({ ...i, example: i.example ?? false })),
      removed: d.removed.map((i) => ({ ...i, example: i.example ?? false })),
      changed: d.changed,
      parameters: d.parameters,
    };
  }

  /** Public: the scheme in force for a village (or a town) and the versions that applied, without personal data. */
  async publicScheme(villageCode: string, year?: number | null): Promise<PublicSchemeModel> {
    const y = year ?? Number(todayIso().slice(0, 4));
    const level = regionLevel(villageCode);
    const empty: PublicSchemeModel = { villageCode, year: y, inForce: null, history: [] };
    if (level !== 'VILLAGE' && level !== 'TOWN') return empty;
    const em = this.dataSource.manager;
    const inForce =
      level === 'VILLAGE'
        ? await this.inForceFor(em, villageCode, y)
        : await em.findOneBy(PointsSchemeVersionEntity, {
            regionCode: villageCode,
            year: y,
            status: SchemeStatus.IN_FORCE,
          });
    const codes = level === 'VILLAGE' ? [villageCode, parentCode(villageCode) ?? villageCode] : [villageCode];
    const history = await em.find(PointsSchemeVersionEntity, {
      where: { regionCode: In(codes), status: In([SchemeStatus.IN_FORCE, SchemeStatus.SUPERSEDED]) },
      order: { year: 'DESC', decidedAt: 'DESC' },
      take: 50,
    });
    return {
      villageCode,
      year: y,
      inForce: inForce ? toPublicSchemeModel(inForce) : null,
      history: history.map(toPublicSchemeModel),
    };
  }

  // ---- writes ------------------------------------------------------------------------------------------------

  /** A new DRAFT of a town's scheme for a year: from a preset, or a copy of the version in force. */
  async create(ctx: RequestContext, input: CreatePointsSchemeInput): Promise<SchemeVersionModel> {
    ctx.requirePermission(Permission.POINTS_SCHEME_MANAGE);
    if (regionLevel(input.townCode) !== 'TOWN') throw PointsErrors.notTown(input.townCode);
    ctx.assertInScope(input.townCode);
    return inTransaction(this.dataSource, ctx, async (em) => {
      await this.requireRegion(em, input.townCode);
      let definition: SchemeDefinition;
      let basedOnId: string | null = null;
      let presetKey: string | null = null;
      if (input.presetKey) {
        const preset = (PRESETS as Readonly<Record<string, SchemeDefinition>>)[input.presetKey];
        if (!preset) throw PointsErrors.presetUnknown(input.presetKey);
        definition = { ...clone(preset), year: input.year };
        presetKey = input.presetKey as PresetKey;
      } else {
        const current = await em.findOneBy(PointsSchemeVersionEntity, {
          regionCode: input.townCode,
          year: input.year,
          status: SchemeStatus.IN_FORCE,
        });
        if (!current) throw PointsErrors.noneInForce(input.townCode, input.year);
        definition = clone(current.definition);
        basedOnId = current.id;
        presetKey = current.presetKey;
      }
      checkDefinition(definition);
      const row = await this.insertDraft(em, ctx, input.townCode, input.year, definition, {
        presetKey,
        basedOnId,
        changeReason: input.changeReason?.trim() || null,
      });
      ctx.note({
        targetType: 'pointsScheme',
        targetId: row.id,
        regionCode: row.regionCode,
        summary: { year: row.year, version: row.version, presetKey, basedOnId },
      });
      return toSchemeModel(row);
    });
  }

  /** A village's DRAFT adapting the town's version in force for the year. */
  async adapt(ctx: RequestContext, input: AdaptPointsSchemeInput): Promise<SchemeVersionModel> {
    ctx.requirePermission(Permission.POINTS_SCHEME_ADAPT);
    if (regionLevel(input.villageCode) !== 'VILLAGE') throw PointsErrors.notVillage(input.villageCode);
    ctx.assertInScope(input.villageCode);
    const town = parentCode(input.villageCode) as string;
    return inTransaction(this.dataSource, ctx, async (em) => {
      await this.requireRegion(em, input.villageCode);
      const townVersion = await em.findOneBy(PointsSchemeVersionEntity, {
        regionCode: town,
        year: input.year,
        status: SchemeStatus.IN_FORCE,
      });
      if (!townVersion) throw PointsErrors.noneInForce(town, input.year);
      const row = await this.insertDraft(em, ctx, input.villageCode, input.year, clone(townVersion.definition), {
        presetKey: townVersion.presetKey,
        basedOnId: townVersion.id,
        changeReason: input.changeReason?.trim() || null,
      });
      ctx.note({
        targetType: 'pointsScheme',
        targetId: row.id,
        regionCode: row.regionCode,
        summary: { year: row.year, version: row.version, basedOnId: townVersion.id },
      });
      return toSchemeModel(row);
    });
  }

  /** Edits a DRAFT: name, reason, parameters, items added, replaced or removed. Every editor rule is checked. */
  async updateDraft(ctx: RequestContext, input: UpdatePointsSchemeDraftInput): Promise<SchemeVersionModel> {
    ctx.requirePermission(Permission.POINTS_SCHEME_EDIT);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const v = await this.lockWritable(ctx, em, input.id);
      if (v.status !== SchemeStatus.DRAFT) throw PointsErrors.notDraft(v.status);
      const d = clone(v.definition);
      if (input.name) d.name = input.name.trim();
      if (input.parameters) d.parameters = applyParameters(d.parameters, input.parameters);
      let items: SchemeItem[] = [...d.items];
      for (const code of input.removeItems ?? []) {
        if (!items.some((i) => i.code === code)) throw PointsErrors.itemNotFound(code);
        items = items.filter((i) => i.code !== code);
      }
      const seen = new Set<string>();
      for (const inputItem of input.upsertItems ?? []) {
        const item = toItem(inputItem);
        if (seen.has(item.code)) throw PointsErrors.itemDuplicate(item.code);
        seen.add(item.code);
        const at = items.findIndex((i) => i.code === item.code);
        if (at >= 0) items[at] = item;
        else items.push(item);
      }
      d.items = items;
      checkDefinition(d);
      const before = v.definition;
      v.definition = d;
      if (input.changeReason !== undefined) v.changeReason = input.changeReason?.trim() || null;
      await em.query(`UPDATE points_scheme_version SET definition = $2::jsonb, change_reason = $3 WHERE id = $1`, [
        v.id,
        JSON.stringify(d),
        v.changeReason,
      ]);
      const diff = diffDefinitions(before, d);
      ctx.note({
        targetType: 'pointsScheme',
        targetId: v.id,
        regionCode: v.regionCode,
        summary: {
          added: diff.added.map((i) => i.code),
          removed: diff.removed.map((i) => i.code),
          changed: diff.changed.map((c) => c.code),
          parameters: diff.parameters.map((p) => p.field),
        },
      });
      return toSchemeModel(v);
    });
  }

  /**
   * Submits a DRAFT. A village adaptation under a town scheme that only asks for filing (备案) is in force at
   * once; anything else waits for the town's decision.
   */
  async submit(ctx: RequestContext, id: string, changeReason?: string | null): Promise<SchemeVersionModel> {
    ctx.requirePermission(Permission.POINTS_SCHEME_EDIT);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const v = await this.lockWritable(ctx, em, id);
      if (v.status !== SchemeStatus.DRAFT) throw PointsErrors.notDraft(v.status);
      checkDefinition(v.definition);
      const now = new Date();
      const actor = actorIdOf(ctx);
      if (changeReason !== undefined && changeReason !== null) v.changeReason = changeReason.trim() || null;
      v.submittedBy = actor;
      v.submittedAt = now;
      const filing = regionLevel(v.regionCode) === 'VILLAGE' && (await this.townAdoption(em, v)) === 'FILING';
      if (filing) {
        await this.putInForce(em, v, actor, now, null);
      } else {
        v.status = SchemeStatus.SUBMITTED;
        await em.update(
          PointsSchemeVersionEntity,
          { id: v.id },
          { status: v.status, submittedBy: actor, submittedAt: now, changeReason: v.changeReason },
        );
      }
      ctx.note({
        targetType: 'pointsScheme',
        targetId: v.id,
        regionCode: v.regionCode,
        summary: { status: v.status, filed: filing },
      });
      return toSchemeModel(v);
    });
  }

  /** The town approves a SUBMITTED version: it is in force, and the version in force before is superseded. */
  async approve(ctx: RequestContext, id: string, reason?: string | null): Promise<SchemeVersionModel> {
    ctx.requirePermission(Permission.POINTS_SCHEME_MANAGE);
    return inTransaction(this.dataSource, ctx, async (em) => {
      const v = await this.lockWritable(ctx, em, id);
      if (v.status !== SchemeStatus.SUBMITTED) throw PointsErrors.notSubmitted(v.status);
      checkDefinition(v.definition);
      await this.putInForce(em, v, actorIdOf(ctx), new Date(), reason?.trim() || null);
      ctx.note({ targetType: 'pointsScheme', targetId: v.id, regionCode: v.regionCode, summary: { status: v.status } });
      return toSchemeModel(v);
    });
  }

  async reject(ctx: RequestContext, id: string, reason?: string | null): Promise<SchemeVersionModel> {
    ctx.requirePermission(Permission.POINTS_SCHEME_MANAGE);
    const why = reason?.trim();
    if (!why) throw PointsErrors.schemeReasonRequired();
    return inTransaction(this.dataSource, ctx, async (em) => {
      const v = await this.lockWritable(ctx, em, id);
      if (v.status !== SchemeStatus.SUBMITTED) throw PointsErrors.notSubmitted(v.status);
      const now = new Date();
      Object.assign(v, {
        status: SchemeStatus.REJECTED,
        decidedBy: actorIdOf(ctx),
        decidedAt: now,
        decisionReason: why,
      });
      await em.update(
        PointsSchemeVersionEntity,
        { id: v.id },
        { status: v.status, decidedBy: v.decidedBy, decidedAt: now, decisionReason: why },
      );
      ctx.note({
        targetType: 'pointsScheme',
        targetId: v.id,
        regionCode: v.regionCode,
        summary: { status: v.status, reason: why },
      });
      return toSchemeModel(v);
    });
  }

  // ---- helpers -----------------------------------------------------------------------------------------------

  private async putInForce(
    em: EntityManager,
    v: PointsSchemeVersionEntity,
    actor: string,
    now: Date,
    reason: string | null,
  ): Promise<void> {
    await em.update(
      PointsSchemeVersionEntity,
      { regionCode: v.regionCode, year: v.year, status: SchemeStatus.IN_FORCE },
      { status: SchemeStatus.SUPERSEDED },
    );
    Object.assign(v, { status: SchemeStatus.IN_FORCE, decidedBy: actor, decidedAt: now, decisionReason: reason });
    await em.update(
      PointsSchemeVersionEntity,
      { id: v.id },
      {
        status: v.status,
        decidedBy: actor,
        decidedAt: now,
        decisionReason: reason,
        submittedBy: v.submittedBy ?? actor,
        submittedAt: v.submittedAt ?? now,
        changeReason: v.changeReason,
      },
    );
  }

  /** How the town takes village adaptations: from its version in force for the year, else the one adapted. */
  private async townAdoption(
    em: EntityManager,
    v: PointsSchemeVersionEntity,
  ): Promise<PolicyParameters['villageAdoption']> {
    const town = parentCode(v.regionCode) as string;
    const inForce = await em.findOneBy(PointsSchemeVersionEntity, {
      regionCode: town,
      year: v.year,
      status: SchemeStatus.IN_FORCE,
    });
    const source = inForce ?? (v.basedOnId ? await em.findOneBy(PointsSchemeVersionEntity, { id: v.basedOnId }) : null);
    return source?.definition.parameters.villageAdoption ?? 'APPROVAL';
  }

  private async insertDraft(
    em: EntityManager,
    ctx: RequestContext,
    regionCode: string,
    year: number,
    definition: SchemeDefinition,
    extra: { presetKey: string | null; basedOnId: string | null; changeReason: string | null },
  ): Promise<PointsSchemeVersionEntity> {
    // one numbering per region and year, also under concurrent creation
    await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`points_scheme:${regionCode}:${year}`]);
    const [{ next }] = (await em.query(
      `SELECT COALESCE(MAX(version), 0) + 1 AS next FROM points_scheme_version WHERE region_code = $1 AND year = $2`,
      [regionCode, year],
    )) as Array<{ next: number }>;
    const row = em.create(PointsSchemeVersionEntity, {
      regionCode,
      year,
      version: Number(next),
      status: SchemeStatus.DRAFT,
      definition: { ...definition, year },
      createdBy: actorIdOf(ctx),
      ...extra,
    });
    return em.save(row);
  }

  private async requireRegion(em: EntityManager, code: string): Promise<void> {
    if (!(await em.existsBy(RegionEntity, { code }))) throw RegistryErrors.regionNotFound(code);
  }

  /** A version the caller may read: its region is in the caller's scope or above it. */
  private async readable(ctx: RequestContext, em: EntityManager, id: string): Promise<PointsSchemeVersionEntity> {
    const v = await em.findOneBy(PointsSchemeVersionEntity, { id });
    if (!v) throw PointsErrors.schemeNotFound();
    if (!overlapsScope(ctx, v.regionCode)) throw PointsErrors.targetOutOfScope();
    return v;
  }

  /** A version the caller may change (its region in the caller's scope), locked. */
  private async lockWritable(ctx: RequestContext, em: EntityManager, id: string): Promise<PointsSchemeVersionEntity> {
    const v = await em.findOne(PointsSchemeVersionEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!v) throw PointsErrors.schemeNotFound();
    if (!ctx.inScope(v.regionCode)) throw PointsErrors.targetOutOfScope();
    return v;
  }
}

function toItem(i: SchemeItemInput): SchemeItem {
  return {
    code: i.itemCode.trim(),
    category: i.category.trim(),
    name: i.name.trim(),
    kind: i.kind,
    minPoints: i.minPoints,
    maxPoints: i.maxPoints,
    subject: i.subject,
    capPerPeriod: i.capPerPeriod ?? null,
    evidenceRequired: i.evidenceRequired,
    publicWording: i.publicWording.trim(),
    ...(i.example ? { example: true } : {}),
  };
}

function applyParameters(p: PolicyParameters, patch: PolicyParametersPatchInput): PolicyParameters {
  const next: PolicyParameters = { ...p, exchangeWindows: { ...p.exchangeWindows } };
  const set = <K extends keyof PolicyParameters>(key: K, value: PolicyParameters[K] | null | undefined) => {
    if (value !== null && value !== undefined) next[key] = value;
  };
  set('subjectModel', patch.subjectModel);
  set('basePoints', patch.basePoints);
  set('cycle', patch.cycle);
  set('rankingBasis', patch.rankingBasis);
  set('exchangeableRule', patch.exchangeableRule);
  set('exchangeThreshold', patch.exchangeThreshold);
  set('blackListBlocksExchange', patch.blackListBlocksExchange);
  set('awardRule', patch.awardRule);
  set('reviewCadenceMonths', patch.reviewCadenceMonths);
  set('publicationCadenceMonths', patch.publicationCadenceMonths);
  set('objectionWindowDays', patch.objectionWindowDays);
  set('villageAdoption', patch.villageAdoption);
  if (patch.exchangeValueSetByVillage) next.exchangeValue = null;
  else if (patch.exchangeValuePoints != null || patch.exchangeValueYuan != null) {
    next.exchangeValue = {
      points: patch.exchangeValuePoints ?? p.exchangeValue?.points ?? 1,
      yuan: patch.exchangeValueYuan ?? p.exchangeValue?.yuan ?? 1,
    };
  }
  if (patch.exchangeWindowMonths != null) {
    next.exchangeWindows.months = patch.exchangeWindowMonths.length ? [...patch.exchangeWindowMonths] : null;
  }
  if (patch.exchangeWindowLabel != null) next.exchangeWindows.label = patch.exchangeWindowLabel;
  return next;
}
