import { ledgerText } from '../prompts/ledger.ts';
import { addProgressNote } from '../storage/issues.ts';
import type { Handler } from './handler.ts';
import { shanghaiDay } from '../core/shanghai-calendar.ts';
import { checkDates, withoutConfirmation } from './ledger/check-dates.ts';
import { cleanOrNull } from './ledger/clean-text.ts';
import { findTarget } from './ledger/find-target.ts';
import { maskedReply } from './ledger/masked-reply.ts';
import { noteChanges } from './ledger/note-changes.ts';

/** `#进展 12 已联系水管所`: a note in the item's history; it may also set a deadline or assignee. */
export const progress: Handler = async (ctx) => {
  const found = await findTarget(ctx, '进展');
  if (found.result) return found.result;
  const { issue } = found;
  const { sender, now, tx } = ctx;
  if (issue.status === 'closed') {
    return { replies: [{ text: ledgerText.closedNoProgress(issue.no, shanghaiDay(issue.closedAt ?? issue.updatedAt)) }], status: 'rejected', reason: `issue #${issue.no} already closed` };
  }
  const text = cleanOrNull(found.text);
  if (!text) return { replies: [{ text: ledgerText.needProgressText(issue.no) }], status: 'rejected', reason: `progress #${issue.no}: no text` };
  const read = noteChanges(text, now);
  // `时限2月30日` is refused and a past deadline asked about, as for a new item; nothing is noted yet.
  const dates = checkDates(read, ctx.msg, 'progress');
  if (dates) return dates;
  const { changes } = read;
  const note = read.warnings.length ? withoutConfirmation(text) : text;
  await addProgressNote(tx, issue.id, { text: note, author: sender.name, authorId: sender.id, at: now }, changes);
  const lines = [ledgerText.progressSaved({ ...issue, ...changes }, note, sender.name, shanghaiDay(now))];
  if (changes.assignee || changes.dueOn) lines.push(ledgerText.progressChanges(changes));
  return { replies: [maskedReply(lines.join('\n'))] };
};
