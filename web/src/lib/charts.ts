/**
 * Apache ECharts, only the parts the console draws (bar and funnel charts on the SVG renderer). Imported on
 * demand by Chart.tsx, so it is its own chunk, fetched when a chart is first shown (docs/web.md).
 */
import { BarChart, FunnelChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, FunnelChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { echarts };
