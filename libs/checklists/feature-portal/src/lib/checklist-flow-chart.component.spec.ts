import { TestBed } from '@angular/core/testing';
import { FOUR_DELIBERATIONS_FLOW } from '@xiangzhi/checklists/util';
import { ChecklistFlowChartComponent } from './checklist-flow-chart.component';
import { apiFlow, fakeEcharts } from './test-fixtures';
import { testTransloco } from './test-transloco';

interface SeriesOption {
  roam: boolean;
  data: Array<{ id: string; symbolSize: [number, number]; label: { fontSize: number } }>;
  links: unknown[];
}

describe('ChecklistFlowChartComponent', () => {
  async function render() {
    const echarts = fakeEcharts();
    TestBed.configureTestingModule({
      imports: [ChecklistFlowChartComponent, testTransloco()],
      providers: [echarts.provider],
    });
    const fixture = TestBed.createComponent(ChecklistFlowChartComponent);
    fixture.componentRef.setInput('flow', apiFlow(FOUR_DELIBERATIONS_FLOW));
    fixture.componentRef.setInput('code', 'ZZ-001');
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r, 20));
    await fixture.whenStable();
    return { el: fixture.nativeElement as HTMLElement, echarts };
  }

  it('gives ECharts the graph of flowChartOption, fixed (no roaming) and scaled to a phone', async () => {
    const { echarts } = await render();
    const option = echarts.options.at(-1) as { series: SeriesOption[] };
    const [series] = option.series;
    expect(series.roam).toBe(false);
    const steps = FOUR_DELIBERATIONS_FLOW.steps.map((s) => s.id);
    // the steps, then two invisible corners that fix the drawing's box
    expect(series.data.map((n) => n.id).slice(0, steps.length)).toEqual(steps);
    expect(series.data).toHaveLength(steps.length + 2);
    expect(series.links).toHaveLength(FOUR_DELIBERATIONS_FLOW.transitions.length);
    // two columns (终止 beside 办结) on 328 px: boxes shrink below their natural 160 px
    expect(series.data[0].symbolSize[0]).toBeLessThan(160);
    expect(series.data[0].label.fontSize).toBeGreaterThanOrEqual(8);
  });

  it('has a print drawing and the steps in words', async () => {
    const { el } = await render();
    const svg = el.querySelector('.print-only svg');
    expect(svg).not.toBeNull();
    expect(svg?.textContent).toContain('村党组织提议');
    const steps = el.querySelector('[data-testid="checklist-flow-steps-ZZ-001"]');
    expect(steps?.querySelectorAll('li')).toHaveLength(FOUR_DELIBERATIONS_FLOW.steps.length);
    expect(steps?.textContent).toContain('开始');
    expect(steps?.textContent).toContain('办结');
    expect(el.querySelector('[data-testid="checklist-flow-ZZ-001"]')?.getAttribute('aria-label')).toContain(
      '村党组织提议 → ',
    );
  });
});
