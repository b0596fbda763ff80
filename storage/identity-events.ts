import { client, type Queryable, type Tx } from './client.ts';

/** Who did something to an identity: a person (name and account) or, for automatic links, nobody. */
export interface Actor {
  name: string | null;
  platform: string | null;
  userId: string | null;
}

export type IdentityAction = 'link' | 'unlink' | 'code';
/** How a link came about; 'legacy' rows were carried over from the one-account schema. */
export type LinkVia = 'self' | 'roster' | 'tenant' | 'admin' | 'code' | 'console' | 'legacy';

export interface IdentityEventInput {
  action: IdentityAction;
  via: LinkVia;
  member: { id: number; name: string };
  account?: { platform: string; platformUserId: string } | null;
  by?: Actor | null;
  inboxId?: number | null;
  at: Date;
}

/** Writes one line of the identity log: every link, unlink and claim code, with who and when. */
export async function logIdentityEvent(tx: Tx, e: IdentityEventInput): Promise<void> {
  await client(tx).identityEvent.create({
    data: {
      action: e.action,
      via: e.via,
      memberId: e.member.id,
      memberName: e.member.name,
      platform: e.account?.platform ?? null,
      platformUserId: e.account?.platformUserId ?? null,
      byName: e.by?.name ?? null,
      byPlatform: e.by?.platform ?? null,
      byUserId: e.by?.userId ?? null,
      inboxId: e.inboxId ?? null,
      at: e.at,
    },
  });
}

/**
 * True when an admin's unlink is the last word on this member's accounts on a platform: an
 * automatic link (a roster id, the Lark directory) must not undo it; only an admin's
 * confirmation or a claim code links that member there again.
 */
export async function unlinkedByAdmin(db: Queryable, memberId: number, platform: string): Promise<boolean> {
  const last = await client(db).identityEvent.findFirst({
    where: { memberId, platform, action: { in: ['link', 'unlink'] } },
    orderBy: { id: 'desc' },
    select: { action: true },
  });
  return last?.action === 'unlink';
}

/** The identity log, newest first (for people checking who linked whom). */
export async function identityEvents(db: Queryable, where: { memberId?: number } = {}, take = 200) {
  return client(db).identityEvent.findMany({ where, orderBy: { id: 'desc' }, take });
}
