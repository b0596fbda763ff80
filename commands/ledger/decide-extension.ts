import { closeOutText } from '../../prompts/close-out.ts';
import { decideDeadline, pendingDeadlineRequest } from '../../storage/deadline-requests.ts';
import type { HandlerContext, HandlerResult } from '../handler.ts';
import type { TargetParsed } from '../parse/read-target.ts';
import { findTarget } from './find-target.ts';
import { maskedReply } from './masked-reply.ts';
import { cleanOrNull } from './clean-text.ts';

/**
 * `#同意延期 12` / `#不同意延期 12 理由`: a leader of the village decides the pending 延期
 * request. Whoever asked cannot decide their own request; a refusal needs its reason.
 */
export async function decideExtension(
  ctx: HandlerContext<TargetParsed<'approveExtension' | 'refuseExtension'>>,
  approve: boolean,
): Promise<HandlerResult> {
  const found = await findTarget(ctx, approve ? '同意延期' : '不同意延期');
  if (found.result) return found.result;
  const { issue } = found;
  const { sender, now, tx } = ctx;
  const reject = (text: string, reason: string): HandlerResult => ({ replies: [{ text }], status: 'rejected', reason });
  const request = await pendingDeadlineRequest(tx, issue.id);
  if (!request) return reject(closeOutText.noExtensionRequest(issue.no), `extension #${issue.no}: no request`);
  if (request.requestedById === sender.id)
    return reject(closeOutText.ownExtension(sender.name, issue.no), `extension #${issue.no}: own request`);
  const reason = cleanOrNull(found.text);
  if (!approve && !reason) return reject(closeOutText.needRefusalReason(issue.no), `extension #${issue.no}: no reason`);
  const decided = await decideDeadline(tx, request, approve, { by: sender.name, byId: sender.id, at: now, reason });
  if (!decided) return reject(closeOutText.noExtensionRequest(issue.no), `extension #${issue.no}: decided meanwhile`);
  const text = approve
    ? closeOutText.extensionApproved(issue.no, issue.dueOn, request.toDueOn, sender.name)
    : closeOutText.extensionRefused(issue.no, issue.dueOn, sender.name, reason ?? '');
  return { replies: [maskedReply(text)] };
}
