import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { translateSignal, TranslocoPipe } from '@jsverse/transloco';
import { ChecklistOversightFacade, type OversightRow } from '@xiangzhi/checklists/data-access';
import { RegionContext } from '@xiangzhi/registry/data-access';
import { ApiError } from '@xiangzhi/shared/data-access';
import { CONSOLE_PAGE_STYLES, ErrorMessageComponent } from '@xiangzhi/shared/ui';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule } from 'ng-zorro-antd/table';
import { oversightBarOption, sortOversightRows } from './case-rules';
import { CasesChartComponent } from './chart.component';

/** 监督概览: per village, overdue and open cases, refusals, open complaints and findings, as a table and bars. */
@Component({
  selector: 'xz-oversight-overview',
  imports: [TranslocoPipe, NzSpinModule, NzTableModule, ErrorMessageComponent, CasesChartComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="hint">{{ 'checklistCases.oversight.hint' | transloco }}</p>
    <xz-error-message [error]="error()" />
    <nz-table
      #table
      nzSize="middle"
      [nzData]="rows()"
      [nzShowPagination]="false"
      [nzPageSize]="rows().length || 10"
      [nzLoading]="loading()"
      [nzNoResult]="'checklistCases.oversight.empty' | transloco"
      data-testid="oversight-table"
    >
      <thead>
        <tr>
          <th>{{ 'checklistCases.oversight.columns.village' | transloco }}</th>
          <th nzAlign="right">{{ 'checklistCases.oversight.columns.openCases' | transloco }}</th>
          <th nzAlign="right">{{ 'checklistCases.oversight.columns.overdueCases' | transloco }}</th>
          <th nzAlign="right">{{ 'checklistCases.oversight.columns.refusals' | transloco }}</th>
          <th nzAlign="right">{{ 'checklistCases.oversight.columns.openComplaints' | transloco }}</th>
          <th nzAlign="right">{{ 'checklistCases.oversight.columns.openFindings' | transloco }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of table.data; track row.villageCode) {
          <tr data-testid="oversight-row" [attr.data-village]="row.villageCode">
            <td>{{ row.villageName }}</td>
            <td class="num">{{ row.openCases }}</td>
            <td class="num" [class.field-error]="row.overdueCases > 0">{{ row.overdueCases }}</td>
            <td class="num">{{ row.refusals }}</td>
            <td class="num">{{ row.openComplaints }}</td>
            <td class="num">{{ row.openFindings }}</td>
          </tr>
        }
      </tbody>
    </nz-table>
    @if (rows().length > 0) {
      <div class="section" data-testid="oversight-chart">
        <h3>{{ 'checklistCases.oversight.chart' | transloco }}</h3>
        <xz-cases-chart [option]="chart()" [height]="320" />
      </div>
    }
  `,
  styleUrl: './cases-pages.css',
  styles: [CONSOLE_PAGE_STYLES],
})
export class OversightOverviewComponent {
  private readonly facade = inject(ChecklistOversightFacade);
  private readonly region = inject(RegionContext).current;
  protected readonly rows = signal<OversightRow[]>([]);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);
  private readonly names = {
    overdueCases: translateSignal('checklistCases.oversight.columns.overdueCases'),
    refusals: translateSignal('checklistCases.oversight.columns.refusals'),
    openComplaints: translateSignal('checklistCases.oversight.columns.openComplaints'),
    openFindings: translateSignal('checklistCases.oversight.columns.openFindings'),
  };
  protected readonly chart = computed(() =>
    oversightBarOption(this.rows(), {
      overdueCases: this.names.overdueCases(),
      refusals: this.names.refusals(),
      openComplaints: this.names.openComplaints(),
      openFindings: this.names.openFindings(),
    }),
  );
  private requestId = 0;

  constructor() {
    effect(() => {
      const region = this.region();
      untracked(() => {
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
      const rows = await this.facade.overview(region.code);
      if (id === this.requestId) this.rows.set(sortOversightRows(rows));
    } catch (error) {
      if (id === this.requestId) this.error.set(ApiError.from(error));
    } finally {
      if (id === this.requestId) this.loading.set(false);
    }
  }
}
