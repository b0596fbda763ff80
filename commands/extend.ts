import { closeOutText } from '../prompts/close-out.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { helpLines } from '../prompts/help.ts';
import { extendManual } from '../prompts/manual/extend.ts';
import { requestDeadline, pendingDeadlineRequest } from '../storage/deadline-requests.ts';
import { defineCommand } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';
import { findTarget } from './ledger/find-target.ts';
import { maskedReply } from './ledger/masked-reply.ts';
import { badDeadline } from './parse/error-messages.ts';
import { startsWithTarget } from './parse/glued-text.ts';
import { readExtension, type ExtensionParsed } from './parse/read-extension.ts';

/**
 * `#延期 12 1月15日前 材料未到`: asks to move an item's 时限. Nothing moves until a leader
 * approves (`#同意延期 12`); until then the old 时限 stands and overdue days still count.
 */
export const extend = defineCommand({
  kind: 'extend',
  words: ['延期', '申请延期'],
  roles: ['cadre', 'leader', 'admin'],
  label: commandLabels.extend,
  help: helpLines.extend,
  manual: extendManual,
  takesGlued: startsWithTarget,
  parse: readExtension,
  handle: askForExtension,
});

async function askForExtension(ctx: HandlerContext<ExtensionParsed>): Promise<HandlerResult> {
  const found = await findTarget(ctx, '延期');
  if (found.result) return found.result;
  const { issue } = found;
  const { sender, now, tx, parsed } = ctx;
  const reject = (text: string, reason: string): HandlerResult => ({ replies: [{ text }], status: 'rejected', reason });
  if (issue.status !== 'open') return reject(closeOutText.extensionClosed(issue.no), `extend #${issue.no}: ${issue.status}`);
  if (parsed.fault) return reject(badDeadline(parsed.fault.written, parsed.fault.reason).message, `extend #${issue.no}: bad date`);
  if (!parsed.toDueOn) return reject(closeOutText.needExtensionDate(issue.no), `extend #${issue.no}: no date`);
  if (!issue.dueOn) return reject(closeOutText.extensionNoDue(issue.no), `extend #${issue.no}: no deadline to move`);
  if (parsed.toDueOn <= issue.dueOn) return reject(closeOutText.extensionNotLater(issue.no, issue.dueOn), `extend #${issue.no}: not later`);
  if (!parsed.reason) return reject(closeOutText.needExtensionReason(issue.no, parsed.toDueOn), `extend #${issue.no}: no reason`);
  const pending = await pendingDeadlineRequest(tx, issue.id);
  if (pending) return reject(closeOutText.extensionPending(issue.no, pending.toDueOn, pending.requestedBy), `extend #${issue.no}: pending`);
  await requestDeadline(tx, issue.id, issue.dueOn, {
    toDueOn: parsed.toDueOn,
    reason: parsed.reason,
    by: sender.name,
    byId: sender.id,
    at: now,
  });
  return { replies: [maskedReply(closeOutText.extensionRequested(issue.no, issue.dueOn, parsed.toDueOn, parsed.reason, sender.name))] };
}
