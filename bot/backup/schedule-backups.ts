import cron from 'node-cron';
import type { Logger } from '../../core/logger.ts';
import { SHANGHAI_TIMEZONE } from '../../core/shanghai-calendar.ts';
import type { DatabaseTarget } from '../../storage/driver-adapter.ts';
import { type BackupResult, runBackup } from './run-backup.ts';

export interface BackupSchedule {
  cron: string;
  dir: string;
  keep: number;
}

/**
 * BACKUP_CRON: the same backup as `cli backup`, on a schedule in Shanghai time, in the bot's
 * own process (SQLite's backup API reads beside the bot's writes). A failed run is logged and
 * the next one tries again; the returned function stops the schedule and waits for a run in
 * progress. `onDone` is for tests and the log.
 */
export function scheduleBackups(
  target: DatabaseTarget,
  schedule: BackupSchedule,
  logger: Logger,
  clock: () => Date = () => new Date(),
  onDone?: (result: BackupResult) => void,
): () => Promise<void> {
  let running: Promise<void> | null = null;
  const run = () => {
    running ??= (async () => {
      try {
        const result = await runBackup({ target, dir: schedule.dir, keep: schedule.keep, now: clock() });
        logger.info({ file: result.file, bytes: result.bytes, pruned: result.pruned.length }, 'backup done');
        onDone?.(result);
      } catch (err) {
        logger.error({ err: (err as Error).message }, 'scheduled backup failed');
      } finally {
        running = null;
      }
    })();
  };
  const task = cron.schedule(schedule.cron, run, { timezone: SHANGHAI_TIMEZONE, name: 'backup', noOverlap: true });
  return async () => {
    await task.stop();
    await task.destroy();
    await running;
  };
}
