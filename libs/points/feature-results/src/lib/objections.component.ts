import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  HouseholdName,
  Objection,
  ObjectionDecision,
  ObjectionsFacade,
  ObjectionStatus,
  PointsAccess,
  PublicationDetail,
  PublicationsFacade,
  PublicationSummary,
} from '@xiangzhi/points/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { HouseholdSearchComponent } from './household-search.component';
import {
  canDecide,
  canInvestigate,
  decisionArgs,
  defaultObjectionStatus,
  householdText,
  OBJECTION_STATUSES,
  objectionLine,
  staffObjectionInput,
} from './objection-rules';
import { objectionOpen, periodText, reasonText, todayIso } from './periods';
import { VillageChoice } from './village-choice';

const STATUS_COLORS: Record<ObjectionStatus, string> = {
  FILED: 'orange',
  INVESTIGATED: 'blue',
  UPHELD: 'red',
  DISMISSED: 'default',
};

/** The objections queue (异议) of the header's village or town: investigate, decide, record one brought in person. */
@Component({
  selector: 'xz-points-objections',
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzInputModule,
    NzModalModule,
    NzRadioModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    ErrorMessageComponent,
    HouseholdSearchComponent,
  ],
  providers: [VillageChoice],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './objections.component.html',
  styleUrl: './results-page.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class ObjectionsComponent {
  private readonly facade = inject(ObjectionsFacade);
  private readonly publications = inject(PublicationsFacade);
  private readonly access = inject(PointsAccess);
  private readonly message = inject(NzMessageService);
  private readonly transloco = inject(TranslocoService);
  protected readonly choice = inject(VillageChoice);

  protected readonly statuses = OBJECTION_STATUSES;
  protected readonly statusColors = STATUS_COLORS;
  protected readonly canReview = computed(() => this.access.can('POINTS_REVIEW'));
  protected readonly canApprove = computed(() => this.access.can('POINTS_APPROVE'));
  protected readonly canRecord = computed(() => this.access.can('POINTS_RECORD'));
  protected readonly status = signal<ObjectionStatus | null>(
    defaultObjectionStatus(this.access.can('POINTS_REVIEW'), this.access.can('POINTS_APPROVE')),
  );
  protected readonly items = signal<Objection[]>([]);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly boards = signal<ReadonlyMap<string, PublicationDetail>>(new Map());
  protected readonly households = signal<ReadonlyMap<string, HouseholdName>>(new Map());
  protected readonly periodText = periodText;

  // detail and actions
  protected readonly selected = signal<Objection | null>(null);
  protected readonly action = signal<'investigate' | 'decide' | null>(null);
  protected readonly findings = signal('');
  protected readonly decision = signal<ObjectionDecision | null>(null);
  protected readonly reason = signal('');
  protected readonly touched = signal(false);
  protected readonly saving = signal(false);
  protected readonly actionError = signal<ApiError | null>(null);
  protected readonly findingsValid = computed(() => reasonText(this.findings()) !== null);
  protected readonly decisionValid = computed(() => decisionArgs(this.decision(), this.reason()) !== null);

  // recording an objection brought in person
  protected readonly recordOpen = signal(false);
  protected readonly openBoards = signal<PublicationSummary[]>([]);
  protected readonly recordBoardId = signal<string | null>(null);
  protected readonly recordHouseholdId = signal<string | null>(null);
  protected readonly recordEntryId = signal<string | null>(null);
  protected readonly recordContent = signal('');
  protected readonly recordBoard = computed(() => {
    const id = this.recordBoardId();
    return id ? this.boards().get(id) : undefined;
  });
  protected readonly recordInput = computed(() =>
    staffObjectionInput({
      publicationId: this.recordBoardId(),
      householdId: this.recordHouseholdId(),
      entryId: this.recordEntryId(),
      content: this.recordContent(),
    }),
  );

  constructor() {
    effect(() => {
      const region = this.choice.region();
      const status = this.status();
      untracked(() => {
        if (region && this.choice.usable()) void this.load(region.code, status);
        else this.items.set([]);
      });
    });
  }

  async load(regionCode: string, status: ObjectionStatus | null): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const items = await this.facade.list(regionCode, status);
      if (regionCode !== this.choice.region()?.code || status !== this.status()) return;
      this.items.set(items);
      await Promise.all([
        ...[...new Set(items.map((o) => o.publicationId))].map((id) => this.ensureBoard(id)),
        ...[...new Set(items.map((o) => o.householdId))].map((id) => this.ensureHousehold(id)),
      ]);
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  private async ensureBoard(id: string): Promise<void> {
    if (this.boards().has(id)) return;
    try {
      const board = await this.publications.detail(id);
      this.boards.update((m) => new Map(m).set(id, board));
    } catch {
      // the row shows the ids only
    }
  }

  private async ensureHousehold(id: string): Promise<void> {
    if (this.households().has(id)) return;
    try {
      const household = await this.facade.household(id);
      this.households.update((m) => new Map(m).set(id, household));
    } catch {
      // the row shows the id only
    }
  }

  protected board(objection: Objection): PublicationDetail | undefined {
    return this.boards().get(objection.publicationId);
  }

  protected line(objection: Objection) {
    return objectionLine(objection, this.board(objection));
  }

  protected household(objection: Objection): string {
    return householdText(this.households().get(objection.householdId), objection.householdId);
  }

  protected mayInvestigate(objection: Objection): boolean {
    return canInvestigate(objection, this.canReview());
  }

  protected mayDecide(objection: Objection): boolean {
    return canDecide(objection, this.canApprove());
  }

  protected open(objection: Objection): void {
    this.selected.set(objection);
    this.action.set(null);
    this.actionError.set(null);
  }

  protected close(): void {
    this.selected.set(null);
    this.action.set(null);
  }

  protected startInvestigate(): void {
    this.findings.set('');
    this.touched.set(false);
    this.actionError.set(null);
    this.action.set('investigate');
  }

  protected startDecide(): void {
    this.decision.set(null);
    this.reason.set('');
    this.touched.set(false);
    this.actionError.set(null);
    this.action.set('decide');
  }

  async investigate(): Promise<void> {
    const objection = this.selected();
    const findings = reasonText(this.findings());
    this.touched.set(true);
    if (!objection || !findings) return;
    await this.runAction(
      () => this.facade.investigate(objection.id, findings),
      'pointsResults.objections.investigate.done',
    );
  }

  async decide(): Promise<void> {
    const objection = this.selected();
    const args = decisionArgs(this.decision(), this.reason());
    this.touched.set(true);
    if (!objection || !args) return;
    await this.runAction(
      () => this.facade.decide(objection.id, args.decision, args.reason),
      'pointsResults.objections.decide.done',
    );
  }

  private async runAction(call: () => Promise<Objection>, doneKey: string): Promise<void> {
    this.saving.set(true);
    this.actionError.set(null);
    try {
      const updated = await call();
      this.items.update((items) => items.map((o) => (o.id === updated.id ? updated : o)));
      this.selected.set(updated);
      this.action.set(null);
      this.message.success(this.transloco.translate(doneKey));
    } catch (error) {
      this.actionError.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }

  // ---- recording ----

  async openRecord(): Promise<void> {
    this.recordBoardId.set(null);
    this.recordHouseholdId.set(null);
    this.recordEntryId.set(null);
    this.recordContent.set('');
    this.touched.set(false);
    this.actionError.set(null);
    this.recordOpen.set(true);
    await this.loadOpenBoards();
  }

  async loadOpenBoards(): Promise<void> {
    const village = this.choice.villageCode();
    this.openBoards.set([]);
    if (!village) return;
    try {
      const today = todayIso();
      const boards = (await this.publications.list(village)).filter((b) => objectionOpen(b.objectionUntil, today));
      this.openBoards.set(boards);
      if (boards.length === 1) await this.chooseRecordBoard(boards[0].id);
    } catch (error) {
      this.actionError.set(ApiError.from(error));
    }
  }

  async chooseRecordVillage(code: string): Promise<void> {
    this.choice.choose(code);
    this.recordBoardId.set(null);
    this.recordEntryId.set(null);
    await this.loadOpenBoards();
  }

  async chooseRecordBoard(id: string | null): Promise<void> {
    this.recordBoardId.set(id);
    this.recordEntryId.set(null);
    if (id) await this.ensureBoard(id);
  }

  async record(): Promise<void> {
    const input = this.recordInput();
    this.touched.set(true);
    if (!input) return;
    this.saving.set(true);
    this.actionError.set(null);
    try {
      await this.facade.record(input);
      this.recordOpen.set(false);
      this.message.success(this.transloco.translate('pointsResults.objections.recordForm.done'));
      const region = this.choice.region();
      if (region) await this.load(region.code, this.status());
    } catch (error) {
      this.actionError.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }
}
