import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createAdapterFactory, databaseTarget } from '../../storage/driver-adapter.ts';
import { openDb } from '../../storage/db.ts';
import type { Db } from '../../storage/client.ts';
import { applyMigrations } from '../../storage/migrate/apply-migrations.ts';
import { readMigrations, schemaFor } from '../../storage/migrate/migrations-list.ts';
import { openSchemaEngine } from '../../storage/migrate/schema-engine.ts';
import { memberOfAccount } from '../../storage/accounts.ts';
import { PG_ADMIN_URL } from '../support/test-db.ts';

// The upgrade from one account per member row: a database migrated up to the step before,
// holding members with their account, is migrated on; each account is then a MemberAccount
// row of the same member and the old columns are empty.
describe('moving each member’s one account into the account table', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });

  async function blankUrl(): Promise<string> {
    if ((process.env.TEST_DB ?? 'sqlite') === 'postgres') {
      const name = `vbot_mig_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      cleanups.push(async () => {
        const a = new pg.Client({ connectionString: PG_ADMIN_URL });
        await a.connect();
        await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await a.end();
      });
      return PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'vbot-mig-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    return `file:${path.join(dir, 'bot.db')}`;
  }

  it('keeps every account with its member', async () => {
    const url = await blankUrl();
    const target = databaseTarget(url);
    const all = readMigrations(target.provider);
    const upTo = all.migrationDirectories.findIndex((d) => d.path.endsWith('_member_accounts_and_identity'));
    expect(upTo).toBeGreaterThan(0);
    const session = await openSchemaEngine(schemaFor(target.provider), await createAdapterFactory(target));
    try {
      await session.engine.applyMigrations({
        migrationsList: { ...all, migrationDirectories: all.migrationDirectories.slice(0, upTo) },
        filters: { externalTables: [], externalEnums: [] },
      });
    } finally {
      await session.close();
    }
    let db: Db = await openDb(url, { migrate: false });
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "Member" ("name", "role", "platform", "platformUserId") VALUES ('李明', 'leader', 'wechat', 'wxid_liming'), ('王芳', 'cadre', NULL, NULL)`,
    );
    await db.close();

    expect(await applyMigrations(target)).toContain(all.migrationDirectories[upTo].path);
    db = await openDb(url, { migrate: false });
    cleanups.push(() => db.close());
    const li = await memberOfAccount(db.prisma, 'wechat', 'wxid_liming');
    expect(li).toMatchObject({ name: '李明', role: 'leader', platform: null, platformUserId: null });
    expect(await db.prisma.memberAccount.findMany({ select: { memberId: true, platform: true, platformUserId: true, via: true } })).toEqual(
      [{ memberId: li!.id, platform: 'wechat', platformUserId: 'wxid_liming', via: 'legacy' }],
    );
  });
});
