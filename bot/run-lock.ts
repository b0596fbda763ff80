// The running bot's mark beside its SQLite file (`bot.db.lock`): what `cli restore` checks so
// it never replaces a database a bot has open. PostgreSQL has no file here; its restore is the
// admin's `pg_restore`, run with the bot stopped (docs/管理员部署手册.md).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type { DatabaseTarget } from '../storage/driver-adapter.ts';

export interface RunLock {
  pid: number;
  host: string;
  instance: string;
  startedAt: string;
}

export function runLockPath(target: DatabaseTarget): string | null {
  return target.provider === 'sqlite' && target.location !== ':memory:' ? `${target.location}.lock` : null;
}

/** Writes the mark for this process; the function returned removes it (on shutdown). */
export function holdRunLock(target: DatabaseTarget, instance: string, now = new Date()): () => void {
  const file = runLockPath(target);
  if (!file) return () => {};
  const lock: RunLock = { pid: process.pid, host: hostname(), instance, startedAt: now.toISOString() };
  writeFileSync(file, `${JSON.stringify(lock)}\n`);
  return () => {
    // Only our own mark: a second bot started on the same file since may have written its own.
    if (readRunLock(target)?.pid === process.pid) rmSync(file, { force: true });
  };
}

export function readRunLock(target: DatabaseTarget): RunLock | null {
  const file = runLockPath(target);
  if (!file || !existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RunLock;
  } catch {
    // Unreadable: treated as held, since a half-written mark is most likely a bot starting.
    return { pid: -1, host: hostname(), instance: '?', startedAt: '?' };
  }
}

/**
 * The bot holding the database, if one is alive: a mark whose process still runs on this
 * host (or any mark from another host, which cannot be checked from here). A mark left by a
 * bot that crashed is no hold.
 */
export function liveRunLock(target: DatabaseTarget): RunLock | null {
  const lock = readRunLock(target);
  if (!lock) return null;
  if (lock.host !== hostname() || lock.pid < 0) return lock;
  try {
    process.kill(lock.pid, 0);
    return lock;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? lock : null;
  }
}
