// One canonical form for questions and entries alike: half-width letters and digits,
// lower case, simplified characters, no spaces (Chinese has none; stray ones split words).
import { toSimplified } from './to-simplified.ts';

export function normalizeText(text: string): string {
  return toSimplified(text.normalize('NFKC')).toLowerCase().replace(/\s+/gu, '');
}
