import { afterEach, describe, expect, it } from 'vitest';
import { allApplied } from '../../storage/migrate/all-applied.ts';
import { applyMigrations } from '../../storage/migrate/apply-migrations.ts';
import { readMigrations } from '../../storage/migrate/migrations-list.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

// The start-up check that skips loading the schema engine when there is nothing to apply.
describe('knowing that every migration is applied', () => {
  let t: TestDb | undefined;
  afterEach(async () => {
    await t?.destroy();
    t = undefined;
  });

  it('says so for a migrated database, and applying again changes nothing', async () => {
    t = await createTestDb();
    expect(await allApplied(t.db.target, readMigrations(t.db.provider))).toBe(true);
    expect(await applyMigrations(t.db.target)).toEqual([]);
  });

  it('leaves it to the schema engine when a migration was changed after it was applied', async () => {
    t = await createTestDb();
    await t.db.prisma.$executeRawUnsafe(`UPDATE _prisma_migrations SET checksum = 'edited'`);
    expect(await allApplied(t.db.target, readMigrations(t.db.provider))).toBe(false);
  });

  it('leaves it to the schema engine when one is missing or did not finish', async () => {
    t = await createTestDb();
    await t.db.prisma.$executeRawUnsafe('UPDATE _prisma_migrations SET finished_at = NULL');
    expect(await allApplied(t.db.target, readMigrations(t.db.provider))).toBe(false);
    await t.db.prisma.$executeRawUnsafe('DELETE FROM _prisma_migrations');
    expect(await allApplied(t.db.target, readMigrations(t.db.provider))).toBe(false);
  });

  it('leaves it to the schema engine on a database without the migrations table', async () => {
    t = await createTestDb();
    await t.db.prisma.$executeRawUnsafe('DROP TABLE _prisma_migrations');
    expect(await allApplied(t.db.target, readMigrations(t.db.provider))).toBe(false);
  });
});
