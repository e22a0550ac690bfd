/**
 * ECharts for the flow charts, loaded on first use with only what a `graph` series needs (the graph chart, the
 * tooltip and the SVG renderer), so the portal's first load stays small.
 */
export async function loadFlowEcharts() {
  const [core, charts, components, renderers] = await Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
  ]);
  core.use([charts.GraphChart, components.TooltipComponent, renderers.SVGRenderer]);
  return core;
}
