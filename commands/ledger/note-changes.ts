import { shanghaiToday } from '../../core/shanghai-calendar.ts';
import { parseIssueBody } from '../issue.ts';
import { normalizeText } from '../parse/normalize-text.ts';
import type { ParseError, ParseWarning } from '../../core/checkin.ts';

const DUE_WORDS = /时限|限期|期限|延期|截止/;
const ASSIGNEE_WORDS = /责任人|负责人|负责/;

/**
 * A progress note may supply what a receipt asked for: `#进展 13 时限12月7日前` or
 * `#进展 13 责任人张三`. Only a note that says 时限/责任人 (or the like) changes the item —
 * "明天上门" in an ordinary note is not a deadline. The words are read as `#问题` reads them,
 * as the tail of an item, so deadlines mean here exactly what they mean in a check-in.
 */
export interface NoteChanges {
  changes: { assignee?: string; dueOn?: string };
  /** A deadline that names no day (`时限2月30日`), and one already past: as for a new item. */
  errors: ParseError[];
  warnings: ParseWarning[];
  confirmed: boolean;
}

export function noteChanges(text: string, now: Date): NoteChanges {
  const wantsDue = DUE_WORDS.test(text);
  const wantsAssignee = ASSIGNEE_WORDS.test(text);
  const none: NoteChanges = { changes: {}, errors: [], warnings: [], confirmed: false };
  if (!wantsDue && !wantsAssignee) return none;
  // A placeholder description, so a note of only a deadline or a name still reads as an item.
  const parsed = parseIssueBody(normalizeText(`待办 ${text}`).trimEnd(), shanghaiToday(now));
  const item = parsed.issues[0];
  const changes: NoteChanges['changes'] = {};
  if (wantsDue && item?.dueOn) changes.dueOn = item.dueOn;
  if (wantsAssignee && item?.assignee) changes.assignee = item.assignee;
  if (!wantsDue) return { ...none, changes };
  return { changes, errors: parsed.errors.filter((e) => e.field === 'dueOn'), warnings: parsed.warnings, confirmed: parsed.confirmed };
}
