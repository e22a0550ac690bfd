import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { RegionEntity } from '@xiangzhi/registry/api';
import { countyCodeOf, isRegionCode, parentCode, regionLevel, RequestContext } from '@xiangzhi/server/core';
import { requireChecklist } from '../checklist-access';
import { ChecklistErrors } from '../checklists.errors';
import type { ChecklistVersionEntity } from '../entities/version.entity';
import { listTypesOf } from '../services/list-types';
import { publishedVersion, readableVersion } from '../services/version-store';
import { PosterErrors } from './poster.errors';
import { POSTER_SIZES, type PosterDocument, type PosterSize } from './poster-types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LIST_TYPE = /^[A-Z][A-Z0-9_]{0,39}$/;

/** The paper size asked for: A4 when none is given, else A3 or A4 (CHECKLIST_POSTER_SIZE_INVALID). */
export function posterSize(value: string | undefined): PosterSize {
  if (value === undefined || value === '') return 'A4';
  const size = value.toUpperCase();
  if (!(POSTER_SIZES as readonly string[]).includes(size)) throw PosterErrors.sizeInvalid(value);
  return size as PosterSize;
}

/**
 * What a poster shows, read with the same rules as the API: staff get any version they may read (their own
 * region's, or what the town above them published); the public get the version in force of a village's list.
 */
@Injectable()
export class PostersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The poster of one version (CHECKLIST_READ; CHECKLIST_VERSION_NOT_FOUND, SCOPE_OUT_OF_REGION). */
  async ofVersion(ctx: RequestContext, id: string): Promise<PosterDocument> {
    requireChecklist(ctx, 'READ');
    if (!UUID.test(id)) throw ChecklistErrors.versionNotFound();
    return this.document(await readableVersion(this.dataSource.manager, ctx, id));
  }

  /** Public: the poster of the PUBLISHED version of a village's list (CHECKLIST_NONE_PUBLISHED when there is none). */
  async inForce(villageCode: string, listType: string): Promise<PosterDocument> {
    if (!isRegionCode(villageCode) || regionLevel(villageCode) !== 'VILLAGE' || !LIST_TYPE.test(listType)) {
      throw ChecklistErrors.nonePublished(villageCode, listType);
    }
    const v = await publishedVersion(this.dataSource.manager, villageCode, listType);
    if (!v) throw ChecklistErrors.nonePublished(villageCode, listType);
    return this.document(v);
  }

  private async document(v: ChecklistVersionEntity): Promise<PosterDocument> {
    const em = this.dataSource.manager;
    const types = await listTypesOf(em, countyCodeOf(v.regionCode));
    const type = types.find((t) => t.code === v.listType);
    const parent = regionLevel(v.regionCode) === 'VILLAGE' ? parentCode(v.regionCode) : null;
    const codes = [v.regionCode, ...(parent ? [parent] : [])];
    const regions = await em.find(RegionEntity, { select: { code: true, name: true }, where: { code: In(codes) } });
    const name = (code: string | null) => (code ? regions.find((r) => r.code === code)?.name : undefined);
    return {
      regionName: name(v.regionCode) ?? v.regionCode,
      parentName: name(parent) ?? null,
      listName: type?.nameZh ?? v.listType,
      listKind: type?.kind ?? 'GENERAL',
      version: v.version,
      status: v.status,
      inForceSince: v.publishedAt ? v.publishedAt.toISOString() : null,
      changeReason: v.changeReason,
      legalBasis: v.legalBasis,
      items: v.items,
    };
  }
}
