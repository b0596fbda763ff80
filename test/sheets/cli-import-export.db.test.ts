import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExport } from '../../bot/cli/export.ts';
import { runImport } from '../../bot/cli/import.ts';
import { addIssues } from '../../storage/issues.ts';
import { refuseHousehold } from '../support/refuse-household.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

describe('cli import and export', () => {
  let t: TestDb;
  let dir: string;
  let printed: string[];
  const out = (line: string) => {
    printed.push(line);
  };
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
    // Five 帮扶责任人 and the two township leaders of the workbook's 乡镇领导 sheet.
    expect(await t.db.prisma.member.count()).toBe(7);
  });

  it('checks a roster without writing when asked for a dry run', async () => {
    expect(await importFile('sheets/sample/花名册示例.xlsx', { 'dry-run': true })).toBe(0);
    expect(printed[0]).toContain('检查完成（未写入）：可导入 15 行');
    expect(await t.db.prisma.household.count()).toBe(0);
  });

  it("keeps every household's cadre when a file without the 帮扶责任人 column is imported again", async () => {
    await importFile('sheets/sample/花名册示例.xlsx');
    const before = await t.db.prisma.household.findMany({
      select: { headName: true, cadreId: true, category: true },
      orderBy: { id: 'asc' },
    });
    expect(before.filter((h) => h.cadreId !== null).length).toBe(15);
    const file = path.join(dir, 'no-cadre.csv');
    writeFileSync(file, '村,组,户主,联系电话\n三星村,4组,王德福,13800001111\n');
    printed = [];
    expect(await importFile(file)).toBe(0);
    expect(printed.join('\n')).toContain(
      '文件里没有“乡镇”“户类”“身份证号”“帮扶责任人”“责任人电话”“职务”列：数据库里已有的这些内容保持不变。',
    );
    const after = await t.db.prisma.household.findMany({
      select: { headName: true, cadreId: true, category: true },
      orderBy: { id: 'asc' },
    });
    expect(after).toEqual(before);
    expect((await t.db.prisma.household.findFirstOrThrow({ where: { headName: '王德福' } })).phone).toBe('13800001111');
  });

  it('reports households given twice in one file and loads neither of two that differ', async () => {
    const file = path.join(dir, 'dup.csv');
    writeFileSync(
      file,
      '村,组,户主,帮扶责任人\n三星村,4组,王德福,张华\n三星村,4组,李秀英,张华\n三星村,4组,王德福,李明\n三星村,4组,李秀英,张华\n',
    );
    expect(await importFile(file)).toBe(1);
    const text = printed.join('\n');
    expect(text).toContain('以下 2 行没有导入');
    expect(text).toContain('第 2 行：与第 4 行是同一户（三星村 4组 王德福）但内容不同');
    expect(text).toContain('第 4 行：与第 2 行是同一户');
    expect(text).toContain('第 5 行：与第 3 行完全相同，只导入一次');
    expect((await t.db.prisma.household.findMany({ select: { headName: true } })).map((h) => h.headName)).toEqual(['李秀英']);
  });

  it('names the row with an unpaired quote and loads the rows it would have swallowed', async () => {
    const file = path.join(dir, 'quote.csv');
    writeFileSync(file, '村,组,户主\n三星村,4组,王德福\n三星村,"4组,李秀英\n三星村,5组,张华\n三星村,6组,刘玉兰\n');
    expect(await importFile(file)).toBe(1);
    expect(printed.join('\n')).toContain('第 3 行：这一行有一个没有配对的英文引号');
    expect((await t.db.prisma.household.findMany({ select: { headName: true }, orderBy: { id: 'asc' } })).map((h) => h.headName)).toEqual([
      '王德福',
      '张华',
      '刘玉兰',
    ]);
  });

  it('leaves out only the row with a 9 KB village name and lists exactly that row', async () => {
    const lines = ['村,组,户主,帮扶责任人'];
    for (let i = 0; i < 2500; i++)
      lines.push(i === 1999 ? `${'长'.repeat(3000)}村,1组,户${i},张华` : `村${i % 7},${(i % 9) + 1}组,户${hanName(i)},干部${i % 40}`);
    const file = path.join(dir, 'long.csv');
    writeFileSync(file, lines.join('\n'));
    expect(await importFile(file)).toBe(1);
    const text = printed.join('\n');
    expect(text).toContain('导入完成：2499 行');
    expect(text).toContain('以下 1 行没有导入');
    expect(text).toContain('第 2001 行：“村”一栏太长（3001 个字，最多 30 个字）');
    expect(text).not.toMatch(/prisma|Invalid|at \S+ \(/i);
    expect(await t.db.prisma.household.count()).toBe(2499);
  });

  it('shows a county-size import and an export in plain lines when not on a terminal, then the summary', async () => {
    const lines = ['村,组,户主,帮扶责任人'];
    for (let i = 0; i < 2500; i++) lines.push(`村${i % 7},${(i % 9) + 1}组,户${hanName(i)},干部${i % 40}`);
    const file = path.join(dir, 'county.csv');
    writeFileSync(file, lines.join('\n'));
    expect(await runImport(t.db, { values: {}, positionals: [file] }, out, { tty: false })).toBe(0);
    const progress = printed.filter((l) => l.startsWith('正在写入花名册：'));
    // Households go in 1000 to a statement: 0 at the start, 40% and 80% after the first two, then all.
    expect(progress).toEqual([
      '正在写入花名册：0%（0/2500 户）',
      '正在写入花名册：40%（1000/2500 户）',
      '正在写入花名册：80%（2000/2500 户）',
      '正在写入花名册：100%（2500/2500 户）',
    ]);
    expect(printed.indexOf(progress.at(-1)!)).toBeLessThan(printed.findIndex((l) => l.startsWith('导入完成：2500 行')));

    printed = [];
    const xlsx = path.join(dir, 'ledger.xlsx');
    expect(
      await runExport(t.db, { values: { out: xlsx }, positionals: ['ledger'] }, out, new Date('2026-11-25T10:00:00+08:00'), { tty: false }),
    ).toBe(0);
    expect(printed.slice(0, 4)).toEqual([
      '正在导出：0%（0/3 步）',
      '正在导出：30%（1/3 步）',
      '正在导出：60%（2/3 步）',
      '正在导出：100%（3/3 步）',
    ]);
    expect(printed.at(-1)).toContain(xlsx);
  });

  it('tells the admin in one line that nothing was written when the database refuses the import', async () => {
    await refuseHousehold(t, '李秀英');
    const file = path.join(dir, 'refused.csv');
    writeFileSync(file, '村,组,户主,帮扶责任人\n三星村,4组,王德福,张华\n三星村,4组,李秀英,张华\n');
    expect(await importFile(file)).toBe(1);
    expect(printed[0]).toMatch(/^导入没有完成，数据库没有任何改动：数据库拒绝了写入（错误代码 \S+）/);
    expect(printed.join('\n')).not.toMatch(/prisma|invocation|at \S+ \(/i);
    expect(await t.db.prisma.household.count()).toBe(0);
    expect(await t.db.prisma.member.count()).toBe(0);
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

/** A name without digits (the roster refuses digits in a 户主): 户 plus the number spelled in characters. */
function hanName(n: number): string {
  return [...String(n)].map((d) => '零一二三四五六七八九'[Number(d)]).join('');
}
