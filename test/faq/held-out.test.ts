import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEV_CORPUS, faq, fixture, readLabelled } from './support.ts';

/** The scorer's bar (../shared/tools/score-faq.mjs) applied to a labelled file. */
function score(path: string) {
  const cases = readLabelled(path);
  let inScope = 0, hit = 0, wrong = 0, oos = 0, abstained = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const m = faq.match(c.q);
    if (c.expect) {
      inScope++;
      if (m.answered && m.faqId === c.expect) hit++;
      else {
        if (m.answered) wrong++;
        misses.push(`want ${c.expect} got ${m.answered ? m.faqId : '—'}: ${c.q}`);
      }
    } else {
      oos++;
      if (!m.answered) abstained++;
      else misses.push(`want none got ${m.faqId}: ${c.q}`);
    }
  }
  return { top1: hit / inScope, wrong: wrong / inScope, abstained: abstained / oos, inScope, oos, misses };
}

const files: Array<[string, string]> = [
  ['held-out.jsonl', fixture('held-out.jsonl')],
  ['held-out-2.jsonl', fixture('held-out-2.jsonl')],
  ['held-out-3.jsonl', fixture('held-out-3.jsonl')],
  ['held-out-4.jsonl', fixture('held-out-4.jsonl')],
  ['held-out-5.jsonl', fixture('held-out-5.jsonl')],
  ['held-out-6.jsonl', fixture('held-out-6.jsonl')],
];
if (existsSync(DEV_CORPUS)) files.push(['the shared dev corpus', DEV_CORPUS]);

describe.each(files)('labelled questions in %s', (_name, path) => {
  const r = score(path);

  it('has in-scope and out-of-scope questions to score', () => {
    expect(r.inScope).toBeGreaterThanOrEqual(30);
    expect(r.oos).toBeGreaterThanOrEqual(10);
  });

  it('answers at least 90% of in-scope questions with the right entry', () => {
    expect(r.top1, r.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('answers at most 5% of in-scope questions with a wrong entry', () => {
    expect(r.wrong, r.misses.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('abstains on at least 90% of out-of-scope questions', () => {
    expect(r.abstained, r.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
