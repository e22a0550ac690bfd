import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import type { FlowChart } from '@xiangzhi/checklists/util';
import { FlowEditorComponent } from './flow-editor.component';
import { starterFlow } from './flow-edit';
import { fakeEcharts, settle, translocoForSpecs } from './testing';

@Component({
  imports: [FlowEditorComponent],
  template: `<xz-checklist-flow-editor [(chart)]="chart" />`,
})
class HostComponent {
  readonly chart = signal<FlowChart>(starterFlow());
}

// component specs render ng-zorro tables, modals and charts: slower than the default 5 s on a loaded machine
jest.setTimeout(30_000);

describe('FlowEditorComponent', () => {
  function setup() {
    const echarts = fakeEcharts();
    TestBed.configureTestingModule({
      imports: [HostComponent, translocoForSpecs()],
      providers: [echarts.provider],
    });
    const fixture = TestBed.createComponent(HostComponent);
    return { fixture, chart: echarts.chart, el: fixture.nativeElement as HTMLElement };
  }

  const testid = (el: HTMLElement, id: string) => el.querySelector(`[data-testid="${id}"]`) as HTMLElement;

  it('draws the chart and says a valid chart is valid', async () => {
    const { fixture, chart, el } = setup();
    await settle(fixture);
    expect(testid(el, 'flow-problems').textContent).toContain('流程图检查通过');
    expect(chart.options.length).toBeGreaterThan(0);
    const option = chart.options.at(-1);
    expect(option?.series[0].data.map((n) => n.name)).toEqual(['申请', '村两委办理', '办结']);
  });

  it('adds a step: the problems list it in Chinese and the chart redraws with it', async () => {
    const { fixture, chart, el } = setup();
    await settle(fixture);
    testid(el, 'flow-step-add').click();
    await settle(fixture);
    expect(fixture.componentInstance.chart().steps).toHaveLength(4);
    const problems = testid(el, 'flow-problems');
    expect(problems.textContent).toContain('流程图有 3 处问题');
    expect(problems.textContent).toContain('环节 s4 没有名称');
    expect(problems.textContent).toContain('从开始无法到达“s4”');
    expect(problems.textContent).toContain('“s4”走不到办结');

    const name = testid(el, 'flow-step-name-s4') as HTMLInputElement;
    name.value = '张榜公示';
    name.dispatchEvent(new Event('input'));
    await settle(fixture);
    expect(testid(el, 'flow-problems').textContent).toContain('从开始无法到达“张榜公示”');
    const option = chart.options.at(-1);
    expect(option?.series[0].data.map((n) => n.name)).toContain('张榜公示');
  });

  it('removes a step with its transitions', async () => {
    const { fixture, el } = setup();
    await settle(fixture);
    testid(el, 'flow-step-remove-s2').click();
    await settle(fixture);
    expect(fixture.componentInstance.chart().transitions).toEqual([]);
    expect(testid(el, 'flow-problems').textContent).toContain('开始环节“申请”必须恰好有一条流转');
    expect(el.querySelector('[data-testid="flow-step-s2"]')).toBeNull();
  });

  it('removes a transition', async () => {
    const { fixture, el } = setup();
    await settle(fixture);
    testid(el, 'flow-transition-remove-1').click();
    await settle(fixture);
    expect(fixture.componentInstance.chart().transitions).toHaveLength(1);
    expect(testid(el, 'flow-problems').textContent).toContain('“村两委办理”走不到办结');
    expect(fixture.debugElement.queryAll(By.css('[data-testid^="flow-problem-"]')).length).toBeGreaterThan(0);
  });
});
