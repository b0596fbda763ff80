// Writes the sample roster shipped with the bot (花名册示例.xlsx and its CSV twin):
// `npx tsx sheets/sample/make-sample.ts`. Every person is made up; ID numbers use the
// nonexistent region 999999 (with a valid check digit) and phones the 1380000xxxx placeholders.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const HEADER = ['乡镇', '村', '组', '户主', '户类', '身份证号', '联系电话', '帮扶责任人', '责任人电话', '职务', '责任人微信ID'];

// The WeChat id column is what links a cadre's WeChat account to them (the id the bot sees, made up here).
const CADRES: Record<string, [phone: string, title: string, wechatId: string]> = {
  李明: ['13800000101', '第一书记', 'wx-liming'],
  张华: ['13800000102', '驻村工作队员', 'wx-zhanghua'],
  王芳: ['13800000103', '村主任', 'wx-wangfang'],
  赵强: ['13800000201', '驻村工作队队长', 'wx-zhaoqiang'],
  陈静: ['13800000202', '驻村工作队员', 'wx-chenjing'],
};

// 乡镇, 村, 组, 户主, 户类, birth date, 帮扶责任人
const HOUSEHOLDS: Array<[string, string, string, string, string, string, string]> = [
  ['后叶镇', '三星村', '4组', '王德福', '脱贫户', '19580312', '张华'],
  ['后叶镇', '三星村', '4组', '李秀英', '监测户', '19650721', '张华'],
  ['后叶镇', '三星村', '4组', '吴大海', '一般户', '19720105', '张华'],
  ['后叶镇', '三星村', '3组', '张国强', '低保户', '19610930', '王芳'],
  ['后叶镇', '三星村', '3组', '周桂芳', '监测户', '19770418', '王芳'],
  ['后叶镇', '三星村', '2组', '刘玉兰', '特困户', '19490802', '李明'],
  ['后叶镇', '三星村', '2组', '黄建军', '脱贫户', '19690614', '李明'],
  ['后叶镇', '三星村', '2组', '孙小红', '低保户', '19831111', '王芳'],
  ['后叶镇', '三星村', '1组', '陈志明', '一般户', '19750227', '张华'],
  ['后叶镇', '三星村', '1组', '杨春花', '脱贫户', '19660509', '李明'],
  ['后叶镇', '红岩村', '1组', '郑德胜', '脱贫户', '19600101', '陈静'],
  ['后叶镇', '红岩村', '1组', '马金山', '特困户', '19520716', '赵强'],
  ['后叶镇', '红岩村', '2组', '何翠兰', '监测户', '19710320', '陈静'],
  ['后叶镇', '红岩村', '2组', '谢玉梅', '脱贫户', '19680825', '陈静'],
  ['后叶镇', '红岩村', '3组', '罗永福', '一般户', '19801203', '赵强'],
];

const LEADER_HEADER = ['姓名', '职务', '乡镇', '联系村', '微信ID'];
const LEADERS = [
  ['周镇长', '镇长', '后叶镇', '', 'wx-zhouzhen'],
  ['王委员', '联村领导', '后叶镇', '三星村、红岩村', 'wx-wangwei'],
];

/** A made-up ID number with a correct check character. */
function fakeId(birth: string, seq: number): string {
  const body = `999999${birth}${String(100 + seq).slice(-3)}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((n, w, i) => n + w * Number(body[i]), 0);
  return body + '10X98765432'[sum % 11];
}

export function sampleRows(): string[][] {
  return HOUSEHOLDS.map(([township, village, group, head, category, birth, cadre], i) => [
    township,
    village,
    group,
    head,
    category,
    fakeId(birth, i + 1),
    `138000010${String(i + 10).padStart(2, '0')}`,
    cadre,
    CADRES[cadre][0],
    CADRES[cadre][1],
    CADRES[cadre][2],
  ]);
}

async function main() {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  const rows = sampleRows();

  const wb = new ExcelJS.Workbook();
  wb.creator = '村务助手';
  const sheet = wb.addWorksheet('花名册');
  // A title row above the header, as township sheets usually have; the importer looks past it.
  sheet.addRow(['后叶镇驻村帮扶花名册（示例，人员均为虚构）']);
  sheet.mergeCells(1, 1, 1, HEADER.length);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.addRow(HEADER).font = { bold: true };
  for (const r of rows) {
    const row = sheet.addRow(r);
    // ID and phone columns as text, so Excel does not turn them into 9.99999E+17.
    row.eachCell((cell) => {
      cell.numFmt = '@';
    });
  }
  sheet.columns.forEach((c, i) => {
    c.width = [8, 8, 6, 8, 8, 21, 13, 10, 13, 14, 14][i];
  });
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  // The township's own leaders: a 镇长 over every village, a 联村领导 over two (README, "Township leaders").
  const leaders = wb.addWorksheet('乡镇领导');
  leaders.addRow(LEADER_HEADER).font = { bold: true };
  for (const r of LEADERS) leaders.addRow(r);
  leaders.columns.forEach((c, i) => {
    c.width = [8, 10, 8, 16, 14][i];
  });
  await wb.xlsx.writeFile(path.join(dir, '花名册示例.xlsx'));

  const csv = [HEADER, ...rows].map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');
  // With a BOM, Excel on Windows opens the UTF-8 file without garbling the Chinese.
  writeFileSync(path.join(dir, '花名册示例.csv'), `\ufeff${csv}\r\n`);
  console.log(`sample roster: ${rows.length} households → ${dir}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
