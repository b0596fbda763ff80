// Draws one request: a chart, or several charts stacked into one picture (a digest's image).
import { chartSpecFor, type ImageRequest } from './chart-request.ts';
import { renderChartPng, type PngOptions } from './render-chart-png.ts';
import { renderChart } from './render-chart.ts';
import { renderChartSvg } from './render-chart-svg.ts';
import { stackSvgs } from './stack-svgs.ts';
import type { RenderedChart } from './types.ts';

export async function renderRequest(request: ImageRequest, options: PngOptions = {}): Promise<RenderedChart> {
  if (request.chart !== 'stack') return renderChart(chartSpecFor(request), options);
  const parts = [];
  for (const part of request.parts) {
    const spec = chartSpecFor(part);
    parts.push({ svg: await renderChartSvg(spec), width: spec.width, height: spec.height });
  }
  const stacked = stackSvgs(parts);
  return { ...stacked, png: await renderChartPng(stacked.svg, options) };
}
