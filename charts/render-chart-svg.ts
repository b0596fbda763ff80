// Draws a chart as an SVG string with ECharts' server-side renderer: no browser, no canvas.
// ECharts is loaded on the first chart only, and as its one-file minified build: the same
// library as its ES modules, but a thousand module files cost a process run by tsx about
// 65 MB of memory and the one file about 25 MB (bench/chart-render.ts).
import { createRequire } from 'node:module';
import type { ChartSpec } from './types.ts';

type ECharts = typeof import('echarts');
let echarts: ECharts | undefined;

export async function renderChartSvg(spec: ChartSpec): Promise<string> {
  echarts ??= createRequire(import.meta.url)('echarts/dist/echarts.min.js') as ECharts;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: spec.width, height: spec.height });
  try {
    chart.setOption(spec.option);
    return chart.renderToSVGString();
  } finally {
    // An undisposed chart keeps a timer alive and the process from exiting.
    chart.dispose();
  }
}
