// A question as "units": one per topic word, each with the index terms that can stand
// for it. A unit counts once however it is matched (the word itself, the shorter words
// inside it, or a same-sounding indexed word), so alternatives add recall without
// inflating the score.
import type { ContainingWords } from './containing-words.ts';
import type { HomophoneMap } from './homophone-map.ts';
import { syllables } from './syllables.ts';
import { tokenize } from './tokenize.ts';

export interface QuestionUnit {
  /** Index term whose idf is this unit's share of the question. */
  key: string;
  /** 1 for a word, less for a lone character (they are ambiguous). */
  weight: number;
  /** Terms that match this unit outright, with how much a match is trusted. */
  features: ReadonlyArray<{ term: string; factor: number }>;
  /** Sub-words of an unindexed long word; matched together they stand for it. */
  parts: readonly string[];
  /** False when neither the word nor any part appears in any entry. */
  known: boolean;
  /** Where the unit starts in the canonical question, in characters. */
  start: number;
}

export interface Vocabulary {
  has(term: string): boolean;
  homophones: HomophoneMap;
  containing: ContainingWords;
  /** Whether a dictionary word is rare in general Chinese (a likely voice-typing slip). */
  rare?(word: string): boolean;
  /** Every indexed two-syllable word by its exact sound, for rare whole-word slips. */
  allHomophones?: HomophoneMap;
}

export const UNIT_WEIGHTS = { word: 1, singleChar: 0.5, homophone: 0.9, charInWord: 0.6, clipped: 0.7 };

const CJK = /\p{Script=Han}/u;
/** Particles are never part of a misspelt word (出了 is not 除了). */
const PARTICLES = new Set([...'了的吗呢吧啊呀嘛么哦着过地得']);
const MAX_SOUND_SPAN = 6;

