// The tune sets as a voice typing app might deliver them, to see how the FAQ copes with
// input nobody wrote by hand:
// - run-on: every question that had punctuation or spaces, with all of it removed
//   (老伴前年走了儿子在外头打工…能不能吃低保);
// - slip: every in-scope question that uses an entry keyword of 2–4 characters, with the
//   first such keyword replaced by a different dictionary word of the same sound (低保 → 地保,
//   医保 → 一包, 中职 → 中值), as speech recognition does.
// Only tune sets are varied: the report set is scored as written, never studied.
import { readFileSync } from 'node:fs';
import { syllables } from '../faq/syllables.ts';
import { stockDictionary } from '../faq/stock-dictionary.ts';
import type { FaqEntry } from '../faq/types.ts';

export interface Labelled {
  q: string;
  expect: string | null;
}

const PUNCTUATION = /[\s，。？！?,.!、；;：:…～~“”"'（）()]/gu;

export function readLabelled(path: string): Labelled[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
}

/** The questions that had punctuation or spaces, without them. */
export function runOnVariant(cases: readonly Labelled[]): Labelled[] {
  return cases.map((c) => ({ ...c, q: c.q.replace(PUNCTUATION, '') })).filter((c, i) => c.q !== cases[i].q && c.q.length > 0);
}

/** In-scope questions with their first entry keyword swapped for a same-sounding dictionary word. */
export function slipVariant(cases: readonly Labelled[], entries: readonly FaqEntry[]): Labelled[] {
  // Dictionary words by sound, in dictionary order; seen at least a few times, so a
  // recogniser could plausibly write them.
  const bySound = new Map<string, string[]>();
  for (const line of stockDictionary().toString('utf8').split('\n')) {
    const [word, count] = line.split(' ');
    if (!word || !/^\p{Script=Han}{2,4}$/u.test(word) || Number(count) < 3) continue;
    const sound = syllables(word).join(' ');
    const list = bySound.get(sound);
    if (list) list.push(word);
    else bySound.set(sound, [word]);
  }
  const keywords = [...new Set(entries.flatMap((e) => [e.title, ...e.keywords]).filter((k) => /^\p{Script=Han}{2,4}$/u.test(k)))].sort(
    (a, b) => b.length - a.length,
  );
  const out: Labelled[] = [];
  for (const c of cases) {
    if (!c.expect) continue;
    const kw = keywords.find((k) => c.q.includes(k));
    const alt = kw && bySound.get(syllables(kw).join(' '))?.find((w) => w !== kw);
    if (kw && alt) out.push({ q: c.q.replace(kw, alt), expect: c.expect });
  }
  return out;
}
