import { identityText, memberLabel } from '../../prompts/identity.ts';
import { linkAccount, memberOfAccount } from '../../storage/accounts.ts';
import { CODE_LIFETIME_MS, findLinkCode, useLinkCode } from '../../storage/link-codes.ts';
import { failedCodeTries } from '../../storage/failed-code-tries.ts';
import { memberWithPlace } from '../../storage/members.ts';
import { ROSTER_ROLES } from '../../storage/roster-roles.ts';
import type { HandlerContext, HandlerResult } from '../handler.ts';

/** Wrong codes an account may send in an hour: a six-digit code must not be guessable by trying. */
export const CODE_TRIES_PER_HOUR = 5;
const HOURS = CODE_LIFETIME_MS / 3600_000;

/**
 * `#认领 482913`: the person hands in the code a team leader or admin gave them in person.
 * The account that sends it becomes that roster member; the code dies with the use.
 */
export async function redeemCode(ctx: HandlerContext, code: string): Promise<HandlerResult> {
  const { tx, msg, now, inboxId } = ctx;
  // Every refusal here is reasoned 'claim code …', which is what the try counter counts.
  const refuse = (text: string, why: string): HandlerResult => ({ replies: [{ text }], status: 'rejected', reason: `claim code ${why}` });
  const tries = await failedCodeTries(tx, msg.platform, msg.senderId, new Date(now.getTime() - 3600_000));
  if (tries >= CODE_TRIES_PER_HOUR)
    return { replies: [{ text: identityText.codeTooMany }], status: 'rejected', reason: 'too many code tries' };

  const found = await findLinkCode(tx, code, now);
  if (found.state === 'unknown') return refuse(identityText.codeUnknown(code), 'unknown');
  if (found.state === 'used') return refuse(identityText.codeUsed(code), 'used');
  if (found.state !== 'live') return refuse(identityText.codeExpired(code, HOURS), 'expired');

  const member = await memberWithPlace(tx, found.memberId);
  const label = memberLabel(member.name, member.village?.name ?? member.township?.name ?? null);
  const account = { platform: msg.platform, platformUserId: msg.senderId };
  const current = await memberOfAccount(tx, account.platform, account.platformUserId);
  // The code stays live: it was not this account's to use, or there is nothing to do.
  if (current?.id === member.id)
    return { replies: [{ text: identityText.alreadyYou(label) }], status: 'rejected', reason: 'already linked' };
  if (current && ROSTER_ROLES.includes(current.role))
    return { replies: [{ text: identityText.alreadyOther(current.name) }], status: 'rejected', reason: `account already ${current.name}` };

  if (!(await useLinkCode(tx, found.id, { platform: msg.platform, userId: msg.senderId }, now)))
    return refuse(identityText.codeUsed(code), 'used');
  await linkAccount(tx, {
    memberId: member.id,
    account,
    via: 'code',
    by: { name: found.issuedBy, platform: null, userId: null },
    inboxId,
    at: now,
  });
  return { replies: [{ text: identityText.codeLinked(label) }], reason: `claim code: ${member.name}` };
}
