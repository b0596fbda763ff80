import { identityText, memberLabel, platformName } from '../../prompts/identity.ts';
import { linkAccount } from '../../storage/accounts.ts';
import { confirmClaim, liveClaim } from '../../storage/claim-requests.ts';
import { memberWithPlace } from '../../storage/members.ts';
import type { HandlerContext, HandlerResult } from '../handler.ts';
import { actorOf } from './actor-of.ts';

/**
 * `#认领 确认 N`: an admin vouches that claim N's account is that roster member. The account
 * is linked (and logged with the admin's name), and the claimant is told where they asked.
 */
export async function confirmClaimByAdmin(ctx: HandlerContext, no: number): Promise<HandlerResult> {
  const { tx, sender, now, inboxId } = ctx;
  const refuse = (text: string, reason: string): HandlerResult => ({ replies: [{ text }], status: 'rejected', reason });
  if (sender.role !== 'admin') return refuse(identityText.confirmAdminOnly(sender.name), `role ${sender.role} may not confirm claims`);
  const claim = await liveClaim(tx, no, now);
  if (!claim) return refuse(identityText.confirmUnknown(no), `no open claim ${no}`);
  if (!(await confirmClaim(tx, claim, sender.name, now))) return refuse(identityText.confirmUnknown(no), `claim ${no} already decided`);
  const member = await memberWithPlace(tx, claim.memberId);
  const account = { platform: claim.platform, platformUserId: claim.platformUserId };
  await linkAccount(tx, { memberId: member.id, account, via: 'admin', by: actorOf(ctx), inboxId, at: now });
  const label = memberLabel(member.name, member.village?.name ?? member.township?.name ?? null);
  const shown = claim.senderName ?? claim.platformUserId;
  return {
    replies: [
      { text: identityText.confirmed(platformName(claim.platform), shown, label) },
      {
        to: { platform: claim.platform, chatId: claim.chatId, private: claim.private },
        text: identityText.welcome(label),
        mentions: claim.private ? [] : [{ id: claim.platformUserId, name: shown }],
      },
    ],
    reason: `claim ${no} confirmed: ${member.name}`,
  };
}
