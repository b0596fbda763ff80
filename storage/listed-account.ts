import type { IncomingMessage } from '../core/message.ts';
import { linkAccount } from './accounts.ts';
import { client, type Tx } from './client.ts';
import { unlinkedByAdmin, type LinkVia } from './identity-events.ts';
import { ROSTER_ROLES } from './roster-roles.ts';

/** A mainland mobile as the roster keeps it: 11 digits, without +86, spaces or dashes. */
function plainMobile(value: string): string {
  return value.replace(/[\s-]/g, '').replace(/^(?:\+?86)(?=1\d{10}$)/, '');
}

/**
 * Links an account nobody has linked yet to the roster member it is written down for, when
 * the proof is something the sender cannot type: a platform id listed in the roster (微信ID,
 * 飞书ID, 企业微信ID), or on Lark the tenant's own user id or mobile from the contact API,
 * matched against the roster's 飞书ID or 责任人电话. A display name is never such proof.
 * Exactly one roster member must fit; an admin's earlier unlink of that member on this
 * platform stands. Returns the member, or null.
 */
export async function linkListedAccount(tx: Tx, msg: IncomingMessage, at: Date, inboxId: number | null) {
  const candidates: Array<{ via: LinkVia; where: Record<string, unknown> }> = [];
  if (msg.platform === 'wechat') candidates.push({ via: 'roster', where: { rosterWechatId: msg.senderId } });
  // A WeCom userid is the tenant's own, fixed per member: the roster's 企业微信ID names it.
  if (msg.platform === 'wecom') candidates.push({ via: 'roster', where: { rosterWecomId: msg.senderId } });
  if (msg.platform === 'lark') {
    candidates.push({ via: 'roster', where: { rosterLarkId: msg.senderId } });
    if (msg.senderTenantId) candidates.push({ via: 'tenant', where: { rosterLarkId: msg.senderTenantId } });
    if (msg.senderMobile) candidates.push({ via: 'tenant', where: { phone: plainMobile(msg.senderMobile) } });
  }
  for (const { via, where } of candidates) {
    const found = await client(tx).member.findMany({ where: { ...where, role: { in: ROSTER_ROLES } }, take: 2 });
    if (found.length !== 1) continue;
    const member = found[0];
    if (await unlinkedByAdmin(tx, member.id, msg.platform)) continue;
    await linkAccount(tx, { memberId: member.id, account: { platform: msg.platform, platformUserId: msg.senderId }, via, inboxId, at });
    return member;
  }
  return null;
}
