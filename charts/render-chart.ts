// A chart as both pictures: the SVG (for a web page) and the PNG (for a chat message).
import { renderChartPng, type PngOptions } from './render-chart-png.ts';
import { renderChartSvg } from './render-chart-svg.ts';
import type { ChartSpec, RenderedChart } from './types.ts';

export async function renderChart(spec: ChartSpec, options: PngOptions = {}): Promise<RenderedChart> {
  const svg = await renderChartSvg(spec);
  const png = await renderChartPng(svg, options);
  return { svg, png, width: spec.width, height: spec.height };
}
