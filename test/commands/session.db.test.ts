import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExport } from '../../bot/cli/export.ts';
import { runImport } from '../../bot/cli/import.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { ledgerFixture, NOW, people } from './ledger-fixture.ts';

async function sheetRows(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
  return rows;
}

describe('a scripted session: roster to export', () => {
  let t: TestDb;
  let dir: string;
  beforeEach(async () => {
    t = await createTestDb();
    dir = mkdtempSync(path.join(tmpdir(), 'session-'));
  });
  afterEach(async () => {
    await t.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports the roster, takes three visits with problems, follows them to close-out and exports what was typed', async () => {
    const printed: string[] = [];
    const out = (line: string) => printed.push(line);
    expect(await runImport(t.db, { values: {}, positionals: ['sheets/sample/花名册示例.xlsx'] }, out)).toBe(0);
    expect(printed.join('\n')).toContain('农户：新增 15 户');

    const f = await ledgerFixture(t.db, { roster: false });
    try {
      const v1 = await f.say('#走访 王德福 三星村4组 脱贫户 收入√ 吃穿√ 教育√ 医疗√ 住房×（屋顶漏雨） 饮水√ 责任人李书记 11月30日前');
      const v2 = await f.say('#走访 李秀英 收入√ 吃穿√ 教育√ 医疗√ 住房√ 饮水×（水压不足） 责任人张华 12月5日前');
      const v3 = await f.say('#走访 张国强 三星村3组 全部达标 问题：孩子学费有困难 责任人王芳 一周内', people.wangFang);
      expect([v1.text, v2.text, v3.text].map((t) => t.match(/#\d+ /)?.[0])).toEqual(['#1 ', '#2 ', '#3 ']);

      const ledger = await f.say('#台账');
      expect(ledger.text).toContain('#1 王德福 住房：屋顶漏雨 李书记 11/30');
      expect(ledger.text).toContain('#2 李秀英 饮水：水压不足 张华 12/5');

      expect((await f.say('#进展 2 已联系水管所，明天上门')).outcome.status).toBe('handled');
      expect((await f.say('#销号 1 已更换屋顶瓦片')).outcome.status).toBe('handled');
      expect((await f.say('#验收 1', people.liMing)).outcome.status).toBe('handled');
      expect((await f.say('#延期 2 12月10日前 水泵缺货')).outcome.status).toBe('handled');
      expect((await f.say('#同意延期 2', people.liMing)).outcome.status).toBe('handled');

      const stats = await f.say('#统计');
      expect(stats.text).toContain('走访 3 次');
      expect(stats.text).toContain('覆盖 3/10 户（30%）');
      expect(stats.text).toContain('问题：新增 3，销号 1；未销号 2（逾期 0）');
    } finally {
      await f.bot.stop();
    }

    const ledgerFile = path.join(dir, '台账.xlsx');
    const visitsFile = path.join(dir, '走访.xlsx');
    expect(await runExport(t.db, { values: { out: ledgerFile }, positionals: ['ledger'] }, out, NOW)).toBe(0);
    expect(await runExport(t.db, { values: { out: visitsFile }, positionals: ['visits'] }, out, NOW)).toBe(0);

    const ledgerRows = await sheetRows(ledgerFile);
    expect(ledgerRows[0]).toEqual([
      '编号',
      '村',
      '组',
      '户主',
      '类别',
      '问题描述',
      '来源',
      '责任人',
      '时限',
      '状态',
      '销号日期',
      '整改情况',
      '原定时限',
      '当前时限',
      '验收人',
      '回访',
      '关联',
      '照片数',
      '上报乡镇',
    ]);
    expect(ledgerRows[1].slice(0, 15)).toEqual([
      '1',
      '三星村',
      '4组',
      '王德福',
      '住房',
      '屋顶漏雨',
      '走访发现',
      '李书记',
      '2026-11-30',
      '已销号',
      '2026-11-25',
      '2026-11-25 张华（销号）：已更换屋顶瓦片\n2026-11-25 李明（验收通过）',
      '2026-11-30',
      '2026-11-30',
      '李明',
    ]);
    expect(ledgerRows[2].slice(0, 10)).toEqual([
      '2',
      '三星村',
      '4组',
      '李秀英',
      '饮水',
      '水压不足',
      '走访发现',
      '张华',
      '2026-12-10',
      '未销号',
    ]);
    expect(ledgerRows[2][11]).toBe('2026-11-25 张华：已联系水管所，明天上门');
    // An approved 延期: the 时限 first agreed and the one that stands now.
    expect(ledgerRows[2].slice(12, 14)).toEqual(['2026-12-05', '2026-12-10']);
    expect(ledgerRows[3][5]).toContain('学费');

    const visitRows = await sheetRows(visitsFile);
    expect(visitRows.slice(1).map((r) => [r[3], r[12], r[13]])).toEqual([
      ['王德福', '#1', '张华'],
      ['李秀英', '#2', '张华'],
      ['张国强', '#3', '王芳'],
    ]);
  }, 120_000);
});
