import { GraphChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// only what a flow chart needs (graph series, tooltip, canvas): a small lazy chunk instead of all of echarts
echarts.use([GraphChart, TooltipComponent, CanvasRenderer]);

export { echarts };
