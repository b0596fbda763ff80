import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rosterText } from '../../prompts/roster.ts';
import { readRoster } from '../../sheets/read-roster.ts';
import type { RosterField } from '../../sheets/roster-columns.ts';
import { FIELD_MAX, normalizeCategory, normalizeGroup, toRosterRow } from '../../sheets/roster-row.ts';

describe('reading a roster spreadsheet', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'roster-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const csv = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('reads the shipped sample in both formats alike', async () => {
    const xlsx = await readRoster('sheets/sample/花名册示例.xlsx');
    const fromCsv = await readRoster('sheets/sample/花名册示例.csv');
    expect(xlsx.errors).toEqual([]);
    expect(xlsx.rows.length).toBe(15);
    expect(fromCsv.rows.map(({ row: _r, ...r }) => r)).toEqual(xlsx.rows.map(({ row: _r, ...r }) => r));
  });

  it('accepts header variants a township uses', async () => {
    const file = csv(
      'a.csv',
      '所属乡镇,行政村,村民小组,户主姓名,户类型,身份证号码,手机号,帮扶人,帮扶人电话,责任人职务\n后叶镇,三星村,四组,王德福,边缘易致贫户,,138-0000-1010,张华,13800000102,队员\n',
    );
    const { rows } = await readRoster(file);
    expect(rows[0]).toMatchObject({
      township: '后叶镇',
      village: '三星村',
      group: '4组',
      headName: '王德福',
      category: '监测户',
      phone: '13800001010',
      cadre: '张华',
      cadreTitle: '队员',
    });
  });

  it('reports bad rows by the row number Excel shows and still reads the good ones', async () => {
    const file = csv('b.csv', '村,组,户主\n三星村,4组,王德福\n,4组,李秀英\n三星村,4组,\n三星村,1组,张3\n三星村,2组,刘玉兰\n');
    const r = await readRoster(file);
    expect(r.rows.map((x) => x.headName)).toEqual(['王德福', '刘玉兰']);
    expect(r.errors).toEqual([
      { row: 3, reason: '缺少村名' },
      { row: 4, reason: '缺少户主姓名' },
      { row: 5, reason: '户主“张3”不像姓名' },
    ]);
  });

  it('loads a row with a wrong ID number but leaves the number out and says so', async () => {
    const file = csv('c.csv', '村,户主,身份证号\n三星村,王德福,123456\n');
    const r = await readRoster(file);
    expect(r.rows[0].idCard).toBeNull();
    expect(r.warnings).toEqual([{ row: 2, reason: '身份证号位数或校验位不对，已留空' }]);
  });

  it('reads a CSV saved by Excel on Chinese Windows (GB18030)', async () => {
    const gbk = Buffer.from([
      0xb4,
      0xe5,
      0x2c,
      0xbb,
      0xa7,
      0xd6,
      0xf7,
      0x0a, // 村,户主
      0xc8,
      0xfd,
      0xd0,
      0xc7,
      0xb4,
      0xe5,
      0x2c,
      0xcd,
      0xf5,
      0xb5,
      0xc2,
      0xb8,
      0xa3,
      0x0a, // 三星村,王德福
    ]);
    const file = path.join(dir, 'gbk.csv');
    writeFileSync(file, gbk);
    expect((await readRoster(file)).rows[0]).toMatchObject({ village: '三星村', headName: '王德福' });
  });

  it('finds the header below a title row and reads merged village cells', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('封面');
    ws.addRow(['说明']);
    const sheet = wb.addWorksheet('花名册');
    sheet.addRow(['三星村花名册']);
    sheet.addRow(['村', '组', '户主']);
    sheet.addRow(['三星村', '4组', '王德福']);
    sheet.addRow([null, '4组', '李秀英']);
    sheet.mergeCells('A3:A4');
    const file = path.join(dir, 'm.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await readRoster(file);
    expect(r.rows.map((x) => [x.row, x.village, x.headName])).toEqual([
      [3, '三星村', '王德福'],
      [4, '三星村', '李秀英'],
    ]);
  });

  it('explains an .xlsx it cannot open instead of failing with a library error', async () => {
    const file = path.join(dir, 'broken.xlsx');
    writeFileSync(file, 'this is not a workbook');
    await expect(readRoster(file)).rejects.toThrow('这个 .xlsx 文件打不开');
  });

  it('reads a village merged down many rows on a roster that is not on the first sheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('说明').addRow(['本表由乡镇填报']);
    const sheet = wb.addWorksheet('花名册');
    sheet.addRow(['乡镇', '村', '组', '户主']);
    for (let i = 0; i < 40; i++)
      sheet.addRow([
        i ? null : '后叶镇',
        i ? null : '三星村',
        `${(i % 5) + 1}组`,
        `户${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯'[Math.floor(i / 10)]}`,
      ]);
    sheet.mergeCells('A2:A41');
    sheet.mergeCells('B2:B41');
    const file = path.join(dir, 'merged.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await readRoster(file);
    expect(r.errors).toEqual([]);
    expect(r.rows).toHaveLength(40);
    expect(new Set(r.rows.map((x) => `${x.township}${x.village}`))).toEqual(new Set(['后叶镇三星村']));
    expect(r.rows.at(-1)?.row).toBe(41);
  });

  it('explains a file without a header row', async () => {
    const file = csv('d.csv', '王德福,三星村\n');
    await expect(readRoster(file)).rejects.toThrow('没有找到表头');
  });

  it('writes groups the way check-ins do', () => {
    expect(['四组', '第4组', '4社', '4', '十一组', '龙井组'].map(normalizeGroup)).toEqual(['4组', '4组', '4组', '4组', '11组', '龙井组']);
  });

  it('maps the other words for a monitored household to 监测户', () => {
    expect(['边缘户', '脱贫不稳定户', '突发严重困难户', '五保户', '一般农户'].map(normalizeCategory)).toEqual([
      '监测户',
      '监测户',
      '监测户',
      '特困户',
      '一般户',
    ]);
  });
});

