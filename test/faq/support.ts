// Shared fixtures for the FAQ tests: the shipped entries, one matcher built once, the
// topic ids the spec requires, and the labelled question files.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createFaq } from '../../faq/create-faq.ts';
import { loadFaqEntries } from '../../faq/load-entries.ts';

export const entries = loadFaqEntries();
export const faq = createFaq({ entries });

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const SPEC = here('../../../shared/spec/faq-topics.md');

/** Topic ids from the shared spec when this checkout has it, else the committed copy. */
export function specTopicIds(): string[] {
  if (existsSync(SPEC)) {
    return [...readFileSync(SPEC, 'utf8').matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
  }
  return JSON.parse(readFileSync(here('./fixtures/faq-topic-ids.json'), 'utf8')).ids;
}

export interface Labelled {
  q: string;
  expect: string | null;
}

export function readLabelled(path: string): Labelled[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

export const fixture = (name: string) => here(`./fixtures/${name}`);

/** The shared dev corpus, when present: entries must not simply copy its lines. */
export const DEV_CORPUS = here('../../../shared/corpus/faq.dev.jsonl');
