import type { Db, Prisma } from './client.ts';
import { createAdapterFactory, databaseTarget } from './driver-adapter.ts';
import { applyMigrations } from './migrate/apply-migrations.ts';

export interface OpenDbOptions {
  /** Apply committed migrations first (start-up and tests do; benches reuse a migrated db). */
  migrate?: boolean;
}

export async function openDb(url: string, options: OpenDbOptions = {}): Promise<Db> {
  const target = databaseTarget(url);
  if (options.migrate !== false) await applyMigrations(target);
  const adapter = await createAdapterFactory(target);
  // Only the provider's own client is loaded: each carries its query compiler (WebAssembly).
  const prisma = (
    target.provider === 'postgresql'
      ? new (await import('./generated/postgresql/client/client.ts')).PrismaClient({ adapter })
      : new (await import('./generated/sqlite/client/client.ts')).PrismaClient({ adapter })
  ) as Prisma;
  if (target.provider === 'sqlite') {
    // WAL lets the console, the cli and the outbox worker read while one writes.
    await prisma.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await prisma.$executeRawUnsafe('PRAGMA busy_timeout = 5000');
  } else {
    await prisma.$queryRawUnsafe('SELECT 1');
  }
  return {
    prisma,
    provider: target.provider,
    target,
    close: () => prisma.$disconnect(),
  };
}
