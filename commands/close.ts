import { ledgerText } from '../prompts/ledger.ts';
import { closeIssue, issueById } from '../storage/issues.ts';
import type { Handler } from './handler.ts';
import { shanghaiDay } from '../core/shanghai-calendar.ts';
import { cleanOrNull } from './ledger/clean-text.ts';
import { findTarget } from './ledger/find-target.ts';
import { maskedReply } from './ledger/masked-reply.ts';

/** `#销号 12 已更换水管`: closes an item, recording who, when and how it was resolved. */
export const close: Handler = async (ctx) => {
  const found = await findTarget(ctx, '销号');
  if (found.result) return found.result;
  const { issue } = found;
  const { sender, now, tx } = ctx;
  if (issue.status === 'closed') {
    return alreadyClosed(issue.no, issue.closedAt ?? issue.updatedAt, issue.closedBy);
  }
  const resolution = cleanOrNull(found.text);
  const closed = await closeIssue(tx, issue.id, { text: resolution, author: sender.name, authorId: sender.id, at: now });
  if (!closed) {
    // Closed by someone else between the read and the write.
    const fresh = await issueById(tx, issue.id);
    return alreadyClosed(fresh.no, fresh.closedAt ?? now, fresh.closedBy);
  }
  return { replies: [maskedReply(ledgerText.closed(issue, sender.name, shanghaiDay(now), resolution))] };
};

function alreadyClosed(no: number, closedAt: Date, by: string | null) {
  return { replies: [{ text: ledgerText.alreadyClosed(no, shanghaiDay(closedAt), by) }], status: 'rejected' as const, reason: `issue #${no} already closed` };
}
