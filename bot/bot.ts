import type { Command } from '../commands/registry.ts';
import type { FaqService } from '../commands/handler.ts';
import type { Adapter, Receipt } from '../core/adapter.ts';
import type { Logger } from '../core/logger.ts';
import type { IncomingMessage } from '../core/message.ts';
import type { Platform } from '../core/platform.ts';
import type { Reply } from '../core/reply.ts';
import type { Db } from '../storage/client.ts';
import { toIncoming, unhandledInbox } from '../storage/inbox.ts';
import { outboxDepth, type EnqueueOptions } from '../storage/outbox.ts';
import { createChatQueue } from './chat-queue.ts';
import { chatLifecycle } from './chat-lifecycle.ts';
import type { Config } from './config.ts';
import { isTransientDbError } from './db-errors.ts';
import { defaultRoleFor } from './default-role.ts';
import { guard, logErrorHandler, type ErrorHandler } from './error-boundary.ts';
import type { Outbox } from './outbox-worker.ts';
import { createRouter, type Outcome, type RouterDeps } from './router.ts';
import { storableMessage } from './storable-message.ts';

/** Messages held in memory while the database is away (about an hour of a busy county). */
const MAX_BACKLOG = 20_000;

export interface BotDeps {
  config: Pick<
    Config,
    | 'ADMIN_IDS'
    | 'FAQ_PER_PERSON_PER_MINUTE'
    | 'UNSATISFIED_REVISIT_DAYS'
    | 'EVIDENCE_LINK_MINUTES'
    | 'STALE_AFTER_SECONDS'
    | 'SEND_FAILING_DEGRADED_SECONDS'
    | 'HTTP_PORT'
    | 'BOARD_SECRET'
    | 'PUBLIC_URL'
    | 'FILES_DIR'
    | 'WECHAT_AUTO_ACCEPT'
  >;
  logger: Logger;
  db: Db;
  faq: FaqService;
  /** Built first (bot/outbox-worker.ts); the bot sends through it and starts and stops it. */
  outbox: Outbox;
  /** The commands (the registry's by default; the benchmark times them). */
  commands?: readonly Command[];
  now?: () => Date;
  onError?: ErrorHandler;
  /** How often stored-but-unhandled messages are retried (db outage, crash). */
  recoverEveryMs?: number;
  /** Group commit of inbox writes and handling (bot/router.ts): batch cap (1 turns it off), batch sizes. */
  groupCommit?: Pick<RouterDeps, 'maxBatch' | 'onBatch' | 'pgHandling'>;
  /** Things an operator should know that do not make the bot degraded (a calendar running out). */
  warnings?: (now: Date) => string[];
}

export type Bot = ReturnType<typeof createBot>;

/** How a message ended, once handled (see Receipt). */
export interface BotReceipt extends Receipt {
  handled: Promise<Outcome>;
}

interface Held {
  msg: IncomingMessage;
  settle: (handled: Promise<Outcome>) => void;
}

/**
 * The bot: `receive` for a message from any adapter, `use` an adapter, `start` and `stop`,
 * `health` for GET /health, `enqueue` for a message that answers no message. It stores
 * every message before anything else, handles each once, and handles on start (and every few
 * seconds) what was stored but not handled: after a crash, or once the database is back.
 */
