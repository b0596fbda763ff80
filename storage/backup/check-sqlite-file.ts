import Database from 'better-sqlite3';
import { BotError } from '../../core/bot-error.ts';

export interface CheckedBackup {
  /** Migrations the file has applied: a restored database is brought up to date on the next start. */
  migrations: number;
}

/**
 * Whether a file is a whole database of this bot: SQLite's own integrity check passes and
 * Prisma's migrations table is there. Throws a BotError saying which, so nothing is replaced
 * by a file that is torn, foreign or not a database at all.
 */
export function checkSqliteBackup(file: string): CheckedBackup {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new BotError('BACKUP_UNREADABLE', `无法打开备份文件 ${file}：${(err as Error).message}`, '检查文件路径和权限', err);
  }
  try {
    let verdict: string;
    try {
      verdict = db
        .prepare('PRAGMA integrity_check')
        .pluck()
        .all()
        .map((row) => String(row))
        .join('；');
    } catch (err) {
      throw new BotError(
        'BACKUP_NOT_SQLITE',
        `${file} 不是 SQLite 数据库：${(err as Error).message}`,
        '选一个用 cli backup 做的备份文件',
        err,
      );
    }
    if (verdict !== 'ok') throw new BotError('BACKUP_DAMAGED', `备份文件 ${file} 已损坏：${verdict.slice(0, 200)}`, '换一个较早的备份文件');
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
    if (!table)
      throw new BotError(
        'BACKUP_FOREIGN',
        `${file} 不是本机器人的数据库（没有迁移记录表 _prisma_migrations）`,
        '选一个用 cli backup 做的备份文件',
      );
    const migrations = Number(db.prepare('SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL').pluck().get());
    return { migrations };
  } finally {
    db.close();
  }
}
