import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  ChecklistListTypeDraft,
  ChecklistListTypeProblem,
  ChecklistsConsoleFacade,
  ConsoleChecklistDraftSource,
  ConsoleCountyListType,
  listTypeProblems,
  ConsoleChecklistListType,
  ConsoleChecklistVersion,
  ConsoleChecklistVersionSummary,
} from '@xiangzhi/checklists/data-access';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { RegionContext, RegionNode, RegionsFacade } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { EmptyStateComponent, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { STATUS_COLOURS } from './checklist-labels';

/** Versions shown per list and page. */
export const VERSIONS_PAGE_SIZE = 10;

/** One list type of the region: the version in force and a page of its versions. */
export interface ListBlock {
  type: ConsoleChecklistListType;
  inForce: ConsoleChecklistVersion | null;
  versions: ConsoleChecklistVersionSummary[];
  total: number;
  pageIndex: number;
}

/** The kinds a list type may have, in the order the form offers them. */
export const LIST_TYPE_KINDS = ['GENERAL', 'NEGATIVE', 'CERTIFICATE'] as const;

/** The list type form: adding a new one or editing one of the county's (its code then fixed). */
export interface ListTypeForm {
  mode: 'add' | 'edit';
  draft: ChecklistListTypeDraft;
}

/**
 * 清单管理: per list type the version in force and the versions of the header's region (town templates or a
 * village's lists); for a town also its villages' submissions awaiting approval; drafts started from here. On a
 * county, the county supervisor (CHECKLIST_LIST_TYPES_MANAGE) manages the county's list types (本旗县清单类型).
 */
@Component({
  selector: 'xz-checklist-lists',
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzInputModule,
    NzModalModule,
    NzRadioModule,
    NzSwitchModule,
    NzTableModule,
    NzTagModule,
    EmptyStateComponent,
    ErrorMessageComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lists.component.html',
  styleUrl: './checklist-pages.css',
})
export class ChecklistListsComponent {
  private readonly facade = inject(ChecklistsConsoleFacade);
  private readonly regions = inject(RegionsFacade);
  private readonly session = inject(SessionFacade);
  private readonly context = inject(RegionContext);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly region = this.context.current;
  protected readonly level = computed(() => this.region()?.level ?? null);
  protected readonly isTown = computed(() => this.level() === 'TOWN');
  protected readonly isVillage = computed(() => this.level() === 'VILLAGE');
  protected readonly isCounty = computed(() => this.level() === 'COUNTY');
  protected readonly canManageTypes = computed(() => this.session.can('CHECKLIST_LIST_TYPES_MANAGE'));
  protected readonly kinds = LIST_TYPE_KINDS;
  protected readonly canManage = computed(() => this.session.can('CHECKLIST_MANAGE'));
  protected readonly canEdit = computed(() => this.session.can('CHECKLIST_EDIT'));
  protected readonly statusColours = STATUS_COLOURS;
  protected readonly pageSize = VERSIONS_PAGE_SIZE;

  protected readonly blocks = signal<ListBlock[]>([]);
  protected readonly villages = signal<RegionNode[]>([]);
  protected readonly pending = signal<ConsoleChecklistVersionSummary[]>([]);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly busy = signal(false);
  protected readonly actionError = signal<ApiError | null>(null);

  /** The adoption dialog: the town template in force and the items chosen. */
  protected readonly adopting = signal<{ type: ConsoleChecklistListType; template: ConsoleChecklistVersion } | null>(
    null,
  );
  protected readonly chosen = signal<ReadonlySet<string>>(new Set());

  /** The county's list types (switched-off ones too), the form open on one, and what the server refused. */
  protected readonly countyTypes = signal<ConsoleCountyListType[]>([]);
  protected readonly typeForm = signal<ListTypeForm | null>(null);
  /** Problems are shown once a save was tried (then as you type). */
  protected readonly typeShowProblems = signal(false);
  protected readonly typeProblems = computed<ReadonlySet<ChecklistListTypeProblem>>(() => {
    const form = this.typeForm();
    return new Set(form ? listTypeProblems(form.draft) : []);
  });
  protected readonly typeError = signal<ApiError | null>(null);
  protected readonly typeBusy = signal(false);

  constructor() {
    effect(() => {
      const region = this.region();
      untracked(() => void this.load(region));
    });
  }

  async load(region: RegionNode | null = this.region()): Promise<void> {
    this.blocks.set([]);
    this.pending.set([]);
    this.villages.set([]);
    this.countyTypes.set([]);
    this.error.set(null);
    if (region?.level === 'COUNTY' && this.canManageTypes()) {
      await this.loadCountyTypes(region.code);
      return;
    }
    if (!region || (region.level !== 'TOWN' && region.level !== 'VILLAGE')) return;
    this.loading.set(true);
    try {
      const types = await this.facade.listTypes(region.code);
      const blocks = await Promise.all(types.map((type) => this.readBlock(region.code, type, 1)));
      if (this.region()?.code !== region.code) return;
      this.blocks.set(blocks);
      if (region.level === 'TOWN') {
        const villages = (await this.regions.children(region.code)).filter((c) => c.level === 'VILLAGE');
        const pending = await this.facade.awaitingApproval(villages.map((v) => v.code));
        if (this.region()?.code !== region.code) return;
        this.villages.set(villages);
        this.pending.set(pending);
      }
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  private async readBlock(regionCode: string, type: ConsoleChecklistListType, pageIndex: number): Promise<ListBlock> {
    const [inForce, page] = await Promise.all([
      this.facade.inForce(regionCode, type.code),
      this.facade.versions(regionCode, type.code, VERSIONS_PAGE_SIZE, (pageIndex - 1) * VERSIONS_PAGE_SIZE),
    ]);
    return { type, inForce, versions: page.items, total: page.total, pageIndex };
  }

  protected async changePage(block: ListBlock, pageIndex: number): Promise<void> {
    const region = this.region();
    if (!region) return;
    try {
      const next = await this.readBlock(region.code, block.type, pageIndex);
      this.blocks.update((list) => list.map((b) => (b.type.code === block.type.code ? next : b)));
    } catch (error) {
      this.error.set(ApiError.from(error));
    }
  }

  protected typeName(code: string): string {
    return this.blocks().find((b) => b.type.code === code)?.type.nameZh ?? code;
  }

  protected villageName(code: string): string {
    return this.villages().find((v) => v.code === code)?.name ?? code;
  }

  /** A town's new template draft (from the examples or a copy of the template in force), or a village's copy. */
  async createDraft(type: ConsoleChecklistListType, source: ConsoleChecklistDraftSource, fromId: string | null = null) {
    const region = this.region();
    if (!region) return;
    await this.run(() => this.facade.createDraft(region.code, type.code, source, fromId));
  }

  /** Opens the adoption dialog with the town's template in force. */
  async openAdopt(type: ConsoleChecklistListType): Promise<void> {
    const region = this.region();
    if (!region?.parentCode) return;
    this.actionError.set(null);
    this.busy.set(true);
    try {
      const template = await this.facade.inForce(region.parentCode, type.code);
      if (!template) {
        this.actionError.set(new ApiError('CHECKLIST_NONE_PUBLISHED', 'NOT_FOUND'));
        return;
      }
      this.chosen.set(new Set(template.items.map((i) => i.code)));
      this.adopting.set({ type, template });
    } catch (error) {
      this.actionError.set(ApiError.from(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected toggle(code: string, on: boolean): void {
    this.chosen.update((set) => {
      const next = new Set(set);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });
  }

  protected toggleAll(on: boolean): void {
    const template = this.adopting()?.template;
    this.chosen.set(new Set(on && template ? template.items.map((i) => i.code) : []));
  }

  async adopt(): Promise<void> {
    const region = this.region();
    const adopting = this.adopting();
    if (!region || !adopting || this.chosen().size === 0) return;
    const all = adopting.template.items.every((i) => this.chosen().has(i.code));
    const codes = adopting.template.items.map((i) => i.code).filter((c) => this.chosen().has(c));
    const ok = await this.run(() => this.facade.adoptTemplate(region.code, adopting.type.code, all ? null : codes));
    if (ok) this.adopting.set(null);
  }

  /** Runs a draft-making call and opens the new draft in the editor. */
  private async run(call: () => Promise<ConsoleChecklistVersion>): Promise<boolean> {
    this.busy.set(true);
    this.actionError.set(null);
    try {
      const draft = await call();
      await this.router.navigate(['versions', draft.id, 'edit'], { relativeTo: this.route });
      return true;
    } catch (error) {
      this.actionError.set(ApiError.from(error));
      return false;
    } finally {
      this.busy.set(false);
    }
  }

  private async loadCountyTypes(countyCode: string): Promise<void> {
    this.loading.set(true);
    try {
      const types = await this.facade.countyListTypes(countyCode);
      if (this.region()?.code === countyCode) this.countyTypes.set(types);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  /** Opens the form on a new list type (ordered after the last one) or on one of the county's. */
  openTypeForm(type: ConsoleCountyListType | null = null): void {
    const next = Math.min(999, Math.max(0, ...this.countyTypes().map((t) => t.order)) + 10);
    const draft: ChecklistListTypeDraft = type
      ? {
          code: type.code,
          nameZh: type.nameZh,
          nameEn: type.nameEn,
          order: type.order,
          kind: type.kind,
          enabled: type.enabled,
        }
      : { code: '', nameZh: '', nameEn: '', order: next, kind: 'GENERAL', enabled: true };
    this.typeError.set(null);
    this.typeShowProblems.set(false);
    this.typeForm.set({ mode: type ? 'edit' : 'add', draft });
  }

  protected patchType(patch: Partial<ChecklistListTypeDraft>): void {
    this.typeForm.update((form) => (form ? { ...form, draft: { ...form.draft, ...patch } } : form));
  }

  /** Saves the form when the client-side checks pass; a refusal stays in the form, translated. */
  async saveType(): Promise<void> {
    const form = this.typeForm();
    if (!form) return;
    this.typeShowProblems.set(true);
    if (this.typeProblems().size > 0) return;
    if (await this.setType(form.draft)) this.typeForm.set(null);
  }

  /** Switches a list type on or off (the other fields as they are). */
  async toggleEnabled(type: ConsoleCountyListType): Promise<void> {
    if (this.typeBusy()) return;
    this.typeForm.set(null);
    await this.setType({ ...type, enabled: !type.enabled });
  }

  /** Sends a list type; after a change the county's list types are read again. */
  private async setType(draft: ChecklistListTypeDraft): Promise<boolean> {
    const region = this.region();
    if (!region || region.level !== 'COUNTY') return false;
    this.typeBusy.set(true);
    this.typeError.set(null);
    try {
      await this.facade.setListType(region.code, draft);
    } catch (error) {
      this.typeError.set(ApiError.from(error));
      return false;
    } finally {
      this.typeBusy.set(false);
    }
    await this.load(region);
    return true;
  }
}
