import { createHash } from 'node:crypto';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { createAdapterFactory, type DatabaseTarget } from '../driver-adapter.ts';

/**
 * True when the database has every committed migration recorded as applied, unchanged
 * (Prisma's checksum is the SHA-256 of migration.sql) and not rolled back: then there is
 * nothing for the schema engine to do, and loading it (about 30 MB of WebAssembly memory
 * that stays for the life of the process, and a second of start-up) is skipped. Anything
 * else, including no `_prisma_migrations` table, answers false and the engine decides.
 */
export async function allApplied(target: DatabaseTarget, migrations: MigrationList): Promise<boolean> {
  let adapter: Awaited<ReturnType<Awaited<ReturnType<typeof createAdapterFactory>>['connect']>> | undefined;
  try {
    adapter = await (await createAdapterFactory(target)).connect();
    const result = await adapter.queryRaw({
      sql: 'SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations',
      args: [],
      argTypes: [],
    });
    const applied = new Map<string, string>();
    for (const [name, checksum, finished, rolledBack] of result.rows) {
      if (finished !== null && rolledBack === null) applied.set(String(name), String(checksum));
    }
    return migrations.migrationDirectories.every((dir) => {
      const file = dir.migrationFile.content;
      return file.tag === 'ok' && applied.get(dir.path) === createHash('sha256').update(file.value).digest('hex');
    });
  } catch {
    return false;
  } finally {
    await adapter?.dispose().catch(() => {});
  }
}
