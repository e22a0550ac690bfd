import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CaseCatalogFacade,
  ChecklistOversightFacade,
  type CaseListType,
  type FindingActionValue,
  type FindingRow,
  type InspectionRow,
} from '@xiangzhi/checklists/data-access';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { ApiError, newClientKey } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import {
  filled,
  findingActionNeeds,
  findingActions,
  findingColor,
  formatCst,
  inspectionProblems,
  type FindingDraft,
} from './case-rules';
import { CaseVillageSelect } from './village-select';
import { todayIso } from '@xiangzhi/registry/util';

/** 监督检查: inspections of the region's villages with their findings; record one; act on findings. */
@Component({
  selector: 'xz-inspections',
  imports: [
    FormsModule,
    TranslocoPipe,
    NzButtonModule,
    NzCheckboxModule,
    NzInputModule,
    NzModalModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    ErrorMessageComponent,
  ],
  providers: [CaseVillageSelect],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './inspections.component.html',
  styleUrl: './cases-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class InspectionsComponent {
  private readonly facade = inject(ChecklistOversightFacade);
  private readonly catalog = inject(CaseCatalogFacade);
  private readonly session = inject(SessionFacade);
  protected readonly choice = inject(CaseVillageSelect);

  protected readonly canInspect = computed(() => this.session.can('CHECKLIST_OVERSIGHT'));
  protected readonly canRectify = computed(() => this.session.can('CHECKLIST_EDIT'));
  protected readonly items = signal<InspectionRow[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = 20;
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly formatCst = formatCst;
  protected readonly findingActions = findingActions;
  protected readonly findingColor = findingColor;
  private requestId = 0;

  // record an inspection
  protected readonly recording = signal(false);
  protected readonly listTypes = signal<CaseListType[]>([]);
  protected listType: string | null = null;
  protected itemCode = '';
  protected inspectedOn = todayIso();
  protected summary = '';
  protected readonly findings = signal<FindingDraft[]>([]);
  protected readonly recordSubmitted = signal(false);
  protected readonly recordSaving = signal(false);
  protected readonly recordError = signal<ApiError | null>(null);
  private clientKey = newClientKey();

  // act on a finding (inspector) or record its rectification (village)
  protected readonly acting = signal<{ finding: FindingRow; action: FindingActionValue | 'RECTIFY' } | null>(null);
  protected actNote = '';
  protected actDueOn = '';
  protected readonly actSubmitted = signal(false);
  protected readonly actSaving = signal(false);
  protected readonly actError = signal<ApiError | null>(null);

  constructor() {
    effect(() => {
      const region = this.choice.region();
      untracked(() => {
        this.pageIndex.set(1);
        if (region) void this.load();
      });
    });
  }

  async load(): Promise<void> {
    const region = this.choice.region();
    if (!region) return;
    const id = ++this.requestId;
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.facade.inspections(region.code, this.pageIndex(), this.pageSize);
      if (id !== this.requestId) return;
      this.items.set(page.items);
      this.total.set(page.total);
    } catch (error) {
      if (id === this.requestId) this.error.set(ApiError.from(error));
    } finally {
      if (id === this.requestId) this.loading.set(false);
    }
  }

  protected changePage(index: number): void {
    this.pageIndex.set(index);
    void this.load();
  }

  protected villageName(code: string): string {
    return this.choice.name(code);
  }

  protected startRecord(): void {
    this.clientKey = newClientKey();
    this.listType = null;
    this.itemCode = '';
    this.inspectedOn = todayIso();
    this.summary = '';
    this.findings.set([]);
    this.recordSubmitted.set(false);
    this.recordError.set(null);
    this.recording.set(true);
    const village = this.choice.villageCode();
    this.catalog
      .listTypes(village)
      .then((types) => this.listTypes.set(types))
      .catch((error) => this.recordError.set(ApiError.from(error)));
  }

  protected addFinding(): void {
    this.findings.update((f) => [...f, { text: '', severity: 'MINOR', rectify: true, dueOn: null }]);
  }

  protected removeFinding(index: number): void {
    this.findings.update((f) => f.filter((_, i) => i !== index));
  }

  protected patchFinding(index: number, patch: Partial<FindingDraft>): void {
    this.findings.update((f) => f.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  }

  protected problems(): string[] {
    return inspectionProblems({
      villageCode: this.choice.villageCode(),
      summary: this.summary,
      inspectedOn: this.inspectedOn,
      findings: this.findings(),
    });
  }

  protected shows(problem: string): boolean {
    return this.recordSubmitted() && this.problems().includes(problem);
  }

  async record(): Promise<void> {
    this.recordSubmitted.set(true);
    const villageCode = this.choice.villageCode();
    if (this.problems().length > 0 || !villageCode || this.recordSaving()) return;
    this.recordSaving.set(true);
    this.recordError.set(null);
    try {
      await this.facade.recordInspection({
        villageCode,
        listType: this.listType,
        itemCode: filled(this.itemCode) ? this.itemCode.trim() : null,
        caseId: null,
        inspectedOn: this.inspectedOn,
        summary: this.summary.trim(),
        findings: this.findings().map((f) => ({
          text: f.text.trim(),
          severity: f.severity,
          dueOn: f.rectify ? f.dueOn : null,
        })),
        clientKey: this.clientKey,
      });
      this.recording.set(false);
      await this.load();
    } catch (error) {
      this.recordError.set(ApiError.from(error));
    } finally {
      this.recordSaving.set(false);
    }
  }

  protected startAct(finding: FindingRow, action: FindingActionValue | 'RECTIFY'): void {
    this.actNote = '';
    this.actDueOn = finding.dueOn ?? '';
    this.actSubmitted.set(false);
    this.actError.set(null);
    this.acting.set({ finding, action });
  }

  protected actNeeds(): { note: boolean; dueOn: boolean } {
    const a = this.acting();
    if (!a) return { note: false, dueOn: false };
    return a.action === 'RECTIFY' ? { note: true, dueOn: false } : findingActionNeeds(a.action);
  }

  protected actNoteMissing(): boolean {
    return this.actSubmitted() && this.actNeeds().note && this.actNote.trim().length < 2;
  }

  protected actDueMissing(): boolean {
    return this.actSubmitted() && this.actNeeds().dueOn && !this.actDueOn;
  }

  async act(): Promise<void> {
    const a = this.acting();
    this.actSubmitted.set(true);
    if (!a || this.actNoteMissing() || this.actDueMissing() || this.actSaving()) return;
    this.actSaving.set(true);
    this.actError.set(null);
    try {
      if (a.action === 'RECTIFY') {
        await this.facade.recordRectification(a.finding.id, this.actNote.trim());
      } else {
        await this.facade.actOnFinding(
          a.finding.id,
          a.action,
          filled(this.actNote) ? this.actNote.trim() : null,
          this.actDueOn || null,
        );
      }
      this.acting.set(null);
      await this.load();
    } catch (error) {
      this.actError.set(ApiError.from(error));
    } finally {
      this.actSaving.set(false);
    }
  }
}
