// Per village, the period's new, closed and overdue items (and 待验收 where that step exists):
// the picture for the weekly inspection and the half-monthly dispatch.
//
// Laid out as a table of bars, one column per figure, one row per village: four bars side by
// side per village would make twenty villages three phone screens tall; in columns a row is
// one line of text high, and reading down a column compares the villages on one figure.
// All columns share one scale, so a bar of 5 is as long in every column.
import type {
  BarSeriesOption,
  EChartsOption,
  GraphicComponentOption,
  GridComponentOption,
  XAXisComponentOption,
  YAXisComponentOption,
} from 'echarts';
import { chartText } from '../prompts/charts.ts';
import { chartStyle } from './chart-style.ts';
import { noDataChart } from './no-data-chart.ts';
import { titleBlock } from './title-block.ts';
import { textEm, truncateLabel } from './truncate-label.ts';
import type { ChartSpec, VillageLedgerInput, VillageLedgerRow } from './types.ts';

type Figure = 'created' | 'closed' | 'overdue' | 'awaitingCheck';

const ROW = 46;
const BAR = 24;
const COLUMN_HEADER = 44;
const COLUMN_GAP = 14;
const byName = new Intl.Collator('zh-Hans-CN');

/** Villages that need a push first: most overdue, then most new items, then by name. */
export function sortVillageRows(rows: VillageLedgerRow[]): VillageLedgerRow[] {
  return [...rows].sort((a, b) => b.overdue - a.overdue || b.created - a.created || byName.compare(a.village, b.village));
}

export function villageLedgerChart(input: VillageLedgerInput): ChartSpec {
  const t = chartText.ledger;
  const title = t.title(input.cadence, input.scope, input.period.from, input.period.to);
  if (!input.villages.length) return noDataChart(title);

  const { width, padding, size, colour, fontFamily, headerHeight, maxLabelEm } = chartStyle;
  const rows = sortVillageRows(input.villages);
  const labels = rows.map((r) => truncateLabel(r.village, maxLabelEm));
  // 待验收 is a column only when the input has that step at all.
  const figures: Figure[] = ['created', 'closed', 'overdue'];
  if (rows.some((r) => r.awaitingCheck !== undefined)) figures.push('awaitingCheck');
  const value = (r: VillageLedgerRow, f: Figure) => r[f] ?? 0;

  const labelWidth = Math.ceil(Math.max(...labels.map(textEm)) * size.label) + 16;
  const top = headerHeight + COLUMN_HEADER;
  const plotHeight = rows.length * ROW;
  const columnsLeft = padding + labelWidth;
  const columnWidth = (width - padding - columnsLeft - COLUMN_GAP * (figures.length - 1)) / figures.length;
  // Room after the longest bar for its number.
  const max = Math.max(1, ...rows.flatMap((r) => figures.map((f) => value(r, f))));
  const axisMax = max * (1 + (3 * size.value * 0.55 + 8) / columnWidth);

  const grid: GridComponentOption[] = [];
  const xAxis: XAXisComponentOption[] = [];
  const yAxis: YAXisComponentOption[] = [];
  const series: BarSeriesOption[] = [];
  const graphic: GraphicComponentOption[] = [];
  figures.forEach((figure, i) => {
    const left = columnsLeft + i * (columnWidth + COLUMN_GAP);
    grid.push({ left, top, width: columnWidth, height: plotHeight });
    xAxis.push({ type: 'value', gridIndex: i, min: 0, max: axisMax, show: false });
    yAxis.push({
      type: 'category',
      gridIndex: i,
      inverse: true,
      // Row numbers, not names: two villages cut to the same '…' label stay two rows.
      data: rows.map((_, k) => String(k)),
      axisTick: { show: false },
      axisLine: { show: true, lineStyle: { color: colour.grid, width: 2 } },
      axisLabel:
        i === 0
          ? { show: true, formatter: (_: string, k: number) => labels[k], fontSize: size.label, color: colour.text, fontFamily, margin: 12 }
          : { show: false },
      splitArea: { show: true, areaStyle: { color: [colour.background, '#f5f7fa'] } },
    });
    series.push({
      type: 'bar',
      name: t[figure],
      xAxisIndex: i,
      yAxisIndex: i,
      barWidth: BAR,
      data: rows.map((r) => value(r, figure)),
      itemStyle: { color: colour[figure], borderRadius: [0, 4, 4, 0] },
      label: {
        show: true,
        position: 'right',
        fontSize: size.value,
        color: colour.text,
        fontFamily,
        fontWeight: figure === 'overdue' ? 'bold' : 'normal',
      },
    });
    graphic.push({
      type: 'text',
      left,
      top: headerHeight + 6,
      style: { text: t[figure], fill: colour[figure], fontSize: size.header, fontWeight: 'bold', fontFamily },
    });
  });

  const option: EChartsOption = { ...titleBlock(title, t.subtitle(rows.length)), grid, xAxis, yAxis, series, graphic };
  return { width, height: top + plotHeight + padding, option };
}
