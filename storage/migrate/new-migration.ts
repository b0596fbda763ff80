// Creates the next migration for both databases from the change to storage/schema.prisma:
//   npm run db:migrate:new -- add_household_phone
// It diffs the schema as of the last migration (storage/migrations/schema.snapshot.prisma)
// against the current one with the WebAssembly schema engine, so nothing is downloaded; the
// PostgreSQL flavour needs a reachable server to start (MIGRATE_PG_URL, default the local
// one) but changes nothing in it. Review the SQL it writes, then commit it with the schema.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createAdapterFactory, type Provider } from '../driver-adapter.ts';
import { migrationsDir, schemaFor, storageDir } from './migrations-list.ts';
import { openSchemaEngine } from './schema-engine.ts';

const snapshotPath = path.join(storageDir, 'migrations', 'schema.snapshot.prisma');

async function diffFor(provider: Provider, from: string | null, to: string): Promise<string> {
  // Diffing two schema files changes no database, but the PostgreSQL flavour of the engine
  // connects on start to learn the server version: any reachable server will do.
  const pgUrl = process.env.MIGRATE_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const factory = await createAdapterFactory(provider === 'sqlite' ? { provider, location: ':memory:' } : { provider, location: pgUrl });
  const session = await openSchemaEngine(schemaFor(provider, to), factory);
  try {
    const res = await session.engine.diff({
      from:
        from === null
          ? { tag: 'empty' }
          : { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schemaFor(provider, from) }] },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schemaFor(provider, to) }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return res.stdout ?? '';
  } finally {
    await session.close();
  }
}

export async function newMigration(name: string, stamp = new Date()): Promise<string | null> {
  const current = readFileSync(path.join(storageDir, 'schema.prisma'), 'utf8');
  const previous = existsSync(snapshotPath) ? readFileSync(snapshotPath, 'utf8') : null;
  const scripts = new Map<Provider, string>();
  for (const provider of ['sqlite', 'postgresql'] as const) scripts.set(provider, await diffFor(provider, previous, current));
  if ([...scripts.values()].every((s) => !/\b(CREATE|ALTER|DROP)\b/i.test(s))) return null;
  const id = `${stamp.toISOString().replace(/\D/g, '').slice(0, 14)}_${name.replace(/[^a-z0-9_]+/gi, '_')}`;
  for (const [provider, sql] of scripts) {
    const dir = path.join(migrationsDir(provider), id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'migration.sql'), sql);
    writeFileSync(
      path.join(migrationsDir(provider), 'migration_lock.toml'),
      `# Written by storage/migrate/new-migration.ts\nprovider = "${provider}"\n`,
    );
  }
  writeFileSync(snapshotPath, current);
  return id;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const name = process.argv[2];
  if (!name) {
    console.error('用法：npm run db:migrate:new -- <迁移名，如 add_household_phone>');
    process.exit(2);
  }
  newMigration(name).then((id) => console.log(id ? `已生成迁移 ${id}（sqlite 和 postgresql 各一份）` : 'schema 没有变化，未生成迁移'));
}
