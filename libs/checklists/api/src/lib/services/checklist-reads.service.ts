import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { diffItems } from '@xiangzhi/checklists/util';
import { countyCodeOf, overlapsScope, PageArgs, regionLevel, RequestContext } from '@xiangzhi/server/core';
import { requireChecklist } from '../checklist-access';
import { ChecklistVersionStatus } from '../checklists.enums';
import { ChecklistErrors } from '../checklists.errors';
import { ChecklistVersionEventEntity } from '../entities/version-event.entity';
import { ChecklistVersionEntity } from '../entities/version.entity';
import { toDiffModel, toEventModel, toItemModel, toListTypeModel, toVersionModel } from '../mappers';
import type {
  ChecklistListTypeModel,
  ChecklistVersionDiffModel,
  ChecklistVersionEventModel,
  ChecklistVersionModel,
  ChecklistVersionPageModel,
  PublicChecklistsModel,
} from '../models/version.model';
import { listTypesOf, requireListType } from './list-types';
import { publishedVersion, readableStatuses, readableVersion } from './version-store';

/**
 * Reading lists: the list types of a county, the versions of a region's list, one version, the diff of two versions,
 * the version in force, and the public view of a village's lists on the wall. Staff read their own region and what
 * the town above them has published; a village's staff never see another village.
 */
@Injectable()
export class ChecklistReadsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The list types enabled for the county of `regionCode` (default: the caller's region). */
  async listTypes(
    ctx: RequestContext,
    regionCode?: string | null,
    includeDisabled = false,
  ): Promise<ChecklistListTypeModel[]> {
    const actor = requireChecklist(ctx, 'READ');
    const region = regionCode ?? actor.regionCode;
    if (!overlapsScope(ctx, region)) throw ChecklistErrors.outOfScope();
    return (await listTypesOf(this.dataSource.manager, countyCodeOf(region), { includeDisabled })).map(toListTypeModel);
  }

  /** Versions of a region's lists (one list type, or all), by list type and newest first. */
  async versions(
    ctx: RequestContext,
    regionCode: string,
    listType: string | null | undefined,
    page: PageArgs,
  ): Promise<ChecklistVersionPageModel> {
    requireChecklist(ctx, 'READ');
    if (!overlapsScope(ctx, regionCode)) throw ChecklistErrors.outOfScope();
    const qb = this.dataSource.manager
      .createQueryBuilder(ChecklistVersionEntity, 'v')
      .where('v.region_code = :regionCode', { regionCode });
    if (listType) qb.andWhere('v.list_type = :listType', { listType });
    const statuses = readableStatuses(ctx, regionCode);
    if (statuses) qb.andWhere('v.status IN (:...statuses)', { statuses });
    const [items, total] = await qb
      .orderBy('v.list_type', 'ASC')
      .addOrderBy('v.version', 'DESC')
      .offset(page.offset)
      .limit(page.first)
      .getManyAndCount();
    return { items: items.map(toVersionModel), total };
  }

  async get(ctx: RequestContext, id: string): Promise<ChecklistVersionModel> {
    requireChecklist(ctx, 'READ');
    return toVersionModel(await readableVersion(this.dataSource.manager, ctx, id));
  }

  /** The version on the wall of a town or village for a list type, or null. */
  async inForce(ctx: RequestContext, regionCode: string, listType: string): Promise<ChecklistVersionModel | null> {
    requireChecklist(ctx, 'READ');
    const level = regionLevel(regionCode);
    if (level !== 'TOWN' && level !== 'VILLAGE') throw ChecklistErrors.regionLevelInvalid(regionCode);
    if (!overlapsScope(ctx, regionCode)) throw ChecklistErrors.outOfScope();
    await requireListType(this.dataSource.manager, countyCodeOf(regionCode), listType);
    const v = await publishedVersion(this.dataSource.manager, regionCode, listType);
    return v ? toVersionModel(v) : null;
  }

  /** What changed from one version to another: one Chinese line per change and the structured diff. */
  async diff(ctx: RequestContext, fromId: string, toId: string): Promise<ChecklistVersionDiffModel> {
    requireChecklist(ctx, 'READ');
    const em = this.dataSource.manager;
    const from = await readableVersion(em, ctx, fromId);
    const to = await readableVersion(em, ctx, toId);
    return toDiffModel(fromId, toId, diffItems(from.items, to.items));
  }

  /** The event logs of versions (for the DataLoader): version id → events, oldest first. */
  async eventsOf(versionIds: readonly string[]): Promise<Map<string, ChecklistVersionEventModel[]>> {
    const rows = await this.dataSource.manager.find(ChecklistVersionEventEntity, {
      where: { versionId: In([...versionIds]) },
      order: { id: 'ASC' },
    });
    const out = new Map<string, ChecklistVersionEventModel[]>(versionIds.map((id) => [id, []]));
    for (const r of rows) out.get(r.versionId)?.push(toEventModel(r));
    return out;
  }

  /**
   * Public: the lists in force of a village (上墙), in display order, with every item field and the flow charts as
   * data, and when each last changed. No user ids, nothing personal; an unknown code or a non-village gets no lists.
   */
  async publicChecklists(villageCode: string): Promise<PublicChecklistsModel> {
    const empty: PublicChecklistsModel = { villageCode, lists: [], lastChangedAt: null };
    if (regionLevel(villageCode) !== 'VILLAGE') return empty;
    const em = this.dataSource.manager;
    const rows = await em.find(ChecklistVersionEntity, {
      where: { regionCode: villageCode, status: ChecklistVersionStatus.PUBLISHED },
    });
    if (rows.length === 0) return empty;
    const types = await listTypesOf(em, countyCodeOf(villageCode));
    const byType = new Map(rows.map((r) => [r.listType, r]));
    const lists = types
      .filter((t) => byType.has(t.code))
      .map((t) => {
        const v = byType.get(t.code) as ChecklistVersionEntity;
        return {
          ...toListTypeModel(t),
          listType: t.code,
          version: v.version,
          lastChangedAt: v.publishedAt ?? v.decidedAt ?? v.updatedAt,
          changeReason: v.changeReason,
          legalBasis: v.legalBasis,
          items: v.items.map(toItemModel),
        };
      });
    const last = lists.reduce<Date | null>((m, l) => (!m || l.lastChangedAt > m ? l.lastChangedAt : m), null);
    return { villageCode, lists, lastChangedAt: last };
  }
}
