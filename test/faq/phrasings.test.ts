// The entries' ways of asking are written for the entries, not copied from the questions
// the matcher is scored on: a copied line would make that set's figure say nothing.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { charPairs, nearCopy } from './char-pairs.ts';
import { DEV_CORPUS, entries, fixture, readLabelled } from './support.ts';

const DEV2 = fileURLToPath(new URL('../../../shared/corpus/faq.dev2.jsonl', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

describe("the entries' ways of asking", () => {
  const labelled = [
    ...readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readLabelled(fixture(f))),
    ...[DEV_CORPUS, DEV2].filter((p) => existsSync(p)).flatMap((p) => readLabelled(p)),
  ].map((c) => ({ q: c.q, pairs: charPairs(c.q) }));

  it('copy no labelled question, nor come close to one', () => {
    const copied = entries.flatMap((e) =>
      e.questions
        .map((q) => {
          const pairs = charPairs(q);
          return { q, near: labelled.find((c) => nearCopy(pairs, [c.pairs])) };
        })
        .filter((x) => x.near)
        .map((x) => `${e.id}: ${x.q} ≈ ${x.near!.q}`),
    );
    expect(copied).toEqual([]);
  });
});
