import { identityText } from '../prompts/identity.ts';
import { canStartPrivateChat } from '../core/platform.ts';
import { logIdentityEvent } from '../storage/identity-events.ts';
import { CODE_LIFETIME_MS, issueLinkCode } from '../storage/link-codes.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { claimCodeManual } from '../prompts/manual/claim-code.ts';
import { helpLines } from '../prompts/help.ts';
import { defineCommand } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';
import { readIdentity, type IdentityParsed } from './parse/read-identity.ts';
import { actorOf } from './identity/actor-of.ts';
import { findRosterMember } from './identity/find-roster-member.ts';
import { withinScope } from './within-scope.ts';

/**
 * `#认领码 张华`: a one-time code for 张华, sent privately to the admin or team leader who
 * asked, to hand over in person. Leaders get codes only for their own village's (a township
 * leader: township's) members. The code itself never appears in a group.
 */
export const claimCode = defineCommand({
  kind: 'claimCode',
  words: ['认领码'],
  roles: ['leader', 'admin'],
  label: commandLabels.claimCode,
  // The one line for the leaders' and admins' identity commands, #解除 included.
  help: helpLines.identityAdmin,
  manual: claimCodeManual,
  parse: (body) => readIdentity('claimCode', body),
  handle: issueClaimCode,
});

async function issueClaimCode(ctx: HandlerContext<IdentityParsed<'claimCode'>>): Promise<HandlerResult> {
  const { tx, msg, sender, now, inboxId } = ctx;
  const request = ctx.parsed.identity;
  if (!ctx.parsed.ok || request?.action !== 'issue') {
    return {
      replies: [{ text: ctx.parsed.errors[0]?.message ?? identityText.needCodeName }],
      status: 'rejected',
      reason: 'claim code: no name',
    };
  }
  const found = await findRosterMember(ctx, request.name, request.village, '#认领码');
  if (found.result) return found.result;
  const { member, label } = found;
  const inScope = withinScope(sender, { villageId: member.villageId, townshipId: member.village?.townshipId ?? member.townshipId });
  if (sender.role !== 'admin' && !inScope) {
    return {
      replies: [{ text: identityText.codeNotYours(sender.name, label) }],
      status: 'rejected',
      reason: `${sender.name} may not issue a code for ${member.name}`,
    };
  }
  // A code is made only where it can be handed over privately: a live code replaces the last one.
  if (!msg.isPrivate && !canStartPrivateChat(msg.platform)) {
    return {
      replies: [
        { text: identityText.codeAskPrivately(sender.name, request.village ? `${request.name} ${request.village}` : request.name) },
      ],
      status: 'rejected',
      reason: 'claim code asked in a group where no private chat can be started',
    };
  }
  const { code } = await issueLinkCode(tx, { memberId: member.id, issuedBy: sender.name, at: now });
  await logIdentityEvent(tx, { action: 'code', via: 'code', member, by: actorOf(ctx), inboxId, at: now });
  const text = identityText.codeFor(label, code, CODE_LIFETIME_MS / 3600_000);
  if (msg.isPrivate) return { replies: [{ text }], reason: `claim code for ${member.name}` };
  return {
    replies: [
      { to: { platform: msg.platform, chatId: msg.senderId, private: true }, text },
      { text: identityText.codeSentPrivately(sender.name) },
    ],
    reason: `claim code for ${member.name}`,
  };
}
