import { createBot, type Bot, type BotDeps } from '../../bot/bot.ts';
import { createConfig, type Config } from '../../bot/config.ts';
import { createFaqService } from '../../bot/faq-service.ts';
import { createLogger } from '../../bot/logger.ts';
import { createOutboxWorker } from '../../bot/outbox-worker.ts';
import { defaultRoleFor } from '../../bot/default-role.ts';
import { createRouter } from '../../bot/router.ts';
import { createCaptureAdapter } from '../../bot/adapters/capture.ts';
import type { Receive } from '../../core/adapter.ts';
import type { IncomingMessage } from '../../core/message.ts';
import type { Platform } from '../../core/platform.ts';
import type { Db } from '../../storage/client.ts';

export const silentLogger = createLogger({ level: 'silent' });

export function testConfig(over: Record<string, string> = {}): Config {
  return createConfig({ CONSOLE: 'off', ...over });
}

export interface OutboxOptions {
  outboxPollMs?: number;
  outboxMaxAttempts?: number;
  outboxLeaseMs?: number;
}

/** The outbox the way the entry points build it (public numbers from the config), then the bot on it. */
export function createBotAndOutbox(deps: Omit<BotDeps, 'outbox' | 'config'> & { config: Config } & OutboxOptions) {
  const { outboxPollMs, outboxMaxAttempts, outboxLeaseMs, ...rest } = deps;
  const outbox = createOutboxWorker({
    db: deps.db,
    logger: deps.logger,
    now: deps.now,
    pollMs: outboxPollMs,
    maxAttempts: outboxMaxAttempts,
    leaseMs: outboxLeaseMs,
    publicNumbers: [deps.config.TOWNSHIP_HOTLINE, deps.config.TEAM_PHONE],
  });
  return { bot: createBot({ ...rest, outbox }), outbox };
}

/** The real bot with a capture adapter standing in for the platform (like bolt's FakeReceiver). */
export function createTestBot(db: Db, options: { config?: Config; now?: () => Date; platform?: Platform; recoverEveryMs?: number } = {}) {
  const config = options.config ?? testConfig();
  const adapter = createCaptureAdapter(options.platform ?? 'console');
  const { bot, outbox } = createBotAndOutbox({
    config,
    logger: silentLogger,
    db,
    faq: createFaqService(config),
    now: options.now,
    outboxPollMs: 50,
    recoverEveryMs: options.recoverEveryMs,
  });
  bot.use(adapter);
  return { bot, adapter, config, outbox };
}

/** The router on its own, to run one stored message's turn directly (as the recovery pass and a live run would). */
export function createTestRouter(db: Db, options: { config?: Config; now?: () => Date } = {}) {
  const config = options.config ?? testConfig();
  return createRouter({
    db,
    settings: config,
    staleAfterSeconds: config.STALE_AFTER_SECONDS,
    logger: silentLogger,
    faq: createFaqService(config),
    now: options.now,
    defaultRoleFor,
  });
}

/** Stores a message and waits until it is handled (its replies are in the outbox). */
export async function handled(bot: Pick<Bot, 'receive'>, msg: IncomingMessage) {
  return (await bot.receive(msg)).handled;
}

/** For an adapter started on its own: stores nothing, handles nothing. */
export const receiveNothing: Receive = async () => ({ handled: Promise.resolve({ status: 'ignored', replies: [] }) });
