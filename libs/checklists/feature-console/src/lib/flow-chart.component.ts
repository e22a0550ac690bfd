import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { FlowChart } from '@xiangzhi/checklists/util';
import { NgxEchartsDirective } from 'ngx-echarts';
import { flowOption } from './flow-edit';

/** A flow chart drawn live with ECharts from `flowChartOption` (redrawn whenever the chart changes). */
@Component({
  selector: 'xz-checklist-flow-chart',
  imports: [NgxEchartsDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div
    class="flow-chart"
    echarts
    [options]="option()"
    [autoResize]="true"
    [style.height.px]="height()"
    [attr.aria-label]="label()"
    role="img"
    data-testid="flow-chart"
  ></div>`,
  styles: `
    .flow-chart {
      width: 100%;
      min-height: 220px;
      border: 1px solid #f0f0f0;
      border-radius: 6px;
      background: #fafafa;
    }
  `,
})
export class FlowChartComponent {
  readonly chart = input.required<FlowChart>();
  readonly option = computed(() => flowOption(this.chart()) as unknown as Record<string, unknown>);
  /** Rows of boxes × 110 px, at least 220 px. */
  readonly height = computed(() => {
    const series = flowOption(this.chart()).series[0];
    const rows = new Set(series.data.map((n) => n.y)).size;
    return Math.max(220, rows * 110 + 40);
  });
  readonly label = computed(() =>
    this.chart()
      .steps.map((s) => s.name)
      .join(' → '),
  );
}
