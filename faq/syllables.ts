// Toneless pinyin per character, so homophone slips (底保/低保, 办里/办理, 两不抽/两不愁)
// still share sound even when the characters differ.
//
// One reading per character, cached: pinyin-pro's phrase-aware conversion allocates
// heavily (p99 ~3 ms and GC pauses on the match path), and both sides of a comparison —
// indexed words and the question — use the same per-character reading, so they agree.
import { pinyin } from 'pinyin-pro';

const cache = new Map<string, string>();

function reading(ch: string): string {
  let r = cache.get(ch);
  if (r === undefined) {
    r = /\p{Script=Han}/u.test(ch) ? pinyin(ch, { toneType: 'none' }) : ch;
    cache.set(ch, r);
  }
  return r;
}

/** One syllable (or the character itself, if not Han) per code point of `text`. */
export function syllables(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) out.push(reading(ch));
  return out;
}
