import { GraphChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// only what a `graph` series with tooltips needs, drawn as SVG: the bundler keeps these parts of ECharts alone
use([GraphChart, TooltipComponent, SVGRenderer]);

export { init };
