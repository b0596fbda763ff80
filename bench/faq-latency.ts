// FAQ match latency: p50/p99 of one match() with the shipped entries and with 1,000
// synthetic entries (the index must stay fast as counties add their own topics).
// `npx tsx bench/faq-latency.ts` prints the results; `npm run bench` collects them.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createFaq } from '../faq/create-faq.ts';
import { loadFaqEntries } from '../faq/load-entries.ts';
import type { FaqEntry } from '../faq/types.ts';
import { wordFrequency } from '../faq/word-frequency.ts';
import { mulberry32 } from './mulberry32.ts';

export interface FaqBenchResult {
  name: 'faq';
  entries: number;
  questions: number;
  buildMs: number;
  p50Ms: number;
  p99Ms: number;
  heapMB: number;
  rssMB: number;
  /** CPU time ÷ wall time while matching: well under 1 means other processes took the cores. */
  cpuShare: number;
}

export interface WordTableResult {
  name: 'faq word table';
  /** Reading jieba's dictionary and building the compact frequency table, once per process. */
  buildMs: number;
  /** Resident memory the table added. */
  rssMB: number;
}

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Questions villagers ask: the labelled fixtures (and the shared dev corpus when present). */
function workload(): string[] {
  const files = [
    here('../test/faq/fixtures/held-out.jsonl'),
    here('../test/faq/fixtures/held-out-2.jsonl'),
    here('../test/faq/fixtures/held-out-3.jsonl'),
    here('../test/faq/fixtures/held-out-4.jsonl'),
    here('../test/faq/fixtures/held-out-5.jsonl'),
    here('../test/faq/fixtures/held-out-6.jsonl'),
    here('../test/faq/fixtures/independent-tune.jsonl'),
    here('../test/faq/fixtures/independent-report.jsonl'),
    here('../../shared/corpus/faq.dev.jsonl'),
    here('../../shared/corpus/faq.dev2.jsonl'),
  ].filter((f) => existsSync(f));
  return files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l).q as string),
  );
}

/**
 * 1,000 entries with a realistic spread of vocabulary: each keeps a shipped entry's shape
 * but draws its topic words from the segmenter's own dictionary, so the index holds tens of
 * thousands of distinct terms and common question words hit long posting lists.
 */
export function syntheticEntries(count: number, base: FaqEntry[]): FaqEntry[] {
  const rand = mulberry32(20261123);
  const dictPath = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
  const words = readFileSync(dictPath, 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[0])
    .filter((w) => /^\p{Script=Han}{2,4}$/u.test(w));
  const pick = () => words[Math.floor(rand() * words.length)];
  return Array.from({ length: count }, (_, i) => {
    const b = base[i % base.length];
    const topic = [pick(), pick(), pick()];
    return {
      id: `synthetic-${i}`,
      title: `${topic[0]}${topic[1]}`,
      answer: `${b.answer.slice(0, 60)}${topic.join('、')}，以当地公布为准。`,
      source: 'synthetic',
      questions: b.questions.map((q, j) => (j % 2 ? `${topic[j % 3]}${q}` : `${q}${pick()}`)),
      keywords: [...topic, ...b.keywords.slice(0, 4)],
    };
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * p50/p99 per round, then the median round: the bench shares its cores with whatever
 * else runs (tests, other benches), and one preempted round should not set the figure.
 */
function measure(entries: FaqEntry[], questions: string[], rounds: number): FaqBenchResult {
  const t0 = performance.now();
  const faq = createFaq({ entries });
  const buildMs = performance.now() - t0;
  for (const q of questions) faq.match(q); // warm the JIT, the segmenter and the pinyin cache
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  const p50s: number[] = [];
  const p99s: number[] = [];
  let count = 0;
  for (let r = 0; r < rounds; r++) {
    const times: number[] = [];
    for (const q of questions) {
      const s = performance.now();
      faq.match(q);
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    p50s.push(percentile(times, 50));
    p99s.push(percentile(times, 99));
    count += times.length;
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuShare = (cpu.user + cpu.system) / 1000 / (performance.now() - wall0);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const round = (x: number) => Number(x.toFixed(3));
  return {
    name: 'faq',
    entries: entries.length,
    questions: count,
    buildMs: Math.round(buildMs),
    p50Ms: round(median(p50s)),
    p99Ms: round(median(p99s)),
    heapMB: Number((process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)),
    rssMB: Number((process.memoryUsage().rss / 2 ** 20).toFixed(1)),
    cpuShare: Number(cpuShare.toFixed(2)),
  };
}

function measureWordTable(): WordTableResult {
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  wordFrequency();
  return {
    name: 'faq word table',
    buildMs: Math.round(performance.now() - t0),
    rssMB: Number(((process.memoryUsage().rss - rss0) / 2 ** 20).toFixed(1)),
  };
}

export async function runFaqBench(): Promise<Array<FaqBenchResult | WordTableResult>> {
  const shipped = loadFaqEntries();
  const questions = workload();
  const table = measureWordTable();
  // Shipped first: the synthetic FAQ teaches the (process-wide) segmenter extra words.
  const small = measure(shipped, questions, 9);
  const large = measure(syntheticEntries(1000, shipped), questions, 9);
  return [table, small, large];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const r of await runFaqBench()) {
    if (r.name === 'faq word table') {
      console.log(`faq word table: built in ${r.buildMs} ms, rss +${r.rssMB} MB`);
      continue;
    }
    console.log(
      `faq: ${r.entries} entries, ${r.questions} matches: p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms (median of 9 rounds), build ${r.buildMs} ms, heap ${r.heapMB} MB, rss ${r.rssMB} MB, cpu share ${r.cpuShare}`,
    );
  }
}
