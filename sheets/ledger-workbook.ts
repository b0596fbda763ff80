import ExcelJS from 'exceljs';
import { meetingText } from '../prompts/meeting.ts';
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
  /** The meeting it was raised at (院坝会, 恳谈会), named in 来源. */
  meeting?: { kind: string; heldOn: string; group: string | null } | null;
  assignee: string | null;
  dueOn: string | null;
  status: string;
  closedAt: Date | null;
  resolution: string | null;
  notes: Array<{ kind: string; text: string | null; author: string | null; createdAt: Date }>;
  /** Present on stored items; a sheet built from plain rows may leave them out. */
  id?: number;
  originalDueOn?: string | null;
  reviewedBy?: string | null;
  reboundOfId?: number | null;
  followUps?: Array<{ outcome: string; satisfaction: string | null; by: string; at: Date; newIssueId: number | null }>;
  /** Photos kept on the item as evidence (storage/evidence.ts `countEvidenceByIssue`). */
  photos?: number;
  /** 三级化解: passed up to the township (#上报), and who took it there (#接办). */
  escalatedAt?: Date | null;
  escalatedBy?: string | null;
  escalationReason?: string | null;
  takenBy?: string | null;
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
  { header: '原定时限', width: 12 },
  { header: '当前时限', width: 12 },
  { header: '验收人', width: 10 },
  { header: '回访', width: 24, wrap: true },
  { header: '关联', width: 16, wrap: true },
  { header: '照片数', width: 8 },
  { header: '上报乡镇', width: 24, wrap: true },
];

const SOURCE: Record<string, string> = { visit: '走访发现', report: '群众反映', rebound: '回访反弹' };
const NOTE_MARK: Record<string, string> = {
  close: '（销号）',
  'review-confirm': '（验收通过）',
  'review-return': '（验收退回）',
  escalate: '（上报乡镇）',
  take: '（乡镇接办）',
};
const STATUS: Record<string, string> = { closed: '已销号', review: '待验收' };
const dayText = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** 整改情况: every progress note and the close-out, dated, one per line. */
function history(item: LedgerRecord): string {
  const text = (n: LedgerRecord['notes'][number]) => {
    if (n.kind === 'take') return n.text ? `：原责任人${n.text}` : '';
    return n.kind === 'review-confirm' && !n.text ? '' : `：${n.text ?? '（未填写）'}`;
  };
  const lines = item.notes.map((n) => `${dayText(n.createdAt)} ${n.author ?? ''}${NOTE_MARK[n.kind] ?? ''}${text(n)}`);
  if (item.status === 'closed' && !item.notes.some((n) => n.kind === 'close') && item.resolution) lines.push(`（销号）${item.resolution}`);
  return lines.join('\n');
}

/** The ledger (问题台账) as a township files it; phone and ID numbers masked in every cell. */
export function ledgerWorkbook(items: LedgerRecord[], today: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '村务助手';
  wb.created = new Date();
  const sheet = wb.addWorksheet('问题台账');
  // A 反弹 links two items of the same village: numbers by id, from the items exported.
  const noOf = new Map(items.flatMap((i) => (i.id === undefined ? [] : [[i.id, i.no] as const])));
  const rows = items.map((i) => {
    const status = STATUS[i.status] ?? (i.dueOn && i.dueOn < today ? '逾期未销号' : '未销号');
    const followUps = (i.followUps ?? []).map(
      (f) => `${dayText(f.at)} ${f.by}：${f.outcome === 'rebound' ? '反弹' : '正常'}${f.satisfaction ? `，${f.satisfaction}` : ''}`,
    );
    const links = [
      i.reboundOfId != null && noOf.has(i.reboundOfId) ? `由 #${noOf.get(i.reboundOfId)} 反弹` : null,
      ...(i.followUps ?? []).map((f) => (f.newIssueId !== null && noOf.has(f.newIssueId) ? `反弹为 #${noOf.get(f.newIssueId)}` : null)),
    ].filter(Boolean);
    return maskRow([
      i.no,
      i.village.name,
      i.group,
      i.householdName,
      i.category,
      i.description,
      i.meeting ? meetingText.source(i.meeting.kind, i.meeting.heldOn, i.meeting.group) : (SOURCE[i.source] ?? i.source),
      i.assignee,
      i.dueOn,
      status,
      i.closedAt ? dayText(i.closedAt) : null,
      history(i),
      i.originalDueOn ?? i.dueOn,
      i.dueOn,
      i.reviewedBy ?? null,
      followUps.join('\n') || null,
      links.join('\n') || null,
      i.photos ?? 0,
      i.escalatedAt
        ? `${dayText(i.escalatedAt)} ${i.escalatedBy ?? ''}：${i.escalationReason ?? ''}\n${i.takenBy ? `${i.takenBy}接办` : '待乡镇接办'}`
        : null,
    ]);
  });
  addTable(sheet, LEDGER_COLUMNS, rows);
  return wb;
}
