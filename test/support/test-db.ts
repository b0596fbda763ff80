// Test databases: a fresh, migrated database per caller, made by copying a template that is
// migrated once per set of committed migrations (a PostgreSQL `CREATE DATABASE … TEMPLATE`, a
// SQLite file copy). Migrating each one from scratch took a second or more each (the schema
// engine and every migration), and the suite makes hundreds of them. A template's name carries
// a hash of the migrations, so a new migration builds a new template; the migrations themselves
// are still applied and checked from scratch where that is the point (test/storage/).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Db } from '../../storage/client.ts';
import { openDb } from '../../storage/db.ts';
import { migrationsDir } from '../../storage/migrate/migrations-list.ts';

export const PG_ADMIN_URL = process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDb {
  db: Db;
  url: string;
  /** Closes the client and deletes the file or drops the database. */
  destroy(): Promise<void>;
}

/** The committed migrations of one provider, as a short hash: a template is good for exactly these. */
function migrationsHash(provider: 'sqlite' | 'postgresql'): string {
  const dir = migrationsDir(provider);
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name, 'migration.sql');
    if (!existsSync(file)) continue;
    hash.update(name).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 12);
}

const pgUrl = (name: string) => PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);

async function withAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** The migrated PostgreSQL template, built once (under an advisory lock, so workers wait for one builder). */
async function pgTemplate(): Promise<string> {
  const template = `vbot_tpl_${migrationsHash('postgresql')}`;
  await withAdmin(async (admin) => {
    await admin.query('SELECT pg_advisory_lock(4242)');
    try {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (found.rowCount) return;
      // Built under another name and renamed when whole: a half-built template is never used.
      const building = `${template}_build_${process.pid}`;
      await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${building}`);
      const db = await openDb(pgUrl(building));
      await db.close();
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(4242)');
    }
  });
  return template;
}

/** The migrated SQLite template file, built once per migration set (renamed into place when whole). */
async function sqliteTemplate(): Promise<string> {
  const dir = path.join(tmpdir(), 'vbot-templates');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `sqlite-${migrationsHash('sqlite')}.db`);
  if (existsSync(file)) return file;
  const building = mkdtempSync(path.join(dir, 'build-'));
  const built = path.join(building, 'bot.db');
  const db = await openDb(`file:${built}`);
  // Closing checkpoints the WAL into the file, so the one file is the whole database.
  await db.close();
  renameSync(built, file);
  rmSync(building, { recursive: true, force: true });
  return file;
}

/** A fresh, migrated database of the kind this test project runs on (TEST_DB). */
export async function createTestDb(kind = process.env.TEST_DB ?? 'sqlite'): Promise<TestDb> {
  if (kind === 'postgres') {
    const template = await pgTemplate();
    const name = `vbot_t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;
    await withAdmin((admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
    const url = pgUrl(name);
    const db = await openDb(url);
    return {
      db,
      url,
      async destroy() {
        await db.close();
        await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'vbot-'));
  const file = path.join(dir, 'bot.db');
  copyFileSync(await sqliteTemplate(), file);
  const url = `file:${file}`;
  const db = await openDb(url);
  return {
    db,
    url,
    async destroy() {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
