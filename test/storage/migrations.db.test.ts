import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { applyMigrations } from '../../storage/migrate/apply-migrations.ts';
import { migrationsDir } from '../../storage/migrate/migrations-list.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

describe('migrations', () => {
  let t: TestDb | undefined;
  afterEach(async () => {
    await t?.destroy();
    t = undefined;
  });

  it("records every committed migration in Prisma's own table", async () => {
    t = await createTestDb();
    const rows = await t.db.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations ORDER BY migration_name',
    );
    const committed = readdirSync(migrationsDir(t.db.provider), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(rows.map((r) => r.migration_name)).toEqual(committed);
  });

  it('applies nothing the second time', async () => {
    t = await createTestDb();
    expect(await applyMigrations(t.db.target)).toEqual([]);
  });

  it('gives a ledger table that enforces one number per village', async () => {
    t = await createTestDb();
    const v = await t.db.prisma.village.create({ data: { name: '三星村' } });
    const item = { villageId: v.id, no: 1, category: '住房', description: '屋顶漏雨', source: 'report' };
    await t.db.prisma.issue.create({ data: item });
    await expect(t.db.prisma.issue.create({ data: item })).rejects.toThrow();
  });
});
