import type { FaqService, Handler } from '../commands/handler.ts';
import type { ParseResult } from '../commands/parse/types.ts';
import { handlers as defaultHandlers } from '../commands/registry.ts';
import type { Db } from '../storage/client.ts';
import { toIncoming, unhandledInbox } from '../storage/inbox.ts';
import { outboxDepth } from '../storage/outbox.ts';
import type { Role } from '../core/role.ts';
import { createChatQueue } from './chat-queue.ts';
import type { Config } from './config.ts';
import { guard, logErrorHandler, type ErrorHandler } from './error-boundary.ts';
import type { Logger } from '../core/logger.ts';
import { createPiiMasker } from '../core/mask-pii.ts';
import { createOutboxWorker } from './outbox-worker.ts';
import { createRouter, type Outcome } from './router.ts';
import type { Adapter } from '../core/adapter.ts';
import type { IncomingMessage } from '../core/message.ts';
import type { Platform } from '../core/platform.ts';
import { isTransientDbError } from './db-errors.ts';
import { storableMessage } from './storable-message.ts';

/** Messages held in memory while the database is away (about an hour of a busy county). */
const MAX_BACKLOG = 20_000;

export interface BotDeps {
  config: Config;
  logger: Logger;
  db: Db;
  faq: FaqService;
  handlers?: Partial<Record<ParseResult['kind'], Handler>>;
  now?: () => Date;
  onError?: ErrorHandler;
  /** How often stored-but-unhandled messages are retried (db outage, crash). */
  recoverEveryMs?: number;
  outboxPollMs?: number;
  outboxMaxAttempts?: number;
  outboxLeaseMs?: number;
}

export type Bot = ReturnType<typeof createBot>;

/**
 * The bot: one entry (`handle`) for a message from any adapter, the outbox that sends its
 * replies, and recovery of messages stored but not yet handled.
 */
