import { randomInt } from 'node:crypto';
import { client, type Tx } from './client.ts';

/** How long a claim code lives: long enough to meet the person, short enough to go stale. */
export const CODE_LIFETIME_MS = 24 * 3600_000;
export const CODE_DIGITS = 6;

/**
 * A fresh one-time code for a member; any older unused code of that member dies with it, so
 * at most one code per member is ever live. Codes come from the system's CSPRNG.
 */
export async function issueLinkCode(
  tx: Tx,
  input: { memberId: number; issuedBy: string; at: Date },
): Promise<{ code: string; expiresAt: Date }> {
  await client(tx).linkCode.updateMany({ where: { memberId: input.memberId, usedAt: null }, data: { expiresAt: input.at } });
  let code: string;
  do {
    code = String(randomInt(10 ** (CODE_DIGITS - 1), 10 ** CODE_DIGITS));
  } while (await client(tx).linkCode.findFirst({ where: { code, usedAt: null, expiresAt: { gt: input.at } }, select: { id: true } }));
  const expiresAt = new Date(input.at.getTime() + CODE_LIFETIME_MS);
  await client(tx).linkCode.create({ data: { code, memberId: input.memberId, issuedBy: input.issuedBy, createdAt: input.at, expiresAt } });
  return { code, expiresAt };
}

export type CodeLookup =
  | { state: 'live'; id: number; memberId: number; issuedBy: string | null }
  | { state: 'used' | 'expired' | 'unknown' };

/** What a typed code is: live (and whose), already used, expired, or never issued. */
export async function findLinkCode(tx: Tx, code: string, at: Date): Promise<CodeLookup> {
  const rows = await client(tx).linkCode.findMany({ where: { code }, orderBy: { id: 'desc' }, take: 5 });
  const live = rows.find((r) => !r.usedAt && r.expiresAt > at);
  if (live) return { state: 'live', id: live.id, memberId: live.memberId, issuedBy: live.issuedBy };
  if (!rows.length) return { state: 'unknown' };
  return { state: rows[0].usedAt ? 'used' : 'expired' };
}

/** Marks a code used, once: false when another message used it first. */
export async function useLinkCode(tx: Tx, id: number, by: { platform: string; userId: string }, at: Date): Promise<boolean> {
  const { count } = await client(tx).linkCode.updateMany({
    where: { id, usedAt: null },
    data: { usedAt: at, usedByPlatform: by.platform, usedByUserId: by.userId },
  });
  return count === 1;
}
