// The dispatch pack against figures worked out by hand on a seeded November (seed-village.ts
// plus two items added here), at the 12月1日 run for 11月16日—30日: the short message, the xlsx
// read back cell by cell, and `#调度` on demand through the bot with the file it sends.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planHalfMonthlyDispatch } from '../../cadence/jobs/half-monthly-dispatch.ts';
import type { PlannedMessage } from '../../cadence/cadence-job.ts';
import { groupMessage } from '../support/messages.ts';
import { createTestBot, handled, testConfig } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { cadenceConfig, sh } from './cadence-support.ts';
import { SANXING_GROUP, seedVillage } from './seed-village.ts';

/*
 * By hand, for 11月16日—30日 (run 12月1日 09:00; 三星村 is the only village with items):
 *   items open at some time in the period: #1 #2 #3 #6 #7 = 5 (#4, #5 were closed in October/early November)
 *   新增 in the period: #3 (11-16 08:00), #6, #7 = 3; 销号 in the period: #6 = 1 → 本期整改率 1/5 = 20%
 *   all-time: 7 items, 3 closed (#4 #5 #6) → 累计销号率 43%; open #1 #2 #3 #7 = 4
 *   overdue on 12-01: #2 (due 11-12) 19 days, #1 (11-18) 13 days, #3 (11-30) 1 day = 3
 *   missing: #7 has neither 时限 nor 责任人
 *   visits 11-16…11-30: 王德福 11-17, 刘大山 11-18 (李明), 赵六 11-20 (王芳) → 3 of 10 households = 30%
 *   cadres of 三星村 with no visit in the period: 张强, 刘主任, 赵书记 (in member order)
 */
const EXPECTED = [
  '【半月调度】后叶镇 11月16日—30日',
  '本期：新增3件，销号1件，本期整改率20%（本期销号÷本期在办5件）',
  '累计：未销号4件，其中逾期3件，累计销号率43%（3/7）',
  '逾期最长：三星村 #2 水管破裂，全组停水，逾期19天，刘主任',
  '需重点推进：三星村（逾期3件，最长19天）',
  '本期走访覆盖：3/10户（30%）；本期未走访：张强、刘主任、赵书记',
  '待补：缺时限1件，缺责任人1件（请补上，否则无法督办）',
  '· 三星村：本期新增3 销号1；未销号4 逾期3（最长19天）',
  '完整清单见附件：调度清单_后叶镇_11月16日—30日.xlsx',
];

