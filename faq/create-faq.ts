// The policy FAQ matcher: answers a villager's question from the curated entries, or
// abstains. The index is built once here; match() only segments the question and walks
// the postings of its terms.
//
// How it decides, in order:
// 1. BM25 over the entries' titles, keywords and phrasings picks the best entry.
// 2. A question that asks for something no entry gives (an errand, one's own file, a
//    price, a time or place, the weather, the bot itself) is not answered, whatever it
//    shares with the entry (unserved-intent.ts).
// 3. The best entry must explain the question: its own words must account for at least
//    `threshold` of the question's weight, where a word weighs what it says in general
//    Chinese (explained-share.ts). A specific word no entry uses (社保卡, 猎狗) outweighs
//    the one topic word the question shares with an entry.
// 4. Two entries within `tieMargin` of each other: the one that explains more goes first;
//    if they explain about as much, ask "你是想问 A 还是 B？".
// 5. An entry that explains the question only just (below `confirmBelow`): ask back
//    "你是想问「A」吗？" with the way to get A's answer, instead of answering.
import { faqReplies } from '../prompts/faq-replies.ts';
import type { Bm25Options } from './bm25-index.ts';
import { buildFaqIndex } from './build-faq-index.ts';
import { explainedShare, unitWeights, type ShareOptions } from './explained-share.ts';
import { fillContacts, type FaqContacts } from './fill-contacts.ts';
import { questionUnits } from './question-units.ts';
import type { FaqEntry, FaqMatch } from './types.ts';
import { SERVED_BY_RECORDS, unservedIntent } from './unserved-intent.ts';
import { wordFrequency } from './word-frequency.ts';

/** Tuned on the tune sets of test/faq/fixtures and the dev corpora; prompts/faq/README.md has the figures. */
export const FAQ_DEFAULTS = {
  /** Below this share of the question explained by the best entry, the FAQ abstains. */
  threshold: 0.72,
  /**
   * From `threshold` up to this share the FAQ does not answer but asks back with the best
   * entry's title (你是想问「…」吗？): on the tune sets about one answer in four in that band
   * was wrong, against one in thirty above it, and a question back costs a villager one
   * message where a wrong policy answer can cost them a benefit.
   */
  confirmBelow: 0.8,
  /** Relative gap (top − second) / top under which the second entry is offered too. */
  margin: 0.15,
  /** Relative gap under which the two are a coin toss: ask back instead of answering. */
  tieMargin: 0.03,
  /** …unless one explains at least this much more of the question than the other: it goes first. */
  shareTie: 0.1,
};

/** Tuned on the tune sets of test/faq/fixtures and the dev corpora; prompts/faq/README.md has the figures. */
export const SHARE_DEFAULTS: ShareOptions = {
  base: 4,
  cap: 13,
  unlisted: 12,
  functionFactor: 0.3,
  nameFactor: 0.3,
  predicateFactor: 0.6,
  story: 0.3,
  partFactor: 0.7,
  elsewhere: 0.5,
};

export const BM25_DEFAULTS: Bm25Options = { k1: 1.2, b: 0.5, unknownFactor: 0.7, partFactor: 0.7, satReference: 2, dfMinTf: 0.5 };

export interface CreateFaqOptions {
  entries: FaqEntry[];
  contacts?: FaqContacts;
  threshold?: number;
  margin?: number;
  tieMargin?: number;
  shareTie?: number;
  confirmBelow?: number;
  /** Ranking and weighting knobs, for calibration runs; the defaults are what ships. */
  bm25?: Partial<Bm25Options>;
  share?: Partial<ShareOptions>;
}

export interface Faq {
  match(question: string): FaqMatch;
}

export function createFaq(opts: CreateFaqOptions): Faq {
  const threshold = opts.threshold ?? FAQ_DEFAULTS.threshold;
  const margin = opts.margin ?? FAQ_DEFAULTS.margin;
  const tieMargin = Math.min(margin, opts.tieMargin ?? FAQ_DEFAULTS.tieMargin);
  const shareTie = opts.shareTie ?? FAQ_DEFAULTS.shareTie;
  const confirmBelow = Math.max(threshold, opts.confirmBelow ?? FAQ_DEFAULTS.confirmBelow);
  const shareOpts = { ...SHARE_DEFAULTS, ...opts.share };
  const entries = opts.entries;
  const byId = new Map(entries.map((e) => [e.id, e]));

  const { index, vocab, situational } = buildFaqIndex(entries, { ...BM25_DEFAULTS, ...opts.bm25 });
  const words = wordFrequency();
  const answers = entries.map((e) => fillContacts(e.answer, opts.contacts));

  const abstain = (score: number, alternatives?: string[], answer = faqReplies.abstain): FaqMatch => ({
    answered: false,
    faqId: null,
    score,
    answer,
    ...(alternatives ? { alternatives } : {}),
  });

  return {
    match(question: string): FaqMatch {
      const q = typeof question === 'string' ? question : '';
      const { canon, units } = questionUnits(q, vocab);
      if (units.length === 0) return abstain(0);
      const { scores, touched, wordMatched } = index.search(units);
      let top = -1,
        second = -1;
      for (const d of touched) {
        if (top < 0 || scores[d] > scores[top]) {
          second = top;
          top = d;
        } else if (second < 0 || scores[d] > scores[second]) second = d;
      }
      if (top < 0) return abstain(0);
      const weights = unitWeights(canon, units, words, shareOpts);
      let share = explainedShare(units, weights, top, index, shareOpts, situational[top]);
      const raw = scores[top];
      const gap = second >= 0 ? (raw - scores[second]) / raw : 1;
      // Two entries ranked close: the one that explains more of the question goes first
      // (老党员… 讲讲两不愁三保障: 党员 in the story ranks 五个到户 close, but it explains little).
      let share2 = 0;
      if (second >= 0 && gap < tieMargin) {
        share2 = explainedShare(units, weights, second, index, shareOpts, situational[second]);
        if (share2 > share) {
          [top, second] = [second, top];
          [share, share2] = [share2, share];
        }
      }
      // Lone characters (吃, 种) are too ambiguous to answer on: a whole word must match.
      if (!wordMatched[top]) return abstain(share);
      // Errands, one's own file, prices, opening hours: no entry answers those — except that
      // an entry answered from the asker's own records serves their own case and contacts.
      const intent = unservedIntent(canon);
      if (intent && !(entries[top].dynamic && SERVED_BY_RECORDS.has(intent))) return abstain(share);
      if (share < threshold) return abstain(share);

      const alternatives = second >= 0 && gap < margin ? [entries[top].id, entries[second].id] : undefined;
      if (alternatives && gap < tieMargin && share - share2 < shareTie) {
        // A coin toss between two entries: a wrong answer is worse than a question back.
        return abstain(share, alternatives, faqReplies.clarify(alternatives.map((id) => byId.get(id)!.title)));
      }
      const e = entries[top];
      if (share < confirmBelow) return abstain(share, [e.id], faqReplies.confirm(e.title));
      return {
        answered: true,
        faqId: e.id,
        score: share,
        answer: answers[top],
        ...(alternatives ? { alternatives } : {}),
        ...(e.dynamic ? { dynamic: e.dynamic } : {}),
      };
    },
  };
}
