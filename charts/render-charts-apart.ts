// Draws a batch of charts in a short-lived child process, for the digests. Why not in the
// bot's own process: ECharts stays in memory once loaded (~25 MB), and resvg's pictures live
// in native memory that V8 does not count, so it collects them late and the process keeps
// ~100 MB more after a few dozen charts (bench/chart-render.ts). A child costs about 0.8 s to
// start and hands everything back when it exits; the bot's resident memory does not move.
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ChildReply } from './chart-render-child.ts';
import type { ImageRequest } from './chart-request.ts';
import type { RenderedChart } from './types.ts';

const CHILD = fileURLToPath(new URL('./chart-render-child.ts', import.meta.url));

export interface ApartOptions {
  /** A batch that takes longer is given up (the child is killed) and the promise rejects. */
  timeoutMs?: number;
}

export async function renderChartsApart(requests: ImageRequest[], options: ApartOptions = {}): Promise<RenderedChart[]> {
  if (!requests.length) return [];
  // The child runs TypeScript the way the bot does; resolved here so it works from any cwd.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child = fork(CHILD, [], { execArgv: ['--import', tsx], serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  return new Promise<RenderedChart[]>((resolve, reject) => {
    let settled = false;
    const finish = (err: Error | null, charts?: RenderedChart[]) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null) child.kill();
      if (err) reject(err);
      else resolve(charts ?? []);
    };
    const timer = setTimeout(
      () => finish(new Error(`chart rendering took over ${options.timeoutMs ?? 60_000} ms`)),
      options.timeoutMs ?? 60_000,
    );
    child.once('message', (reply: ChildReply) => {
      if ('error' in reply) return finish(new Error(`chart rendering failed: ${reply.error}`));
      // Structured cloning turns a Buffer into a plain Uint8Array.
      finish(
        null,
        reply.charts.map((c) => ({ ...c, png: Buffer.from(c.png.buffer, c.png.byteOffset, c.png.byteLength) })),
      );
    });
    child.once('error', (err) => finish(err));
    child.once('exit', (code, signal) =>
      finish(new Error(`chart renderer exited (${signal ?? code}) before answering: ${stderr.trim().split('\n').slice(-2).join(' ')}`)),
    );
    child.send({ requests });
  });
}
