// Draws the digests' pictures in one batch, in a child process (charts/render-charts-apart.ts).
// A picture that cannot be drawn is left out and logged: the digest's text goes out anyway.
import { renderChartsApart } from '../charts/render-charts-apart.ts';
import type { Logger } from '../core/logger.ts';
import type { ReplyImage } from '../core/reply.ts';
import type { DigestChart } from './digest-chart.ts';

/** One image per chart, in order; null where none could be drawn. */
export type DrawImages = (charts: DigestChart[]) => Promise<Array<ReplyImage | null>>;

export function createImageDrawer(logger: Logger, options: { timeoutMs?: number } = {}): DrawImages {
  return async (charts) => {
    if (!charts.length) return [];
    try {
      const drawn = await renderChartsApart(
        charts.map((c) => c.request),
        { timeoutMs: options.timeoutMs ?? 30_000 },
      );
      return drawn.map((d, i) => ({ png: d.png, alt: charts[i].alt }));
    } catch (err) {
      logger.warn({ err: (err as Error).message, charts: charts.length }, 'digest pictures not drawn; the text goes alone');
      return charts.map(() => null);
    }
  };
}
