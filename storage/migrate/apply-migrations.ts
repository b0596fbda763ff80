import { BotError } from '../../core/bot-error.ts';
import { createAdapterFactory, type DatabaseTarget } from '../driver-adapter.ts';
import { allApplied } from './all-applied.ts';
import { readMigrations, schemaFor } from './migrations-list.ts';
import { openSchemaEngine } from './schema-engine.ts';

const noFilter = { externalTables: [], externalEnums: [] };

/**
 * Applies the committed migrations that the database has not seen, recording them in
 * Prisma's own `_prisma_migrations` table (so `prisma migrate status` agrees). Safe to run
 * from several instances at once: the engine takes a lock on PostgreSQL.
 */
export async function applyMigrations(target: DatabaseTarget): Promise<string[]> {
  const migrations = readMigrations(target.provider);
  if (await allApplied(target, migrations)) return [];
  const session = await openSchemaEngine(schemaFor(target.provider), await createAdapterFactory(target)).catch((err) => {
    throw dbUnreachable(target, err);
  });
  try {
    const out = await session.engine.applyMigrations({ migrationsList: migrations, filters: noFilter });
    return out.appliedMigrationNames;
  } catch (err) {
    throw dbUnreachable(target, err);
  } finally {
    await session.close();
  }
}

function dbUnreachable(target: DatabaseTarget, err: unknown): BotError {
  const detail = (err as Error)?.message ?? String(err);
  if (target.provider === 'postgresql') {
    return new BotError(
      'DB_MIGRATE',
      `无法在 PostgreSQL 上建表：${detail}`,
      '确认 PostgreSQL 已启动、DATABASE_URL 的主机/端口/库名正确、该用户有建表权限',
      err,
    );
  }
  return new BotError(
    'DB_MIGRATE',
    `无法在 SQLite 文件 ${target.location} 上建表：${detail}`,
    '确认数据目录可写、没有别的进程独占这个文件',
    err,
  );
}
