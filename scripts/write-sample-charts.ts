// Writes the sample charts (twenty villages, one village, an empty period, coverage, trend)
// as PNG and SVG into a folder, to look at them: `npx tsx scripts/write-sample-charts.ts [dir]`
// (default: a new folder under the system's temp directory, printed at the end).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderChart } from '../charts/render-chart.ts';
import { sampleCharts } from '../charts/sample-charts.ts';

const dir = process.argv[2] ? path.resolve(process.argv[2]) : mkdtempSync(path.join(os.tmpdir(), 'charts-'));
mkdirSync(dir, { recursive: true });
for (const { name, spec } of sampleCharts()) {
  const started = performance.now();
  const chart = await renderChart(spec);
  writeFileSync(path.join(dir, `${name}.png`), chart.png);
  writeFileSync(path.join(dir, `${name}.svg`), chart.svg);
  console.log(
    `${name}.png  ${chart.width}×${chart.height}  ${(chart.png.length / 1024).toFixed(0)} KB  ${(performance.now() - started).toFixed(0)} ms`,
  );
}
console.log(dir);
