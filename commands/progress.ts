import { ledgerText } from '../prompts/ledger.ts';
import { addProgressNote } from '../storage/issues.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { progressManual } from '../prompts/manual/progress.ts';
import { helpLines } from '../prompts/help.ts';
import { defineCommand } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';
import { startsWithTarget } from './parse/glued-text.ts';
import { readTarget, type TargetParsed } from './parse/read-target.ts';
import { shanghaiDay } from '../core/shanghai-calendar.ts';
import { checkDates, withoutConfirmation } from './ledger/check-dates.ts';
import { cleanOrNull } from './ledger/clean-text.ts';
import { findTarget } from './ledger/find-target.ts';
import { maskedReply } from './ledger/masked-reply.ts';
import { noteChanges } from './ledger/note-changes.ts';
import { closeOutText } from '../prompts/close-out.ts';

/**
 * `#进展 12 已联系水管所`: a note in the item's history; it may also set a missing deadline or
 * the assignee. A deadline already set is not moved here: that is a `#延期` request.
 */
export const progress = defineCommand({
  kind: 'progress',
  words: ['进展', '整改'],
  roles: ['cadre', 'leader', 'admin'],
  label: commandLabels.progress,
  help: helpLines.progress,
  manual: progressManual,
  takesGlued: startsWithTarget,
  parse: (body) => readTarget('progress', body),
  handle: noteProgress,
});

async function noteProgress(ctx: HandlerContext<TargetParsed<'progress'>>): Promise<HandlerResult> {
  const found = await findTarget(ctx, '进展');
  if (found.result) return found.result;
  const { issue } = found;
  const { sender, now, tx } = ctx;
  if (issue.status === 'closed') {
    return {
      replies: [{ text: ledgerText.closedNoProgress(issue.no, shanghaiDay(issue.closedAt ?? issue.updatedAt)) }],
      status: 'rejected',
      reason: `issue #${issue.no} already closed`,
    };
  }
  if (issue.status === 'review') {
    return {
      replies: [{ text: closeOutText.alreadyWaiting(issue.no, issue.closedBy) }],
      status: 'rejected',
      reason: `issue #${issue.no} waits for review`,
    };
  }
  const text = cleanOrNull(found.text);
  if (!text)
    return { replies: [{ text: ledgerText.needProgressText(issue.no) }], status: 'rejected', reason: `progress #${issue.no}: no text` };
  const read = noteChanges(text, now);
  // A 时限 once set moves only through a 延期 a leader approves (commands/extend.ts).
  if (read.changes.dueOn && issue.dueOn) {
    return {
      replies: [{ text: closeOutText.progressNoDeadline(issue.no) }],
      status: 'rejected',
      reason: `progress #${issue.no}: deadline change`,
    };
  }
  // `时限2月30日` is refused and a past deadline asked about, as for a new item; nothing is noted yet.
  const dates = checkDates(read, ctx.msg, 'progress');
  if (dates) return dates;
  const { changes } = read;
  const note = read.warnings.length ? withoutConfirmation(text) : text;
  await addProgressNote(tx, issue.id, { text: note, author: sender.name, authorId: sender.id, at: now }, changes);
  const lines = [ledgerText.progressSaved({ ...issue, ...changes }, note, sender.name, shanghaiDay(now))];
  if (changes.assignee || changes.dueOn) lines.push(ledgerText.progressChanges(changes));
  return { replies: [maskedReply(lines.join('\n'))] };
}
