import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { planHalfMonthlyDispatch } from '../../cadence/jobs/half-monthly-dispatch.ts';
import { planMonthlyDispatch } from '../../cadence/jobs/monthly-dispatch.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { cadenceConfig, sh } from './cadence-support.ts';
import { resetTables, seedVillage, TOWNSHIP_GROUP } from './seed-village.ts';

describe('dispatch', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t.destroy();
  });
  beforeEach(async () => {
    await seedVillage(t.db.prisma);
  });
  afterEach(async () => {
    await resetTables(t.db.prisma);
  });

  it('sends the half-monthly dispatch to the township group only', async () => {
    const messages = await planHalfMonthlyDispatch(t.db.prisma, sh('2026-11-16 09:00'), cadenceConfig());
    expect(messages.map((m) => m.to)).toEqual([{ platform: 'wechat', chatId: TOWNSHIP_GROUP }]);
  });

  it('reports per village new, closed, open, overdue, longest overdue and 销号率, the village to push first on top', async () => {
    const [m] = await planHalfMonthlyDispatch(t.db.prisma, sh('2026-11-16 09:00'), cadenceConfig());
    expect(m.text.split('\n')).toEqual([
      '【半月调度】后叶镇 11月1日—15日',
      '需重点推进：三星村（逾期1件，最长4天）',
      '· 三星村：新增2 销号1 未销号3 逾期1（最长4天） 销号率40%',
      '· 无新增、无待办：五星村',
    ]);
  });

  it('gives a township with nothing open one short line', async () => {
    await t.db.prisma.issue.deleteMany({});
    const [m] = await planHalfMonthlyDispatch(t.db.prisma, sh('2026-12-01 09:00'), cadenceConfig());
    expect(m.text).toBe('【半月调度】后叶镇 11月16日—30日\n本期各村无新增问题，无待办、无逾期。');
  });

  it('closes out last month by village and category', async () => {
    const [m] = await planMonthlyDispatch(t.db.prisma, sh('2026-12-01 09:30'), cadenceConfig());
    expect(m.text.split('\n')).toEqual([
      '【月度调度】后叶镇 11月台账销号',
      '全乡镇：新增3件，销号1件，月底未销号3件',
      '· 三星村：新增3 销号1 未销号3',
      '  产业 新增1 销号0；教育 新增0 销号1；饮水 新增1 销号0；住房 新增1 销号0',
      '· 本月无台账变动：五星村',
    ]);
  });

  it("counts an item closed after the month ended as open at the month's end", async () => {
    await t.db.prisma.issue.updateMany({ where: { no: 1 }, data: { status: 'closed', closedAt: sh('2026-12-01 08:00') } });
    const [m] = await planMonthlyDispatch(t.db.prisma, sh('2026-12-01 09:30'), cadenceConfig());
    expect(m.text).toContain('月底未销号3件');
  });
});
