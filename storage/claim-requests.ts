import { client, type Queryable, type Tx } from './client.ts';
import { toPlatform } from './to-platform.ts';

/** An unconfirmed claim lapses after a week: an admin confirming months later confirms a stale story. */
export const CLAIM_LIFETIME_MS = 7 * 24 * 3600_000;

export interface ClaimInput {
  memberId: number;
  platform: string;
  platformUserId: string;
  senderName: string | null;
  chatId: string;
  chatName: string | null;
  private: boolean;
  at: Date;
}

/** The open claim this account already made for this member, if any (asking twice is one request). */
export async function openClaimFor(db: Queryable, memberId: number, account: { platform: string; platformUserId: string }, at: Date) {
  return client(db).claimRequest.findFirst({
    where: { memberId, ...account, status: 'open', createdAt: { gt: new Date(at.getTime() - CLAIM_LIFETIME_MS) } },
    orderBy: { id: 'desc' },
  });
}

export async function createClaim(tx: Tx, c: ClaimInput) {
  const { at, ...data } = c;
  return client(tx).claimRequest.create({ data: { ...data, createdAt: at } });
}

/** A claim an admin may still confirm: open and not lapsed. */
export async function liveClaim(db: Queryable, id: number, at: Date) {
  const claim = await client(db).claimRequest.findUnique({ where: { id } });
  if (claim?.status !== 'open' || claim.createdAt.getTime() <= at.getTime() - CLAIM_LIFETIME_MS) return null;
  return { ...claim, platform: toPlatform(claim.platform) };
}

/**
 * Closes a claim as confirmed, once (false when another admin got there first), and the
 * same account's other open claims with it: the account now belongs to someone.
 */
export async function confirmClaim(
  tx: Tx,
  claim: { id: number; platform: string; platformUserId: string },
  by: string,
  at: Date,
): Promise<boolean> {
  const { count } = await client(tx).claimRequest.updateMany({
    where: { id: claim.id, status: 'open' },
    data: { status: 'confirmed', decidedAt: at, decidedBy: by },
  });
  if (count !== 1) return false;
  await client(tx).claimRequest.updateMany({
    where: { platform: claim.platform, platformUserId: claim.platformUserId, status: 'open' },
    data: { status: 'closed', decidedAt: at, decidedBy: by },
  });
  return true;
}
