// FAQ accuracy on every labelled question set, in one process (the project's shared scorer
// runs `cli ask --batch` once per file and prints the same figures).
// `npx tsx bench/faq-accuracy.ts` prints one line per tune set and one for all of them;
// `--misses` also lists what they got wrong; `--variants` adds the tune sets as voice typing
// delivers them (faq-variants.ts); `--report` adds the fresh report set's figures (never its
// misses: it is scored, not studied).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createFaq } from '../faq/create-faq.ts';
import { loadFaqEntries } from '../faq/load-entries.ts';
import { readLabelled, runOnVariant, slipVariant, type Labelled } from './faq-variants.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export const FAQ_SETS: Array<{ name: string; path: string; role: 'tune' | 'report' }> = [
  { name: 'dev', path: here('../../shared/corpus/faq.dev.jsonl'), role: 'tune' },
  { name: 'dev2', path: here('../../shared/corpus/faq.dev2.jsonl'), role: 'tune' },
  ...[
    'held-out',
    'held-out-2',
    'held-out-3',
    'held-out-4',
    'held-out-5',
    'held-out-6',
    'held-out-7',
    'independent-tune',
    'independent-report',
    'fresh-report',
    'fresh-report-2',
    'fresh-report-3',
  ].map((n) => ({
    name: n,
    path: here(`../test/faq/fixtures/${n}.jsonl`),
    role: 'tune' as const,
  })),
  // Written and committed before any run; scored, never studied. (The first three fresh report
  // sets were studied after they had been scored: they are tune data now.)
  { name: 'fresh-report-4', path: here('../test/faq/fixtures/fresh-report-4.jsonl'), role: 'report' },
];

export interface FaqAccuracy {
  name: string;
  questions: number;
  /** In-scope questions answered with the right entry, of all in-scope. */
  top1: number;
  /** Out-of-scope questions not answered, of all out-of-scope. */
  abstained: number;
  /** In-scope answered with a wrong entry plus out-of-scope answered, of all questions. */
  wrongShare: number;
  misses: string[];
}

type Match = (q: string) => { answered: boolean; faqId: string | null; score: number };

export function scoreFaqSet(match: Match, name: string, path: string): FaqAccuracy {
  return scoreFaqCases(match, name, readLabelled(path));
}

export function scoreFaqCases(match: Match, name: string, cases: readonly Labelled[]): FaqAccuracy {
  let inScope = 0,
    hit = 0,
    wrong = 0,
    oos = 0,
    abstained = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const m = match(c.q);
    const got = m.answered ? m.faqId : '—';
    if (c.expect) {
      inScope++;
      if (m.answered && m.faqId === c.expect) hit++;
      else {
        if (m.answered) wrong++;
        misses.push(`want ${c.expect} got ${got} (${m.score.toFixed(2)}): ${c.q}`);
      }
    } else {
      oos++;
      if (!m.answered) abstained++;
      else {
        wrong++;
        misses.push(`want none got ${got} (${m.score.toFixed(2)}): ${c.q}`);
      }
    }
  }
  return {
    name,
    questions: cases.length,
    top1: inScope ? hit / inScope : 1,
    abstained: oos ? abstained / oos : 1,
    wrongShare: wrong / cases.length,
    misses,
  };
}

const line = (r: FaqAccuracy) =>
  `${r.name.padEnd(20)} ${String(r.questions).padStart(4)}  top-1 ${r.top1.toFixed(3)}  abstained ${r.abstained.toFixed(3)}  wrong ${(100 * r.wrongShare).toFixed(1)}%`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const showMisses = process.argv.includes('--misses');
  const withReport = process.argv.includes('--report');
  const entries = loadFaqEntries();
  const faq = createFaq({ entries });
  const match = (q: string) => faq.match(q);
  const tune: Labelled[] = [];
  for (const set of FAQ_SETS) {
    if (!existsSync(set.path) || (set.role === 'report' && !withReport)) continue;
    const r = scoreFaqSet(match, set.name, set.path);
    console.log(line(r));
    if (set.role === 'tune') tune.push(...readLabelled(set.path));
    if (showMisses && set.role === 'tune') for (const m of r.misses) console.log(`    ${m}`);
  }
  console.log(line(scoreFaqCases(match, 'all tune sets', tune)));
  if (process.argv.includes('--variants')) {
    console.log(line(scoreFaqCases(match, 'tune, run-on', runOnVariant(tune))));
    console.log(line(scoreFaqCases(match, 'tune, slipped word', slipVariant(tune, entries))));
  }
}
