import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { BotError } from '../../core/bot-error.ts';
import { backupText } from '../../prompts/backup.ts';
import { checkSqliteBackup } from '../../storage/backup/check-sqlite-file.ts';
import { pgRestoreCommand } from '../../storage/backup/pg-dump.ts';
import { copySqlite } from '../../storage/backup/sqlite-backup.ts';
import type { DatabaseTarget } from '../../storage/driver-adapter.ts';
import { liveRunLock, runLockPath } from '../run-lock.ts';
import { backupName } from './backup-name.ts';

export interface RestoreResult {
  /** Where the database that was replaced is kept, or null when there was none. */
  aside: string | null;
  migrations: number;
}

/**
 * `cli restore FILE` for SQLite: refuses while a bot runs on the database (its run lock), checks
 * the file (integrity, our migrations table), keeps the current database aside by the online
 * backup API (WAL included), then puts the file in place by an atomic rename. The next start
 * applies any migration the backup is older than. PostgreSQL: a BotError with the pg_restore command.
 */
export async function restoreBackup(target: DatabaseTarget, file: string, now: Date, say: (line: string) => void): Promise<RestoreResult> {
  const source = path.resolve(file);
  if (target.provider === 'postgresql')
    throw new BotError('RESTORE_PG', backupText.restorePg(pgRestoreCommand(target.location, source)), backupText.restorePgHint);
  const live = target.location;
  const lock = liveRunLock(target);
  if (lock)
    throw new BotError(
      'RESTORE_BOT_RUNNING',
      backupText.restoreRunning(lock.pid, lock.host, lock.startedAt, runLockPath(target)!),
      backupText.restoreRunningHint,
    );
  const { migrations } = checkSqliteBackup(source);
  say(backupText.restoreChecked(source, migrations));

  let aside: string | null = null;
  if (existsSync(live)) {
    aside = path.join(path.dirname(live), backupName(`${path.basename(live)}.before-restore`, now, '.db'));
    await copySqlite(live, aside);
    say(backupText.restoreAside(aside));
  }
  const incoming = `${live}.restoring`;
  copyFileSync(source, incoming);
  // The old WAL and index belong to the old database: left beside the new file they would be replayed into it.
  for (const extra of ['-wal', '-shm']) rmSync(`${live}${extra}`, { force: true });
  renameSync(incoming, live);
  say(backupText.restoreDone(live));
  return { aside, migrations };
}
