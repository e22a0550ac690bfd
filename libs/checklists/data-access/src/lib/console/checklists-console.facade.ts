import { inject, Injectable } from '@angular/core';
import { FileApi, requiredData } from '@xiangzhi/shared/data-access';
import { firstValueFrom } from 'rxjs';
import {
  ChecklistConsoleAdoptTemplateGQL,
  ChecklistConsoleApproveGQL,
  ChecklistConsoleCountyListTypeFragment,
  ChecklistConsoleCountyListTypesGQL,
  ChecklistConsoleCreateDraftGQL,
  ChecklistConsoleDiffGQL,
  ChecklistConsoleDiffQuery,
  ChecklistConsoleInForceGQL,
  ChecklistConsoleItemFragment,
  ChecklistConsoleListTypeFragment,
  ChecklistConsoleListTypesGQL,
  ChecklistConsolePublishTemplateGQL,
  ChecklistConsoleRejectGQL,
  ChecklistConsoleSetListTypeGQL,
  ChecklistConsoleSubmitGQL,
  ChecklistConsoleUpdateDraftGQL,
  ChecklistConsoleVersionFragment,
  ChecklistConsoleVersionGQL,
  ChecklistConsoleVersionsGQL,
  ChecklistConsoleVersionSummaryFragment,
  ChecklistDayCounting,
  ChecklistDraftSource,
  ChecklistFlowAction,
  ChecklistFlowChartInput,
  ChecklistFlowStepKind,
  ChecklistItemInput,
  ChecklistListKind,
  ChecklistVersionAction,
  ChecklistVersionStatus,
} from '../generated/graphql';
import {
  CHECKLIST_MAX_PAGE_SIZE,
  ChecklistListTypeDraft,
  ChecklistConsolePosterSize,
  checklistPosterFileName,
  checklistPosterPath,
  runChecklistConsoleApi,
} from './checklists-console-api';

export type ConsoleChecklistListType = ChecklistConsoleListTypeFragment;
/** A county's list type with its switch (the county supervisor's table). */
export type ConsoleCountyListType = ChecklistConsoleCountyListTypeFragment;
export type ConsoleChecklistVersionSummary = ChecklistConsoleVersionSummaryFragment;
export type ConsoleChecklistVersion = ChecklistConsoleVersionFragment;
export type ConsoleChecklistItem = ChecklistConsoleItemFragment;
export type ConsoleChecklistDiff = ChecklistConsoleDiffQuery['checklistVersionDiff'];
export type ConsoleChecklistItemInput = ChecklistItemInput;
export type ConsoleChecklistStatus = ChecklistVersionStatus;
export type ConsoleChecklistDraftSource = ChecklistDraftSource;
export type ConsoleChecklistEventAction = ChecklistVersionAction;
export type ConsoleChecklistListKind = ChecklistListKind;
export type ConsoleChecklistFlowAction = ChecklistFlowAction;
export type ConsoleChecklistStepKind = ChecklistFlowStepKind;
export type ConsoleChecklistDayCounting = ChecklistDayCounting;
export type ConsoleChecklistFlowInput = ChecklistFlowChartInput;

/** A page of versions. */
export interface ConsoleChecklistVersionPage {
  items: ConsoleChecklistVersionSummary[];
  total: number;
}

/** What a draft edit sends: items replaced or added, items removed, reason and legal basis. */
export interface ConsoleChecklistDraftEdit {
  upsertItems?: ChecklistItemInput[];
  removeItemCodes?: string[];
  changeReason?: string | null;
  legalBasis?: string | null;
}

/**
 * The console's lists, versions and flow charts: reads, drafts, submission, the town's decisions, posters. Nothing is
 * cached (`no-cache`): versions come with item lists of different depths (a summary's codes and names, a full
 * version's items), which Apollo would otherwise merge into one cached array and lose fields of.
 */
@Injectable({ providedIn: 'root' })
export class ChecklistsConsoleFacade {
  private readonly listTypesGql = inject(ChecklistConsoleListTypesGQL);
  private readonly versionsGql = inject(ChecklistConsoleVersionsGQL);
  private readonly versionGql = inject(ChecklistConsoleVersionGQL);
  private readonly inForceGql = inject(ChecklistConsoleInForceGQL);
  private readonly diffGql = inject(ChecklistConsoleDiffGQL);
  private readonly createGql = inject(ChecklistConsoleCreateDraftGQL);
  private readonly adoptGql = inject(ChecklistConsoleAdoptTemplateGQL);
  private readonly updateGql = inject(ChecklistConsoleUpdateDraftGQL);
  private readonly submitGql = inject(ChecklistConsoleSubmitGQL);
  private readonly publishGql = inject(ChecklistConsolePublishTemplateGQL);
  private readonly approveGql = inject(ChecklistConsoleApproveGQL);
  private readonly rejectGql = inject(ChecklistConsoleRejectGQL);
  private readonly countyListTypesGql = inject(ChecklistConsoleCountyListTypesGQL);
  private readonly setListTypeGql = inject(ChecklistConsoleSetListTypeGQL);
  private readonly files = inject(FileApi);

