import type { Card, Mention, OutgoingMessage, Reply, ReplyFile } from '../core/reply.ts';
import type { Platform } from '../core/platform.ts';
import { toPlatform } from './to-platform.ts';
import { client, type Queryable } from './client.ts';

export interface EnqueueOptions {
  /** Where a reply without `to` goes: the chat the message came from. */
  defaultTo?: { platform: Platform; chatId: string; private?: boolean };
  inboxId?: number;
  /** Makes each reply at-most-once: `${dedupeKey}:${index}` must be unique across instances. */
  dedupeKey?: string;
  /** When it may first be sent: the caller's clock (quiet hours push it later). */
  notBefore?: Date;
}

/** Writes replies to the outbox (inside the handler's transaction, so they commit with its records). */
export async function enqueueReplies(tx: Queryable, replies: Reply[], options: EnqueueOptions = {}): Promise<number> {
  let count = 0;
  for (const [i, reply] of replies.entries()) {
    const to = reply.to ?? options.defaultTo;
    if (!to) throw new Error('a reply without a destination and no default chat');
    const data = {
      platform: to.platform,
      chatId: to.chatId,
      private: to.private ?? false,
      text: reply.text,
      mentions: JSON.stringify(reply.mentions ?? []),
      card: reply.card ? JSON.stringify(reply.card) : null,
      file: reply.file ? JSON.stringify(reply.file) : null,
      inboxId: options.inboxId,
      dedupeKey: options.dedupeKey ? `${options.dedupeKey}:${i}` : null,
      ...(options.notBefore ? { nextAttemptAt: options.notBefore } : {}),
      imagePng: null as Uint8Array<ArrayBuffer> | null,
      imageAlt: null as string | null,
    };
    const rows = [data];
    // The picture is a row of its own right after its text: the chat's order keeps it second,
    // and a picture that cannot be sent never holds the text back.
    if (reply.image)
      rows.push({
        ...data,
        text: reply.image.alt,
        mentions: '[]',
        card: null,
        imagePng: Uint8Array.from(reply.image.png),
        imageAlt: reply.image.alt,
        dedupeKey: data.dedupeKey ? `${data.dedupeKey}:image` : null,
      });
    for (const row of rows) {
      if (row.dedupeKey) {
        await client(tx).outboxMessage.upsert({ where: { dedupeKey: row.dedupeKey }, create: row, update: {} });
      } else {
        await client(tx).outboxMessage.create({ data: row });
      }
      count++;
    }
  }
  return count;
}

/** How long a claimed send is left to its sender before another may take it over. */
export const DEFAULT_LEASE_MS = 60_000;

/**
 * Claims the next sendable messages of a platform, oldest first, at most one per chat,
 * and never one whose chat has an older message still unsent: a chat's messages go out
 * in order. The claim is a compare-and-set, so two instances never send the same row.
 */
export async function claimDue(
  prisma: Queryable,
  platform: Platform,
  now: Date,
  options: { limit?: number; leaseMs?: number; inDoubt?: Map<number, Date> } = {},
): Promise<OutgoingMessage[]> {
  const limit = options.limit ?? 20;
  const lockedUntil = new Date(now.getTime() + (options.leaseMs ?? DEFAULT_LEASE_MS));
  const rows = await client(prisma).outboxMessage.findMany({
    where: { platform, status: { in: ['pending', 'sending'] } },
    orderBy: { id: 'asc' },
    take: limit * 5,
  });
  const blocked = new Set<string>();
  const claimed: OutgoingMessage[] = [];
  for (const row of rows) {
    if (claimed.length >= limit) break;
    const chat = `${row.private ? 'p' : 'g'}:${row.chatId}`;
    if (blocked.has(chat)) continue;
    blocked.add(chat);
    const leaseLive = row.status === 'sending' && row.lockedUntil && row.lockedUntil > now;
    if (leaseLive || row.nextAttemptAt > now) continue;
    let res: { count: number };
    try {
      res = await client(prisma).outboxMessage.updateMany({
        where: { id: row.id, status: row.status, attempts: row.attempts },
        data: { status: 'sending', lockedUntil, attempts: { increment: 1 } },
      });
    } catch (err) {
      // The claim may have committed with its answer lost: the caller releases it later
      // (releaseClaim), or it would hold its chat until the lease ran out.
      options.inDoubt?.set(row.id, lockedUntil);
      // Rows already claimed are this worker's to send; thrown away here, they would wait too.
      if (claimed.length) break;
      throw err;
    }
    if (res.count !== 1) continue;
    claimed.push(toOutgoing(row));
  }
  return claimed;
}

type OutboxRow = Awaited<ReturnType<ReturnType<typeof client>['outboxMessage']['findFirstOrThrow']>>;

