import { client, type Queryable } from './client.ts';

/**
 * Claim codes this account got wrong since `since` (by the messages' own time), counted
 * from the inbox, so the limit holds across restarts and instances.
 */
export async function failedCodeTries(db: Queryable, platform: string, senderId: string, since: Date): Promise<number> {
  return client(db).inboxMessage.count({
    where: {
      platform,
      senderId,
      kind: 'claim',
      status: 'rejected',
      reason: { in: ['claim code unknown', 'claim code used', 'claim code expired'] },
      sentAt: { gte: since },
    },
  });
}
