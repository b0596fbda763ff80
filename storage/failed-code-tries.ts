import type { Prisma, Tx } from './db.ts';

/**
 * Claim codes this account got wrong since `since` (by the messages' own time), counted
 * from the inbox, so the limit holds across restarts and instances.
 */
export async function failedCodeTries(db: Prisma | Tx, platform: string, senderId: string, since: Date): Promise<number> {
  return db.inboxMessage.count({
    where: { platform, senderId, kind: 'claim', status: 'rejected', reason: { in: ['claim code unknown', 'claim code used', 'claim code expired'] }, sentAt: { gte: since } },
  });
}
