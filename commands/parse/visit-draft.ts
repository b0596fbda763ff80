// What a visit message has said so far, while its lines are read one by one.
import { badVisitDate } from './error-messages.ts';
import type { DateFault } from './date-read.ts';
import { CheckTally } from './parse-checks.ts';
import type { CheckKey, HouseholdCategory, ParseError, Satisfaction, VisitMethod } from '../../core/checkin.ts';

export interface DraftItem {
  /** The item's own words, with any `责任人` / `时限` lines that followed appended. */
  raw: string;
  /** The bracketed category of `问题（住房）：`, if written. */
  label: string | null;
  /** From the free tail of a one-liner rather than a `问题：` key. */
  tail: boolean;
  /** From the `微心愿：` field: category 微心愿, and the visit's wish. */
  wish?: boolean;
}

export interface VisitDraft {
  household: string | null;
  village: string | null;
  group: string | null;
  category: HouseholdCategory | null;
  method: VisitMethod | null;
  visitedOn: string | null;
  satisfaction: Satisfaction | null;
  satisfactionReason: string | null;
  tally: CheckTally;
  notes: string[];
  items: DraftItem[];
  /** `责任人` / `时限` written with no item before them: they go to the check problems. */
  loose: string[];
  /**
   * A first piece that could be a name but has no common surname (`三星`): the household
   * unless a surnamed name follows before the checks.
   */
  nameCandidate: string | null;
  /** Pieces read so far: the very first may be a bare household name. */
  pieces: number;
  lastCheck: CheckKey | null;
  /** What was written but names nothing real (a visit on 2月30日). */
  errors: ParseError[];
}

export function newVisitDraft(): VisitDraft {
  return {
    household: null,
    village: null,
    group: null,
    category: null,
    method: null,
    visitedOn: null,
    satisfaction: null,
    satisfactionReason: null,
    tally: new CheckTally(),
    notes: [],
    items: [],
    loose: [],
    nameCandidate: null,
    pieces: 0,
    lastCheck: null,
    errors: [],
  };
}

export function addItem(draft: VisitDraft, raw: string, label: string | null, tail: boolean, wish = false): void {
  draft.items.push({ raw, label, tail, wish });
}

/** A visit date read from `written`: the first one counts; one that names no day is an error. */
export function setVisitDate(draft: VisitDraft, written: string, date: string | DateFault): void {
  if (typeof date === 'string') draft.visitedOn ??= date;
  else draft.errors.push(badVisitDate(written.trim(), date.fault));
}

/** A `责任人` / `时限` line belongs to the item written just before it. */
export function attachToLastItem(draft: VisitDraft, raw: string): void {
  const last = draft.items[draft.items.length - 1];
  if (last) last.raw += `，${raw}`;
  else draft.loose.push(raw);
}