  /** The list types enabled for the county of a region, in display order. */
  async listTypes(regionCode: string | null): Promise<ConsoleChecklistListType[]> {
    const result = await runChecklistConsoleApi(() =>
      firstValueFrom(this.listTypesGql.fetch({ variables: { regionCode }, fetchPolicy: 'no-cache' })),
    );
    return [...requiredData(result.data?.checklistListTypes)].sort(
      (a, b) => a.order - b.order || a.code.localeCompare(b.code),
    );
  }

  /** All list types of a county, switched-off ones too, in display order (the county supervisor's table). */
  async countyListTypes(countyCode: string): Promise<ConsoleCountyListType[]> {
    const result = await runChecklistConsoleApi(() =>
      firstValueFrom(this.countyListTypesGql.fetch({ variables: { regionCode: countyCode }, fetchPolicy: 'no-cache' })),
    );
    return [...requiredData(result.data?.checklistListTypes)].sort(
      (a, b) => a.order - b.order || a.code.localeCompare(b.code),
    );
  }

  /** Adds a county's list type or changes one (names, order, kind while unused, switched on or off). */
  async setListType(countyCode: string, draft: ChecklistListTypeDraft): Promise<ConsoleCountyListType> {
    const result = await runChecklistConsoleApi(() =>
      firstValueFrom(
        this.setListTypeGql.mutate({
          variables: {
            input: {
              countyCode,
              code: draft.code.trim(),
              nameZh: draft.nameZh.trim(),
              nameEn: draft.nameEn.trim(),
              order: draft.order ?? 0,
              kind: draft.kind,
              enabled: draft.enabled,
            },
          },
          fetchPolicy: 'no-cache',
        }),
      ),
    );
    return requiredData(result.data?.setChecklistListType);
  }

  /** One page (at most 100) of a region's versions, by list type and newest first. */
  async versions(
    regionCode: string,
    listType: string | null = null,
    first = CHECKLIST_MAX_PAGE_SIZE,
    offset = 0,
  ): Promise<ConsoleChecklistVersionPage> {
    const size = Math.min(CHECKLIST_MAX_PAGE_SIZE, Math.max(1, Math.floor(first)));
    const result = await runChecklistConsoleApi(() =>
      firstValueFrom(
        this.versionsGql.fetch({
          variables: { regionCode, listType, first: size, offset: Math.max(0, offset) },
          fetchPolicy: 'no-cache',
        }),
      ),
    );
    return requiredData(result.data?.checklistVersions);
  }

  /**
   * The versions of each village awaiting the town's decision (SUBMITTED), read village by village in pages of 100,
   * oldest submission first.
   */
  async awaitingApproval(villageCodes: readonly string[]): Promise<ConsoleChecklistVersionSummary[]> {
    const perVillage = await Promise.all(
      villageCodes.map(async (code) => {
        const found: ConsoleChecklistVersionSummary[] = [];
        for (let offset = 0; ; offset += CHECKLIST_MAX_PAGE_SIZE) {
          const page = await this.versions(code, null, CHECKLIST_MAX_PAGE_SIZE, offset);
          found.push(...page.items.filter((v) => v.status === 'SUBMITTED'));
          if (page.items.length < CHECKLIST_MAX_PAGE_SIZE || offset + page.items.length >= page.total) break;
        }
        return found;
      }),
    );
    return perVillage.flat().sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
  }

  async version(id: string): Promise<ConsoleChecklistVersion> {
    const result = await runChecklistConsoleApi(() =>
      firstValueFrom(this.versionGql.fetch({ variables: { id }, fetchPolicy: 'no-cache' })),
    );
    return requiredData(result.data?.checklistVersion);
  }

  /** The version on the wall of a town (template) or village for a list type, or null. */
  async inForce(regionCode: string, listType: string): Promise<ConsoleChecklistVersion | null> {
    const result = await runChecklistConsoleApi(() =>
      firstValueFrom(this.inForceGql.fetch({ variables: { regionCode, listType }, fetchPolicy: 'no-cache' })),
    );
    return result.data?.checklistInForce ?? null;
  }

