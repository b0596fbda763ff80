import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { LEDGER_COLUMNS, ledgerWorkbook, type LedgerRecord } from '../../sheets/ledger-workbook.ts';
import { visitsWorkbook } from '../../sheets/visits-workbook.ts';

const item = (over: Partial<LedgerRecord> = {}): LedgerRecord => ({
  no: 12,
  village: { name: '三星村' },
  group: '4组',
  householdName: '王德福',
  category: '住房',
  description: '屋顶漏雨，联系电话13812345678',
  source: 'visit',
  assignee: '李书记',
  dueOn: '2026-11-30',
  status: 'open',
  closedAt: null,
  resolution: null,
  notes: [],
  ...over,
});

async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return again.worksheets[0];
}

describe('the ledger spreadsheet', () => {
  it('has the columns a township files, bold and frozen, with widths', async () => {
    const sheet = await reopen(ledgerWorkbook([item()], '2026-11-22'));
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
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
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.columns.map((c) => c.width)).toEqual(LEDGER_COLUMNS.map((c) => c.width));
  });

  it('shows the original and current 时限, the reviewer, 待验收, 回访 and a 反弹 link', async () => {
    const at = new Date('2026-11-27T02:00:00Z');
    const followUps = [{ outcome: 'rebound', satisfaction: '不满意', by: '李明', at, newIssueId: 2 }];
    const sheet = await reopen(
      ledgerWorkbook(
        [
          item({
            id: 1,
            no: 1,
            status: 'closed',
            closedAt: at,
            dueOn: '2026-12-10',
            originalDueOn: '2026-11-30',
            reviewedBy: '周书记',
            followUps,
          }),
          item({ id: 2, no: 2, status: 'review', reboundOfId: 1 }),
        ],
        '2026-11-28',
      ),
    );
    const cells = (row: number, from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, k) => sheet.getRow(row).getCell(from + k).value ?? null);
    expect(cells(2, 13, 17)).toEqual(['2026-11-30', '2026-12-10', '周书记', '2026-11-27 李明：反弹，不满意', '反弹为 #2']);
    expect(sheet.getRow(3).getCell(10).value).toBe('待验收');
    expect(cells(3, 13, 17)).toEqual(['2026-11-30', '2026-11-30', '', '', '由 #1 反弹']);
  });

  it('counts the photos kept on each item, none as 0', async () => {
    const sheet = await reopen(ledgerWorkbook([item({ photos: 3 }), item({ no: 13 })], '2026-11-22'));
    expect(sheet.getRow(2).getCell(18).value).toBe(3);
    expect(sheet.getRow(3).getCell(18).value).toBe(0);
  });

  it('writes deadlines as text and masks phone numbers', async () => {
    const sheet = await reopen(ledgerWorkbook([item()], '2026-11-22'));
    expect(sheet.getRow(2).getCell(9).value).toBe('2026-11-30');
    expect(sheet.getRow(2).getCell(6).value).toBe('屋顶漏雨，联系电话138****5678');
  });

  it('joins the progress notes and the close-out into 整改情况', async () => {
    const notes = [
      { kind: 'progress', text: '已联系施工队', author: '李明', createdAt: new Date('2026-11-24T02:00:00Z') },
      { kind: 'close', text: '已更换屋顶', author: '李明', createdAt: new Date('2026-11-27T02:00:00Z') },
    ];
    const sheet = await reopen(
      ledgerWorkbook(
        [item({ status: 'closed', closedAt: new Date('2026-11-27T02:00:00Z'), resolution: '已更换屋顶', notes })],
        '2026-11-28',
      ),
    );
    const row = sheet.getRow(2);
    expect([row.getCell(10).value, row.getCell(11).value]).toEqual(['已销号', '2026-11-27']);
    expect(row.getCell(12).value).toBe('2026-11-24 李明：已联系施工队\n2026-11-27 李明（销号）：已更换屋顶');
  });

  it('marks an open item past its deadline as overdue', async () => {
    const sheet = await reopen(ledgerWorkbook([item()], '2026-12-01'));
    expect(sheet.getRow(2).getCell(10).value).toBe('逾期未销号');
  });
});

describe('the visits spreadsheet', () => {
  it('shows each check as √, × or blank and names the items raised', async () => {
    const wb = visitsWorkbook([
      {
        visitedOn: '2026-11-22',
        village: { name: '三星村' },
        group: '4组',
        householdName: '王德富',
        category: '脱贫户',
        method: '入户',
        income: true,
        food: true,
        education: null,
        medical: true,
        housing: false,
        water: true,
        notes: null,
        flag: 'near-miss',
        cadre: { name: '张华' },
        issues: [{ no: 12 }, { no: 13 }],
      },
    ]);
    const row = (await reopen(wb)).getRow(2);
    expect((row.values as unknown[]).slice(1)).toEqual([
      '2026-11-22',
      '三星村',
      '4组',
      '王德富',
      '脱贫户',
      '入户',
      '√',
      '√',
      '',
      '√',
      '×',
      '√',
      '#12 #13',
      '张华',
      '',
      '姓名待核对',
    ]);
  });
});
