import { ledgerText } from '../prompts/ledger.ts';
import { countEvidence } from '../storage/evidence.ts';
import { closeIssue, issueById } from '../storage/issues.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { helpLines } from '../prompts/help.ts';
import { defineCommand } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';
import { startsWithTarget } from './parse/glued-text.ts';
import { readTarget, type TargetParsed } from './parse/read-target.ts';
import { shanghaiDay } from '../core/shanghai-calendar.ts';
import { cleanOrNull } from './ledger/clean-text.ts';
import { findTarget } from './ledger/find-target.ts';
import { maskedReply } from './ledger/masked-reply.ts';

/** `#销号 12 已更换水管` (or `12号问题已销号`): closes an item, recording who, when and how it was resolved. */
export const close = defineCommand({
  kind: 'close',
  words: ['销号', '办结', '已整改', '已销号', '已办结'],
  roles: ['cadre', 'leader', 'admin'],
  label: commandLabels.close,
  help: helpLines.close,
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
  const resolution = cleanOrNull(found.text);
  const closed = await closeIssue(tx, issue.id, { text: resolution, author: sender.name, authorId: sender.id, at: now });
  if (!closed) {
    // Closed by someone else between the read and the write.
    const fresh = await issueById(tx, issue.id);
    return alreadyClosed(fresh.no, fresh.closedAt ?? now, fresh.closedBy);
  }
  // Photos already on the item, and the ones this message brings (linked when the turn ends).
  const photos = (await countEvidence(tx, issue.id)) + (ctx.msg.attachments ?? []).filter((a) => a.kind === 'image').length;
  const receipt = ledgerText.closed(issue, sender.name, shanghaiDay(now), resolution);
  return {
    replies: [maskedReply(photos ? `${receipt}\n${ledgerText.photosAttached(photos)}` : receipt)],
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
