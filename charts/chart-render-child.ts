// The process renderChartsApart starts: takes one batch of chart requests, draws them, sends
// the pictures back and exits, handing all its memory back to the system.
import type { ImageRequest } from './chart-request.ts';
import { renderRequest } from './render-request.ts';
import type { RenderedChart } from './types.ts';

export type ChildReply = { charts: RenderedChart[] } | { error: string };

process.once('message', async (message: { requests: ImageRequest[] }) => {
  let reply: ChildReply;
  try {
    const charts: RenderedChart[] = [];
    for (const request of message.requests) charts.push(await renderRequest(request));
    reply = { charts };
  } catch (err) {
    reply = { error: (err as Error).message };
  }
  process.send?.(reply, () => process.exit(0));
});
