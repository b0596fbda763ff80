import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExport } from '../../bot/cli/export.ts';
import { runImport } from '../../bot/cli/import.ts';
import { addIssues } from '../../storage/issues.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

describe('cli import and export', () => {
  let t: TestDb;
  let dir: string;
  let printed: string[];
  const out = (line: string) => { printed.push(line); };
  beforeEach(async () => {
    t = await createTestDb();
    dir = mkdtempSync(path.join(tmpdir(), 'cli-sheets-'));
    printed = [];
  });
  afterEach(async () => {
    await t.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const importFile = (file: string, values: Record<string, boolean> = {}) => runImport(t.db, { values, positionals: [file] }, out);

  it('loads the good rows, lists the bad ones by row number and exits 1', async () => {
    const file = path.join(dir, 'r.csv');
    writeFileSync(file, '村,组,户主,帮扶责任人\n三星村,4组,王德福,张华\n三星村,4组,\n');
    expect(await importFile(file)).toBe(1);
    expect(printed.join('\n')).toContain('第 3 行：缺少户主姓名');
    expect(await t.db.prisma.household.count()).toBe(1);
  });

  it('imports the sample twice without duplicating anything', async () => {
    await importFile('sheets/sample/花名册示例.xlsx');
    printed = [];
    expect(await importFile('sheets/sample/花名册示例.csv')).toBe(0);
    expect(printed.join('\n')).toContain('农户：新增 0 户，更新 15 户');
    expect(await t.db.prisma.household.count()).toBe(15);
    expect(await t.db.prisma.member.count()).toBe(5);
  });

  it('checks a roster without writing when asked for a dry run', async () => {
    expect(await importFile('sheets/sample/花名册示例.xlsx', { 'dry-run': true })).toBe(0);
    expect(printed[0]).toContain('检查完成（未写入）：可导入 15 行');
    expect(await t.db.prisma.household.count()).toBe(0);
  });

  it('exports one village when it is named', async () => {
    const a = await t.db.prisma.village.create({ data: { name: '三星村' } });
    const b = await t.db.prisma.village.create({ data: { name: '红岩村' } });
    await t.db.prisma.$transaction(async (tx) => {
      await addIssues(tx, a.id, [{ category: '住房', description: '屋顶漏雨', assignee: null, dueOn: null, source: 'report' }]);
      await addIssues(tx, b.id, [{ category: '饮水', description: '水管爆裂', assignee: null, dueOn: null, source: 'report' }]);
    });
    const file = path.join(dir, '红岩村.xlsx');
    expect(await runExport(t.db, { values: { out: file }, positionals: ['ledger', '红岩村'] }, out)).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets[0].rowCount).toBe(2);
    expect(wb.worksheets[0].getRow(2).getCell(6).value).toBe('水管爆裂');
  });

  it('says which village it could not find', async () => {
    expect(await runExport(t.db, { values: { out: path.join(dir, 'x.xlsx') }, positionals: ['ledger', '不存在村'] }, out)).toBe(1);
    expect(printed).toEqual(['没有找到“不存在村”，请核对村名。']);
  });

  it('shows the usage for an unknown export', async () => {
    expect(await runExport(t.db, { values: {}, positionals: ['households'] }, out)).toBe(2);
    expect(printed[0]).toContain('export ledger|visits');
  });
});
