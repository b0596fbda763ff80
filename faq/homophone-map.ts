// Toneless pinyin → indexed word, so a question's wrong characters (两不抽, 雨路, 底保户,
// 福民贷, 是个不摘) can be read as the policy word they sound like.
//
// Two strengths. A word of three or more syllables is matched "fuzzily" as phone input
// methods do (zh/z, ch/c, sh/s, n/l, -ang/-an, -eng/-en, -ing/-in): so many syllables in a
// row rarely agree by chance. A two-syllable word is matched only exactly, and only if it
// names a topic (an entry title's word or a policy term): 医保 for 一保, but never 招人 for
// 找人 or 垫钱 for 点钱.
import { syllables } from './syllables.ts';

const HAN_ONLY = /^\p{Script=Han}{2,6}$/u;

export interface HomophoneMap {
  /** The indexed word that sounds like these syllables, if any. */
  lookup(sounds: readonly string[]): string | undefined;
}

/** The sound as a phone keyboard's fuzzy mode hears it. */
export function fuzzySyllable(s: string): string {
  return s
    .replace(/^([zcs])h/u, '$1')
    .replace(/^l/u, 'n')
    .replace(/(?<=[ei])ng$/u, 'n')
    .replace(/ang$/u, 'an');
}

/**
 * `words` without the `w:` prefix; `names` the two-syllable words that may be heard in a
 * slip. The first spelling of a sound wins (stable order).
 */
export function createHomophoneMap(words: Iterable<string>, names: ReadonlySet<string>): HomophoneMap {
  const long = new Map<string, string>();
  const short = new Map<string, string>();
  for (const w of words) {
    if (!HAN_ONLY.test(w)) continue;
    const syl = syllables(w);
    if (syl.length >= 3) {
      const sound = syl.map(fuzzySyllable).join(' ');
      if (!long.has(sound)) long.set(sound, w);
    } else if (names.has(w)) {
      const sound = syl.join(' ');
      if (!short.has(sound)) short.set(sound, w);
    }
  }
  return {
    lookup: (sounds) => (sounds.length >= 3 ? long.get(sounds.map(fuzzySyllable).join(' ')) : short.get(sounds.join(' '))),
  };
}