describe('checking every row before anything is written', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'roster-check-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  const csv = (text: string) => {
    const file = path.join(dir, 'r.csv');
    writeFileSync(file, text);
    return file;
  };

  it('reports the line with an unpaired quote and still reads every line after it', async () => {
    const r = await readRoster(csv('村,组,户主\n三星村,4组,王德福\n三星村,"4组,李秀英\n三星村,5组,张华\n三星村,6组,刘玉兰\n'));
    expect(r.rows.map((x) => [x.row, x.headName])).toEqual([
      [2, '王德福'],
      [4, '张华'],
      [5, '刘玉兰'],
    ]);
    expect(r.errors).toEqual([{ row: 3, reason: rosterText.strayQuote }]);
  });

  it('catches a stray quote that another one closes lines later, and one that runs to the end', async () => {
    const r = await readRoster(csv('村,组,户主\n三星村,"4组,李秀英\n三星村,5组,张华\n三星村,6组,"刘玉兰\n三星村,7组,赵六\n'));
    expect(r.rows.map((x) => [x.row, x.headName])).toEqual([
      [3, '张华'],
      [5, '赵六'],
    ]);
    expect(r.errors.map((e) => e.row)).toEqual([2, 4]);
  });

  it('keeps a cell typed with a line break in it (Excel quotes it) as one row', async () => {
    const r = await readRoster(csv('村,户主,备注\n三星村,王德福,"老人独居\n子女在外务工"\n三星村,李秀英,\n'));
    expect(r.rows.map((x) => [x.row, x.headName])).toEqual([
      [2, '王德福'],
      [3, '李秀英'],
    ]);
    expect(r.errors).toEqual([]);
  });

  it('refuses an overlong cell by its row, naming the column and the limit', async () => {
    const r = await readRoster(csv(`村,户主\n三星村,王德福\n${'长'.repeat(3000)}村,李秀英\n三星村,张华\n`));
    expect(r.rows.map((x) => x.headName)).toEqual(['王德福', '张华']);
    expect(r.errors).toEqual([{ row: 3, reason: rosterText.tooLong('村', 3001, FIELD_MAX.village!) }]);
  });

  it('checks the length of any column, including one added later', () => {
    const cells = { village: '三星村', headName: '王德福', ['wechatId' as RosterField]: 'x'.repeat(101) };
    expect(toRosterRow(2, cells).error).toContain('一栏太长');
    expect(toRosterRow(2, { ...cells, ['wechatId' as RosterField]: 'wxid_abc' }).value?.headName).toBe('王德福');
  });

  it('loads an identical repeated household once and names the repeat', async () => {
    const r = await readRoster(csv('村,组,户主,帮扶责任人\n三星村,4组,王德福,张华\n三星村,4组,李秀英,张华\n三星村,四组,王德福,张华\n'));
    expect(r.rows.map((x) => x.row)).toEqual([2, 3]);
    expect(r.warnings).toEqual([{ row: 4, reason: rosterText.duplicateSame(2) }]);
    expect(r.errors).toEqual([]);
  });

  it('leaves out every copy of a household the file gives two different ways, and says which rows', async () => {
    const r = await readRoster(csv('村,组,户主,帮扶责任人\n三星村,4组,王德福,张华\n三星村,4组,李秀英,张华\n三星村,4组,王德福,李明\n'));
    expect(r.rows.map((x) => x.headName)).toEqual(['李秀英']);
    expect(r.errors).toEqual([
      { row: 2, reason: rosterText.duplicateDiffers('三星村 4组 王德福', '4') },
      { row: 4, reason: rosterText.duplicateDiffers('三星村 4组 王德福', '2') },
    ]);
  });

  it('says which columns the file has', async () => {
    const r = await readRoster(csv('村,组,户主\n三星村,4组,王德福\n'));
    expect(r.columns.sort()).toEqual(['group', 'headName', 'village']);
  });
});
