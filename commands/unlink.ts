import { identityText, platformName } from '../prompts/identity.ts';
import { unlinkAccounts } from '../storage/accounts.ts';
import { commandLabels } from '../prompts/command-labels.ts';
import { unlinkManual } from '../prompts/manual/unlink.ts';
import { defineCommand } from './define-command.ts';
import type { HandlerContext, HandlerResult } from './handler.ts';
import { readIdentity, type IdentityParsed } from './parse/read-identity.ts';
import { actorOf } from './identity/actor-of.ts';
import { findRosterMember } from './identity/find-roster-member.ts';

/**
 * `#解除 张华 [微信]` (admins): 张华's accounts (on one platform, or all) stop being 张华 and
 * are villagers from their next message. Logged with the admin's name; no automatic link
 * (roster id, Lark directory) brings them back, only a new claim.
 */
export const unlink = defineCommand({
  kind: 'unlink',
  words: ['解除', '解除认领', '解绑'],
  roles: ['admin'],
  label: commandLabels.unlink,
  // Its example is in the claim code's help line.
  help: null,
  manual: unlinkManual,
  parse: (body) => readIdentity('unlink', body),
  handle: unlinkAccountsOf,
});

async function unlinkAccountsOf(ctx: HandlerContext<IdentityParsed<'unlink'>>): Promise<HandlerResult> {
  const { tx, now, inboxId } = ctx;
  const request = ctx.parsed.identity;
  if (!ctx.parsed.ok || request?.action !== 'unlink') {
    return {
      replies: [{ text: ctx.parsed.errors[0]?.message ?? identityText.needUnlinkName }],
      status: 'rejected',
      reason: 'unlink: no name',
    };
  }
  const found = await findRosterMember(ctx, request.name, request.village, '#解除');
  if (found.result) return found.result;
  const { member, label } = found;
  const gone = await unlinkAccounts(tx, { member, platform: request.platform, by: actorOf(ctx), inboxId, at: now });
  if (!gone.length) {
    return {
      replies: [{ text: identityText.nothingToUnlink(label, request.platform ? platformName(request.platform) : null) }],
      status: 'rejected',
      reason: `${member.name} has no account to unlink`,
    };
  }
  const platforms = [...new Set(gone.map((a) => platformName(a.platform)))];
  return { replies: [{ text: identityText.unlinked(label, platforms) }], reason: `unlinked ${gone.length} account(s) of ${member.name}` };
}
