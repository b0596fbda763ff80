// A chart asked for by name and figures only: plain data that can cross to another process
// (an ECharts option cannot: it holds label functions).
import { ledgerTrendChart } from './ledger-trend-chart.ts';
import type { ChartSpec, LedgerTrendInput, VillageLedgerInput, VisitCoverageInput } from './types.ts';
import { villageLedgerChart } from './village-ledger-chart.ts';
import { visitCoverageChart } from './visit-coverage-chart.ts';

export type ChartRequest =
  | { chart: 'village-ledger'; input: VillageLedgerInput }
  | { chart: 'visit-coverage'; input: VisitCoverageInput }
  | { chart: 'ledger-trend'; input: LedgerTrendInput };

/** What the chart child draws: one chart, or several stacked into one picture (a digest's). */
export type ImageRequest = ChartRequest | { chart: 'stack'; parts: ChartRequest[] };

export function chartSpecFor(request: ChartRequest): ChartSpec {
  switch (request.chart) {
    case 'village-ledger':
      return villageLedgerChart(request.input);
    case 'visit-coverage':
      return visitCoverageChart(request.input);
    case 'ledger-trend':
      return ledgerTrendChart(request.input);
    default:
      // Requests come across a process boundary, where the type is only a promise.
      throw new Error(`unknown chart: ${(request as { chart: unknown }).chart}`);
  }
}
