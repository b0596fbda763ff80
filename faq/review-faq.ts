// What `cli faq check` reports and the bot warns about at start: answers past or near
// their review date, entries without sources, answers that present an ended programme as
// current, and answers that lost a fact they must say. Pure: the day is passed in.
import { addDays } from '../core/shanghai-calendar.ts';
import { ENDED_PROGRAMMES, endedMentions, type EndedProgramme } from './ended-programmes.ts';
import type { EntryFile } from './entry-schema.ts';
import { fillContacts } from './fill-contacts.ts';
import type { LocalFacts } from './load-local-facts.ts';
import type { EntryFileResult } from './read-entry-files.ts';
import { renderAnswer } from './render-answer.ts';

export type FindingKind =
  | 'overdue' // past reviewBy
  | 'due-soon' // reviewBy within the warning window (reported, not a failure)
  | 'no-sources'
  | 'no-checked-on'
  | 'no-review-by'
  | 'invalid' // any other broken field; the bot would not start
  | 'ended' // presents an ended programme as current
  | 'missing-fact'; // a mustSay phrase is not in the answer

export interface Finding {
  kind: FindingKind;
  /** The entry id, or the local file's name. */
  subject: string;
  title?: string;
  detail: string;
  /** The day it concerns (reviewBy), for overdue and due-soon. */
  day?: string;
}

export const FAILING: ReadonlySet<FindingKind> = new Set([
  'overdue',
  'no-sources',
  'no-checked-on',
  'no-review-by',
  'invalid',
  'ended',
  'missing-fact',
]);

export interface ReviewInput {
  files: EntryFileResult[];
  local: LocalFacts;
  /** Today in Asia/Shanghai, 'YYYY-MM-DD'. */
  today: string;
  /** How many days ahead a review date counts as near. */
  soonDays?: number;
  ended?: EndedProgramme[];
}

const has = (raw: unknown, key: string) => {
  const v = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[key] : undefined;
  return Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null && v !== '';
};

function dateFindings(subject: string, title: string | undefined, reviewBy: string, today: string, soonDays: number): Finding[] {
  if (reviewBy < today) return [{ kind: 'overdue', subject, title, day: reviewBy, detail: reviewBy }];
  if (reviewBy <= addDays(today, soonDays)) return [{ kind: 'due-soon', subject, title, day: reviewBy, detail: reviewBy }];
  return [];
}

function entryFindings(e: EntryFile, values: Record<string, string>, input: Required<Omit<ReviewInput, 'files' | 'local'>>): Finding[] {
  const found = dateFindings(e.id, e.title, e.reviewBy, input.today, input.soonDays);
  // The required facts are checked on the national text (a county's figure may replace a
  // hedge), with contacts as a villager reads them when no number is configured.
  const national = fillContacts(renderAnswer(e, {}));
  for (const phrase of e.mustSay) {
    if (!national.includes(phrase)) found.push({ kind: 'missing-fact', subject: e.id, title: e.title, detail: phrase });
  }
  const texts = new Set([national, renderAnswer(e, values), e.title]);
  const seen = new Set<string>();
  for (const t of texts) {
    for (const m of endedMentions(t, input.today, input.ended)) {
      const key = `${m.programme.name}|${m.clause}`;
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({
        kind: 'ended',
        subject: e.id,
        title: e.title,
        detail: `「${m.clause}」：${m.programme.name}已于${m.programme.endedOn}结束，现为${m.programme.now}`,
      });
    }
  }
  return found;
}

export function reviewFaq(input: ReviewInput): Finding[] {
  const opts = { today: input.today, soonDays: input.soonDays ?? 30, ended: input.ended ?? ENDED_PROGRAMMES };
  const values = Object.fromEntries(Object.entries(input.local.facts).map(([k, f]) => [k, f.value]));
  const findings: Finding[] = [];
  for (const r of input.files) {
    const id = r.file.replace(/\.json$/, '');
    if (r.entry) {
      findings.push(...entryFindings(r.entry, values, opts));
      continue;
    }
    // A broken file: name what a review most needs first, then whatever else is wrong.
    const missing = (
      [
        ['sources', 'no-sources'],
        ['checkedOn', 'no-checked-on'],
        ['reviewBy', 'no-review-by'],
      ] as const
    ).filter(([key]) => r.raw !== undefined && !has(r.raw, key));
    for (const [, kind] of missing) findings.push({ kind, subject: id, detail: '' });
    if (!missing.length) findings.push({ kind: 'invalid', subject: id, detail: r.problem?.message ?? '' });
  }
  for (const f of input.local.files) findings.push(...dateFindings(f.file, f.area, f.reviewBy, opts.today, opts.soonDays));
  return findings;
}
