// One canonical form for questions and entries alike: half-width letters and digits,
// lower case, simplified characters, no spaces (Chinese has none; stray ones split words),
// except that a space between two Chinese phrases is typed where a comma belongs
// (富民贷 利息多少 → 富民贷，利息多少) and becomes one, so it still ends a clause.
import { toSimplified } from './to-simplified.ts';

export function normalizeText(text: string): string {
  return toSimplified(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '，')
    .replace(/\s+/gu, '');
}
