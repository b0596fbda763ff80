// One ledger item from the words a cadre wrote: who is to act, by when, and what is wrong.
// The assignee and deadline phrases are cut out so the description reads as the problem
// only (`屋顶漏雨，需申请危房改造`), and the category comes from a bracket label or the words.
import { badDeadline } from './error-messages.ts';
import { findAssignee } from './find-assignee.ts';
import { findDeadline, findKeyedDeadline, type FoundDeadline } from './parse-deadline.ts';
import { categoryFromLabel, inferIssueCategory } from './infer-category.ts';
import type { CivilDate } from '../../core/shanghai-calendar.ts';
import { isClauseSeparator } from './separators.ts';
import { splitOutsideBrackets } from './split-outside-brackets.ts';
import type { IssueCategory, ParsedIssue, ParseError } from '../../core/checkin.ts';
import { FIELD_KEYS, alternation } from './vocabulary.ts';

const DUE_KEY = new RegExp(`(?:${alternation(FIELD_KEYS.due)})\\s*(?:[:：]|为|是)?\\s*`);
const MAY_HAVE_DUE_KEY = new RegExp(`[${[...new Set(FIELD_KEYS.due.map((k) => k[0]))].join('')}]`);
/** What is left of `月底前解决` once the deadline is cut: a verb with nothing to say on its own. */
const FILLER =
  /^(?:请|需|需要|要|务必|尽快|抓紧|争取|计划|预计)?(?:在|于)?(?:解决|完成|办结|处理|落实|到位|整改|整改到位|修好|办理|跟进|负责|协调)?(?:到位|完毕)?$/;
const LEAD_LABEL = /^\s*[(（]([^)）]{1,8})[)）]\s*[:：]?\s*/;
const EDGE_JUNK_START = /^[\s,，;；。、:：.]+/;
const EDGE_JUNK_END = /[\s,，;；。、:：]+$/;
/** `需在` left dangling in front of a cut deadline. */
const DANGLING_AT = /(?:在|于)$/;

export interface IssueText {
  description: string;
  assignee: string | null;
  dueOn: string | null;
  /** A deadline written so that it names no day (`2月30日`, `-3天内`): the item is not taken as it is. */
  errors: ParseError[];
}

function cut(text: string, start: number, end: number): string {
  const before = text.slice(0, start).replace(DANGLING_AT, '');
  return before + text.slice(end);
}

/** Splits `text` into description, assignee and deadline. */
export function parseIssueText(text: string, today: CivilDate): IssueText {
  let assignee: string | null = null;
  let dueOn: string | null = null;
  let description = '';
  const errors: ParseError[] = [];
  const take = (found: FoundDeadline) => {
    if (found.fault !== null) errors.push(badDeadline(found.written.trim(), found.fault));
    else dueOn ??= found.dueOn;
  };
  for (const piece of splitOutsideBrackets(text, isClauseSeparator)) {
    let rest = piece.text;
    for (let guard = 0; guard < 4; guard++) {
      const who = findAssignee(rest);
      if (!who) break;
      assignee ??= who.name;
      rest = cut(rest, who.start, who.end);
    }
    const key = MAY_HAVE_DUE_KEY.test(rest) ? DUE_KEY.exec(rest) : null;
    if (key) {
      const value = rest.slice(key.index + key[0].length);
      const found = findKeyedDeadline(value, today);
      if (found) {
        take(found);
        rest = rest.slice(0, key.index) + value.slice(0, found.start) + value.slice(found.end);
      }
    }
    for (let guard = 0; guard < 4; guard++) {
      const found = findDeadline(rest, today);
      if (!found) break;
      take(found);
      rest = cut(rest, found.start, found.end);
    }
    rest = rest.replace(EDGE_JUNK_START, '').replace(EDGE_JUNK_END, '');
    if (FILLER.test(rest)) continue;
    description += rest + (piece.sep.includes('\n') ? '，' : piece.sep);
  }
  return { description: description.replace(EDGE_JUNK_END, ''), assignee, dueOn: errors.length ? null : dueOn, errors };
}

export interface IssueOptions {
  /** The bracketed category if one was written (`问题（住房）：`). */
  label?: string | null;
  /** The category the field decides by itself (`微心愿：`). */
  fixed?: IssueCategory;
  /** Names known to be in the text (the visited household): never read for the category. */
  people?: readonly string[];
}

export interface BuiltIssue {
  issue: ParsedIssue;
  errors: ParseError[];
}

/** A ledger item from its words, and what in them could not be read (a deadline that is no day). */
export function buildIssue(raw: string, today: CivilDate, options: IssueOptions = {}): BuiltIssue {
  let text = raw;
  let given: IssueCategory | null = options.fixed ?? (options.label ? categoryFromLabel(options.label) : null);
  const lead = LEAD_LABEL.exec(text);
  if (lead && !given) {
    given = categoryFromLabel(lead[1]);
    if (given) text = text.slice(lead[0].length);
  }
  const parsed = parseIssueText(text, today);
  const people = [...(options.people ?? []), ...(parsed.assignee ? [parsed.assignee] : [])];
  const category = given ?? inferIssueCategory(parsed.description || text, people);
  return {
    issue: { category, description: parsed.description, assignee: parsed.assignee, dueOn: parsed.dueOn },
    errors: parsed.errors,
  };
}
