import { ledgerText } from '../prompts/ledger.ts';
import { countEvidence } from '../storage/evidence.ts';
import { closeIssue, issueById } from '../storage/issues.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { closeManual } from '../prompts/manual/close.ts';
import { helpLines } from '../prompts/help.ts';
import { defineCommand } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';
import { startsWithTarget } from './parse/glued-text.ts';
import { readTarget, type TargetParsed } from './parse/read-target.ts';
import { shanghaiDay } from '../core/shanghai-calendar.ts';
import { cleanOrNull } from './ledger/clean-text.ts';
import { findTarget } from './ledger/find-target.ts';
import { maskedReply } from './ledger/masked-reply.ts';
import { closeOutText } from '../prompts/close-out.ts';
import { reviewRequired } from '../storage/review-setting.ts';

/**
 * `#销号 12 已更换水管` (or `12号问题已销号`): closes an item, recording who, when and how it
 * was resolved. Without 整改情况 nothing changes and the reply asks for it. Where the township
 * asks for review (the default) the item waits in 待验收 for a leader's `#验收`.
 */
export const close = defineCommand({
  kind: 'close',
  words: ['销号', '办结', '已整改', '已销号', '已办结'],
  roles: ['cadre', 'leader', 'admin'],
  label: commandLabels.close,
  help: helpLines.close,
  manual: closeManual,
  takesGlued: startsWithTarget,
  parse: (body) => readTarget('close', body),
  handle: closeItem,
});

async function closeItem(ctx: HandlerContext<TargetParsed<'close'>>): Promise<HandlerResult> {
  const found = await findTarget(ctx, '销号');
  if (found.result) return found.result;
  const { issue } = found;
  const { sender, now, tx } = ctx;
  if (issue.status === 'closed') {
    return alreadyClosed(issue.no, issue.closedAt ?? issue.updatedAt, issue.closedBy);
  }
  if (issue.status === 'review') {
    return {
      replies: [{ text: closeOutText.alreadyWaiting(issue.no, issue.closedBy) }],
      status: 'rejected',
      reason: `issue #${issue.no} waits for review`,
    };
  }
  const resolution = cleanOrNull(found.text);
  if (!resolution) {
    return { replies: [{ text: closeOutText.needResolution(issue.no) }], status: 'rejected', reason: `close #${issue.no}: no resolution` };
  }
  const review = await reviewRequired(tx, found.village.townshipId);
  const closed = await closeIssue(tx, issue.id, { text: resolution, author: sender.name, authorId: sender.id, at: now }, { review });
  if (!closed) {
    // Closed by someone else between the read and the write.
    const fresh = await issueById(tx, issue.id);
    if (fresh.status === 'review')
      return {
        replies: [{ text: closeOutText.alreadyWaiting(fresh.no, fresh.closedBy) }],
        status: 'rejected',
        reason: `issue #${fresh.no} waits for review`,
      };
    return alreadyClosed(fresh.no, fresh.closedAt ?? now, fresh.closedBy);
  }
  // Photos already on the item, and the ones this message brings (linked when the turn ends).
  const photos = (await countEvidence(tx, issue.id)) + (ctx.msg.attachments ?? []).filter((a) => a.kind === 'image').length;
  const text = review
    ? closeOutText.submitted(issue, sender.name, shanghaiDay(now), resolution)
    : ledgerText.closed(issue, sender.name, shanghaiDay(now), resolution);
  return {
    replies: [maskedReply(photos ? `${text}\n${ledgerText.photosAttached(photos)}` : text)],
    evidenceFor: [issue.id],
  };
}

function alreadyClosed(no: number, closedAt: Date, by: string | null) {
  return {
    replies: [{ text: ledgerText.alreadyClosed(no, shanghaiDay(closedAt), by) }],
    status: 'rejected' as const,
    reason: `issue #${no} already closed`,
  };
}
