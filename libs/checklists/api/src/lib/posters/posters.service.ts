import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { RegionEntity } from '@xiangzhi/registry/api';
import { AppConfig, countyCodeOf, isRegionCode, parentCode, regionLevel, RequestContext } from '@xiangzhi/server/core';
import { requireChecklist } from '../checklist-access';
import { ChecklistErrors } from '../checklists.errors';
import type { ChecklistVersionEntity } from '../entities/version.entity';
import { listTypesOf } from '../services/list-types';
import { publishedVersion, readableVersion } from '../services/version-store';
import { PosterErrors } from './poster.errors';
import { renderPosterPdf } from './poster-pdf';
import { POSTER_SIZES, type PosterDocument, type PosterSize } from './poster-types';

/** How many public poster PDFs are kept in memory (a few hundred KB each). */
const KEPT_POSTERS = 64;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LIST_TYPE = /^[A-Z][A-Z0-9_]{0,39}$/;

/** A poster's content and its PDF. */
export interface RenderedPoster {
  document: PosterDocument;
  pdf: Buffer;
}

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
  private readonly kept = new Map<string, RenderedPoster>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** The poster of one version (CHECKLIST_READ; CHECKLIST_VERSION_NOT_FOUND, SCOPE_OUT_OF_REGION). */
  async ofVersion(ctx: RequestContext, id: string): Promise<PosterDocument> {
    requireChecklist(ctx, 'READ');
    if (!UUID.test(id)) throw ChecklistErrors.versionNotFound();
    return this.document(await readableVersion(this.dataSource.manager, ctx, id));
  }

  /**
   * Public: the poster of the PUBLISHED version of a village's list (CHECKLIST_NONE_PUBLISHED when there is none).
   * The PDF of one version and size is kept (a published version's items never change), so that a burst of
   * downloads of the wall poster renders it once.
   */
  async inForcePdf(villageCode: string, listType: string, size: PosterSize): Promise<RenderedPoster> {
    if (!isRegionCode(villageCode) || regionLevel(villageCode) !== 'VILLAGE' || !LIST_TYPE.test(listType)) {
      throw ChecklistErrors.nonePublished(villageCode, listType);
    }
    const v = await publishedVersion(this.dataSource.manager, villageCode, listType);
    if (!v) throw ChecklistErrors.nonePublished(villageCode, listType);
    const key = `${v.id}:${v.publishedAt?.toISOString() ?? ''}:${size}`;
    const kept = this.kept.get(key);
    if (kept) {
      // most recently used last
      this.kept.delete(key);
      this.kept.set(key, kept);
      return kept;
    }
    const document = await this.document(v);
    const rendered = { document, pdf: await renderPosterPdf(document, size) };
    this.kept.set(key, rendered);
    while (this.kept.size > KEPT_POSTERS) this.kept.delete(this.kept.keys().next().value as string);
    return rendered;
  }

  private async document(v: ChecklistVersionEntity): Promise<PosterDocument> {
    const em = this.dataSource.manager;
    const types = await listTypesOf(em, countyCodeOf(v.regionCode));
    const type = types.find((t) => t.code === v.listType);
    const parent = regionLevel(v.regionCode) === 'VILLAGE' ? parentCode(v.regionCode) : null;
    const codes = [v.regionCode, ...(parent ? [parent] : [])];
    const regions = await em.find(RegionEntity, { select: { code: true, name: true }, where: { code: In(codes) } });
    const name = (code: string | null) => (code ? regions.find((r) => r.code === code)?.name : undefined);
    const base = this.config.values.PUBLIC_BASE_URL.replace(/\/+$/, '');
    // a village's list has a page on the portal; a town's template has none
    const portalUrl = parent ? `${base}/lists/${v.regionCode}?list=${encodeURIComponent(v.listType)}` : null;
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
      portalUrl,
    };
  }
}