  async diff(fromId: string, toId: string): Promise<ConsoleChecklistDiff> {
    const result = await runChecklistConsoleApi(() =>
      firstValueFrom(this.diffGql.fetch({ variables: { fromId, toId }, fetchPolicy: 'no-cache' })),
    );
    return requiredData(result.data?.checklistVersionDiff);
  }

  /** A new draft of a town template (from the examples or its published one) or of a village's own list. */
  async createDraft(
    regionCode: string,
    listType: string,
    source: ChecklistDraftSource,
    fromVersionId: string | null = null,
  ): Promise<ConsoleChecklistVersion> {
    const result = await runChecklistConsoleApi(() =>
      firstValueFrom(
        this.createGql.mutate({
          variables: { input: { regionCode, listType, source, fromVersionId } },
          fetchPolicy: 'no-cache',
        }),
      ),
    );
    return requiredData(result.data?.createChecklistDraft);
  }

  /** A village's draft adopting the town's published template: all items (null) or those chosen. */
  async adoptTemplate(
    villageCode: string,
    listType: string,
    itemCodes: readonly string[] | null,
  ): Promise<ConsoleChecklistVersion> {
    const result = await runChecklistConsoleApi(() =>
      firstValueFrom(
        this.adoptGql.mutate({
          variables: { input: { villageCode, listType, itemCodes: itemCodes ? [...itemCodes] : null } },
          fetchPolicy: 'no-cache',
        }),
      ),
    );
    return requiredData(result.data?.adoptChecklistTemplate);
  }

  async updateDraft(id: string, edit: ConsoleChecklistDraftEdit): Promise<ConsoleChecklistVersion> {
    const result = await runChecklistConsoleApi(() =>
      firstValueFrom(this.updateGql.mutate({ variables: { input: { id, ...edit } }, fetchPolicy: 'no-cache' })),
    );
    return requiredData(result.data?.updateChecklistDraft);
  }

  async saveItem(id: string, item: ChecklistItemInput): Promise<ConsoleChecklistVersion> {
    return this.updateDraft(id, { upsertItems: [item] });
  }

  async removeItem(id: string, code: string): Promise<ConsoleChecklistVersion> {
    return this.updateDraft(id, { removeItemCodes: [code] });
  }

  /** A village submits its draft to the town with the reason and the law or policy behind the change. */
  async submit(id: string, changeReason: string, legalBasis: string): Promise<ConsoleChecklistVersion> {
    const result = await runChecklistConsoleApi(() =>
      firstValueFrom(
        this.submitGql.mutate({
          variables: { id, changeReason: changeReason.trim(), legalBasis: legalBasis.trim() },
          fetchPolicy: 'no-cache',
        }),
      ),
    );
    return requiredData(result.data?.submitChecklist);
  }

  /** A town publishes its template draft. */
  async publishTemplate(id: string, changeReason: string, legalBasis: string): Promise<ConsoleChecklistVersion> {
    const result = await runChecklistConsoleApi(() =>
      firstValueFrom(
        this.publishGql.mutate({
          variables: { id, changeReason: changeReason.trim() || null, legalBasis: legalBasis.trim() || null },
          fetchPolicy: 'no-cache',
        }),
      ),
    );
    return requiredData(result.data?.publishChecklistTemplate);
  }

  /** The town approves a village's submitted version (an optional note). */
  async approve(id: string, reason: string): Promise<ConsoleChecklistVersion> {
    const result = await runChecklistConsoleApi(() =>
      firstValueFrom(
        this.approveGql.mutate({ variables: { id, reason: reason.trim() || null }, fetchPolicy: 'no-cache' }),
      ),
    );
    return requiredData(result.data?.approveChecklist);
  }

  /** The town rejects a village's submitted version with its reason. */
  async reject(id: string, reason: string): Promise<ConsoleChecklistVersion> {
    const result = await runChecklistConsoleApi(() =>
      firstValueFrom(this.rejectGql.mutate({ variables: { id, reason: reason.trim() }, fetchPolicy: 'no-cache' })),
    );
    return requiredData(result.data?.rejectChecklist);
  }

  /** Downloads a version's poster (A3 or A4) with the session. */
  async downloadPoster(
    version: Pick<ConsoleChecklistVersionSummary, 'id' | 'version'>,
    listName: string,
    size: ChecklistConsolePosterSize,
  ): Promise<void> {
    const blob = await runChecklistConsoleApi(() => this.files.getBlob(checklistPosterPath(version.id, size)));
    this.files.saveBlob(blob, checklistPosterFileName(listName, version.version, size));
  }
}
