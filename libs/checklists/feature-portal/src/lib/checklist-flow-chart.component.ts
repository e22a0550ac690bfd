import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';
import { TranslocoPipe } from '@jsverse/transloco';
import { PortalFlowChart, toFlowChart } from '@xiangzhi/checklists/data-access';
import { flowChartOption, flowSvg, layoutFlow } from '@xiangzhi/checklists/util';
import { NgxEchartsDirective } from 'ngx-echarts';

/** Natural sizes of `flowChartOption` (its boxes are 160 × 48 px around the layout's points). */
const BOX_W = 160;
const BOX_H = 48;
/** Room above and below the drawing. */
const PAD = 8;

/**
 * An item's flow chart, read-only: ECharts on screen (`flowChartOption` at fixed positions, scaled to the width so
 * that a 360 px phone shows the whole chart without panning; no roaming, so the page still scrolls), the
 * `flowSvg` drawing when printing, and the steps as an ordered list (who acts, in how many days) for screen readers
 * and small screens.
 */
@Component({
  selector: 'xz-checklist-flow-chart',
  imports: [NgxEchartsDirective, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="chart screen-only"
      echarts
      [options]="option()"
      [initOpts]="initOpts"
      [style.height.px]="height()"
      role="img"
      [attr.aria-label]="summary()"
      [attr.data-testid]="'checklist-flow-' + code()"
    ></div>
    <div class="print-only" [innerHTML]="svg()"></div>
    <p class="hint screen-only">{{ 'checklistsPortal.item.chartHint' | transloco }}</p>
    <h4>{{ 'checklistsPortal.item.steps' | transloco }}</h4>
    <ol class="steps" [attr.data-testid]="'checklist-flow-steps-' + code()">
      @for (step of flow().steps; track step.id) {
        <li>
          <span class="kind" [class]="'kind kind-' + step.kind">{{
            'checklistsPortal.stepKinds.' + step.kind | transloco
          }}</span>
          <span class="name">{{ step.name }}</span>
          @if (step.roleLabelZh || step.timeLimitDays !== null) {
            <span class="meta">
              {{ step.roleLabelZh }}
              @if (step.timeLimitDays !== null && step.timeLimitDays !== undefined) {
                · {{ 'checklistsPortal.item.stepDays' | transloco: { days: step.timeLimitDays } }}
              }
            </span>
          }
        </li>
      }
    </ol>
  `,
  styles: `
    :host {
      display: block;
    }
    .chart {
      width: 100%;
      min-height: 120px;
    }
    .print-only {
      display: none;
    }
    .hint {
      margin: 2px 0 0;
      color: #888;
      font-size: 13px;
    }
    h4 {
      margin: 10px 0 4px;
      font-size: 15px;
    }
    .steps {
      margin: 0;
      padding-left: 22px;
    }
    .steps li {
      padding: 3px 0;
    }
    .kind {
      display: inline-block;
      margin-right: 6px;
      padding: 0 6px;
      border-radius: 4px;
      font-size: 12px;
      color: #fff;
      background: #1565c0;
    }
    .kind-START {
      background: #2e7d32;
    }
    .kind-END {
      background: #546e7a;
    }
    .meta {
      margin-left: 6px;
      color: #666;
      font-size: 13px;
    }
    @media print {
      .screen-only {
        display: none;
      }
      .print-only {
        display: block;
      }
    }
  `,
})
export class ChecklistFlowChartComponent {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly sanitizer = inject(DomSanitizer);

  readonly flow = input.required<PortalFlowChart>();
  /** The item's code (test ids and the SVG's marker ids). */
  readonly code = input.required<string>();

  /** The width the chart has (a phone's until measured). */
  private readonly width = signal(328);
  protected readonly initOpts = { renderer: 'svg' as const };

  private readonly chart = computed(() => toFlowChart(this.flow()));
  private readonly layout = computed(() => layoutFlow(this.chart()));
  /** Pixels per layout unit: the whole chart fits the width, at most at natural size. */
  private readonly scale = computed(() => {
    const s = (this.width() - 8) / (this.layout().width + BOX_W + 10);
    return Math.max(0.45, Math.min(1, s));
  });
  /** The drawing's size in pixels: the layout plus a box on every side. */
  private readonly drawn = computed(() => ({
    width: (this.layout().width + BOX_W) * this.scale(),
    height: (this.layout().height + BOX_H) * this.scale(),
  }));
  protected readonly height = computed(() => Math.ceil(this.drawn().height + 2 * PAD));

  protected readonly option = computed(() => {
    const s = this.scale();
    const { width, height } = this.drawn();
    const layout = this.layout();
    const base = flowChartOption(this.chart());
    const [series] = base.series;
    // ECharts fits the nodes' bounding box into the series' box: two invisible corner nodes make that box the
    // layout plus half a box on every side, and the series' box is exactly that size in pixels, so the chart is
    // drawn at scale s in both directions (also for a chart of one column); nodeScaleRatio 0 keeps the symbol sizes
    const corner = (x: number, y: number) => ({
      id: `corner-${x}-${y}`,
      name: '',
      x,
      y,
      symbol: 'rect',
      symbolSize: 0,
      itemStyle: { opacity: 0 },
      label: { show: false },
      tooltip: { show: false },
      silent: true,
    });
    return {
      ...base,
      series: [
        {
          ...series,
          roam: false,
          nodeScaleRatio: 0,
          left: Math.max(0, (this.width() - width) / 2),
          top: PAD,
          width,
          height,
          edgeSymbolSize: [0, 10 * s],
          data: [
            ...series.data.map((n) => ({
              ...n,
              symbolSize: [n.symbolSize[0] * s, n.symbolSize[1] * s],
              label: { ...n.label, fontSize: Math.max(8, 12 * s), width: (BOX_W - 8) * s, overflow: 'truncate' },
            })),
            corner(-BOX_W / 2, -BOX_H / 2),
            corner(layout.width + BOX_W / 2, layout.height + BOX_H / 2),
          ],
          links: series.links.map((l) => ({
            ...l,
            label: { ...l.label, fontSize: Math.max(8, 11 * s), backgroundColor: '#fff', padding: [1, 2] },
          })),
        },
      ],
    };
  });

  /** What the chart shows, in words (开始 → … → 办结). */
  protected readonly summary = computed(() =>
    this.flow()
      .steps.map((s) => s.name)
      .join(' → '),
  );

  // flowSvg escapes every text it writes (step names come from villages), so its markup is safe to insert as is
  protected readonly svg = computed(() =>
    this.sanitizer.bypassSecurityTrustHtml(flowSvg(this.chart(), { idPrefix: `flow-${this.code()}` })),
  );

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const el = this.host.nativeElement;
      const measure = () => el.clientWidth > 0 && this.width.set(el.clientWidth);
      measure();
      if (typeof ResizeObserver === 'undefined') return;
      const observer = new ResizeObserver(measure);
      observer.observe(el);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }
}
