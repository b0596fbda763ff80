// How much of a question one entry explains, 0..1: the question's words weighted by how
// much they say in general Chinese (jieba's word counts), and the share of that weight
// the entry's own words account for. A specific word no entry uses (社保卡, 猎狗, 年审)
// pulls the share down hard; filler (时候, 一下, 那个) costs almost nothing.
import type { Bm25Index } from './bm25-index.ts';
import { questionClauses } from './question-clauses.ts';
import type { QuestionUnit } from './question-units.ts';
import { kinshipWords } from './kinship-words.ts';
import { TagClass, type WordFrequency } from './word-frequency.ts';

const NONE: ReadonlySet<string> = new Set();

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
  /**
   * Weight of a word outside the clause that asks (the villager's story) when the entry
   * does not know it: 工地, 冰雹, 灶房 tell the situation more than they name a topic.
   */
  story: number;
  /** How far the parts of a long word stand for it. */
  partFactor: number;
  /**
   * Weight of a word other entries use but this one does not. It is policy talk (脱贫户,
   * 补助, 找工作 in a question about 公益岗), weaker evidence against this entry than a
   * word no entry knows, which points outside the FAQ altogether.
   */
  elsewhere: number;
}

export function unitWeight(word: string, words: WordFrequency, o: ShareOptions): number {
  const info = words.lookup(word);
  const information = Math.min(o.cap, info ? info.information : o.unlisted);
  const w = Math.max(0, information - o.base);
  if (kinshipWords.has(word)) return w * o.nameFactor;
  if (!info || info.tag === TagClass.Content) return w;
  return w * (info.tag === TagClass.Name ? o.nameFactor : info.tag === TagClass.Predicate ? o.predicateFactor : o.functionFactor);
}

/** A clause that asks only whether the clause before it is true. */
const TRUTH_TAG =
  /^[，,]?(?:这|那)?(?:是不是真的|是真的吗?|是真的不|真的吗|真的不|真的假的|是真是假|真假|对不对|对吗|是吗|是不是|有没有这回事|有这回事吗|靠谱吗|靠不靠谱)[吗呢啊呀吧哦]*[？?。!！]*$/u;

/** What each question unit weighs, and whether it lies outside the clause that asks. */
export interface UnitWeights {
  weight: Float64Array;
  background: Uint8Array;
}

/** Each unit's weight in the question (its word's information), and where it stands. */
export function unitWeights(canon: string, units: readonly QuestionUnit[], words: WordFrequency, o: ShareOptions): UnitWeights {
  const { clauses, asking } = questionClauses(canon);
  const weight = Float64Array.from(units, (u) => u.weight * unitWeight(u.key.slice(2), words, o));
  const askTo = clauses[asking]?.end ?? Infinity;
  // A clause that only asks whether what was said is true (听说…，是真的不) asks about the
  // clause before it: that one is the question, not the story. (找谁, 咋办 after a story ask
  // for help with it: there the story stays the story.)
  const chars = [...canon];
  const ask = asking > 0 && TRUTH_TAG.test(chars.slice(clauses[asking].start, askTo).join('')) ? asking - 1 : asking;
  const askFrom = clauses[ask]?.start ?? 0;
  const background = Uint8Array.from(units, (u) => (u.start >= askFrom && u.start < askTo ? 0 : 1));
  return { weight, background };
}

/** The share of the question's weight that entry `doc` explains, 0..1. */
export function explainedShare(
  units: readonly QuestionUnit[],
  { weight, background }: UnitWeights,
  doc: number,
  index: Bm25Index,
  o: ShareOptions,
  situational: ReadonlySet<string> = NONE,
): number {
  let total = 0,
    explained = 0,
    // What circumstance words alone explain, and whether any word names the entry itself.
    byCircumstance = 0,
    named = false;
  for (let k = 0; k < units.length; k++) {
    const u = units[k];
    const w = weight[k];
    if (w === 0) continue;
    let x = 0,
      circumstance = true;
    for (const f of u.features) {
      if (!index.contains(f.term, doc)) continue;
      if (!situational.has(f.term)) circumstance = false;
      if (f.factor > x) x = f.factor;
    }
    // The parts of an unindexed long word stand for it only when together they cover it:
    // 危房 + 改造 is 危房改造, but 健康 alone is not 健康证 (a compound names what its last
    // part names).
    if (u.parts.length && x < o.partFactor && coveredByParts(u.key.slice(2), u.parts, index, doc)) x = o.partFactor;
    // A word the entry does not know counts against it: in full if no entry knows it,
    // less if it is policy talk another entry uses, less again in the villager's story.
    const against = x > 0 || !u.known ? w : w * o.elsewhere;
    total += x === 0 && background[k] ? against * o.story : against;
    explained += w * x;
    if (x > 0 && circumstance) byCircumstance += w * x;
    else if (x > 0) named = true;
  }
  // A question about a circumstance alone (工伤怎么认定) asks something the entry does not answer.
  if (!named) explained -= byCircumstance;
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
