// Toneless pinyin → indexed word, so a question's wrong-character run (两不抽, 雨路, 底保户)
// can be read as the policy word it sounds like.
import { syllables } from './syllables.ts';

const HAN_ONLY = /^\p{Script=Han}{2,6}$/u;

export interface HomophoneMap {
  /** The indexed word that sounds like `sound` (syllables joined), if any. */
  lookup(sound: string): string | undefined;
}

/** `words` without the `w:` prefix; the first spelling of a sound wins (stable order). */
export function createHomophoneMap(words: Iterable<string>): HomophoneMap {
  const bySound = new Map<string, string>();
  for (const w of words) {
    if (!HAN_ONLY.test(w)) continue;
    const sound = syllables(w).join('');
    if (!bySound.has(sound)) bySound.set(sound, w);
  }
  return { lookup: (sound) => bySound.get(sound) };
}
