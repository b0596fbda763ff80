import {
  claimDue,
  claimFollowing,
  enqueueReplies,
  markFailed,
  markSentMany,
  releaseClaim,
  sendAttempts,
  type EnqueueOptions,
} from '../storage/outbox.ts';
import { charLength, mergeable, mergeOutgoing } from './merge-outgoing.ts';
import type { Db } from '../storage/client.ts';
import { createPiiMasker, maskPii } from '../core/mask-pii.ts';
import { maskReply } from '../core/mask-reply.ts';
import type { Logger } from '../core/logger.ts';
import { createSendHealth } from './send-health.ts';
import { SendError } from '../core/send-error.ts';
import type { Adapter } from '../core/adapter.ts';
import type { OutgoingMessage, Reply } from '../core/reply.ts';
import type { Platform } from '../core/platform.ts';

export interface OutboxWorkerOptions {
  db: Db;
  logger: Logger;
  now?: () => Date;
  /** After this many failed sends a message is parked as 'dead' and reported. */
  maxAttempts?: number;
  pollMs?: number;
  /** A send claimed by a process that died is taken over after this long. */
  leaseMs?: number;
  /**
   * Numbers the configuration makes public (TOWNSHIP_HOTLINE, TEAM_PHONE): shown whole. Every
   * other phone or ID number is masked just before a message goes to its adapter: this is the
   * one place all replies, reminders and cards pass.
   */
  publicNumbers?: ReadonlyArray<string | undefined>;
}

export type Outbox = ReturnType<typeof createOutboxWorker>;

/** Backoff between retries: 2 s, 4 s, 8 s … capped at 5 minutes, or what the platform asked for. */
export function retryDelayMs(attempts: number, retryAfterMs?: number): number {
  return Math.max(retryAfterMs ?? 0, Math.min(2 ** attempts * 1000, 5 * 60_000));
}

/**
 * The outbox: replies are queued in the database (`enqueue`, or a handler's transaction) and
 * drained into the adapters. A row leaves 'pending' only when its adapter says it was sent;
 * failures stay in the outbox with a retry time. Built before the bot, which is handed it.
 */