describe('the dispatch pack', () => {
  let t: TestDb;
  const files = mkdtempSync(path.join(tmpdir(), 'pack-'));
  let message: PlannedMessage;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    t = await createTestDb();
    const { sanxing } = await seedVillage(t.db.prisma);
    const issue = (no: number, data: Record<string, unknown>) =>
      t.db.prisma.issue.create({ data: { villageId: sanxing.id, no, source: 'report', category: '其他', ...data } as never });
    await issue(6, {
      description: '路灯不亮',
      assignee: '李明',
      dueOn: '2026-11-28',
      status: 'closed',
      createdAt: sh('2026-11-20 10:00'),
      closedAt: sh('2026-11-25 16:00'),
    });
    await issue(7, { description: '垃圾池满了', createdAt: sh('2026-11-21 10:00') });
    [message] = await planHalfMonthlyDispatch(t.db.prisma, sh('2026-12-01 09:00'), cadenceConfig({ FILES_DIR: files }));
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(message.file!.path);
  });
  afterAll(async () => {
    await t.destroy();
    rmSync(files, { recursive: true, force: true });
  });

  const rows = (sheet: string) =>
    (wb.getWorksheet(sheet)!.getSheetValues() as unknown[][]).slice(2).map((r) => r.slice(1).map((v) => (v === undefined ? '' : v)));

  it('says the period and all-time figures apart, within 15 lines', () => {
    expect(message.text.split('\n')).toEqual(EXPECTED);
    expect(message.text.split('\n').length).toBeLessThanOrEqual(15);
    // The Lark card carries the same lines.
    expect(message.card?.rows.map((r) => r.text)).toEqual(EXPECTED.slice(1));
    expect(message.card?.template).toBe('orange');
  });

  it('lists the period’s problems in the xlsx with their status and days overdue', () => {
    const items = rows('问题清单');
    expect(items.map((r) => r[1])).toEqual([1, 2, 3, 6, 7]);
    expect(items[1]).toEqual([
      '三星村',
      2,
      '',
      '赵六',
      '饮水',
      '水管破裂，全组停水',
      '刘主任',
      '2026-11-12',
      '逾期未销号',
      19,
      '2026-11-02',
      '',
      '',
    ]);
    expect(items[3].slice(8)).toEqual(['已销号', '', '2026-11-20', '2026-11-25', '']);
    expect(items[4].slice(6, 10)).toEqual(['', '', '未销号', '']);
  });

  it('gives the 责任清单 by person: open and overdue', () => {
    expect(rows('责任清单')).toEqual([
      ['李明', 1, 1],
      ['刘主任', 1, 1],
      ['王芳', 1, 1],
      ['（未填）', 1, 0],
    ]);
  });

  it('gives the per-village table with period and all-time rates', () => {
    expect(rows('各村情况')).toEqual([
      ['三星村', 3, 1, '20%', 4, 3, 19, '43%', 10, 3, '30%'],
      ['五星村', 0, 0, '—', 0, 0, 0, '—', 0, 0, '—'],
    ]);
  });

  it('gives coverage by village, 组 and 户类, and the cadres with no visit', () => {
    expect(rows('走访覆盖')).toEqual([
      ['三星村', '4组', '脱贫户', 6, 2, '33%'],
      ['三星村', '5组', '脱贫户', 2, 1, '50%'],
      ['三星村', '6组', '脱贫户', 2, 0, '0%'],
    ]);
    expect(rows('本期未走访干部')).toEqual([
      ['三星村', '张强', 1],
      ['三星村', '刘主任', 0],
      ['三星村', '赵书记', 0],
    ]);
  });

  it('#调度 gives the asker’s scope for the half-month so far, and sends the file with it', async () => {
    const now = sh('2026-11-19 10:00');
    const made = createTestBot(t.db, { platform: 'wechat', config: testConfig({ FILES_DIR: files }), now: () => now });
    try {
      // 周镇长 leads the township (no 联系村): the township, privately.
      await handled(
        made.bot,
        groupMessage('#调度', {
          platform: 'wechat',
          senderId: 'wxid_zhou',
          senderName: '周镇长',
          chatId: 'wxid_zhou',
          chatName: null,
          isPrivate: true,
          sentAt: now,
        }),
      );
      // 赵书记 leads 三星村's team: that village.
      await handled(
        made.bot,
        groupMessage('#调度', { platform: 'wechat', senderId: 'wxid_zhao', senderName: '赵书记', chatId: SANXING_GROUP, sentAt: now }),
      );
      // A cadre may not.
      const refused = await handled(
        made.bot,
        groupMessage('#调度', { platform: 'wechat', senderId: 'wxid_liming', senderName: '李明', chatId: SANXING_GROUP, sentAt: now }),
      );
      expect(refused.status).toBe('rejected');
      await made.outbox.drainOnce();
      const [zhou, zhao] = made.adapter.sent;
      expect(zhou).toMatchObject({ chatId: 'wxid_zhou', private: true });
      // 11-16…11-19: #3 new; #1 #2 #3 in hand (#6 and #7 come later); nothing closed; of 5 items
      // so far #4 and #5 closed; overdue on 11-19: #2 7 days, #1 1 day; visits 11-17, 11-18 (李明).
      expect(zhou.text.split('\n')).toEqual([
        '【半月调度】后叶镇 11月16日—19日',
        '本期：新增1件，销号0件，本期整改率0%（本期销号÷本期在办3件）',
        '累计：未销号3件，其中逾期2件，累计销号率40%（2/5）',
        '逾期最长：三星村 #2 水管破裂，全组停水，逾期7天，刘主任',
        '需重点推进：三星村（逾期2件，最长7天）',
        '本期走访覆盖：2/10户（20%）；本期未走访：王芳、张强、刘主任、赵书记',
        '· 三星村：本期新增1 销号0；未销号3 逾期2（最长7天）',
        '完整清单见附件：调度清单_后叶镇_11月16日—19日.xlsx',
      ]);
      expect(zhou.file?.name).toBe('调度清单_后叶镇_11月16日—19日.xlsx');
      expect(existsSync(zhou.file!.path)).toBe(true);
      expect(zhao.text.split('\n')[0]).toBe('【半月调度】三星村 11月16日—19日');
      expect(zhao.file?.name).toBe('调度清单_三星村_11月16日—19日.xlsx');
    } finally {
      await made.bot.stop();
    }
  });
});
