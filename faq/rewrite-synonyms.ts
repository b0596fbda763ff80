// Rewrites variants to canonical words in one left-to-right pass, longest variant first,
// so 五保户 becomes 特困户 rather than 特困户's prefix being rewritten twice.
import { synonyms } from './synonyms.ts';

const table = new Map<string, string>();
for (const [variant, canonical] of synonyms) if (variant !== canonical) table.set(variant, canonical);

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = new RegExp(
  [...table.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escaped)
    .join('|'),
  'gu',
);

export function rewriteSynonyms(text: string): string {
  return table.size ? text.replace(pattern, (m) => table.get(m) ?? m) : text;
}