export function createOutboxWorker(options: OutboxWorkerOptions) {
  const { db, logger } = options;
  const now = options.now ?? (() => new Date());
  const maxAttempts = options.maxAttempts ?? 12;
  const mask = options.publicNumbers ? createPiiMasker({ publicNumbers: [...options.publicNumbers] }) : maskPii;
  const adapters = new Map<Platform, Adapter>();
  const sendHealth = createSendHealth();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = false;

  /**
   * Sends the platform accepted but the database could not yet record (it was away), by their
   * first row: the rows each carried. Kept here and recorded before anything new is claimed;
   * left to the lease, they would be sent a second time when it ran out.
   */
  const unrecorded = new Map<number, { ids: number[]; platformMessageId?: string }>();

  /** Claims whose answer the database never gave (the connection dropped mid-claim). */
  const inDoubt = new Map<number, Date>();

  /** Settles what an outage left open: sends to record, claims to put back. */
  async function settle(): Promise<void> {
    for (const [id, { ids, platformMessageId }] of unrecorded) {
      await markSentMany(db, ids, platformMessageId);
      unrecorded.delete(id);
    }
    for (const [id, lockedUntil] of inDoubt) {
      await releaseClaim(db, id, lockedUntil);
      inDoubt.delete(id);
    }
  }

  /**
   * The claimed row, masked, and where the adapter paces its sends, the plain-text rows queued
   * behind it for the same chat, claimed too and merged into one message within the adapter's
   * length: rows pile up only while the send budget holds them back, so this is when it helps.
   */
  async function outgoing(adapter: Adapter, head: OutgoingMessage): Promise<OutgoingMessage> {
    const first = maskReply(head, mask);
    const merge = adapter.merge;
    if (!merge || !mergeable(first)) return first;
    const masked = new Map<number, OutgoingMessage>([[first.id, first]]);
    const maskedOnce = (m: OutgoingMessage) => masked.get(m.id) ?? masked.set(m.id, maskReply(m, mask)).get(m.id)!;
    let rest: OutgoingMessage[];
    try {
      rest = await claimFollowing(db, head, now(), {
        leaseMs: options.leaseMs,
        inDoubt,
        accept: (next, claimed) =>
          mergeable(next) && charLength(mergeOutgoing([first, ...[...claimed, next].map(maskedOnce)]).text) <= merge.maxChars,
      });
    } catch (err) {
      // Merging only saves sends: the claimed row goes alone.
      logger.warn({ outboxId: head.id, err: (err as Error).message }, 'outbox merge skipped');
      return first;
    }
    return mergeOutgoing([first, ...rest.map(maskedOnce)]);
  }

  async function drainPlatform(adapter: Adapter): Promise<number> {
    let sent = 0;
    for (;;) {
      await settle();
      // A paced adapter takes one chat at a time, claimed just before its turn to send: what
      // the chat has queued by then goes with it.
      const limit = adapter.merge ? 1 : undefined;
      const batch = await claimDue(db, adapter.platform, now(), { leaseMs: options.leaseMs, inDoubt, limit });
      if (!batch.length) return sent;
      // One per chat per batch, so chats interleave and one slow chat does not hold the rest.
      await Promise.all(
        batch.map(async (head) => {
          const msg = await outgoing(adapter, head);
          let platformMessageId: string | undefined;
          try {
            platformMessageId = (await adapter.send(msg)).platformMessageId;
          } catch (err) {
            await recordFailure(msg, err);
            return;
          }
          const ids = msg.mergedIds ?? [msg.id];
          sendHealth.succeeded(adapter.platform, now());
          sent += ids.length;
          unrecorded.set(msg.id, { ids, platformMessageId });
          // One statement for every row the message carried: all recorded sent, or none.
          await markSentMany(db, ids, platformMessageId);
          unrecorded.delete(msg.id);
        }),
      );
      if (stopped) return sent;
    }
  }

  /**
   * A failed send goes back to 'pending' with a retry time, or to 'dead' when it cannot succeed;
   * the rows of a merged send together, on its first row's count, so they merge again.
   */
  async function recordFailure(msg: OutgoingMessage, err: unknown): Promise<void> {
    const e = err instanceof SendError ? err : new SendError((err as Error)?.message ?? String(err), { cause: err });
    // A send that cannot succeed (the chat is gone) is that chat's trouble, not the platform's.
    if (e.retryable) sendHealth.failed(msg.platform, now(), e.message);
    const attempts = (await sendAttempts(db, msg.id)) ?? 1;
    const giveUp = !e.retryable || attempts >= maxAttempts;
    const retryAt = giveUp ? null : new Date(now().getTime() + retryDelayMs(attempts, e.retryAfterMs));
    for (const id of msg.mergedIds ?? [msg.id]) await markFailed(db, id, e.message, retryAt);
    const chat = msg.private ? 'private' : msg.chatId;
    logger.warn(
      { outboxId: msg.id, merged: msg.mergedIds?.length, platform: msg.platform, chat, attempts, giveUp, err: e.message },
      'send failed',
    );
  }

  async function drainOnce(): Promise<number> {
    let total = 0;
    for (const adapter of adapters.values()) {
      try {
        total += await drainPlatform(adapter);
      } catch (err) {
        logger.warn({ platform: adapter.platform, err: (err as Error).message }, 'outbox drain interrupted');
      }
    }
    return total;
  }

  /** Runs a drain now, or right after the one in progress (never two at once). */
  function kick(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        total += await drainOnce();
      } while (again);
      return total;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    /** Sends this platform's messages through the adapter. */
    use(adapter: Adapter) {
      adapters.set(adapter.platform, adapter);
    },
    /** Queues replies outside any handler (admin notices); `kick` sends them. */
    enqueue(replies: Reply[], enqueueOptions: EnqueueOptions = {}): Promise<number> {
      return enqueueReplies(db, replies, enqueueOptions);
    },
    kick,
    drainOnce,
    /** Per platform: last send that went through, first failure since (for the health check). */
    sendHealth,
    start() {
      const tick = () => {
        void kick().finally(() => {
          if (!stopped) timer = setTimeout(tick, options.pollMs ?? 2000);
        });
      };
      timer = setTimeout(tick, 0);
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      if (running) await running.catch(() => {});
      await settle().catch(() => {
        // Their leases run out and they are sent again: say which, for whoever reads the log.
        logger.error({ outboxIds: [...unrecorded.values()].flatMap((u) => u.ids) }, 'stopping with sends the database never recorded');
      });
    },
  };
}
