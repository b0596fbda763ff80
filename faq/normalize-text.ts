// One canonical form for questions and entries alike: half-width letters and digits,
// lower case, simplified characters, Mandarin for written Cantonese, no spaces (Chinese has none; stray ones split words),
// except that a space between two Chinese phrases is typed where a comma belongs
// (富民贷 利息多少 → 富民贷，利息多少) and becomes one, so it still ends a clause.
import { fromCantonese } from './from-cantonese.ts';
import { toSimplified } from './to-simplified.ts';

// A count before 个 is written as a phone keyboard or an account book gives it (4个不摘,
// 陆个精准, 8个一): policy slogans count in small Chinese numerals, so those are what match.
const SMALL = '一二三四五六七八九';
const FORMAL = '壹贰叁肆伍陆柒捌玖';
const COUNT = /(?<!\d)([1-9]|[壹贰叁肆伍陆柒捌玖])(?=个)/gu;

function countsAsWords(text: string): string {
  return text.replace(COUNT, (d) => (/[1-9]/u.test(d) ? SMALL[Number(d) - 1] : SMALL[FORMAL.indexOf(d)]));
}

export function normalizeText(text: string): string {
  return countsAsWords(fromCantonese(toSimplified(text.normalize('NFKC'))))
    .toLowerCase()
    .replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '，')
    .replace(/\s+/gu, '');
}
