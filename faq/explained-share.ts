// How much of a question one entry explains, 0..1: the question's words weighted by how
// much they say in general Chinese (jieba's word counts), and the share of that weight
// the entry's own words account for. A specific word no entry uses (社保卡, 猎狗, 年审)
// pulls the share down hard; filler (时候, 一下, 那个) costs almost nothing.
import type { Bm25Index } from './bm25-index.ts';
import { questionClauses } from './question-clauses.ts';
import type { QuestionUnit } from './question-units.ts';
import { TagClass, type WordFrequency } from './word-frequency.ts';

export interface ShareOptions {
  /** Information (−ln share of the corpus) at or below which a word says nothing. */
  base: number;
  /** Information above which a rarer word is not taken as more telling. */
  cap: number;
  /** Information of a word jieba's dictionary does not list (policy terms, slips). */
  unlisted: number;
  /** Weight of numbers, times, pronouns, adverbs relative to content words. */
  functionFactor: number;
  /** Weight of person and place names (and kinship words jieba tags as names). */
  nameFactor: number;
  /** Weight of verbs, adjectives and set phrases relative to nouns. */
  predicateFactor: number;
  /** Weight of words outside the clause that asks. */
  background: number;
  /** How far the parts of a long word stand for it. */
  partFactor: number;
  /**
   * Weight of a word several other entries use but this one does not. Such a word is the
   * common talk of the policy (脱贫户, 补助, 政府 in a question about 公益岗), not evidence
   * of a topic outside the FAQ. A word only one or two other entries use (鸡蛋 in a
   * question about 高血压) names their topic, and counts in full against this one.
   */
  elsewhere: number;
  /** Entries that must use a word for it to count as the policy's common talk. */
  commonIn: number;
}

export function unitWeight(word: string, words: WordFrequency, o: ShareOptions): number {
  const info = words.lookup(word);
  const information = Math.min(o.cap, info ? info.information : o.unlisted);
  const w = Math.max(0, information - o.base);
  if (!info || info.tag === TagClass.Content) return w;
  return w * (info.tag === TagClass.Name ? o.nameFactor : info.tag === TagClass.Predicate ? o.predicateFactor : o.functionFactor);
}

/** Each unit's place in the question: 1 in the clause that asks, `background` elsewhere. */
export function clauseWeights(canon: string, units: readonly QuestionUnit[], o: ShareOptions): Float64Array {
  const { clauses, asking } = questionClauses(canon);
  const askFrom = clauses[asking]?.start ?? 0, askTo = clauses[asking]?.end ?? Infinity;
  return Float64Array.from(units, (u) => (u.start >= askFrom && u.start < askTo ? 1 : o.background));
}

/** Each unit's weight in the question: its word's information, less outside the asking clause. */
export function unitWeights(canon: string, units: readonly QuestionUnit[], words: WordFrequency, o: ShareOptions): Float64Array {
  const place = clauseWeights(canon, units, o);
  return Float64Array.from(units, (u, k) => unitWeight(u.key.slice(2), words, o) * place[k]);
}

export function explainedShare(units: readonly QuestionUnit[], weights: ArrayLike<number>, doc: number, index: Bm25Index, o: ShareOptions): number {
  let total = 0, explained = 0;
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    const w = u.weight * weights[k];
    if (w === 0) continue;
    let x = 0;
    for (const f of u.features) if (f.factor > x && index.contains(f.term, doc)) x = f.factor;
    // The parts of an unindexed long word stand for it only when together they cover it:
    // 危房 + 改造 is 危房改造, but 健康 alone is not 健康证 (a compound names what its last
    // part names).
    if (u.parts.length && x < o.partFactor && coveredByParts(u.key.slice(2), u.parts, index, doc)) x = o.partFactor;
    total += x > 0 || !u.known || index.entriesUsing(u.key) < o.commonIn ? w : w * o.elsewhere;
    explained += w * x;
  }
  return total > 0 ? explained / total : 0;
}

function coveredByParts(word: string, parts: readonly string[], index: Bm25Index, doc: number): boolean {
  const covered = new Uint8Array(word.length);
  for (const p of parts) {
    if (!index.contains(p, doc)) continue;
    const text = p.slice(2);
    for (let at = word.indexOf(text); at >= 0; at = word.indexOf(text, at + 1)) covered.fill(1, at, at + text.length);
  }
  return covered.every((c) => c === 1);
}
