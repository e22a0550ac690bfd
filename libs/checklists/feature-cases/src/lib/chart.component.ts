import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { EChartsCoreOption } from 'echarts/core';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';

/** An ECharts drawing of a plain option object (flow chart, bars); ECharts itself loads with the first chart. */
@Component({
  selector: 'xz-cases-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: () => import('./echarts-setup').then((m) => m.echarts) })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div echarts class="chart" [options]="chartOption()" [style.height.px]="height()"></div>`,
  styles: `
    .chart {
      width: 100%;
      border: 1px solid #f0f0f0;
      border-radius: 4px;
    }
  `,
})
export class CasesChartComponent {
  /** A plain ECharts option (the util's flow option, the oversight bars). */
  readonly option = input.required<object>();
  readonly height = input(360);
  protected readonly chartOption = computed(() => this.option() as EChartsCoreOption);
}
