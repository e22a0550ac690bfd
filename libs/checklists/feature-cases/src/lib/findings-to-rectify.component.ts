import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChecklistOversightFacade, type FindingRow } from '@xiangzhi/checklists/data-access';
import { RegionContext } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';

/**
 * 待整改问题: findings oversight asked the village to rectify, with their deadlines; the village (CHECKLIST_EDIT)
 * records what it did, and the inspector then verifies it on the oversight page.
 */
@Component({
  selector: 'xz-findings-to-rectify',
  imports: [
    FormsModule,
    TranslocoPipe,
    NzButtonModule,
    NzInputModule,
    NzModalModule,
    NzTableModule,
    NzTagModule,
    ErrorMessageComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
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
      [nzNoResult]="'checklistCases.inspection.noFindings' | transloco"
      (nzPageIndexChange)="changePage($event)"
      data-testid="findings-table"
    >
      <thead>
        <tr>
          <th>{{ 'checklistCases.inspection.findingText' | transloco }}</th>
          <th>{{ 'checklistCases.inspection.severity' | transloco }}</th>
          <th>{{ 'checklistCases.inspection.dueOn' | transloco }}</th>
          <th>{{ 'common.actions' | transloco }}</th>
        </tr>
      </thead>
      <tbody>
        @for (f of table.data; track f.id) {
          <tr data-testid="finding-row" [attr.data-status]="f.status">
            <td>{{ f.text }}</td>
            <td>
              <nz-tag>{{ 'checklistCases.inspection.severityLabel.' + f.severity | transloco }}</nz-tag>
            </td>
            <td class="mono" [class.field-error]="f.overdue">{{ f.dueOn ?? '—' }}</td>
            <td>
              <a (click)="start(f)" data-testid="finding-RECTIFY">{{
                'checklistCases.inspection.rectify' | transloco
              }}</a>
            </td>
          </tr>
        }
      </tbody>
    </nz-table>
    <nz-modal
      [nzVisible]="rectifying() !== null"
      [nzTitle]="'checklistCases.inspection.rectifyTitle' | transloco"
      [nzFooter]="footer"
      (nzOnCancel)="rectifying.set(null)"
    >
      <ng-container *nzModalContent>
        @if (rectifying(); as f) {
          <p>{{ f.text }}</p>
          <label class="form-row">
            <span>{{ 'checklistCases.inspection.rectification' | transloco }}</span>
            <textarea nz-input rows="4" maxlength="1000" [(ngModel)]="text" data-testid="finding-note"></textarea>
            @if (submitted() && text.trim().length < 2) {
              <span class="field-error">{{ 'checklistCases.inspection.rectificationRequired' | transloco }}</span>
            }
          </label>
          <xz-error-message [error]="saveError()" />
        }
      </ng-container>
    </nz-modal>
    <ng-template #footer>
      <button nz-button type="button" (click)="rectifying.set(null)">{{ 'common.cancel' | transloco }}</button>
      <button nz-button nzType="primary" [nzLoading]="saving()" (click)="save()" data-testid="finding-confirm">
        {{ 'common.confirm' | transloco }}
      </button>
    </ng-template>
  `,
  styleUrl: './cases-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class FindingsToRectifyComponent {
  private readonly facade = inject(ChecklistOversightFacade);
  private readonly region = inject(RegionContext).current;
  protected readonly items = signal<FindingRow[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = 20;
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly rectifying = signal<FindingRow | null>(null);
  protected text = '';
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<ApiError | null>(null);
  private requestId = 0;

  constructor() {
    effect(() => {
      const region = this.region();
      untracked(() => {
        this.pageIndex.set(1);
        if (region) void this.load();
      });
    });
  }

  async load(): Promise<void> {
    const region = this.region();
    if (!region) return;
    const id = ++this.requestId;
    this.loading.set(true);
    this.error.set(null);
    try {
      const page = await this.facade.findings(region.code, 'RECTIFICATION_REQUIRED', this.pageIndex(), this.pageSize);
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

  protected start(f: FindingRow): void {
    this.text = '';
    this.submitted.set(false);
    this.saveError.set(null);
    this.rectifying.set(f);
  }

  async save(): Promise<void> {
    const f = this.rectifying();
    this.submitted.set(true);
    if (!f || this.text.trim().length < 2 || this.saving()) return;
    this.saving.set(true);
    this.saveError.set(null);
    try {
      await this.facade.recordRectification(f.id, this.text.trim());
      this.rectifying.set(null);
      await this.load();
    } catch (error) {
      this.saveError.set(ApiError.from(error));
    } finally {
      this.saving.set(false);
    }
  }
}
