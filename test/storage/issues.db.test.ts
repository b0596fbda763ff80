import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addIssues, allocateIssueNos, closeIssue, openIssues } from '../../storage/issues.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

const item = (description: string, dueOn: string | null = null) => ({
  category: '住房',
  description,
  assignee: null,
  dueOn,
  source: 'report' as const,
});

describe('ledger numbers and items', () => {
  let t: TestDb;
  let villageId: number;
  beforeEach(async () => {
    t = await createTestDb();
    villageId = (await t.db.prisma.village.create({ data: { name: '三星村' } })).id;
  });
  afterEach(async () => {
    await t.destroy();
  });

  it('numbers items of a village from 1 without gaps across check-ins', async () => {
    await t.db.prisma.$transaction((tx) => addIssues(tx, villageId, [item('a'), item('b')]));
    const third = await t.db.prisma.$transaction((tx) => addIssues(tx, villageId, [item('c')]));
    expect(third.map((i) => i.no)).toEqual([3]);
    expect((await t.db.prisma.issue.findMany({ orderBy: { no: 'asc' } })).map((i) => i.no)).toEqual([1, 2, 3]);
  });

  it('numbers each village on its own', async () => {
    const other = (await t.db.prisma.village.create({ data: { name: '红岩村' } })).id;
    await t.db.prisma.$transaction((tx) => addIssues(tx, villageId, [item('a')]));
    const [first] = await t.db.prisma.$transaction((tx) => addIssues(tx, other, [item('b')]));
    expect(first.no).toBe(1);
  });

  it('hands out distinct numbers to transactions that run at the same time', async () => {
    const firsts = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.db.prisma.$transaction((tx) => allocateIssueNos(tx, villageId, 1), { timeout: 20_000, maxWait: 20_000 }),
      ),
    );
    expect(firsts.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('closes an open item once and refuses a second close', async () => {
    const [a] = await t.db.prisma.$transaction((tx) => addIssues(tx, villageId, [item('a')]));
    const row = await t.db.prisma.issue.findFirstOrThrow({ where: { no: a.no } });
    const close = { text: '已修好', author: '李明', authorId: 1, at: new Date() };
    expect(await t.db.prisma.$transaction((tx) => closeIssue(tx, row.id, close))).toBe(true);
    expect(await t.db.prisma.$transaction((tx) => closeIssue(tx, row.id, close))).toBe(false);
    expect(await t.db.prisma.issueNote.count({ where: { issueId: row.id, kind: 'close' } })).toBe(1);
  });

  it('lists open items overdue first, then by deadline, then those without one', async () => {
    await t.db.prisma.$transaction((tx) =>
      addIssues(tx, villageId, [
        item('no deadline'),
        item('later', '2026-12-30'),
        item('overdue', '2026-11-20'),
        item('more overdue', '2026-11-10'),
      ]),
    );
    const list = await openIssues(t.db.prisma, [villageId], '2026-11-22');
    expect(list.map((i) => i.description)).toEqual(['more overdue', 'overdue', 'later', 'no deadline']);
  });
});
