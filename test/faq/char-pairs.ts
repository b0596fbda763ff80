// How close two questions are, by the character pairs they share: the measure the
// fixture checks use to keep one labelled line from being a near copy of another.

/** Character pairs of a question, without punctuation or spaces. */
export const charPairs = (s: string) => {
  const chars = [...s.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '')];
  return new Set(chars.slice(1).map((c, i) => chars[i] + c));
};

/** Shared pairs over all pairs of the two (Jaccard); 0.6 and above counts as a near copy. */
export const pairOverlap = (a: Set<string>, b: Set<string>) => {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared || 1);
};

/**
 * Whether `q` is a near copy of any of `lines` (pairs computed once by the caller). Two sets
 * whose sizes differ by more than the threshold allows cannot reach it, so most are skipped
 * without counting.
 */
export const nearCopy = (q: Set<string>, lines: readonly Set<string>[], threshold = 0.6) =>
  lines.some((p) => Math.min(p.size, q.size) >= threshold * Math.max(p.size, q.size) && pairOverlap(q, p) >= threshold);
