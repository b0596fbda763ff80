// Reads the curated FAQ: one JSON file per entry in prompts/faq/, each validated, so a
// broken file stops the bot at start-up with its name and field rather than mid-chat.
// The county's local figures (prompts/faq/local/) are filled in here, once.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BotError } from '../core/bot-error.ts';
import type { EntryFile } from './entry-schema.ts';
import { loadLocalFacts, type LocalFacts } from './load-local-facts.ts';
import { readEntryFiles } from './read-entry-files.ts';
import { renderAnswer } from './render-answer.ts';
import type { FaqEntry } from './types.ts';

export const DEFAULT_FAQ_DIR = fileURLToPath(new URL('../prompts/faq/', import.meta.url));

/** An entry as the bot uses it: the answer with local figures in, plus what a review needs. */
export type CuratedEntry = FaqEntry &
  Omit<EntryFile, 'answer'> & {
    /** The answer as written in the file, {fact} placeholders and all. */
    template: string;
  };

/**
 * Loads and validates every entry. `local` defaults to the files in `<dir>/local/`;
 * pass NO_LOCAL_FACTS for the national text alone.
 */
export function loadFaqEntries(dir: string = DEFAULT_FAQ_DIR, local?: LocalFacts): CuratedEntry[] {
  const results = readEntryFiles(dir);
  const broken = results.find((r) => r.problem);
  if (broken?.problem) throw broken.problem;
  const files = results.map((r) => r.entry!);
  const facts = local ?? loadLocalFacts(path.join(dir, 'local'));
  checkFactNames(files, facts);
  const values = Object.fromEntries(Object.entries(facts.facts).map(([name, f]) => [name, f.value]));
  return files.map((e) => ({
    ...e,
    template: e.answer,
    answer: renderAnswer(e, values),
    // The matcher's one-line provenance; the full list is in `sources`.
    source: e.sources.map((s) => s.title).join('；'),
  }));
}

/** A misspelt fact name in a county file would otherwise be silently ignored. */
function checkFactNames(entries: EntryFile[], local: LocalFacts): void {
  const known = new Set(entries.flatMap((e) => Object.keys(e.localFacts ?? {})));
  for (const [name, { file }] of Object.entries(local.facts)) {
    if (!known.has(name)) {
      throw new BotError(
        'FAQ_LOCAL',
        `本地问答文件 ${file}：字段 facts.${name} 不对：没有这个事项`,
        `可以填的事项：${[...known].sort().join('、')}（npm run cli -- faq local 可查看说明）`,
      );
    }
  }
}
