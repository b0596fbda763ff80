import type { Platform } from '../core/platform.ts';
import type { Card, Mention } from '../core/reply.ts';
import { client, type Queryable } from './client.ts';

/**
 * The card a sent outbox row carried, by the platform's message id (kept on the row when it
 * was sent). A click after a restart finds the card here, so it can still be updated.
 */
export async function findSentCard(
  db: Queryable,
  platform: Platform,
  platformMessageId: string,
): Promise<{ card: Card; mentions: Mention[] } | null> {
  const row = await client(db).outboxMessage.findFirst({
    where: { platform, platformMessageId, card: { not: null } },
    orderBy: { id: 'desc' },
    select: { card: true, mentions: true },
  });
  // The mentions come back with the card: an update re-renders it with the same people @-ed.
  return row?.card ? { card: JSON.parse(row.card) as Card, mentions: JSON.parse(row.mentions) as Mention[] } : null;
}

/** The card as it now shows (a row closed), so the next click after a restart starts from it. */
export async function saveSentCard(db: Queryable, platform: Platform, platformMessageId: string, card: Card): Promise<void> {
  await client(db).outboxMessage.updateMany({ where: { platform, platformMessageId }, data: { card: JSON.stringify(card) } });
}
