import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import type { Provider } from '../driver-adapter.ts';

export const storageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const migrationsDir = (provider: Provider) => path.join(storageDir, 'migrations', provider);

/** The schema text for one provider (the committed schema has provider "sqlite"). */
export function schemaFor(provider: Provider, source = readFileSync(path.join(storageDir, 'schema.prisma'), 'utf8')): string {
  return source.replace(/provider = "sqlite"/, `provider = "${provider}"`);
}

/** The committed migrations of one provider, in the form the schema engine reads. */
export function readMigrations(provider: Provider): MigrationList {
  const baseDir = migrationsDir(provider);
  const lockPath = path.join(baseDir, 'migration_lock.toml');
  const dirs = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok' as const, value: readFileSync(path.join(baseDir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}
