import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { BotError } from '../../core/bot-error.ts';
import { backupText } from '../../prompts/backup.ts';
import { pgDumpCommand, pgDumpVersion, runPgDump } from '../../storage/backup/pg-dump.ts';
import { type CopyProgress, copySqlite } from '../../storage/backup/sqlite-backup.ts';
import type { DatabaseTarget } from '../../storage/driver-adapter.ts';
import { backupName, isBackupOf } from './backup-name.ts';

export interface BackupOptions {
  target: DatabaseTarget;
  /** Where the copies go (created if missing). */
  dir: string;
  /** How many copies to keep; older ones of the same database are deleted after a good copy. */
  keep: number;
  now: Date;
  onProgress?: CopyProgress;
  /** Plain lines for the person running it (the cli) or the log (the schedule). */
  say?: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

export interface BackupResult {
  file: string;
  bytes: number;
  pruned: string[];
}

/** What a PostgreSQL database's backups are called: its database name. */
function baseOf(target: DatabaseTarget): string {
  if (target.provider === 'sqlite') return path.basename(target.location).replace(/\.[^.]*$/, '') || 'bot';
  return new URL(target.location).pathname.replace(/^\//, '') || 'postgres';
}

/**
 * One backup: SQLite by the online backup API into `<dir>/bot-YYYYMMDD-HHMMSS.db`; PostgreSQL by
 * pg_dump when it is on PATH (a BotError with the exact command when it is not). The copy is
 * written under a `.partial` name and renamed when whole, so a half-made file never looks like
 * a backup and is never counted among those kept.
 */
export async function runBackup(options: BackupOptions): Promise<BackupResult> {
  const { target, dir, now } = options;
  const base = baseOf(target);
  mkdirSync(dir, { recursive: true });
  const extension = target.provider === 'sqlite' ? '.db' : '.dump';
  const file = path.resolve(dir, backupName(base, now, extension));
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  try {
    if (target.provider === 'sqlite') {
      if (target.location === ':memory:') throw new BotError('BACKUP_MEMORY', backupText.memory, backupText.memoryHint);
      await copySqlite(target.location, partial, options.onProgress);
    } else {
      const version = pgDumpVersion(options.env);
      if (!version)
        throw new BotError('PG_DUMP_MISSING', backupText.pgDumpMissing(pgDumpCommand(target.location, file)), backupText.pgDumpHint);
      options.say?.(backupText.pgDumpFound(version));
      options.say?.(backupText.pgDumpCommand(pgDumpCommand(target.location, file)));
      await runPgDump(target.location, partial, options.env);
    }
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return { file, bytes: statSync(file).size, pruned: pruneBackups(dir, base, options.keep) };
}

/** Deletes all but the newest `keep` backups of `base` in `dir`; returns the deleted paths. */
export function pruneBackups(dir: string, base: string, keep: number): string[] {
  const mine = readdirSync(dir)
    .filter((f) => isBackupOf(base, f))
    .sort();
  const old = mine.slice(0, Math.max(0, mine.length - keep)).map((f) => path.join(dir, f));
  for (const f of old) rmSync(f, { force: true });
  return old;
}
