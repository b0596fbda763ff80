import path from 'node:path';
import { describeError } from '../../core/bot-error.ts';
import { backupText } from '../../prompts/backup.ts';
import { progressText } from '../../prompts/progress.ts';
import { databaseTarget } from '../../storage/driver-adapter.ts';
import { runBackup } from '../backup/run-backup.ts';
import { restoreBackup } from '../backup/restore-backup.ts';
import type { Config } from '../config.ts';
import { createProgress } from './progress.ts';
import type { CliArgs } from './with-bot.ts';

export interface BackupCliDeps {
  config: Pick<Config, 'DATABASE_URL' | 'BACKUP_DIR' | 'BACKUP_KEEP'>;
  now?: Date;
  /** Whether stderr is a terminal (a bar) or not (plain lines); default: ask stderr. */
  tty?: boolean;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** `npm run cli -- backup [--out dir]`: one backup now, the older ones beyond BACKUP_KEEP deleted. */
export async function runBackupCli(deps: BackupCliDeps, args: CliArgs, out: (line: string) => void): Promise<number> {
  const started = Date.now();
  const dir = path.resolve(typeof args.values.out === 'string' ? args.values.out : deps.config.BACKUP_DIR);
  const progress = createProgress(backupText.copying, { out, tty: deps.tty, unit: progressText.pages });
  try {
    const result = await runBackup({
      target: databaseTarget(deps.config.DATABASE_URL),
      dir,
      keep: deps.config.BACKUP_KEEP,
      now: deps.now ?? new Date(),
      onProgress: (done, total) => progress.update(done, total),
      say: out,
    });
    progress.stop();
    out(backupText.done(result.file, megabytes(result.bytes), ((Date.now() - started) / 1000).toFixed(1)));
    if (result.pruned.length) out(backupText.pruned(result.pruned.length, deps.config.BACKUP_KEEP));
    return 0;
  } catch (err) {
    progress.stop();
    out(describeError(err));
    return 1;
  }
}

/** `npm run cli -- restore FILE`: see bot/backup/restore-backup.ts. */
export async function runRestoreCli(deps: BackupCliDeps, args: CliArgs, out: (line: string) => void): Promise<number> {
  const file = args.positionals[0];
  if (!file) {
    out(backupText.restoreUsage);
    return 2;
  }
  try {
    await restoreBackup(databaseTarget(deps.config.DATABASE_URL), file, deps.now ?? new Date(), out);
    return 0;
  } catch (err) {
    out(describeError(err));
    return 1;
  }
}
