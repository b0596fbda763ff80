import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { BotError } from '../core/bot-error.ts';
import { serializeSqlite } from './serialized-sqlite.ts';

export type Provider = 'sqlite' | 'postgresql';

export interface DatabaseTarget {
  provider: Provider;
  /** For SQLite, the absolute file path; for PostgreSQL, the connection string. */
  location: string;
}

/** Reads DATABASE_URL: `file:./data/bot.db` (SQLite) or `postgres://…` (PostgreSQL). */
export function databaseTarget(url: string, cwd = process.cwd()): DatabaseTarget {
  if (/^postgres(ql)?:\/\//.test(url)) return { provider: 'postgresql', location: url };
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length);
    return { provider: 'sqlite', location: file === ':memory:' ? file : path.resolve(cwd, file) };
  }
  throw new BotError(
    'CONFIG_DATABASE_URL',
    `DATABASE_URL 无法识别：${url.split('@').pop()}`,
    '写 file:./data/bot.db（SQLite）或 postgres://用户@主机:5432/库名',
  );
}

/**
 * The app's own driver adapter, used by the client and by migrations alike. Only the provider's
 * driver is loaded (pg is a third of a second of start-up a SQLite bot does not need).
 */
export async function createAdapterFactory(target: DatabaseTarget) {
  if (target.provider === 'postgresql') {
    const { PrismaPg } = await import('@prisma/adapter-pg');
    return new PrismaPg({ connectionString: target.location, max: 10, connectionTimeoutMillis: 5000 });
  }
  if (target.location !== ':memory:') {
    try {
      mkdirSync(path.dirname(target.location), { recursive: true });
    } catch (err) {
      throw new BotError(
        'DB_DIR',
        `无法创建数据目录 ${path.dirname(target.location)}：${(err as Error).message}`,
        '检查目录权限，或把 DATABASE_URL 指到可写的位置',
        err,
      );
    }
  }
  const { PrismaBetterSqlite3 } = await import('@prisma/adapter-better-sqlite3');
  return serializeSqlite(new PrismaBetterSqlite3({ url: target.location, timeout: 5000 }));
}
