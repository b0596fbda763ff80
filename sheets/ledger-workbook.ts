import ExcelJS from 'exceljs';
import { maskRow } from './mask-row.ts';
import { addTable, type Column } from './style-table.ts';

export interface LedgerRecord {
  no: number;
  village: { name: string };
  group: string | null;
  householdName: string | null;
  category: string;
  description: string;
  source: string;
  assignee: string | null;
  dueOn: string | null;
  status: string;
  closedAt: Date | null;
  resolution: string | null;
  notes: Array<{ kind: string; text: string | null; author: string | null; createdAt: Date }>;
  /** Photos kept on the item as evidence (storage/evidence.ts `countEvidenceByIssue`). */
  photos?: number;
}

export const LEDGER_COLUMNS: Column[] = [
  { header: '编号', width: 7 },
  { header: '村', width: 10 },
  { header: '组', width: 7 },
  { header: '户主', width: 10 },
  { header: '类别', width: 10 },
  { header: '问题描述', width: 36, wrap: true },
  { header: '来源', width: 10 },
  { header: '责任人', width: 10 },
  { header: '时限', width: 12 },
  { header: '状态', width: 11 },
  { header: '销号日期', width: 12 },
  { header: '整改情况', width: 48, wrap: true },
  { header: '照片数', width: 8 },
];

const SOURCE: Record<string, string> = { visit: '走访发现', report: '群众反映' };
const dayText = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** 整改情况: every progress note and the close-out, dated, one per line. */
function history(item: LedgerRecord): string {
  const lines = item.notes.map(
    (n) => `${dayText(n.createdAt)} ${n.author ?? ''}${n.kind === 'close' ? '（销号）' : ''}：${n.text ?? '（未填写）'}`,
  );
  if (item.status === 'closed' && !item.notes.some((n) => n.kind === 'close') && item.resolution) lines.push(`（销号）${item.resolution}`);
  return lines.join('\n');
}

/** The ledger (问题台账) as a township files it; phone and ID numbers masked in every cell. */
export function ledgerWorkbook(items: LedgerRecord[], today: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '村务助手';
  wb.created = new Date();
  const sheet = wb.addWorksheet('问题台账');
  const rows = items.map((i) => {
    const status = i.status === 'closed' ? '已销号' : i.dueOn && i.dueOn < today ? '逾期未销号' : '未销号';
    return maskRow([
      i.no,
      i.village.name,
      i.group,
      i.householdName,
      i.category,
      i.description,
      SOURCE[i.source] ?? i.source,
      i.assignee,
      i.dueOn,
      status,
      i.closedAt ? dayText(i.closedAt) : null,
      history(i),
      i.photos ?? 0,
    ]);
  });
  addTable(sheet, LEDGER_COLUMNS, rows);
  return wb;
}
