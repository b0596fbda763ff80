// Parser throughput on realistic check-ins: messages per second over the whole batch, and
// the per-message latency at p50 and p99. Run alone: `npx tsx bench/parse-throughput.ts [n]`.
import { pathToFileURL } from 'node:url';
import { parseMessage } from '../commands/parse/parse-message.ts';
import { generateCheckins } from './checkin-corpus.ts';

export interface ParseBenchResult {
  name: 'parser';
  messages: number;
  perSecond: number;
  p50Us: number;
  p99Us: number;
}

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function onePass(corpus: { text: string; now: Date }[]): { seconds: number; times: Float64Array } {
  const times = new Float64Array(corpus.length);
  let sink = 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < corpus.length; i++) {
    const t0 = process.hrtime.bigint();
    const parsed = parseMessage(corpus[i].text, corpus[i].now);
    sink += 'issues' in parsed ? parsed.issues.length : 0;
    times[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (sink < 0) throw new Error('unreachable: keeps the results alive');
  return { seconds, times };
}

/** Best of three passes: on a shared machine the slowest pass measures the neighbours, not the parser. */
export async function runParseBench(n = 10000): Promise<ParseBenchResult> {
  const corpus = generateCheckins(n, 20261122).map((c) => ({ text: c.text, now: new Date(c.now) }));
  // Warm-up lets the JIT settle so the numbers describe a running bot, not a cold start.
  for (let i = 0; i < Math.min(n, 3000); i++) parseMessage(corpus[i].text, corpus[i].now);
  let best = onePass(corpus);
  for (let pass = 1; pass < 3; pass++) {
    const next = onePass(corpus);
    if (next.seconds < best.seconds) best = next;
  }
  best.times.sort();
  return {
    name: 'parser',
    messages: n,
    perSecond: Math.round(n / best.seconds),
    p50Us: Math.round(percentile(best.times, 50) * 10) / 10,
    p99Us: Math.round(percentile(best.times, 99) * 10) / 10,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const n = Number(process.argv[2]) || 10000;
  console.log(JSON.stringify(await runParseBench(n), null, 2));
}
