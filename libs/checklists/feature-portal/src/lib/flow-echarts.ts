/**
 * ECharts for the flow charts, loaded on first use (`flow-echarts-setup.ts`: the graph chart, the tooltip and the
 * SVG renderer only), so the portal's first load stays small.
 */
export function loadFlowEcharts() {
  return import('./flow-echarts-setup');
}
