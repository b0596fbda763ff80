import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toContract } from '../../../bot/cli/parse.ts';
import { parseMessage } from '../../../commands/parse/parse-message.ts';
import { CHECK_KEYS } from '../../../core/checkin.ts';

// Hand-labelled check-ins in the scorer's format, written fresh (other names, villages and
// dates than the dev corpus). Also scoreable with `node ../shared/tools/score-parse.mjs <file>`.
interface Expected {
  kind: string;
  ok?: boolean;
  visit?: Record<string, unknown> & { checks: Record<string, boolean | null> };
  issues?: { category: string; assignee: string | null; dueOn: string | null; descriptionHas?: string }[];
  target?: { issueNo: number; textHas?: string };
  errorFields?: string[];
}
interface Case {
  id: string;
  now: string;
  text: string;
  expect: Expected;
}

// held-out-traps.jsonl: written before the parser was run on them — place names, names and
// household labels holding category words, the parenthesised layout, strict numbers and dates.
const cases: Case[] = ['./fresh-variants.jsonl', './held-out-traps.jsonl'].flatMap((file) =>
  readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line)),
);

describe('fresh labelled check-ins', () => {
  it.each(cases.map((c) => [`${c.id} ${c.text.replace(/\n/g, '⏎').slice(0, 40)}`, c] as const))('parses %s as labelled', (_name, c) => {
    const got = toContract(parseMessage(c.text, new Date(c.now)));
    const want = c.expect;
    expect(got.kind).toBe(want.kind);
    if (want.ok !== undefined) expect(got.ok).toBe(want.ok);
    if (want.visit) {
      const { checks, ...fields } = want.visit;
      expect(got.visit).toMatchObject(fields);
      for (const key of CHECK_KEYS) expect(got.visit?.checks[key] ?? null, key).toBe(checks[key] ?? null);
    }
    if (want.issues) {
      expect(got.issues).toHaveLength(want.issues.length);
      want.issues.forEach((w, i) => {
        expect(got.issues[i]).toMatchObject({ category: w.category, assignee: w.assignee, dueOn: w.dueOn });
        if (w.descriptionHas) expect(got.issues[i].description).toContain(w.descriptionHas);
      });
    }
    if (want.target) {
      expect(got.target?.issueNo).toBe(want.target.issueNo);
      if (want.target.textHas) expect(got.target?.text).toContain(want.target.textHas);
    }
    if (want.errorFields) expect(got.errors.map((e) => e.field)).toEqual(expect.arrayContaining(want.errorFields));
  });
});
