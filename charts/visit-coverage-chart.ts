// Per village, the share of the target households (脱贫户、监测户 …) visited in the period,
// against the target: green at or above it, amber below, the furthest behind on top, each bar
// with its percentage and its count of households, a dashed line at the target.
import type { BarSeriesOption, EChartsOption } from 'echarts';
import { chartText } from '../prompts/charts.ts';
import { chartStyle } from './chart-style.ts';
import { noDataChart } from './no-data-chart.ts';
import { titleBlock } from './title-block.ts';
import { textEm, truncateLabel } from './truncate-label.ts';
import type { ChartSpec, VisitCoverageInput, VisitCoverageRow } from './types.ts';

const ROW = 48;
const BAR = 28;
/** Space above the bars for the target line's label. */
const TARGET_LABEL = 40;
const NOTE = 44;
const byName = new Intl.Collator('zh-Hans-CN');

const share = (r: VisitCoverageRow) => Math.min(1, r.visited / r.total);

export function visitCoverageChart(input: VisitCoverageInput): ChartSpec {
  const t = chartText.coverage;
  const title = t.title(input.scope, input.period.from, input.period.to);
  const subtitle = t.subtitle(input.households, input.target);
  // A village with no household of the kind has no share to show: it is named under the bars.
  const rows = input.villages.filter((r) => r.total > 0).sort((a, b) => share(a) - share(b) || byName.compare(a.village, b.village));
  const without = input.villages.filter((r) => r.total <= 0).map((r) => r.village);
  if (!rows.length) return noDataChart(title, subtitle);

  const { width, padding, size, colour, fontFamily, headerHeight, maxLabelEm } = chartStyle;
  const labels = rows.map((r) => truncateLabel(r.village, maxLabelEm));
  const labelWidth = Math.ceil(Math.max(...labels.map(textEm)) * size.label) + 16;
  const top = headerHeight + TARGET_LABEL;
  const plotHeight = rows.length * ROW;
  const plotWidth = width - 2 * padding - labelWidth - 8;
  // The number goes inside a bar long enough to hold it, else after it.
  const barText = rows.map((r) => t.bar(share(r), r.visited, r.total));
  const fitsInside = (k: number) => share(rows[k]) * plotWidth > textEm(barText[k]) * size.value + 24;

  const series: BarSeriesOption = {
    type: 'bar',
    barWidth: BAR,
    data: rows.map((r, k) => ({
      value: share(r),
      itemStyle: { color: share(r) >= input.target ? colour.metTarget : colour.belowTarget, borderRadius: [0, 4, 4, 0] },
      label: {
        show: true,
        formatter: barText[k],
        position: fitsInside(k) ? 'insideRight' : 'right',
        color: colour.text,
        fontSize: size.value,
        fontFamily,
      },
    })),
    markLine: {
      silent: true,
      symbol: 'none',
      lineStyle: { color: colour.text, type: 'dashed', width: 2 },
      // Named above the bars instead (see graphic): a label at the line's end falls off the picture at 100%.
      label: { show: false },
      data: [{ xAxis: input.target }],
    },
  };

  const option: EChartsOption = {
    ...titleBlock(title, subtitle),
    grid: { left: padding + labelWidth, top, width: plotWidth, height: plotHeight },
    xAxis: { type: 'value', min: 0, max: 1, show: false },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((_, k) => String(k)),
      axisTick: { show: false },
      axisLine: { show: true, lineStyle: { color: colour.grid, width: 2 } },
      axisLabel: { formatter: (_: string, k: number) => labels[k], fontSize: size.label, color: colour.text, fontFamily, margin: 12 },
      splitArea: { show: true, areaStyle: { color: [colour.background, '#f5f7fa'] } },
    },
    series: [series],
    graphic: [
      {
        type: 'text',
        // Right-aligned on the target line, just above the first bar.
        right: width - (padding + labelWidth + input.target * plotWidth),
        top: top - 34,
        style: { text: t.target(input.target), fill: colour.text, fontSize: size.value, fontWeight: 'bold', fontFamily },
      },
      ...(without.length
        ? [
            {
              type: 'text' as const,
              left: padding,
              top: top + plotHeight + 14,
              style: {
                text: t.noHouseholds(without),
                fill: colour.muted,
                fontSize: size.subtitle,
                fontFamily,
                width: width - 2 * padding,
                overflow: 'truncate' as const,
              },
            },
          ]
        : []),
    ],
  };
  return { width, height: top + plotHeight + (without.length ? NOTE : 0) + padding, option };
}
