// What a chart costs: time to draw the twenty-village dispatch chart (SVG by ECharts, PNG by
// resvg) the first time (ECharts and resvg loaded then) and after, the coverage and trend
// charts, a chart whose village name needs the full font, and how much resident memory the
// process gains; then the same three charts as one batch through renderChartsApart (a child
// process per batch), and what that costs the calling process. Measured in a fresh child
// process, so other benchmarks' memory is not counted.
// Run alone: `npx tsx bench/chart-render.ts [repeats]`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderChartPng } from '../charts/render-chart-png.ts';
import { renderChartSvg } from '../charts/render-chart-svg.ts';
import { renderChartsApart } from '../charts/render-charts-apart.ts';
import { RARE_VILLAGE, sampleCoverage, sampleLedger, sampleTrend } from '../charts/sample-charts.ts';
import type { ChartSpec } from '../charts/types.ts';
import { villageLedgerChart } from '../charts/village-ledger-chart.ts';
import { visitCoverageChart } from '../charts/visit-coverage-chart.ts';
import { ledgerTrendChart } from '../charts/ledger-trend-chart.ts';

export interface ChartTiming {
  chart: string;
  svgMsP50: number;
  pngMsP50: number;
  totalMsMax: number;
  pngKB: number;
}

export interface ChartBenchResult {
  repeats: number;
  firstChart: { svgMs: number; pngMs: number };
  warm: ChartTiming[];
  rssMB: { before: number; afterFirstChart: number; afterAll: number; peak: number };
  /** renderChartsApart: ledger, coverage and trend of twenty villages as one batch. */
  apart: { batchMs: number[]; callerRssMB: { before: number; after: number } };
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 10) / 10;

async function time(spec: ChartSpec, fontDir?: string): Promise<{ svgMs: number; pngMs: number; bytes: number }> {
  const t0 = performance.now();
  const svg = await renderChartSvg(spec);
  const t1 = performance.now();
  const png = await renderChartPng(svg, { fontDir });
  return { svgMs: t1 - t0, pngMs: performance.now() - t1, bytes: png.length };
}

/** renderChartsApart three times from a process that has drawn nothing itself. */
async function measureApart(): Promise<ChartBenchResult['apart']> {
  const before = mb(process.memoryUsage().rss);
  const batchMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await renderChartsApart([
      { chart: 'village-ledger', input: sampleLedger(20) },
      { chart: 'visit-coverage', input: sampleCoverage(20) },
      { chart: 'ledger-trend', input: sampleTrend(12) },
    ]);
    batchMs.push(Math.round(performance.now() - started));
  }
  return { batchMs, callerRssMB: { before, after: mb(process.memoryUsage().rss) } };
}

/** The measurement itself, in this process. */
export async function measureCharts(repeats: number): Promise<Omit<ChartBenchResult, 'apart'>> {
  const before = mb(process.memoryUsage().rss);
  const ledger = villageLedgerChart(sampleLedger(20));
  const first = await time(ledger);
  const afterFirstChart = mb(process.memoryUsage().rss);
  const rare = sampleLedger(20);
  rare.villages[7] = { ...rare.villages[7], village: RARE_VILLAGE };
  const charts: Array<[string, ChartSpec, string?]> = [
    ['ledger, 20 villages, 4 figures', ledger],
    ['visit coverage, 20 villages', visitCoverageChart(sampleCoverage(20))],
    ['trend, 12 half-months', ledgerTrendChart(sampleTrend(12))],
    [`ledger, 20 villages, one named ${RARE_VILLAGE} (full font)`, villageLedgerChart(rare)],
    ['ledger, 20 villages, no install-time font cut (full font only)', ledger, '/nonexistent'],
  ];
  const warm: ChartTiming[] = [];
  for (const [chart, spec, fontDir] of charts) {
    const runs = [];
    for (let i = 0; i < repeats; i++) runs.push(await time(spec, fontDir));
    warm.push({
      chart,
      svgMsP50: round(p50(runs.map((r) => r.svgMs))),
      pngMsP50: round(p50(runs.map((r) => r.pngMs))),
      totalMsMax: round(Math.max(...runs.map((r) => r.svgMs + r.pngMs))),
      pngKB: Math.round(runs[0].bytes / 1024),
    });
  }
  return {
    repeats,
    firstChart: { svgMs: Math.round(first.svgMs), pngMs: Math.round(first.pngMs) },
    warm,
    rssMB: { before, afterFirstChart, afterAll: mb(process.memoryUsage().rss), peak: Math.round(process.resourceUsage().maxRSS / 1024) },
  };
}

/** Runs each measurement in a fresh process (node + tsx, as the bot runs) and returns both. */
export async function runChartBench(repeats = 20): Promise<ChartBenchResult> {
  const self = fileURLToPath(import.meta.url);
  const inChild = (what: string) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', self, what, String(repeats)], {
      cwd: path.resolve(path.dirname(self), '..'),
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`chart bench child failed: ${run.stderr.trim().split('\n').slice(-3).join(' ')}`);
    return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
  };
  return { ...inChild('--in-process'), apart: inChild('--apart') };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const mode = process.argv[2];
  const repeats = Number(process.argv[mode?.startsWith('--') ? 3 : 2] ?? 20) || 20;
  if (mode === '--in-process') console.log(JSON.stringify(await measureCharts(repeats)));
  else if (mode === '--apart') console.log(JSON.stringify(await measureApart()));
  else console.log(JSON.stringify(await runChartBench(repeats), null, 2));
}
