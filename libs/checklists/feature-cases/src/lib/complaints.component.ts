import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  ChecklistOversightFacade,
  type ComplaintActionValue,
  type ComplaintRow,
  type ComplaintStatusValue,
} from '@xiangzhi/checklists/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { complaintActions, complaintTextValid, formatCst } from './case-rules';
import { CaseVillageSelect } from './village-select';

/** 投诉举报: residents' complaints about the region's villages; accept, reply, close. */
@Component({
  selector: 'xz-complaints',
  imports: [
    FormsModule,
    TranslocoPipe,
    NzButtonModule,
    NzInputModule,
    NzModalModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    ErrorMessageComponent,
  ],
  providers: [CaseVillageSelect],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="toolbar">
      <nz-select
        class="filter"
        nzAllowClear
        [nzPlaceHolder]="'checklistCases.complaint.columns.status' | transloco"
        [ngModel]="status()"
        (ngModelChange)="filter($event)"
        data-testid="complaints-status"
      >
        @for (s of statuses; track s) {
          <nz-option [nzValue]="s" [nzLabel]="'checklistCases.complaint.status.' + s | transloco" />
        }
      </nz-select>
    </div>
    <xz-error-message [error]="error()" />
    <nz-table
      #table
      nzSize="middle"
      [nzData]="items()"
      [nzFrontPagination]="false"
      [nzTotal]="total()"
      [nzPageIndex]="pageIndex()"
      [nzPageSize]="pageSize"
      [nzLoading]="loading()"
      [nzNoResult]="'checklistCases.complaint.empty' | transloco"
      [nzScroll]="{ x: '1000px' }"
      (nzPageIndexChange)="changePage($event)"
      data-testid="complaints-table"
    >
      <thead>
        <tr>
          <th>{{ 'checklistCases.complaint.columns.number' | transloco }}</th>
          <th>{{ 'checklistCases.complaint.columns.at' | transloco }}</th>
          <th>{{ 'checklistCases.complaint.columns.village' | transloco }}</th>
          <th>{{ 'checklistCases.complaint.columns.subject' | transloco }}</th>
          <th>{{ 'checklistCases.complaint.columns.text' | transloco }}</th>
          <th>{{ 'checklistCases.complaint.columns.status' | transloco }}</th>
          <th>{{ 'common.actions' | transloco }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of table.data; track row.id) {
          <tr data-testid="complaint-row" [attr.data-number]="row.number">
            <td class="mono">{{ row.number }}</td>
            <td class="mono">{{ formatCst(row.submittedAt) }}</td>
            <td>{{ choice.name(row.regionCode) }}</td>
            <td>{{ row.subject }}</td>
            <td>
              {{ row.text }}
              @if (row.contactMasked) {
                <span class="hint">{{ 'checklistCases.complaint.contact' | transloco }} {{ row.contactMasked }}</span>
              }
              @if (row.reply) {
                <span class="history-note">{{ 'checklistCases.complaint.reply' | transloco }}：{{ row.reply }}</span>
              }
            </td>
            <td>
              <nz-tag [nzColor]="row.status === 'CLOSED' ? 'green' : row.status === 'SUBMITTED' ? 'red' : 'blue'">
                {{ 'checklistCases.complaint.status.' + row.status | transloco }}
              </nz-tag>
            </td>
            <td>
              <span class="actions-row">
                @for (action of actionsOf(row.status); track action) {
                  <a (click)="start(row, action)" [attr.data-testid]="'complaint-' + action">
                    {{ 'checklistCases.complaint.action.' + action | transloco }}
                  </a>
                }
              </span>
            </td>
          </tr>
        }
      </tbody>
    </nz-table>

    <nz-modal
      [nzVisible]="handling() !== null"
      [nzTitle]="'checklistCases.complaint.handleTitle' | transloco"
      [nzFooter]="footer"
      (nzOnCancel)="handling.set(null)"
    >
      <ng-container *nzModalContent>
        @if (handling(); as h) {
          <p>
            <span class="mono">{{ h.complaint.number }}</span> {{ h.complaint.subject }}
            <nz-tag nzColor="blue">{{ 'checklistCases.complaint.action.' + h.action | transloco }}</nz-tag>
          </p>
          <p class="hint">{{ h.complaint.text }}</p>
          <label class="form-row">
            <span>{{ 'checklistCases.complaint.note' | transloco }}</span>
            <textarea nz-input rows="4" maxlength="2000" [(ngModel)]="text" data-testid="complaint-text"></textarea>
            @if (submitted() && !textValid()) {
              <span class="field-error">{{ 'checklistCases.complaint.noteRequired' | transloco }}</span>
            }
          </label>
          <xz-error-message [error]="handleError()" />
        }
      </ng-container>
    </nz-modal>
    <ng-template #footer>
      <button nz-button type="button" (click)="handling.set(null)">{{ 'common.cancel' | transloco }}</button>
      <button nz-button nzType="primary" [nzLoading]="saving()" (click)="handle()" data-testid="complaint-confirm">
        {{ 'common.confirm' | transloco }}
      </button>
    </ng-template>
  `,
  styleUrl: './cases-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class ComplaintsComponent {
  private readonly facade = inject(ChecklistOversightFacade);
  protected readonly choice = inject(CaseVillageSelect);
  protected readonly statuses = ['SUBMITTED', 'ACCEPTED', 'REPLIED', 'CLOSED'] as const;
  protected readonly status = signal<ComplaintStatusValue | null>(null);
  protected readonly items = signal<ComplaintRow[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = 20;
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly formatCst = formatCst;
  protected readonly actionsOf = complaintActions;
  protected readonly handling = signal<{ complaint: ComplaintRow; action: ComplaintActionValue } | null>(null);
  protected text = '';
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly handleError = signal<ApiError | null>(null);
  private requestId = 0;

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
      const page = await this.facade.complaints(region.code, this.status(), this.pageIndex(), this.pageSize);
      if (id !== this.requestId) return;
      this.items.set(page.items);
      this.total.set(page.total);
    } catch (error) {
      if (id === this.requestId) this.error.set(ApiError.from(error));
    } finally {
      if (id === this.requestId) this.loading.set(false);
    }
  }

  protected filter(status: ComplaintStatusValue | null): void {
    this.status.set(status);
    this.pageIndex.set(1);
    void this.load();
  }

  protected changePage(index: number): void {
    this.pageIndex.set(index);
    void this.load();
  }

  protected start(complaint: ComplaintRow, action: ComplaintActionValue): void {
    this.text = '';
    this.submitted.set(false);
    this.handleError.set(null);
    this.handling.set({ complaint, action });
  }

  protected textValid(): boolean {
    const h = this.handling();
    return !!h && complaintTextValid(h.action, this.text);
  }

  async handle(): Promise<void> {
    const h = this.handling();
    this.submitted.set(true);
    if (!h || !this.textValid() || this.saving()) return;
    this.saving.set(true);
    this.handleError.set(null);
    try {
      await this.facade.handleComplaint(h.complaint.id, h.action, this.text.trim() || null);
      this.handling.set(null);
      await this.load();
    } catch (error) {
      this.handleError.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }
}
