import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDb } from '../../storage/db.ts';
import type { Db } from '../../storage/client.ts';

export const PG_ADMIN_URL = process.env.PG_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDb {
  db: Db;
  url: string;
  /** Closes the client and deletes the file or drops the database. */
  destroy(): Promise<void>;
}

/** A fresh, migrated database of the kind this test project runs on (TEST_DB). */
export async function createTestDb(kind = process.env.TEST_DB ?? 'sqlite'): Promise<TestDb> {
  if (kind === 'postgres') {
    const name = `vbot_t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
    const db = await openDb(url);
    return {
      db,
      url,
      async destroy() {
        await db.close();
        const a = new pg.Client({ connectionString: PG_ADMIN_URL });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'vbot-'));
  const url = `file:${path.join(dir, 'bot.db')}`;
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
