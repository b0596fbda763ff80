// `npm start`: read the configuration, open (and migrate) the database, start the
// channels that are configured — the local console when none is — and the cadence.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { startCadence } from '../cadence/start-cadence.ts';
import { openDb } from '../storage/db.ts';
import type { Db } from '../storage/client.ts';
import { createBot, type Bot } from './bot.ts';
import { setUpConsoleChannel } from './console-setup.ts';
import { loadConfig, type Config } from './config.ts';
import { describeError } from '../core/bot-error.ts';
import { logErrorHandler, type ErrorHandler } from './error-boundary.ts';
import { notifyAdminsOnOtherPlatforms } from './notify-admins.ts';
import { createFaqService } from './faq-service.ts';
import { createLogger } from './logger.ts';
import type { Logger } from '../core/logger.ts';
import type { Adapter } from '../core/adapter.ts';

async function platformAdapters(config: Config, logger: Logger, onQuit: () => void, bot: Bot, onError: ErrorHandler): Promise<Adapter[]> {
  const list: Adapter[] = [];
  if (config.wechat) {
    const { createWechatAdapter } = await import('./adapters/wechat.ts');
    list.push(createWechatAdapter({ ...config.wechat, botName: config.BOT_NAME, sendGapMs: config.WECHAT_SEND_GAP_MS, sendsPerMinute: config.WECHAT_SENDS_PER_MINUTE, logger: logger.child({ platform: 'wechat' }), onError }));
  }
  if (config.lark) {
    const { createLarkAdapter } = await import('./adapters/lark.ts');
    // handle: a 销号 click on a card needs its outcome to update the card.
    list.push(createLarkAdapter({ ...config.lark, botName: config.BOT_NAME, sendsPerSecond: config.LARK_SENDS_PER_SECOND, logger: logger.child({ platform: 'lark' }), handle: bot.handle, onError }));
  }
  if (config.console) {
    const { createConsoleAdapter } = await import('./adapters/console.ts');
    list.push(createConsoleAdapter({ botName: config.BOT_NAME, onQuit }));
  }
  return list;
}

async function main(): Promise<void> {
  const config = loadConfig();
  // On the console channel the terminal is the chat; logs go to a file beside the data.
  const logFile = path.resolve('data/bot.log');
  if (config.console) mkdirSync(path.dirname(logFile), { recursive: true });
  const logger = createLogger({ level: config.LOG_LEVEL, destination: config.console ? pino.destination({ dest: logFile, sync: false, mkdir: true }) : undefined });

  let db: Db;
  try {
    db = await openDb(config.DATABASE_URL);
  } catch (err) {
    process.stderr.write(`启动失败：${describeError(err)}\n`);
    process.exit(1);
  }
  logger.info({ provider: db.provider, instance: config.INSTANCE_ID }, 'database ready');
  if (config.console) await setUpConsoleChannel(db, config);

  // Connection trouble on one platform is also told to the admins on the other.
  let kick: () => unknown = () => {};
  const onError = notifyAdminsOnOtherPlatforms(logErrorHandler(logger), { db, adminIds: config.ADMIN_IDS, kick: () => kick() });
  const bot = createBot({ config, logger, db, faq: createFaqService(config, { logger }), onError });
  kick = () => bot.outbox.kick();
  let stopping: Promise<void> | null = null;
  const shutdown = (signal: string) => {
    stopping ??= (async () => {
      logger.info({ signal }, 'shutting down');
      const force = setTimeout(() => process.exit(1), 15_000);
      force.unref();
      await stopExtras();
      await bot.stop();
      await db.close();
      clearTimeout(force);
      process.exit(0);
    })();
    return stopping;
  };
  const extras: Array<() => Promise<void>> = [];
  const stopExtras = async () => { for (const stop of extras.reverse()) await stop().catch(() => {}); };

  for (const adapter of await platformAdapters(config, logger, () => void shutdown('console quit'), bot, onError)) bot.use(adapter);
  await bot.start();

  extras.push(await startCadence({ config, logger, db, kick: () => bot.outbox.kick() }));
  if (config.HEALTH_PORT) {
    const { startHealthServer } = await import('./health-server.ts');
    extras.push(await startHealthServer(config.HEALTH_PORT, bot.health));
  }

  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('unhandledRejection', (error) => bot.onError({ error, where: 'unhandledRejection' }));
  if (!config.console) process.stdout.write(`${config.BOT_NAME} 已启动（${db.provider}），平台：${[...bot.adapters.keys()].join('、')}\n`);
}

main().catch((err) => {
  process.stderr.write(`启动失败：${describeError(err)}\n`);
  process.exit(1);
});
