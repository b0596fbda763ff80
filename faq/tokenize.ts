// The shared front half of matching: canonical text (simplified, synonyms rewritten) cut
// into words with their character offsets, so question and entry are cut the same way.
import { normalizeText } from './normalize-text.ts';
import { rewriteSynonyms } from './rewrite-synonyms.ts';
import { segment } from './segment.ts';
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
}

const WORDLIKE = /[\p{Script=Han}\p{L}\p{N}]/u;
/** A-not-A (搞不搞, 报没报) only asks "whether": a question frame, like 有没有. */
const A_NOT_A = /^(\p{Script=Han})[不没]\1$/u;

/** Normalised, synonym-rewritten text: what both sides are matched on. */
export function canonicalText(text: string): string {
  return rewriteSynonyms(normalizeText(text));
}

export function tokenize(text: string): Tokens {
  const canon = canonicalText(text);
  const { words, parts } = segment(canon);
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
  return { canon, tokens, parts: byToken };
}
