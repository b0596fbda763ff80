// Test helpers for the cadence that need neither the router nor the command handlers.
import { createCaptureAdapter } from '../../bot/adapters/capture.ts';
import { createConfig, type Config } from '../../bot/config.ts';
import { createLogger } from '../../bot/logger.ts';
import { createOutboxWorker } from '../../bot/outbox-worker.ts';
import type { Platform } from '../../core/platform.ts';
import { createScheduler, type SchedulerDeps } from '../../cadence/scheduler.ts';
import type { Db } from '../../storage/client.ts';

export const quietLogger = createLogger({ level: 'silent' });

export function cadenceConfig(over: Record<string, string> = {}): Config {
  return createConfig({ CONSOLE: 'off', ...over });
}

/** An instant in Shanghai time: sh('2026-11-23 09:00'). */
export function sh(dayAndTime: string): Date {
  return new Date(`${dayAndTime.replace(' ', 'T')}:00+08:00`);
}

/** A scheduler whose clock the test sets, with a count of outbox kicks. */
export function testScheduler(db: Db, over: Partial<SchedulerDeps> & { env?: Record<string, string> } = {}) {
  let now = over.clock?.() ?? sh('2026-11-23 08:00');
  const kicks = { count: 0 };
  const scheduler = createScheduler({
    db,
    config: cadenceConfig(over.env),
    logger: quietLogger,
    instance: 'test-1',
    onEnqueued: () => {
      kicks.count++;
    },
    ...over,
    clock: () => now,
  });
  return {
    scheduler,
    kicks,
    setNow: (d: Date) => {
      now = d;
    },
  };
}

/** Sends what the outbox holds through a capture adapter, as the bot would. */
export async function drainOutbox(db: Db, now: Date, platform: Platform = 'wechat') {
  const adapter = createCaptureAdapter(platform);
  const worker = createOutboxWorker({ db, logger: quietLogger, now: () => now });
  worker.use(adapter);
  await worker.drainOnce();
  return adapter.sent;
}
