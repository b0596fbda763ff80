import ExcelJS from 'exceljs';
import { maskRow } from './mask-row.ts';
import { addTable, type Column } from './style-table.ts';

export interface VisitRecord {
  visitedOn: string;
  village: { name: string } | null;
  group: string | null;
  householdName: string;
  category: string | null;
  method: string;
  income: boolean | null;
  food: boolean | null;
  education: boolean | null;
  medical: boolean | null;
  housing: boolean | null;
  water: boolean | null;
  notes: string | null;
  flag: string | null;
  cadre: { name: string } | null;
  issues: Array<{ no: number }>;
}

export const VISIT_COLUMNS: Column[] = [
  { header: '走访日期', width: 12 },
  { header: '村', width: 10 },
  { header: '组', width: 7 },
  { header: '户主', width: 10 },
  { header: '户类', width: 10 },
  { header: '方式', width: 8 },
  { header: '收入', width: 6 },
  { header: '吃穿', width: 6 },
  { header: '教育', width: 6 },
  { header: '医疗', width: 6 },
  { header: '住房', width: 6 },
  { header: '饮水', width: 6 },
  { header: '发现问题', width: 14 },
  { header: '走访人', width: 10 },
  { header: '备注', width: 30, wrap: true },
  { header: '核对', width: 12 },
];

const mark = (v: boolean | null) => (v === true ? '√' : v === false ? '×' : '');
const FLAG: Record<string, string> = { 'near-miss': '姓名待核对', 'not-in-roster': '花名册外' };

/** The visit record (民情日记) as a sheet: one row a visit, √ secured, × a problem, blank not checked; numbers masked. */
export function visitsWorkbook(visits: VisitRecord[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '村务助手';
  wb.created = new Date();
  const sheet = wb.addWorksheet('走访记录');
  addTable(
    sheet,
    VISIT_COLUMNS,
    visits.map((v) =>
      maskRow([
        v.visitedOn,
        v.village?.name ?? null,
        v.group,
        v.householdName,
        v.category,
        v.method,
        mark(v.income),
        mark(v.food),
        mark(v.education),
        mark(v.medical),
        mark(v.housing),
        mark(v.water),
        v.issues.map((i) => `#${i.no}`).join(' '),
        v.cadre?.name ?? null,
        v.notes,
        v.flag ? (FLAG[v.flag] ?? v.flag) : null,
      ]),
    ),
  );
  return wb;
}
