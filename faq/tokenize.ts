// The shared front half of matching: canonical text (simplified, synonyms rewritten) cut
// into words with their character offsets, so question and entry are cut the same way.
import { normalizeText } from './normalize-text.ts';
import { rewriteSynonyms } from './rewrite-synonyms.ts';
import { isTaughtWord, segment } from './segment.ts';
import { wordFrequency } from './word-frequency.ts';
import { stopWords } from './stop-words.ts';

export interface Token {
  text: string;
  /** Offset in the canonical text, in characters (code points). */
  start: number;
  /** A particle, pronoun or question frame: never a topic. */
  stop: boolean;
  /** Punctuation or symbols: ends a clause. */
  punct: boolean;
}

export interface Tokens {
  canon: string;
  tokens: Token[];
  /** Shorter dictionary words inside long tokens (危房改造 → 危房, 改造), by token index. */
  parts: Map<number, string[]>;
  /** Chance words the dictionary barely knows, cut into characters (先交 → 先 交), by start offset. */
  chance: Map<number, string>;
}

const WORDLIKE = /[\p{Script=Han}\p{L}\p{N}]/u;
/** A-not-A (搞不搞, 报没报) only asks "whether": a question frame, like 有没有. */
const A_NOT_A = /^(\p{Script=Han})[不没]\1$/u;

/** Normalised, synonym-rewritten text: what both sides are matched on. */
export function canonicalText(text: string): string {
  return rewriteSynonyms(normalizeText(text));
}

/**
 * A two-character dictionary word seen only a handful of times in jieba's 60 million words
 * (information 16 and up) that opens with an adverb, a modal or a direction (先交, 能带, 下村)
 * is a chance pairing, not a term: it is read as its two characters, the way the entries'
 * own phrasings say it (先 + 交押金). A rare word that opens otherwise (护工, 环评) is a term.
 * Policy words and keywords stay whole.
 */
const CHANCE_WORD = 16;
const CHANCE_LEAD = new Set([...'先再还都就也才又只很能要会可该得不没别在给把被从向往跟和下上来去']);

function chanceWord(w: string): boolean {
  if (w.length !== 2 || !CHANCE_LEAD.has(w[0]) || !/^\p{Script=Han}{2}$/u.test(w) || isTaughtWord(w)) return false;
  const info = wordFrequency().lookup(w);
  return !!info && info.information >= CHANCE_WORD;
}

export function tokenize(text: string): Tokens {
  const canon = canonicalText(text);
  const { words: cut, parts } = segment(canon);
  const chance = new Map<number, string>();
  const words: string[] = [];
  let offset = 0;
  for (const w of cut) {
    if (chanceWord(w)) {
      chance.set(offset, w);
      words.push(...w);
    } else words.push(w);
    offset += [...w].length;
  }
  const tokens: Token[] = [];
  let at = 0;
  for (const w of words) {
    const punct = !WORDLIKE.test(w);
    // A dictionary "word" made only of stop characters (谁给我, 我也) is a phrase of them.
    const stop = !punct && (stopWords.has(w) || A_NOT_A.test(w) || (w.length > 1 && [...w].every((ch) => stopWords.has(ch))));
    tokens.push({ text: w, start: at, stop, punct });
    at += [...w].length;
  }
  // cutForSearch lists sub-words right before the long word that holds them; attach each
  // to the first longer token containing it.
  const byToken = new Map<number, string[]>();
  const remaining = parts.filter((p) => WORDLIKE.test(p) && !stopWords.has(p));
  if (remaining.length) {
    tokens.forEach((t, i) => {
      if (t.punct || t.text.length < 3) return;
      const inside = remaining.filter((p) => p.length < t.text.length && t.text.includes(p));
      if (inside.length) byToken.set(i, [...new Set(inside)]);
    });
  }
  return { canon, tokens, parts: byToken, chance };
}
