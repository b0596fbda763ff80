// An entry as one BM25 document: each field's terms, scaled by how much that field says
// about what the entry answers (a keyword or the title more than one phrasing, the
// answer text least, since it mentions neighbouring topics in passing).
import { documentTerms, type Terms } from './document-terms.ts';
import type { FaqEntry } from './types.ts';

export const FIELD_WEIGHTS = { title: 2, keywords: 2, questions: 1, answer: 0.3 };

function addTerms(into: Terms, from: Terms, weight: number): void {
  for (const [t, w] of from) into.set(t, (into.get(t) ?? 0) + w * weight);
}

export function entryTerms(e: FaqEntry): Terms {
  const terms: Terms = new Map();
  addTerms(terms, documentTerms(e.title), FIELD_WEIGHTS.title);
  for (const k of e.keywords) addTerms(terms, documentTerms(k), FIELD_WEIGHTS.keywords);
  for (const q of e.questions) addTerms(terms, documentTerms(q), FIELD_WEIGHTS.questions);
  addTerms(terms, documentTerms(e.answer), FIELD_WEIGHTS.answer);
  return terms;
}
