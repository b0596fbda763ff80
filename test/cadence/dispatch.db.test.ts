import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { planHalfMonthlyDispatch } from '../../cadence/jobs/half-monthly-dispatch.ts';
import { planMonthlyDispatch } from '../../cadence/jobs/monthly-dispatch.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { cadenceConfig, sh } from './cadence-support.ts';
import { resetTables, seedVillage, TOWNSHIP_GROUP } from './seed-village.ts';

describe('dispatch', () => {
  let t: TestDb;
  const files = mkdtempSync(path.join(tmpdir(), 'dispatch-'));
  const config = cadenceConfig({ FILES_DIR: files });
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t.destroy();
    rmSync(files, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await seedVillage(t.db.prisma);
  });
  afterEach(async () => {
    await resetTables(t.db.prisma);
  });

  it('sends the half-monthly dispatch to the township group only, with its xlsx', async () => {
    const messages = await planHalfMonthlyDispatch(t.db.prisma, sh('2026-11-16 09:00'), config);
    expect(messages.map((m) => m.to)).toEqual([{ platform: 'wechat', chatId: TOWNSHIP_GROUP }]);
    expect(messages[0].file?.name).toBe('调度清单_后叶镇_11月1日—15日.xlsx');
    expect(existsSync(messages[0].file!.path)).toBe(true);
  });

  it('shows the items passed up (上报乡镇) on the card as in the text: the same line, from the same figures', async () => {
    await t.db.prisma.issue.updateMany({ where: { no: 1 }, data: { escalatedAt: sh('2026-11-20 10:00'), escalatedBy: '李明' } });
    const [m] = await planHalfMonthlyDispatch(t.db.prisma, sh('2026-12-01 09:00'), config);
    const line = '上报乡镇：未销号1件，其中待接办1件（附件“上报乡镇”列；接办发 #接办 村名 编号）';
    expect(m.text.split('\n')).toContain(line);
    expect(m.card?.rows.map((r) => r.text)).toContain(line);
    // Every line of the text after its heading is a row of the card, in order.
    expect(m.card?.rows.map((r) => r.text)).toEqual(m.text.split('\n').slice(1));
  });

  it('gives a township with nothing at all one short line and the attachment', async () => {
    await t.db.prisma.issue.deleteMany({});
    await t.db.prisma.visit.deleteMany({});
    await t.db.prisma.household.deleteMany({});
    const [m] = await planHalfMonthlyDispatch(t.db.prisma, sh('2026-12-01 09:00'), config);
    expect(m.text).toBe(
      '【半月调度】后叶镇 11月16日—30日\n本期各村无新增问题，无待办、无逾期。\n完整清单见附件：调度清单_后叶镇_11月16日—30日.xlsx',
    );
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
