import { ChangeDetectionStrategy, Component, computed, inject, OnInit, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  CASE_ATTACHMENT_LIMIT,
  ChecklistCasesFacade,
  type CaseAttachment,
  type CaseAvailableAction,
  type CaseCertificate,
  type CaseDetail,
} from '@xiangzhi/checklists/data-access';
import { FLOW_ROLE_LABELS_ZH } from '@xiangzhi/checklists/util';
import { SessionFacade } from '@xiangzhi/identity/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import {
  actionButtonType,
  canIssueCertificate,
  caseFlowOption,
  certificateStatus,
  daysLeft,
  deadlineColor,
  deadlineState,
  filled,
  formatCst,
  noteRequired,
  sortActions,
} from './case-rules';
import { CasesChartComponent } from './chart.component';
import { CertificateRevokeComponent } from './certificate-revoke.component';

/** A file chosen for the next action: uploading (no id yet) or uploaded. */
interface PendingAttachment extends CaseAttachment {
  key: number;
  uploading: boolean;
}

/**
 * 办件详情: the item's flow chart with the current step highlighted, deadlines, the actions the caller may take with
 * a note and attached files (photos, scans of materials), the history with each event's files, and for a finished
 * certificate case the certificate (issue, PDF, revoke).
 */
@Component({
  selector: 'xz-case-detail',
  imports: [
    FormsModule,
    RouterLink,
    TranslocoPipe,
    NzAlertModule,
    NzButtonModule,
    NzInputModule,
    NzSpinModule,
    NzTagModule,
    NzTimelineModule,
    ErrorMessageComponent,
    CasesChartComponent,
    CertificateRevokeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './case-detail.component.html',
  styleUrl: './cases-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class CaseDetailComponent implements OnInit {
  private readonly facade = inject(ChecklistCasesFacade);
  private readonly session = inject(SessionFacade);
  private readonly route = inject(ActivatedRoute);

  protected readonly detail = signal<CaseDetail | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly now = signal(new Date());

  protected note = '';
  protected readonly acting = signal<string | null>(null);
  protected readonly actionSubmitted = signal<string | null>(null);
  protected readonly actionError = signal<ApiError | null>(null);

  /** Files for the next action, uploaded as soon as chosen (`POST /api/files`). */
  protected readonly attachments = signal<PendingAttachment[]>([]);
  protected readonly attachError = signal<ApiError | null>(null);
  /** A history attachment that could not be opened. */
  protected readonly historyError = signal<ApiError | null>(null);
  protected readonly uploading = computed(() => this.attachments().some((a) => a.uploading));
  protected readonly attachmentLimit = CASE_ATTACHMENT_LIMIT;
  private nextAttachment = 0;

  protected holderName = '';
  protected purpose = '';
  protected readonly issuing = signal(false);
  protected readonly issueError = signal<ApiError | null>(null);
  protected readonly revoking = signal<CaseCertificate | null>(null);

  protected readonly canAct = computed(() => this.session.can('CHECKLIST_CASE'));
  protected readonly canCertify = computed(() => this.session.can('CHECKLIST_CERTIFY'));
  /** Files can be attached only with FILE_UPLOAD; without it, staff still act with a note. */
  protected readonly canAttach = computed(() => this.session.can('FILE_UPLOAD'));
  protected readonly actions = computed(() => sortActions(this.detail()?.availableActions ?? []));
  protected readonly deadline = computed(() => {
    const d = this.detail();
    return d ? deadlineState(d, this.now()) : 'NONE';
  });
  protected readonly left = computed(() => daysLeft(this.detail()?.dueAt, this.now()));
  protected readonly stepOverdue = computed(() => {
    const d = this.detail();
    const due = d?.stepDueAt ? Date.parse(d.stepDueAt) : NaN;
    return d?.status === 'OPEN' && !Number.isNaN(due) && due < this.now().getTime();
  });
  protected readonly flowOption = computed(() => {
    const d = this.detail();
    if (!d?.flow) return null;
    const visited = d.events.flatMap((e) => [e.fromStepId, e.toStepId]);
    return caseFlowOption(d.flow, d.currentStep?.id ?? null, visited);
  });
  /** What the current step needs (材料), from the item's chart. */
  protected readonly stepMaterials = computed(() => {
    const d = this.detail();
    const step = d?.flow?.steps.find((st) => st.id === d.currentStep?.id);
    return d?.status === 'OPEN' ? (step?.materials ?? []) : [];
  });
  protected readonly issuable = computed(() => {
    const d = this.detail();
    return !!d && this.canCertify() && canIssueCertificate(d, d.listKind);
  });
  protected readonly certificate = computed(() => this.detail()?.certificate ?? null);
  protected readonly certificateStatus = certificateStatus;
  protected readonly deadlineColor = deadlineColor;
  protected readonly formatCst = formatCst;
  protected readonly buttonType = actionButtonType;

  ngOnInit(): void {
    void this.load();
  }

  private get caseId(): string {
    return this.route.snapshot.paramMap.get('id') ?? '';
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    this.now.set(new Date());
    try {
      const d = await this.facade.case(this.caseId);
      this.detail.set(d);
      if (!filled(this.holderName)) this.holderName = d.applicantName;
    } catch (error) {
      this.error.set(ApiError.from(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected roleName(role: string | null | undefined): string {
    return role ? (FLOW_ROLE_LABELS_ZH[role] ?? role) : '';
  }

  protected stepName(stepId: string, name: string | null): string {
    return name ?? this.detail()?.flow?.steps.find((s) => s.id === stepId)?.name ?? stepId;
  }

  protected noteMissing(action: string): boolean {
    return this.actionSubmitted() === action && noteRequired(action) && !filled(this.note);
  }

  async act(a: CaseAvailableAction): Promise<void> {
    const d = this.detail();
    this.actionSubmitted.set(a.action);
    if (!d || this.acting() || this.uploading() || (noteRequired(a.action) && !filled(this.note))) return;
    this.acting.set(a.action);
    this.actionError.set(null);
    try {
      const fileIds = this.attachments().flatMap((f) => (f.uploading ? [] : [f.id]));
      const next = await this.facade.act(d.id, a.action, filled(this.note) ? this.note.trim() : null, fileIds);
      this.detail.set(next);
      this.note = '';
      this.attachments.set([]);
      this.attachError.set(null);
      this.actionSubmitted.set(null);
      this.now.set(new Date());
    } catch (error) {
      this.actionError.set(ApiError.from(error));
    } finally {
      this.acting.set(null);
    }
  }

  /** Uploads the chosen files one by one (up to the limit); each appears with its name once uploaded. */
  protected chooseFiles(event: Event): void {
    const target = event.target as HTMLInputElement;
    const room = this.attachmentLimit - this.attachments().length;
    const files = Array.from(target.files ?? []).slice(0, Math.max(room, 0));
    target.value = '';
    for (const file of files) void this.upload(file);
  }

  protected removeAttachment(key: number): void {
    this.attachments.update((list) => list.filter((a) => a.key !== key));
  }

  /** Opens an event's attachment with the session (a new tab; a download when pop-ups are blocked). */
  protected openAttachment(fileId: string, index: number): void {
    this.historyError.set(null);
    this.facade.openAttachment(fileId, index).catch((error) => this.historyError.set(ApiError.from(error)));
  }

  private async upload(file: File): Promise<void> {
    const key = ++this.nextAttachment;
    this.attachError.set(null);
    this.attachments.update((list) => [...list, { key, id: '', name: file.name, uploading: true }]);
    try {
      const uploaded = await this.facade.uploadAttachment(file);
      this.attachments.update((list) =>
        list.map((a) => (a.key === key ? { ...a, id: uploaded.id, name: uploaded.name, uploading: false } : a)),
      );
    } catch (error) {
      this.attachError.set(ApiError.from(error));
      this.attachments.update((list) => list.filter((a) => a.key !== key));
    }
  }

  async issue(): Promise<void> {
    const d = this.detail();
    if (!d || this.issuing()) return;
    this.issuing.set(true);
    this.issueError.set(null);
    try {
      // empty fields take the server's defaults: the applicant, the item's 办理用途
      const certificate = await this.facade.issueCertificate(
        d.id,
        filled(this.holderName) ? this.holderName.trim() : null,
        filled(this.purpose) ? this.purpose.trim() : null,
      );
      this.detail.set({ ...d, certificate });
    } catch (error) {
      this.issueError.set(ApiError.from(error));
    } finally {
      this.issuing.set(false);
    }
  }

  protected pdf(c: CaseCertificate): void {
    this.facade.openCertificatePdf(c).catch((error) => this.issueError.set(ApiError.from(error)));
  }

  protected afterRevoke(c: CaseCertificate): void {
    this.revoking.set(null);
    const d = this.detail();
    if (d) this.detail.set({ ...d, certificate: c });
  }
}
