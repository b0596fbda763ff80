// An entry as one BM25 document: each field's terms, scaled by how much that field says
// about what the entry answers (a keyword or the title more than one phrasing). The
// answer text is not indexed: it mentions neighbouring topics and documents in passing
// (身份证, 户口本, 医保电子凭证), which made questions about those look answered, and
// answers are rewritten by their editors without a thought for matching.
import { documentTerms, type Terms } from './document-terms.ts';
import type { FaqEntry } from './types.ts';

export const FIELD_WEIGHTS = { title: 3, keywords: 2, questions: 1 };

function addTerms(into: Terms, from: Terms, weight: number): void {
  for (const [t, w] of from) into.set(t, (into.get(t) ?? 0) + w * weight);
}

export function entryTerms(e: FaqEntry): Terms {
  const terms: Terms = new Map();
  addTerms(terms, documentTerms(e.title), FIELD_WEIGHTS.title);
  for (const k of [...e.keywords, ...(e.situations ?? [])]) addTerms(terms, documentTerms(k), FIELD_WEIGHTS.keywords);
  for (const q of e.questions) addTerms(terms, documentTerms(q), FIELD_WEIGHTS.questions);
  return terms;
}

/**
 * The words an entry knows only as circumstances: those of its `situations` that its title and
 * keywords do not also use. They explain a question only beside a word that names the entry.
 */
export function situationTerms(e: FaqEntry): Set<string> {
  const named = new Set<string>();
  for (const k of [e.title, ...e.keywords]) for (const t of documentTerms(k).keys()) named.add(t);
  const out = new Set<string>();
  for (const s of e.situations ?? []) for (const t of documentTerms(s).keys()) if (t.startsWith('w:') && !named.has(t)) out.add(t);
  return out;
}