export function createBot(deps: BotDeps) {
  const { db, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const onError = deps.onError ?? logErrorHandler(logger);
  const adapters = new Map<Platform, Adapter>();
  const queue = createChatQueue();
  const inFlight = new Set<number>();
  const router = createRouter({
    db,
    config: deps.config,
    logger,
    faq: deps.faq,
    handlers: deps.handlers ?? defaultHandlers,
    now,
    // Whoever types at the local console runs this bot; elsewhere strangers are villagers.
    defaultRoleFor: (msg): Role => (msg.platform === 'console' ? 'cadre' : 'villager'),
  });
  // The configured hotline and team phone are public: a FAQ answer shows them whole.
  const mask = createPiiMasker({ publicNumbers: [deps.config.TOWNSHIP_HOTLINE, deps.config.TEAM_PHONE] });
  const outbox = createOutboxWorker({ db, logger, adapters: () => adapters, now, pollMs: deps.outboxPollMs, maxAttempts: deps.outboxMaxAttempts, leaseMs: deps.outboxLeaseMs, mask });
  let recoverTimer: NodeJS.Timeout | undefined;
  const backlog: IncomingMessage[] = [];
  let accepting = true;
  let started = false;

  function schedule(inboxId: number, msg: IncomingMessage): Promise<Outcome> {
    inFlight.add(inboxId);
    return queue
      .run(`${msg.platform}:${msg.chatId}`, () => router.process(inboxId, msg))
      .finally(() => inFlight.delete(inboxId))
      .then((outcome) => {
        // Until start() the owner drains the outbox itself (the cli, tests).
        if (outcome.replies.length && started) void outbox.kick();
        return outcome;
      });
  }

  /** Stores and handles one message, resolving when its replies are in the outbox. */
  async function handle(incoming: IncomingMessage): Promise<Outcome> {
    const msg = storableMessage(incoming);
    const accepted = await router.accept(msg);
    if (!accepted.fresh || inFlight.has(accepted.inboxId)) {
      return { status: accepted.stale ? 'stale' : 'duplicate', inboxId: accepted.inboxId, replies: [] };
    }
    return schedule(accepted.inboxId, msg);
  }

  /**
   * For adapters: resolves once the message is stored, and handles it after. Lark re-pushes
   * an event not acknowledged within 3 seconds; stored is safe to acknowledge. While the
   * database is away, messages wait in memory (in arrival order) and are stored when it
   * returns, so the platform sees a bot that keeps accepting.
   */
  async function receive(incoming: IncomingMessage): Promise<void> {
    const msg = storableMessage(incoming);
    if (!accepting) throw new Error('bot is stopping');
    if (backlog.length) {
      hold(msg);
      return;
    }
    try {
      await acceptAndSchedule(msg);
    } catch (err) {
      if (!isTransientDbError(err)) throw err;
      hold(msg);
    }
  }

  async function acceptAndSchedule(msg: IncomingMessage): Promise<void> {
    const accepted = await router.accept(msg);
    if (accepted.fresh && !inFlight.has(accepted.inboxId)) {
      void schedule(accepted.inboxId, msg).catch((error) => onError({ error, where: 'process', message: msg }));
    }
  }

  function hold(msg: IncomingMessage) {
    if (backlog.length >= MAX_BACKLOG) throw new Error(`database unavailable and ${MAX_BACKLOG} messages already waiting`);
    if (!backlog.length) logger.warn('database unavailable; holding incoming messages until it returns');
    backlog.push(msg);
  }

  /** Stores held messages in order; stops at the first that still cannot be stored. */
  async function flushBacklog(): Promise<number> {
    let stored = 0;
    while (backlog.length) {
      try {
        await acceptAndSchedule(backlog[0]);
      } catch (err) {
        if (isTransientDbError(err)) return stored;
        onError({ error: err, where: 'backlog', message: backlog[0] });
      }
      backlog.shift();
      stored++;
    }
    if (stored) logger.info({ stored }, 'database back; held messages stored');
    return stored;
  }

  /** Handles every message stored but not handled: after a crash, or once the database is back. */
  async function recover(): Promise<number> {
    await flushBacklog();
    let rows: Awaited<ReturnType<typeof unhandledInbox>>;
    try {
      rows = await unhandledInbox(db);
    } catch (err) {
      if (isTransientDbError(err)) return 0;
      throw err;
    }
    const todo = rows.filter((r) => !inFlight.has(r.id));
    await Promise.all(todo.map((r) => schedule(r.id, toIncoming(r))));
    return todo.length;
  }

  function use(adapter: Adapter) {
    adapters.set(adapter.platform, adapter);
    return api;
  }

  async function start() {
    accepting = true;
    started = true;
    for (const adapter of adapters.values()) {
      // The error is reported here and still rejects, so an adapter does not acknowledge a
      // message that was not stored (Lark then pushes it again).
      await adapter.start(async (msg) => {
        try {
          await receive(msg);
        } catch (error) {
          onError({ error, where: `${adapter.platform}.message`, message: msg });
          throw error;
        }
      });
    }
    outbox.start();
    const tick = () => {
      void guard(onError, 'recover', async () => { await recover(); })().finally(() => {
        if (accepting) recoverTimer = setTimeout(tick, deps.recoverEveryMs ?? 5000);
      });
    };
    tick();
  }

  /** Stops taking messages, finishes those in hand, sends what it can, and stops the adapters. */
  async function stop() {
    accepting = false;
    if (recoverTimer) clearTimeout(recoverTimer);
    await flushBacklog().catch(() => 0);
    if (backlog.length) logger.error({ held: backlog.length }, 'stopping with messages the database never stored');
    await queue.idle();
    await outbox.kick().catch(() => 0);
    await outbox.stop();
    for (const adapter of adapters.values()) await adapter.stop().catch((error) => onError({ error, where: `${adapter.platform}.stop` }));
  }

  /** For GET /health: 'degraded' with the reasons when the database, a connection or a platform's sends are failing. */
  async function health() {
    const depth = await outboxDepth(db).catch(() => null);
    const dbOk = depth !== null;
    const failing = outbox.sendHealth.problems(now(), deps.config.SEND_FAILING_DEGRADED_SECONDS * 1000);
    const reasons = [
      ...(dbOk ? [] : ['database unavailable']),
      ...[...adapters.values()].filter((a) => !a.status().connected).map((a) => `${a.platform} not connected${a.status().detail ? `: ${a.status().detail}` : ''}`),
      ...failing.map((f) => f.reason),
    ];
    return {
      ok: reasons.length === 0,
      status: reasons.length ? ('degraded' as const) : ('ok' as const),
      reasons,
      database: { ok: dbOk, provider: db.provider },
      outbox: depth,
      platforms: Object.fromEntries([...adapters.values()].map((a) => [a.platform, a.status()])),
      sends: outbox.sendHealth.snapshot(),
      inFlight: inFlight.size,
      held: backlog.length,
    };
  }

  const api = { handle, receive, recover, use, start, stop, health, outbox, adapters, router, onError };
  return api;
}
