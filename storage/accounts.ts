// Platform accounts and the member each belongs to. A member may have a WeChat, a Lark and a
// WeCom account; an account belongs to one member. Member rows of the older schema held one
// account in `platform`/`platformUserId`; those are read here too, so every caller sees one
// list of accounts whichever way a row was written.
import type { Platform } from '../core/platform.ts';
import { client, type Queryable, type Tx } from './client.ts';
import { toPlatform } from './to-platform.ts';
import { logIdentityEvent, type Actor, type LinkVia } from './identity-events.ts';

export interface Account {
  platform: Platform;
  platformUserId: string;
}

/** The member an account belongs to, or null for an account never linked. */
export async function memberOfAccount(db: Queryable, platform: string, platformUserId: string) {
  const linked = await client(db).memberAccount.findUnique({
    where: { platform_platformUserId: { platform, platformUserId } },
    select: { member: true },
  });
  if (linked) return linked.member;
  return client(db).member.findUnique({ where: { platform_platformUserId: { platform, platformUserId } } });
}

/** Each member's accounts, oldest link first. */
export async function accountsOfMembers(db: Queryable, memberIds: number[]): Promise<Map<number, Account[]>> {
  const out = new Map<number, Account[]>(memberIds.map((id) => [id, []]));
  if (!memberIds.length) return out;
  const [rows, legacy] = await Promise.all([
    client(db).memberAccount.findMany({
      where: { memberId: { in: memberIds } },
      orderBy: { id: 'asc' },
      select: { memberId: true, platform: true, platformUserId: true },
    }),
    client(db).member.findMany({
      where: { id: { in: memberIds }, platformUserId: { not: null } },
      select: { id: true, platform: true, platformUserId: true },
    }),
  ]);
  for (const m of legacy)
    if (m.platform && m.platformUserId) out.get(m.id)!.push({ platform: toPlatform(m.platform), platformUserId: m.platformUserId });
  for (const r of rows) out.get(r.memberId)!.push({ platform: toPlatform(r.platform), platformUserId: r.platformUserId });
  return out;
}

export interface LinkInput {
  memberId: number;
  account: Account;
  via: LinkVia;
  by?: Actor | null;
  inboxId?: number | null;
  at: Date;
  /** Leave the identity log alone: a new sender's own account is not a link to anyone. */
  quiet?: boolean;
}

/**
 * Links an account to a member, taking it from whichever member held it before (a new
 * sender's own row, usually), and logs it. Returns the member it was taken from, if any.
 */
export async function linkAccount(tx: Tx, input: LinkInput): Promise<number | null> {
  const { platform, platformUserId } = input.account;
  const key = { platform_platformUserId: { platform, platformUserId } };
  const before = await client(tx).memberAccount.findUnique({ where: key, select: { memberId: true } });
  // An older-schema row holding the same account gives it up, so it is not found twice.
  const legacy = await client(tx).member.findUnique({ where: key, select: { id: true } });
  if (legacy) await client(tx).member.update({ where: { id: legacy.id }, data: { platform: null, platformUserId: null } });
  await client(tx).memberAccount.upsert({
    where: key,
    create: { memberId: input.memberId, platform, platformUserId, via: input.via, linkedAt: input.at },
    update: { memberId: input.memberId, via: input.via, linkedAt: input.at },
  });
  if (!input.quiet) {
    const member = await client(tx).member.findUniqueOrThrow({ where: { id: input.memberId }, select: { id: true, name: true } });
    await logIdentityEvent(tx, {
      action: 'link',
      via: input.via,
      member,
      account: input.account,
      by: input.by,
      inboxId: input.inboxId,
      at: input.at,
    });
  }
  const from = before?.memberId ?? legacy?.id ?? null;
  return from === input.memberId ? null : from;
}

/** Unlinks a member's accounts (on one platform, or all), logging each. Returns what was unlinked. */
export async function unlinkAccounts(
  tx: Tx,
  input: { member: { id: number; name: string }; platform: string | null; by: Actor; inboxId?: number | null; at: Date },
): Promise<Account[]> {
  const { member, platform } = input;
  const accounts = (await accountsOfMembers(tx, [member.id])).get(member.id)!.filter((a) => !platform || a.platform === platform);
  if (!accounts.length) return [];
  await client(tx).memberAccount.deleteMany({ where: { memberId: member.id, ...(platform ? { platform } : {}) } });
  await client(tx).member.updateMany({
    where: { id: member.id, ...(platform ? { platform } : {}) },
    data: { platform: null, platformUserId: null },
  });
  for (const account of accounts) {
    await logIdentityEvent(tx, { action: 'unlink', via: 'admin', member, account, by: input.by, inboxId: input.inboxId, at: input.at });
  }
  return accounts;
}

/**
 * The account to reach a member on: one on the first platform of `prefer` that has one
 * (the platform a message goes out on), else the member's oldest link.
 */
export function pickAccount(accounts: Account[], prefer: readonly string[] = []): Account | null {
  for (const platform of prefer) {
    const on = accounts.find((a) => a.platform === platform);
    if (on) return on;
  }
  return accounts[0] ?? null;
}
