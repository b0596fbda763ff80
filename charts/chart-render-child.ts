// The process renderChartsApart starts: takes one batch of chart requests, draws them, sends
// the pictures back and exits, handing all its memory back to the system.
import { chartSpecFor, type ChartRequest } from './chart-request.ts';
import { renderChart } from './render-chart.ts';
import type { RenderedChart } from './types.ts';

export type ChildReply = { charts: RenderedChart[] } | { error: string };

process.once('message', async (message: { requests: ChartRequest[] }) => {
  let reply: ChildReply;
  try {
    const charts: RenderedChart[] = [];
    for (const request of message.requests) charts.push(await renderChart(chartSpecFor(request)));
    reply = { charts };
  } catch (err) {
    reply = { error: (err as Error).message };
  }
  process.send?.(reply, () => process.exit(0));
});
