import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/test-db.ts';

// On SQLite every statement shares one connection (storage/serialized-sqlite.ts); on
// PostgreSQL each has its own. Either way the two must not bleed into each other.
describe('a write made while another transaction is open', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await t.destroy();
  });

  it('survives the rollback of that transaction', async () => {
    const prisma = t.db.prisma;
    let outside: Promise<unknown> | undefined;
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.township.create({ data: { name: '回滚镇' } });
        // A Prisma query starts only when awaited or then-ed: start it now, inside the window.
        outside = prisma.township.create({ data: { name: '留下镇' } }).then((row) => row);
        await new Promise((r) => setTimeout(r, 50));
        throw new Error('handler failed');
      }),
    ).rejects.toThrow('handler failed');
    await outside;
    expect((await prisma.township.findMany()).map((row) => row.name)).toEqual(['留下镇']);
  });

  it('is not lost when both commit', async () => {
    const prisma = t.db.prisma;
    const writes: Promise<unknown>[] = [];
    await prisma.$transaction(async (tx) => {
      await tx.township.create({ data: { name: '甲镇' } });
      for (const name of ['乙镇', '丙镇']) writes.push(prisma.township.create({ data: { name } }).then((row) => row));
      await new Promise((r) => setTimeout(r, 20));
    });
    await Promise.all(writes);
    expect((await prisma.township.findMany({ orderBy: { name: 'asc' } })).map((row) => row.name).sort()).toEqual(
      ['丙镇', '乙镇', '甲镇'].sort(),
    );
  });
});
