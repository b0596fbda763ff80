// How common a word is in general Chinese, from the counts in jieba's stock dictionary
// (a corpus of about 60 million words). A word the FAQ entries never use is evidence the
// question is about something else in proportion to how specific it is: 社保卡 (3 in 60
// million) says much more than 时候 (31,521). Also the word's part of speech, so numbers,
// times, pronouns and names can count for less.
//
// Compact on purpose: the table keeps a 32-bit fingerprint, the rounded information and a
// tag class per word in typed arrays (3.5 MB for 350k words), not a Map of strings;
// the dictionary text itself is not kept. A fingerprint collision can give an absent word
// some other word's count: with 350k words and 2^32 fingerprints that is about one
// question word in ten thousand, and it only shifts that word's weight.
import { stockDictionary } from './stock-dictionary.ts';

/** Part-of-speech classes that matter to the FAQ: what the word can say about a topic. */
export enum TagClass {
  /** Nouns, and words jieba does not tag: things. */
  Content = 0,
  /** Verbs, adjectives, idioms and set phrases: what is said of things. */
  Predicate = 3,
  /** Numbers, classifiers, time words, pronouns, adverbs, particles, conjunctions. */
  Function = 1,
  /** Person and place names (jieba also tags kinship words such as 老汉 as names). */
  Name = 2,
}

export interface WordInfo {
  /** −ln(count / total): 4 for the commonest words, about 17 for the rarest. */
  information: number;
  tag: TagClass;
}

export interface WordFrequency {
  lookup(word: string): WordInfo | undefined;
  /** Information of a word seen once in the corpus: what an unlisted word is taken to carry. */
  readonly rarest: number;
}

// 2^19 slots for ~350k words: probes stay short (load 0.67) and the arrays take 3.5 MB.
const SLOTS = 1 << 19;
const FUNCTION_TAGS = new Set([
  'm',
  'mq',
  'mg',
  'q',
  't',
  'tg',
  'r',
  'rr',
  'rz',
  'rg',
  'd',
  'dg',
  'df',
  'ad',
  'p',
  'c',
  'u',
  'uj',
  'ul',
  'uv',
  'uz',
  'ud',
  'ug',
  'y',
  'e',
  'o',
  'f',
  'k',
  'h',
  'x',
]);
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns']);
const PREDICATE_TAGS = new Set(['v', 'vd', 'vi', 'vg', 'vq', 'a', 'ad', 'an', 'ag', 'i', 'l', 'z', 'b', 'zg']);

function fnv1a(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

/** Packs an ASCII tag of up to four letters into one number, so it is compared without strings. */
const packTag = (tag: string) => [...tag].reduce((a, ch) => a * 128 + ch.charCodeAt(0), 0);
const TAG_CLASS = new Map<number, TagClass>([
  ...[...FUNCTION_TAGS].map((t) => [packTag(t), TagClass.Function] as const),
  ...[...NAME_TAGS].map((t) => [packTag(t), TagClass.Name] as const),
  ...[...PREDICATE_TAGS].map((t) => [packTag(t), TagClass.Predicate] as const),
]);

/** Calls `line(wordFrom, wordTo, count, tagCode)` for every "word count tag" line. */
function eachLine(d: Uint8Array, line: (from: number, to: number, count: number, tag: number) => void): void {
  for (let i = 0; i < d.length; ) {
    let sp = i;
    while (sp < d.length && d[sp] !== 0x20 && d[sp] !== 0x0a) sp++;
    let j = sp + 1,
      count = 0,
      tag = 0;
    if (sp < d.length && d[sp] === 0x20) {
      for (; j < d.length && d[j] >= 0x30 && d[j] <= 0x39; j++) count = count * 10 + d[j] - 0x30;
      if (d[j] === 0x20) for (j++; j < d.length && d[j] > 0x20; j++) tag = tag * 128 + d[j];
    }
    while (j < d.length && d[j] !== 0x0a) j++;
    if (sp > i && count > 0) line(i, sp, count, tag);
    i = j + 1;
  }
}

/** Builds the table from dictionary text (lines "word count tag"); the default is jieba's own. */
export function createWordFrequency(dictionary: Uint8Array = stockDictionary()): WordFrequency {
  const prints = new Uint32Array(SLOTS);
  const info = new Uint16Array(SLOTS); // information × 256; 0 marks an empty slot
  const tags = new Uint8Array(SLOTS);
  let total = 0;
  eachLine(dictionary, (_f, _t, count) => {
    total += count;
  });
  const logTotal = Math.log(total);
  const place = (hash: number) => {
    let s = hash & (SLOTS - 1);
    while (info[s] !== 0 && prints[s] !== hash) s = (s + 1) & (SLOTS - 1);
    return s;
  };
  eachLine(dictionary, (from, to, count, tag) => {
    const hash = fnv1a(dictionary, from, to);
    const s = place(hash);
    if (info[s] !== 0) return; // a repeated word: the first line wins
    prints[s] = hash;
    info[s] = Math.max(1, Math.round((logTotal - Math.log(count)) * 256));
    tags[s] = TAG_CLASS.get(tag) ?? TagClass.Content;
  });
  const encoder = new TextEncoder();
  const scratch = new Uint8Array(256);
  return {
    rarest: logTotal,
    lookup(word) {
      const { written } = encoder.encodeInto(word, scratch);
      if (!written || written >= scratch.length) return undefined;
      const s = place(fnv1a(scratch, 0, written));
      return info[s] === 0 ? undefined : { information: info[s] / 256, tag: tags[s] as TagClass };
    },
  };
}

let shared: WordFrequency | undefined;

/** The process-wide table over jieba's dictionary, built on first use (~0.1 s). */
export function wordFrequency(): WordFrequency {
  return (shared ??= createWordFrequency());
}
