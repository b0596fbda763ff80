// An entry's text as BM25 term counts: every topic word, plus the shorter dictionary words
// inside long ones at half weight so a question saying 危房 still meets 危房改造.
import { tokenize } from './tokenize.ts';

export type Terms = Map<string, number>;

export const TERM_WEIGHTS = { word: 1, singleChar: 0.5, part: 0.5, char: 0.3 };

const CJK = /\p{Script=Han}/u;

export function documentTerms(text: string): Terms {
  const terms: Terms = new Map();
  const put = (key: string, w: number) => {
    // Within one phrase a repeated word is still one mention.
    if ((terms.get(key) ?? 0) < w) terms.set(key, w);
  };
  const { tokens, parts } = tokenize(text);
  tokens.forEach((t, i) => {
    if (t.punct || t.stop) return;
    put(`w:${t.text}`, t.text.length === 1 && CJK.test(t.text) ? TERM_WEIGHTS.singleChar : TERM_WEIGHTS.word);
    for (const p of parts.get(i) ?? []) put(`w:${p}`, TERM_WEIGHTS.part);
    for (const ch of t.text) if (CJK.test(ch)) put(`c:${ch}`, TERM_WEIGHTS.char);
  });
  return terms;
}
