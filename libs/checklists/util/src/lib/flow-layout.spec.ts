import { CERTIFICATE_FLOW, EXAMPLE_FLOWS } from './example-flows';
import type { FlowChart } from './flow';
import { escapeXml, flowChartOption, flowSvg, layoutFlow } from './flow-layout';
import { smallChart, task } from './test-charts';

describe('layoutFlow', () => {
  it('puts steps in layers by BFS depth from START, END steps at the bottom', () => {
    expect(layoutFlow(CERTIFICATE_FLOW).layers).toEqual([
      ['apply'],
      ['review'],
      ['meeting', 'refuse'],
      ['issue'],
      ['done'],
    ]);
  });

  it('places layers top to bottom and centres them on the widest', () => {
    const layout = layoutFlow(CERTIFICATE_FLOW, { columnGap: 100, rowGap: 50 });
    const at = new Map(layout.nodes.map((n) => [n.id, [n.x, n.y]]));
    expect(at.get('apply')).toEqual([50, 0]);
    expect(at.get('meeting')).toEqual([0, 100]);
    expect(at.get('refuse')).toEqual([100, 100]);
    expect(layout.width).toBe(100);
    expect(at.get('done')).toEqual([50, 200]);
    expect(layout.height).toBe(200);
  });

  it('is stable whatever order transitions are stored in', () => {
    const shuffled: FlowChart = { ...CERTIFICATE_FLOW, transitions: [...CERTIFICATE_FLOW.transitions].reverse() };
    expect(layoutFlow(shuffled)).toEqual(layoutFlow(CERTIFICATE_FLOW));
  });

  it('still draws a chart under edit: unreachable steps go to a last layer', () => {
    const chart = smallChart();
    chart.steps.push(task('orphan'), task('orphan2'));
    expect(layoutFlow(chart).layers.at(-1)).toEqual(['orphan', 'orphan2']);
    expect(layoutFlow({ steps: [], transitions: [] })).toEqual({ nodes: [], layers: [], width: 0, height: 0 });
  });
});

describe('flowChartOption', () => {
  const option = flowChartOption(CERTIFICATE_FLOW);
  const series = option.series[0];

  it('is a fixed-layout graph series with arrows', () => {
    expect(series).toMatchObject({ type: 'graph', layout: 'none', edgeSymbol: ['none', 'arrow'] });
    expect(series.data).toHaveLength(CERTIFICATE_FLOW.steps.length);
    expect(series.links).toHaveLength(CERTIFICATE_FLOW.transitions.length);
  });

  it('shapes START and END differently from tasks', () => {
    const symbol = new Map(series.data.map((n) => [n.id, n.symbol]));
    expect(symbol.get('apply')).toBe('roundRect');
    expect(symbol.get('done')).toBe('roundRect');
    expect(symbol.get('review')).toBe('rect');
  });

  it('labels steps with role and time limit, and edges with Chinese actions', () => {
    const review = series.data.find((n) => n.id === 'review');
    expect(review?.label.formatter).toBe('村委会受理审核\n村两委 · 1天');
    const labels = series.links.map(
      (l) => `${series.data[l.source].id}>${series.data[l.target].id}:${l.label.formatter}`,
    );
    expect(labels).toEqual([
      'apply>review:提交',
      'review>meeting:同意',
      'review>apply:退回补正',
      'review>refuse:不同意',
      'meeting>issue:同意',
      'meeting>refuse:不同意',
      'issue>done:办结',
      'refuse>done:办结',
    ]);
  });

  it('curves back edges only', () => {
    const curved = series.links.filter((l) => l.lineStyle.curveness > 0).map((l) => series.data[l.target].id);
    expect(curved).toEqual(['apply']);
  });

  it('takes label overrides', () => {
    const en = flowChartOption(CERTIFICATE_FLOW, {
      actions: { SUBMIT: 'Submit' },
      roles: { VILLAGE_ADMIN: 'Committee' },
    });
    expect(en.series[0].links[0].label.formatter).toBe('Submit');
    expect(en.series[0].data[1].label.formatter).toBe('村委会受理审核\nCommittee · 1天');
  });
});

describe('flowSvg', () => {
  it.each(EXAMPLE_FLOWS.map((f) => [f.nameZh, f.chart] as const))('draws %s as standalone SVG', (name, chart) => {
    const svg = flowSvg(chart, { title: name });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg.match(/<rect [^>]*data-step=/g)).toHaveLength(chart.steps.length);
    expect(svg.match(/marker-end=/g)).toHaveLength(chart.transitions.length);
    expect(svg).toContain(escapeXml(name));
  });

  it('draws START/END rounded, Chinese action labels and role names', () => {
    const svg = flowSvg(CERTIFICATE_FLOW);
    expect(svg).toMatch(/rx="[1-9]\d*"[^>]*data-step="apply" data-kind="START"/);
    expect(svg).toMatch(/rx="4"[^>]*data-step="review" data-kind="TASK"/);
    ['提交', '同意', '不同意', '退回补正', '办结', '村两委 · 1天'].forEach((t) =>
      expect(svg).toContain(`>${t}</text>`),
    );
  });

  it('routes an edge over several layers down its own column, and returns around the right side', () => {
    const paths = flowSvg(CERTIFICATE_FLOW).match(/<path d="[^"]+"(?=[^>]*marker-end)/g) ?? [];
    expect(paths.filter((p) => /^<path d="M[\d.]+,[\d.]+ L[\d.]+,[\d.]+ L/.test(p))).toHaveLength(1); // refuse → done
    expect(paths.filter((p) => p.includes(' C'))).toHaveLength(1); // review → apply (退回补正)
  });

  it('escapes text typed by villages', () => {
    const chart = smallChart();
    chart.steps[1].name = '<script>alert("x")</script> & 审核';
    const svg = flowSvg(chart, { title: 'A & B' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('>&lt;script&gt;ale</text>');
    expect(svg).toContain('>rt(&quot;x&quot;)&lt;/sc</text>');
    expect(svg).toContain('A &amp; B');
  });

  it('wraps long names and prefixes marker ids', () => {
    const chart = smallChart();
    chart.steps[1].name = '一二三四五六七八九十一二三四五';
    const svg = flowSvg(chart, { idPrefix: 'p1' });
    expect(svg).toContain('>一二三四五六七八九十一</text>');
    expect(svg).toContain('>二三四五</text>');
    expect(svg).toContain('id="p1-arrow"');
    expect(svg).toContain('url(#p1-arrow)');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
