import type { Reply } from '../../core/reply.ts';
import { canStartPrivateChat } from '../../core/platform.ts';
import { identityText, platformName } from '../../prompts/identity.ts';
import { accountsOfMembers, linkAccount, memberOfAccount, pickAccount } from '../../storage/accounts.ts';
import { villageLeaders } from '../../storage/cadence-people.ts';
import { createClaim, openClaimFor } from '../../storage/claim-requests.ts';
import { ROSTER_ROLES } from '../../storage/roster-roles.ts';
import type { HandlerContext, HandlerResult } from '../handler.ts';
import { actorOf } from './actor-of.ts';
import { adminDestinations } from '../../core/admin-destinations.ts';
import { findRosterMember } from './find-roster-member.ts';

const done = (text: string, status: HandlerResult['status'] = 'handled', reason?: string): HandlerResult => ({
  replies: [{ text }],
  status,
  reason,
});

/**
 * `#认领 张华`: this account asks to be the roster's 张华. Nothing is linked yet: the admins
 * are asked privately to confirm (`#认领 确认 N`), and the member's team leaders are told
 * they may hand over a claim code instead. An admin claiming for their own account is
 * linked at once: confirming it would be their own word again.
 */
export async function requestClaim(ctx: HandlerContext, name: string, village: string | null): Promise<HandlerResult> {
  const { tx, msg, sender, now, inboxId, settings } = ctx;
  const found = await findRosterMember(ctx, name, village, '#认领');
  if (found.result) return found.result;
  const { member, label } = found;
  const account = { platform: msg.platform, platformUserId: msg.senderId };

  const current = await memberOfAccount(tx, account.platform, account.platformUserId);
  if (current?.id === member.id) return done(identityText.alreadyYou(label), 'rejected', 'already linked');
  if (current && ROSTER_ROLES.includes(current.role))
    return done(identityText.alreadyOther(current.name), 'rejected', `account already ${current.name}`);

  if (sender.role === 'admin') {
    await linkAccount(tx, { memberId: member.id, account, via: 'admin', by: actorOf(ctx), inboxId, at: now });
    return done(identityText.codeLinked(label));
  }
  const open = await openClaimFor(tx, member.id, account, now);
  if (open) return done(identityText.claimAgain(label, open.id), 'rejected', `claim ${open.id} already open`);

  const claim = await createClaim(tx, {
    memberId: member.id,
    ...account,
    senderName: msg.senderName || null,
    chatId: msg.chatId,
    chatName: msg.chatName,
    private: msg.isPrivate ?? false,
    at: now,
  });
  const platform = platformName(msg.platform);
  const where = msg.isPrivate ? '私聊' : (msg.chatName ?? msg.chatId);
  const shown = msg.senderName || msg.senderId;
  const accounts = await accountsOfMembers(tx, [member.id]);
  const hasAccount = accounts.get(member.id)!.some((a) => a.platform === msg.platform);

  const notices: Reply[] = [];
  const self = `${msg.platform}:${msg.senderId}`;
  for (const to of adminDestinations(settings.ADMIN_IDS).filter((d) => `${d.platform}:${d.chatId}` !== self)) {
    notices.push({ to, text: identityText.adminClaimNotice(claim.id, platform, shown, msg.senderId, where, label, hasAccount) });
  }
  const admins = notices.length;
  if (member.villageId) {
    const leaders = (await villageLeaders(tx, member.villageId)).filter((l) => l.id !== member.id);
    for (const leader of leaders) {
      // Only where the bot can open a private chat (not WeCom): a note that cannot arrive is not queued.
      const to = pickAccount(
        leader.accounts.filter((a) => canStartPrivateChat(a.platform)),
        [msg.platform],
      );
      if (to && `${to.platform}:${to.platformUserId}` !== self) {
        notices.push({
          to: { platform: to.platform, chatId: to.platformUserId, private: true },
          text: identityText.leaderClaimNotice(platform, shown, where, label, member.name),
        });
      }
    }
  }
  const reply = admins ? identityText.claimSent(label, claim.id) : identityText.claimSentNoAdmin(label, claim.id);
  return { replies: [{ text: reply }, ...notices], reason: `claim ${claim.id} for ${member.name}` };
}