function toOutgoing(row: OutboxRow): OutgoingMessage {
  return {
    id: row.id,
    platform: toPlatform(row.platform),
    chatId: row.chatId,
    private: row.private,
    text: row.text,
    mentions: JSON.parse(row.mentions) as Mention[],
    card: row.card ? (JSON.parse(row.card) as Card) : null,
    image: row.imagePng ? { png: new Uint8Array(row.imagePng), alt: row.imageAlt ?? row.text } : null,
    file: row.file ? (JSON.parse(row.file) as ReplyFile) : null,
  };
}

/**
 * Claims the messages queued for `head`'s chat right after it (head already claimed), in order,
 * for as long as `accept` takes them (a pure check, given those claimed so far): they go out with it as one message. Stops at the first
 * one not due, claimed elsewhere or refused, so the chat's order holds.
 */
export async function claimFollowing(
  prisma: Queryable,
  head: OutgoingMessage,
  now: Date,
  options: {
    accept: (next: OutgoingMessage, claimed: readonly OutgoingMessage[]) => boolean;
    leaseMs?: number;
    limit?: number;
    inDoubt?: Map<number, Date>;
  },
): Promise<OutgoingMessage[]> {
  const lockedUntil = new Date(now.getTime() + (options.leaseMs ?? DEFAULT_LEASE_MS));
  const rows = await client(prisma).outboxMessage.findMany({
    where: {
      platform: head.platform,
      chatId: head.chatId,
      private: head.private,
      id: { gt: head.id },
      status: { in: ['pending', 'sending'] },
    },
    orderBy: { id: 'asc' },
    take: options.limit ?? 50,
  });
  const claimed: OutgoingMessage[] = [];
  for (const row of rows) {
    // A lease that ran out (its sender died) is taken over here as claimDue would.
    const leaseLive = row.status === 'sending' && row.lockedUntil && row.lockedUntil > now;
    if (leaseLive || row.nextAttemptAt > now) break;
    const next = toOutgoing(row);
    if (!options.accept(next, claimed)) break;
    let res: { count: number };
    try {
      res = await client(prisma).outboxMessage.updateMany({
        where: { id: row.id, status: row.status, attempts: row.attempts },
        data: { status: 'sending', lockedUntil, attempts: { increment: 1 } },
      });
    } catch {
      // As in claimDue: put back later, and what is claimed goes out.
      options.inDoubt?.set(row.id, lockedUntil);
      break;
    }
    if (res.count !== 1) break;
    claimed.push(next);
  }
  return claimed;
}

/**
 * Puts back a claim this worker may or may not have made. The lease's exact end is its mark:
 * no other claim of the row carries the same instant.
 */
export async function releaseClaim(prisma: Queryable, id: number, lockedUntil: Date): Promise<void> {
  await client(prisma).outboxMessage.updateMany({
    where: { id, status: 'sending', lockedUntil },
    data: { status: 'pending', lockedUntil: null },
  });
}

export async function markSent(prisma: Queryable, id: number, platformMessageId?: string): Promise<void> {
  await client(prisma).outboxMessage.update({
    where: { id },
    data: { status: 'sent', sentAt: new Date(), lockedUntil: null, platformMessageId: platformMessageId ?? null, lastError: null },
  });
}

/** Records one send that carried several rows: all of them sent, in one statement, or none. */
export async function markSentMany(prisma: Queryable, ids: readonly number[], platformMessageId?: string): Promise<void> {
  await client(prisma).outboxMessage.updateMany({
    where: { id: { in: [...ids] } },
    data: { status: 'sent', sentAt: new Date(), lockedUntil: null, platformMessageId: platformMessageId ?? null, lastError: null },
  });
}

/** How many times a message was claimed for sending (null when it is gone). */
export async function sendAttempts(db: Queryable, id: number): Promise<number | null> {
  return (await client(db).outboxMessage.findUnique({ where: { id }, select: { attempts: true } }))?.attempts ?? null;
}

export async function markFailed(prisma: Queryable, id: number, error: string, retryAt: Date | null): Promise<void> {
  await client(prisma).outboxMessage.update({
    where: { id },
    data: retryAt
      ? { status: 'pending', nextAttemptAt: retryAt, lockedUntil: null, lastError: error.slice(0, 500) }
      : { status: 'dead', lockedUntil: null, lastError: error.slice(0, 500) },
  });
}

export async function outboxDepth(prisma: Queryable): Promise<{ pending: number; dead: number }> {
  const [pending, dead] = await Promise.all([
    client(prisma).outboxMessage.count({ where: { status: { in: ['pending', 'sending'] } } }),
    client(prisma).outboxMessage.count({ where: { status: 'dead' } }),
  ]);
  return { pending, dead };
}

/**
 * Gives up the sends still waiting for a chat the bot can no longer reach (removed from the
 * group): marked dead with the reason, so the worker stops retrying them. Returns how many.
 */
export async function cancelPendingSends(db: Queryable, platform: Platform, chatId: string, reason: string): Promise<number> {
  const { count } = await client(db).outboxMessage.updateMany({
    where: { platform, chatId, status: 'pending' },
    data: { status: 'dead', lastError: reason },
  });
  return count;
}
