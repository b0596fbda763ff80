// `npm start`: read the configuration (once, here), open (and migrate) the database, build the
// outbox and the bot, start the channels that are configured — the local console when none
// is — and the cadence.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { calendarWarnings } from '../cadence/calendar-warnings.ts';
import { startCadence } from '../cadence/start-cadence.ts';
import { createWorkCalendar } from '../cadence/work-calendar.ts';
import { describeError } from '../core/bot-error.ts';
import type { Db } from '../storage/client.ts';
import { openDb } from '../storage/db.ts';
import { createBot } from './bot.ts';
import { createEvidenceFetcher } from './evidence-fetcher.ts';
import { loadConfig } from './config.ts';
import { setUpConsoleChannel, withConsoleAdmin } from './console-setup.ts';
import { logErrorHandler } from './error-boundary.ts';
import { createFaqService } from './faq-service.ts';
import { createLogger } from './logger.ts';
import { notifyAdminsOnOtherPlatforms } from './notify-admins.ts';
import { createOutboxWorker } from './outbox-worker.ts';
import { platformAdapters } from './platform-adapters.ts';
import { holdRunLock } from './run-lock.ts';

async function main(): Promise<void> {
  const loaded = loadConfig();
  // On the console the person at the keyboard may speak as the admin (`/as 管理员`).
  const config = loaded.console ? withConsoleAdmin(loaded) : loaded;
  // On the console channel the terminal is the chat; logs go to a file beside the data.
  const logFile = path.resolve('data/bot.log');
  if (config.console) mkdirSync(path.dirname(logFile), { recursive: true });
  const logger = createLogger({
    level: config.LOG_LEVEL,
    destination: config.console ? pino.destination({ dest: logFile, sync: false, mkdir: true }) : undefined,
  });

  let db: Db;
  try {
    db = await openDb(config.DATABASE_URL);
  } catch (err) {
    process.stderr.write(`启动失败：${describeError(err)}\n`);
    process.exit(1);
  }
  logger.info({ provider: db.provider, instance: config.INSTANCE_ID }, 'database ready');
  // `cli restore` refuses while this mark names a live process: it must not replace an open database.
  const releaseLock = holdRunLock(db.target, config.INSTANCE_ID);
  process.on('exit', releaseLock);
  if (config.console) await setUpConsoleChannel(db);

  const outbox = createOutboxWorker({ db, logger, publicNumbers: [config.TOWNSHIP_HOTLINE, config.TEAM_PHONE] });
  // Connection trouble on one platform is also told to the admins on the other.
  const onError = notifyAdminsOnOtherPlatforms(logErrorHandler(logger), { outbox, adminIds: config.ADMIN_IDS });
  const calendar = createWorkCalendar({ extraHolidays: config.EXTRA_HOLIDAYS, extraWorkdays: config.EXTRA_WORKDAYS });
  const warnings = (now: Date) => calendarWarnings(calendar, now);
  const bot = createBot({ config, logger, db, faq: createFaqService(config, { logger }), outbox, onError, warnings });

  let stopping: Promise<void> | null = null;
  const extras: Array<() => Promise<void>> = [];
  const shutdown = (signal: string) => {
    stopping ??= (async () => {
      logger.info({ signal }, 'shutting down');
      const force = setTimeout(() => process.exit(1), 15_000);
      force.unref();
      for (const stop of extras.reverse()) await stop().catch(() => {});
      await bot.stop();
      await db.close();
      clearTimeout(force);
      process.exit(0);
    })();
    return stopping;
  };

  const adapters = await platformAdapters({ config, logger, db, onError, onQuit: () => void shutdown('console quit') });
  for (const adapter of adapters) bot.use(adapter);
  await bot.start();

  // Photos kept as evidence are downloaded in the background, never holding a message up.
  const evidence = createEvidenceFetcher({
    db,
    adapters,
    logger,
    dir: path.resolve(config.EVIDENCE_DIR),
    maxBytes: config.EVIDENCE_MAX_BYTES,
  });
  evidence.start();
  extras.push(() => evidence.stop());

  // The board first: the cadence's catch-up may take a while (it draws the digests' pictures).
  if (config.HTTP_PORT) {
    const { startBoardServer } = await import('./board/start-board-server.ts');
    const { boardKey } = await import('../storage/board-key.ts');
    const secret = config.BOARD_SECRET;
    const board = await startBoardServer(config.HTTP_PORT, { db, secret: async () => secret ?? (await boardKey(db)) });
    logger.info({ port: board.port }, 'ledger board listening');
    extras.push(() => board.close());
  }
  extras.push(await startCadence({ config, logger, db, kick: () => outbox.kick() }));
  if (config.BACKUP_CRON) {
    const { scheduleBackups } = await import('./backup/schedule-backups.ts');
    extras.push(scheduleBackups(db.target, { cron: config.BACKUP_CRON, dir: config.BACKUP_DIR, keep: config.BACKUP_KEEP }, logger));
  }
  if (config.HEALTH_PORT) {
    const { startHealthServer } = await import('./health-server.ts');
    extras.push(await startHealthServer(config.HEALTH_PORT, bot.health));
  }

  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('unhandledRejection', (error) => onError({ error, where: 'unhandledRejection' }));
  if (!config.console)
    process.stdout.write(`${config.BOT_NAME} 已启动（${db.provider}），平台：${adapters.map((a) => a.platform).join('、')}\n`);
}

main().catch((err) => {
  process.stderr.write(`启动失败：${describeError(err)}\n`);
  process.exit(1);
});
