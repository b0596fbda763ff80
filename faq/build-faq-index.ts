// Everything match() needs that depends only on the entries: the BM25 index and the
// vocabulary views over it (exact words, same-sounding words, words containing a clip).
// Built once per createFaq; also used by calibration scripts to inspect scores.
import { Bm25Index, type Bm25Options } from './bm25-index.ts';
import { createContainingWords } from './containing-words.ts';
import { entryTerms, situationTerms } from './entry-terms.ts';
import { createHomophoneMap } from './homophone-map.ts';
import type { Vocabulary } from './question-units.ts';
import { domainWords } from './domain-words.ts';
import { addSegmenterWords, segment } from './segment.ts';
import { canonicalText } from './tokenize.ts';
import { wordFrequency } from './word-frequency.ts';
import type { FaqEntry } from './types.ts';

export interface FaqIndex {
  index: Bm25Index;
  vocab: Vocabulary;
  /** Per entry, the words it knows only as circumstances (entry-terms.ts). */
  situational: ReadonlyArray<ReadonlySet<string>>;
}

/**
 * Information (−ln share of jieba's corpus) from which a two-character word no entry knows is
 * taken for a slip when it sounds exactly like a policy name: about 1 in 160,000 words.
 */
const RARE_SLIP = 12;

/** Longer keywords stay out of the segmenter's dictionary: split, they still match in parts. */
const MAX_DICTIONARY_WORD = 6;

export function buildFaqIndex(entries: FaqEntry[], bm25: Bm25Options): FaqIndex {
  // Entry keywords become whole words for the segmenter, so a question that uses them is
  // cut the same way the entry was. Canonical form, since that is what gets segmented.
  addSegmenterWords(
    entries
      .flatMap((e) => [...e.keywords, ...(e.situations ?? []), e.title].map(canonicalText))
      .filter((w) => w.length <= MAX_DICTIONARY_WORD),
  );
  const index = new Bm25Index(entries.map(entryTerms), bm25);
  const words = [...index.terms()].filter((t) => t.startsWith('w:')).map((t) => t.slice(2));
  // Words that name a topic: those of the entry titles, and the policy terms.
  const names = new Set([
    ...domainWords,
    ...entries.flatMap((e) => {
      const { words: whole, parts } = segment(canonicalText(e.title));
      return [...whole, ...parts];
    }),
  ]);
  return {
    index,
    situational: entries.map(situationTerms),
    vocab: {
      has: (term) => index.has(term),
      homophones: createHomophoneMap(words, names),
      allHomophones: createHomophoneMap(words, new Set(words)),
      containing: createContainingWords(words),
      rare: (word) => (wordFrequency().lookup(word)?.information ?? 0) >= RARE_SLIP,
    },
  };
}
