import { ChangeDetectionStrategy, Component, effect, inject, signal, untracked } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { ChecklistGateFacade, type GateRefusalRow } from '@xiangzhi/checklists/data-access';
import { RegionContext } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { formatCst } from './case-rules';

/** 拒绝记录: requests the negative-list gate refused in the region (append-only on the server). */
@Component({
  selector: 'xz-refusals-log',
  imports: [TranslocoPipe, NzTableModule, NzTagModule, ErrorMessageComponent],
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
      [nzNoResult]="'checklistCases.refusals.empty' | transloco"
      [nzScroll]="{ x: '900px' }"
      (nzPageIndexChange)="changePage($event)"
      data-testid="refusals-table"
    >
      <thead>
        <tr>
          <th>{{ 'checklistCases.refusals.columns.at' | transloco }}</th>
          <th>{{ 'checklistCases.refusals.columns.kind' | transloco }}</th>
          <th>{{ 'checklistCases.refusals.columns.text' | transloco }}</th>
          <th>{{ 'checklistCases.refusals.columns.matched' | transloco }}</th>
          <th>{{ 'checklistCases.refusals.columns.basis' | transloco }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of table.data; track row.id) {
          <tr data-testid="refusal-row">
            <td class="mono">{{ formatCst(row.requestedAt) }}</td>
            <td>
              <nz-tag>{{ 'checklistCases.gate.' + row.requestKind | transloco }}</nz-tag>
              @if (row.department) {
                <span class="hint">{{ row.department }}</span>
              }
            </td>
            <td>{{ row.requestText }}</td>
            <td>{{ row.matchedName ?? '—' }}</td>
            <td class="basis">{{ row.policyBasis }}</td>
          </tr>
        }
      </tbody>
    </nz-table>
  `,
  styleUrl: './cases-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class RefusalsLogComponent {
  private readonly facade = inject(ChecklistGateFacade);
  private readonly region = inject(RegionContext).current;
  protected readonly items = signal<GateRefusalRow[]>([]);
  protected readonly total = signal(0);
  protected readonly pageIndex = signal(1);
  protected readonly pageSize = 20;
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly formatCst = formatCst;
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
      const page = await this.facade.refusals(region.code, this.pageIndex(), this.pageSize);
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
}
