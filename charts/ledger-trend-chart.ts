// The ledger over the last periods: 整改率 as a line on top, open and overdue items as bars
// below, one column per period. Two panels rather than one with two scales, so the line's
// percentages never sit on top of the bars' numbers.
import type { BarSeriesOption, EChartsOption, LineSeriesOption } from 'echarts';
import { chartText } from '../prompts/charts.ts';
import { chartStyle } from './chart-style.ts';
import { noDataChart } from './no-data-chart.ts';
import { titleBlock } from './title-block.ts';
import type { ChartSpec, LedgerTrendInput } from './types.ts';

const LEGEND = 44;
const RATE_PANEL = 180;
const PANEL_GAP = 36;
const BAR_PANEL = 300;
const AXIS_LABELS = 44;

export function ledgerTrendChart(input: LedgerTrendInput): ChartSpec {
  const t = chartText.trend;
  const periods = input.periods;
  if (!periods.length) return noDataChart(t.title(input.scope, 0));

  const { width, padding, size, colour, fontFamily, headerHeight } = chartStyle;
  const title = t.title(input.scope, periods.length);
  const subtitle = t.subtitle(periods[0].from, periods[periods.length - 1].to);
  const categories = periods.map((p) => t.periodLabel(p.from));
  // Past eight periods the dates are turned, or they would run into each other at phone width.
  const axisLabel = { fontSize: size.label - 2, color: colour.text, fontFamily, interval: 0, rotate: periods.length > 8 ? 40 : 0 };
  const rateTop = headerHeight + LEGEND + 28;
  const barTop = rateTop + RATE_PANEL + PANEL_GAP;
  const maxCount = Math.max(1, ...periods.flatMap((p) => [p.open, p.overdue]));
  const grid = { left: padding + 8, right: padding + 8 };
  const valueLabel = { show: true, position: 'top' as const, fontSize: size.value, color: colour.text, fontFamily };

  const rate: LineSeriesOption = {
    type: 'line',
    name: t.closeRate,
    xAxisIndex: 0,
    yAxisIndex: 0,
    data: periods.map((p) => p.closeRate),
    connectNulls: false,
    symbolSize: 12,
    lineStyle: { width: 4, color: colour.rate },
    itemStyle: { color: colour.rate },
    label: {
      ...valueLabel,
      color: colour.rate,
      fontWeight: 'bold',
      formatter: ({ value }) => (typeof value === 'number' ? t.rate(value) : ''),
    },
  };
  const bars = (name: string, key: 'open' | 'overdue', color: string): BarSeriesOption => ({
    type: 'bar',
    name,
    xAxisIndex: 1,
    yAxisIndex: 1,
    barMaxWidth: 30,
    barGap: '10%',
    data: periods.map((p) => p[key]),
    itemStyle: { color, borderRadius: [4, 4, 0, 0] },
    label: valueLabel,
  });

  const option: EChartsOption = {
    ...titleBlock(title, subtitle),
    legend: {
      top: headerHeight + 4,
      left: padding,
      itemWidth: 28,
      itemHeight: 18,
      itemGap: 28,
      textStyle: { fontSize: size.header, color: colour.text, fontFamily },
      data: [t.open, t.overdue, t.closeRate],
    },
    grid: [
      { ...grid, top: rateTop, height: RATE_PANEL },
      { ...grid, top: barTop, height: BAR_PANEL },
    ],
    xAxis: [
      { type: 'category', gridIndex: 0, data: categories, show: false },
      {
        type: 'category',
        gridIndex: 1,
        data: categories,
        axisTick: { show: false },
        axisLine: { lineStyle: { color: colour.grid, width: 2 } },
        axisLabel,
      },
    ],
    yAxis: [
      { type: 'value', gridIndex: 0, min: 0, max: 1, show: false },
      // Headroom for the numbers over the tallest bar.
      { type: 'value', gridIndex: 1, min: 0, max: Math.ceil(maxCount * 1.15), show: false },
    ],
    series: [bars(t.open, 'open', colour.open), bars(t.overdue, 'overdue', colour.overdue), rate],
  };
  return { width, height: barTop + BAR_PANEL + AXIS_LABELS + (periods.length > 8 ? 24 : 0) + padding, option };
}