export function questionUnits(question: string, vocab: Vocabulary): { canon: string; units: QuestionUnit[] } {
  const { canon, tokens, parts, chance } = tokenize(question);
  const chars = [...canon];
  // Which characters already belong to an indexed word (or an indexed part of one).
  const owner = new Int32Array(chars.length).fill(-1);
  const covered = new Uint8Array(chars.length);
  tokens.forEach((t, i) => {
    const len = [...t.text].length;
    for (let k = 0; k < len; k++) owner[t.start + k] = i;
    // Lone characters stay open to a reading by sound: that is where slips land (刚/位 for 岗位).
    const known = !t.punct && !t.stop && len > 1 && (vocab.has(`w:${t.text}`) || (parts.get(i) ?? []).some((p) => vocab.has(`w:${p}`)));
    if (known || t.punct) for (let k = 0; k < len; k++) covered[t.start + k] = 1;
  });

  const units = new Map<string, QuestionUnit>();
  const add = (u: QuestionUnit) => {
    const had = units.get(u.key);
    if (!had || had.weight < u.weight) units.set(u.key, u);
  };

  const consumed = new Uint8Array(chars.length);
  let syl: string[] | undefined;

  // Voice typing writes a policy word as a rare real word that sounds the same (地保 for 低保,
  // 中值 for 中职, 一包 for 医保): a two-character dictionary word no entry knows, rare in
  // general Chinese, heard exactly as an indexed word. A common word (找人, 老板) is what it says.
  const rareWords: Array<{ start: number; text: string; index: number }> = [];
  tokens.forEach((t, i) => {
    if ([...t.text].length === 2 && !t.punct && !t.stop) rareWords.push({ start: t.start, text: t.text, index: i });
  });
  for (const [start, text] of chance) rareWords.push({ start, text, index: -1 });
  for (const { start, text, index } of rareWords) {
    if (covered[start] || covered[start + 1] || consumed[start] || !vocab.rare?.(text)) continue;
    if ((parts.get(index) ?? []).some((p) => vocab.has(`w:${p}`)) || vocab.containing.lookup(text).length) continue;
    syl ??= syllables(canon);
    const word = (vocab.allHomophones ?? vocab.homophones).lookup(syl.slice(start, start + 2));
    if (!word || word === text) continue;
    add({
      key: `w:${word}`,
      weight: UNIT_WEIGHTS.word,
      features: [{ term: `w:${word}`, factor: UNIT_WEIGHTS.homophone }],
      parts: [],
      known: true,
      start,
    });
    consumed.fill(1, start, start + 2);
    covered.fill(1, start, start + 2);
  }

  // Long slips first: three to six syllables that sound like one indexed word (语录计划 →
  // 雨露计划, 检测户 → 监测户, 是个不摘 → 四个不摘), even where the slip made ordinary words.
  // Whole tokens only, and at least one character in place, so a chance run of sounds
  // across unrelated words is not taken for a policy term.
  for (let a = 0; a < tokens.length; a++) {
    if (tokens[a].punct) continue;
    let found = false;
    for (let b = tokens.length - 1; b >= a && !found; b--) {
      const from = tokens[a].start,
        to = tokens[b].start + [...tokens[b].text].length;
      if (to - from > MAX_SOUND_SPAN || to - from < 3) continue;
      let clean = true;
      for (let k = a; k <= b; k++) if (tokens[k].punct || consumed[tokens[k].start]) clean = false;
      const text = chars.slice(from, to).join('');
      if (!clean || vocab.has(`w:${text}`)) continue;
      syl ??= syllables(canon);
      const word = vocab.homophones.lookup(syl.slice(from, to));
      if (!word || word === text || ![...word].some((ch, k) => ch === chars[from + k])) continue;
      add({
        key: `w:${word}`,
        weight: UNIT_WEIGHTS.word,
        features: [{ term: `w:${word}`, factor: UNIT_WEIGHTS.homophone }],
        parts: [],
        known: true,
        start: from,
      });
      consumed.fill(1, from, to);
      covered.fill(1, from, to);
      a = b;
      found = true;
    }
  }

  // Runs the segmenter could not read: lone characters that form (part of) an indexed word,
  // or wrong characters read by sound. Longest span first.
  for (let i = 0; i < chars.length; i++) {
    if (covered[i] || !CJK.test(chars[i])) continue;
    syl ??= syllables(canon);
    for (let len = Math.min(MAX_SOUND_SPAN, chars.length - i); len >= 2; len--) {
      let ok = true,
        topical = false;
      for (let k = i; k < i + len; k++) {
        if (covered[k] || consumed[k] || !CJK.test(chars[k]) || PARTICLES.has(chars[k])) {
          ok = false;
          break;
        }
        if (!tokens[owner[k]].stop) topical = true;
      }
      // Only whole tokens, starting and ending on a topic token: slips show up as runs the
      // segmenter could not read (底/保户, 两/不/抽, 雨/路). A span inside one dictionary word
      // is a word the villager chose (一声 is not 医生), and a span cutting through words
      // is a coincidence (家/去年 is not 嫁娶).
      const first = tokens[owner[i]],
        last = tokens[owner[i + len - 1]];
      const aligned = first.start === i && last.start + [...last.text].length === i + len;
      let singles = true;
      for (let k = i; k < i + len; k++)
        if (tokens[owner[k]].text.length > 1) {
          singles = false;
          break;
        }
      // Stop characters may sit at the ends only in a run of lone characters (就/助 → 救助).
      const endsOk = singles || (!first.stop && !last.stop);
      if (!ok || !topical || !aligned || !endsOk || owner[i] === owner[i + len - 1]) continue;
      const text = chars.slice(i, i + len).join('');
      let unit: QuestionUnit | undefined;
      if (singles && !tokens[owner[i]].stop && !last.stop) {
        // Lone characters the segmenter could not join may still be an indexed word, or a
        // clipped one (巡/河 → 巡河员).
        const features = vocab.has(`w:${text}`) ? [{ term: `w:${text}`, factor: 1 }] : [];
        for (const w of vocab.containing.lookup(text)) features.push({ term: `w:${w}`, factor: UNIT_WEIGHTS.clipped });
        if (features.length) unit = { key: `w:${text}`, weight: UNIT_WEIGHTS.word, features, parts: [], known: true, start: i };
      }
      if (!unit) {
        const word = vocab.homophones.lookup(syl.slice(i, i + len));
        if (word && word !== text)
          unit = {
            key: `w:${word}`,
            weight: UNIT_WEIGHTS.word,
            features: [{ term: `w:${word}`, factor: UNIT_WEIGHTS.homophone }],
            parts: [],
            known: true,
            start: i,
          };
      }
      if (!unit) continue;
      add(unit);
      for (let k = i; k < i + len; k++) consumed[k] = 1;
      i += len - 1;
      break;
    }
  }

  tokens.forEach((t, i) => {
    if (t.punct || t.stop) return;
    const len = [...t.text].length;
    let all = true;
    for (let k = 0; k < len; k++)
      if (!consumed[t.start + k]) {
        all = false;
        break;
      }
    if (all) return; // read as a homophone instead
    const key = `w:${t.text}`;
    const single = len === 1 && CJK.test(t.text);
    const sub = (parts.get(i) ?? []).map((p) => `w:${p}`);
    // Spoken Chinese clips words (评 for 评议, 巡河 for 巡河员): an unindexed word may stand
    // for an indexed one that contains it, trusted less than an exact word.
    const features = [{ term: key, factor: 1 }];
    if (single) features.push({ term: `c:${t.text}`, factor: UNIT_WEIGHTS.charInWord });
    else if (!vocab.has(key))
      for (const w of vocab.containing.lookup(t.text)) features.push({ term: `w:${w}`, factor: UNIT_WEIGHTS.clipped });
    const known = features.some((f) => vocab.has(f.term)) || sub.some((p) => vocab.has(p));
    add({
      key,
      weight: single ? UNIT_WEIGHTS.singleChar : UNIT_WEIGHTS.word,
      features,
      // Parts only speak for a word the entries never use whole.
      parts: vocab.has(key) ? [] : sub.filter((p) => vocab.has(p)),
      known,
      start: t.start,
    });
  });
  return { canon, units: [...units.values()] };
}
