import { closeOutText } from '../prompts/close-out.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { helpLines } from '../prompts/help.ts';
import { reviewManual } from '../prompts/manual/review.ts';
import { shanghaiDay } from '../core/shanghai-calendar.ts';
import { decideReview } from '../storage/issues.ts';
import { defineCommand } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';
import { findTarget } from './ledger/find-target.ts';
import { maskedReply } from './ledger/masked-reply.ts';
import { startsWithTarget } from './parse/glued-text.ts';
import { readReview, type ReviewParsed } from './parse/read-review.ts';

/**
 * `#验收 12` / `#验收 12 退回 灯还是不亮`: a leader of the village confirms a close-out waiting
 * for review, or sends it back to open with the reason kept in its history. Whoever closed the
 * item, or is its 责任人, cannot review it: a self-close needs a second person.
 */
export const review = defineCommand({
  kind: 'review',
  words: ['验收'],
  roles: ['leader', 'admin'],
  label: commandLabels.review,
  help: helpLines.review,
  manual: reviewManual,
  refused: (name) => closeOutText.leadersOnly(name, commandLabels.review),
  takesGlued: startsWithTarget,
  parse: readReview,
  handle: decide,
});

async function decide(ctx: HandlerContext<ReviewParsed>): Promise<HandlerResult> {
  const found = await findTarget(ctx, '验收');
  if (found.result) return found.result;
  const { issue } = found;
  const { sender, now, tx, parsed } = ctx;
  const reject = (text: string, reason: string): HandlerResult => ({ replies: [{ text }], status: 'rejected', reason });
  if (issue.status !== 'review')
    return reject(closeOutText.notWaiting(issue.no, issue.status), `review #${issue.no}: not waiting (${issue.status})`);
  if (issue.closedById === sender.id) return reject(closeOutText.ownClose(sender.name, issue.no), `review #${issue.no}: own close`);
  if (issue.assignee && issue.assignee === sender.name)
    return reject(closeOutText.ownItem(sender.name, issue.no), `review #${issue.no}: own item`);
  if (parsed.decision === 'return' && !parsed.remark)
    return reject(closeOutText.needReturnReason(issue.no), `review #${issue.no}: no reason`);
  const decided = await decideReview(tx, issue.id, parsed.decision, {
    text: parsed.remark,
    author: sender.name,
    authorId: sender.id,
    at: now,
  });
  if (!decided) return reject(closeOutText.notWaiting(issue.no, 'closed'), `review #${issue.no}: decided meanwhile`);
  const text =
    parsed.decision === 'confirm'
      ? closeOutText.confirmed(issue.no, sender.name, shanghaiDay(now), issue.closedBy)
      : closeOutText.returned(issue.no, sender.name, parsed.remark ?? '');
  return { replies: [maskedReply(text)] };
}
