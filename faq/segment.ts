// Word segmentation with jieba. The stock dictionary (~350k words) is parsed once per
// process; domain words are loaded on top with a high count so they are never split.
import { Jieba } from '@node-rs/jieba';
import { domainWords } from './domain-words.ts';
import { stockDictionary } from './stock-dictionary.ts';

const DOMAIN_WORD_COUNT = 200000;
let jieba: Jieba | undefined;
const added = new Set<string>();

function instance(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(stockDictionary());
    addSegmenterWords(domainWords);
  }
  return jieba;
}

/** Whether a word was taught to the segmenter (a policy word or an entry keyword). */
export function isTaughtWord(word: string): boolean {
  instance();
  return added.has(word);
}

/** Teaches the segmenter more whole words (entry keywords); repeats are skipped. */
export function addSegmenterWords(words: Iterable<string>): void {
  const fresh: string[] = [];
  for (const w of words) {
    // Single characters need no entry; whitespace would corrupt the dictionary line.
    if (w.length < 2 || /\s/u.test(w) || added.has(w)) continue;
    added.add(w);
    fresh.push(`${w} ${DOMAIN_WORD_COUNT} n`);
  }
  if (fresh.length) instance().loadDict(Buffer.from(`${fresh.join('\n')}\n`));
}

/**
 * `words`: the best single segmentation (no HMM, so unknown runs fall to single
 * characters rather than invented words). `parts`: the shorter dictionary words inside
 * long ones (危房改造 → 危房, 改造), for partial matches.
 */
export function segment(text: string): { words: string[]; parts: string[] } {
  const j = instance();
  const words = j.cut(text, false);
  const whole = new Set(words);
  const parts = j.cutForSearch(text, false).filter((w) => !whole.has(w));
  return { words, parts };
}
