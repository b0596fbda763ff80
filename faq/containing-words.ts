// Indexed words that contain a shorter word: villagers clip policy words (巡河 for 巡河员,
// 护林 for 护林员, 雨露 for 雨露计划), and the clipped form is rarely a dictionary word of its
// own, so the segmenter cannot offer it as part of the long one.
const HAN = /^\p{Script=Han}+$/u;
const MAX_CANDIDATES = 6;

export interface ContainingWords {
  /** Indexed words (without prefix) that contain `word`, shortest first. */
  lookup(word: string): readonly string[];
}

export function createContainingWords(words: Iterable<string>): ContainingWords {
  const by = new Map<string, string[]>();
  for (const w of words) {
    if (!HAN.test(w) || w.length < 3 || w.length > 8) continue;
    const seen = new Set<string>();
    for (let len = 2; len < w.length; len++) {
      for (let i = 0; i + len <= w.length; i++) {
        const sub = w.slice(i, i + len);
        if (seen.has(sub)) continue;
        seen.add(sub);
        let l = by.get(sub);
        if (!l) by.set(sub, (l = []));
        l.push(w);
      }
    }
  }
  for (const l of by.values()) l.sort((a, b) => a.length - b.length);
  return { lookup: (word) => (by.get(word) ?? []).slice(0, MAX_CANDIDATES) };
}