export function createBot(deps: BotDeps) {
  const { db, logger, outbox } = deps;
  const now = deps.now ?? (() => new Date());
  const onError = deps.onError ?? logErrorHandler(logger);
  const adapters = new Map<Platform, Adapter>();
  const queue = createChatQueue();
  const inFlight = new Set<number>();
  const router = createRouter({
    db,
    settings: deps.config,
    staleAfterSeconds: deps.config.STALE_AFTER_SECONDS,
    logger,
    faq: deps.faq,
    commands: deps.commands,
    now,
    defaultRoleFor,
    ...deps.groupCommit,
  });
  let recoverTimer: NodeJS.Timeout | undefined;
  const backlog: Held[] = [];
  let accepting = true;
  let started = false;
  let recovered = 0;

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

  /**
   * For adapters (and the cli, tests): resolves once the message is stored, with `handled`
   * resolving once its replies are in the outbox. Lark re-pushes an event not acknowledged
   * within 3 seconds; stored is safe to acknowledge. While the database is away, messages wait
   * in memory (in arrival order) and are stored when it returns, so the platform sees a bot
   * that keeps accepting.
   */
  async function receive(incoming: IncomingMessage): Promise<BotReceipt> {
    const msg = storableMessage(incoming);
    if (!accepting) throw new Error('bot is stopping');
    if (backlog.length) return hold(msg);
    try {
      return await acceptAndSchedule(msg);
    } catch (err) {
      if (!isTransientDbError(err)) throw err;
      return hold(msg);
    }
  }

  async function acceptAndSchedule(msg: IncomingMessage): Promise<BotReceipt> {
    const accepted = await router.accept(msg);
    if (!accepted.fresh || inFlight.has(accepted.inboxId)) {
      return { handled: Promise.resolve({ status: accepted.stale ? 'stale' : 'duplicate', inboxId: accepted.inboxId, replies: [] }) };
    }
    const handled = schedule(accepted.inboxId, msg);
    // Reported here whether or not the caller waits for it.
    handled.catch((error) => onError({ error, where: 'process', message: msg }));
    return { handled };
  }

  function hold(msg: IncomingMessage): BotReceipt {
    if (backlog.length >= MAX_BACKLOG) throw new Error(`database unavailable and ${MAX_BACKLOG} messages already waiting`);
    if (!backlog.length) logger.warn('database unavailable; holding incoming messages until it returns');
    let settle!: Held['settle'];
    const handled = new Promise<Outcome>((resolve) => {
      settle = (p) => resolve(p);
    });
    backlog.push({ msg, settle });
    return { handled };
  }

  /** Stores held messages in order; stops at the first that still cannot be stored. */
  async function flushBacklog(): Promise<number> {
    let stored = 0;
    while (backlog.length) {
      const held = backlog[0];
      try {
        held.settle((await acceptAndSchedule(held.msg)).handled);
      } catch (err) {
        if (isTransientDbError(err)) return stored;
        onError({ error: err, where: 'backlog', message: held.msg });
        held.settle(Promise.reject(err));
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
    recovered += todo.length;
    await Promise.all(todo.map((r) => recoverOne(r.id, toIncoming(r))));
    return todo.length;
  }

  /** One stored message handled, then its adapter told: the live path's receipt is long gone. */
  async function recoverOne(inboxId: number, msg: IncomingMessage): Promise<void> {
    const outcome = await schedule(inboxId, msg);
    const adapter = adapters.get(msg.platform);
    if (!adapter?.recovered || outcome.status === 'deferred') return;
    await adapter.recovered(msg, outcome).catch((error) => onError({ error, where: `${msg.platform}.recovered`, message: msg }));
  }

  /** Adds a platform: its messages come in through `receive`, the outbox sends through it. */
  function use(adapter: Adapter) {
    adapters.set(adapter.platform, adapter);
    outbox.use(adapter);
    return api;
  }

  async function start() {
    accepting = true;
    started = true;
    for (const adapter of adapters.values()) {
      // The error is reported here and still rejects, so an adapter does not acknowledge a
      // message that was not stored (Lark then pushes it again).
      await adapter.start(
        async (msg) => {
          try {
            return await receive(msg);
          } catch (error) {
            onError({ error, where: `${adapter.platform}.message`, message: msg });
            throw error;
          }
        },
        chatLifecycle(adapter.platform, {
          db,
          logger,
          adminIds: deps.config.ADMIN_IDS,
          autoAccept: deps.config.WECHAT_AUTO_ACCEPT,
          enqueue: (replies) => enqueue(replies),
          now,
        }),
      );
    }
    outbox.start();
    const tick = () => {
      void guard(onError, 'recover', async () => {
        await recover();
      })().finally(() => {
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

  /** Queues messages that answer no message (an admin notice) and, once started, sends them. */
  async function enqueue(replies: Reply[], options: EnqueueOptions = {}): Promise<number> {
    const count = await outbox.enqueue(replies, options);
    if (count && started) void outbox.kick().catch(() => 0);
    return count;
  }

  /** For GET /health: 'degraded' with the reasons when the database, a connection or a platform's sends are failing. */
  async function health() {
    const depth = await outboxDepth(db).catch(() => null);
    const dbOk = depth !== null;
    const failing = outbox.sendHealth.problems(now(), deps.config.SEND_FAILING_DEGRADED_SECONDS * 1000);
    const reasons = [
      ...(dbOk ? [] : ['database unavailable']),
      ...[...adapters.values()]
        .filter((a) => !a.status().connected)
        .map((a) => `${a.platform} not connected${a.status().detail ? `: ${a.status().detail}` : ''}`),
      ...failing.map((f) => f.reason),
    ];
    return {
      ok: reasons.length === 0,
      status: reasons.length ? ('degraded' as const) : ('ok' as const),
      reasons,
      warnings: deps.warnings?.(now()) ?? [],
      database: { ok: dbOk, provider: db.provider },
      outbox: depth,
      platforms: Object.fromEntries([...adapters.values()].map((a) => [a.platform, a.status()])),
      sends: outbox.sendHealth.snapshot(),
      inFlight: inFlight.size,
      held: backlog.length,
      /** Messages the recovery pass took up since start: stored but not handled (a crash, an outage). */
      recovered,
    };
  }

  const api = { receive, use, start, stop, health, enqueue };
  return api;
}
