// Puts a county's own figures into an answer: each {fact} the entry declares becomes the
// county's sentence when the county set a value, and the entry's hedge when it did not,
// so a villager never reads an invented figure. Contact placeholders are left for
// fill-contacts.ts, which knows the configured numbers.
import type { EntryFile } from './entry-schema.ts';

export function renderAnswer(entry: Pick<EntryFile, 'answer' | 'localFacts'>, facts: Record<string, string | undefined> = {}): string {
  const slots = entry.localFacts ?? {};
  return entry.answer.replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
    const slot = slots[name];
    if (!slot) return whole;
    const value = facts[name]?.trim();
    return value ? slot.filled.replaceAll('{value}', value) : slot.hedge;
  });
}
