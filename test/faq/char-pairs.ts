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
