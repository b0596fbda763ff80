import ExcelJS from 'exceljs';
import { packSheets } from '../prompts/dispatch-pack.ts';
import type { DispatchPack } from './dispatch-pack.ts';
import { maskRow } from './mask-row.ts';
import { addTable, type Column } from './style-table.ts';

const dayText = (at: Date | null) => (at ? new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10) : null);
const columns = (headers: readonly string[], wide: string[] = []): Column[] =>
  headers.map((header) =>
    wide.includes(header) ? { header, width: 36, wrap: true } : { header, width: Math.max(8, header.length * 2 + 2) },
  );

/**
 * The full dispatch pack as a workbook: problem list, 责任清单 by person, per-village table,
 * coverage by village × 组 × 户类, and cadres with no visit in the period. Phone and ID
 * numbers are masked in every cell, as in the ledger export.
 */
export function dispatchWorkbook(pack: DispatchPack): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '村务助手';
  const s = packSheets;
  addTable(
    wb.addWorksheet(s.items),
    columns(s.itemColumns, ['问题描述']),
    pack.items.map((i) =>
      maskRow([
        i.villageName,
        i.no,
        i.group,
        i.householdName,
        i.category,
        i.description,
        i.assignee,
        i.dueOn,
        s.status(i.closedByEnd, i.overdueDays > 0),
        i.overdueDays || null,
        dayText(i.createdAt),
        i.closedByEnd ? dayText(i.closedAt) : null,
        i.escalatedAt ? s.escalated(i.takenBy) : null,
      ]),
    ),
  );
  addTable(
    wb.addWorksheet(s.people),
    columns(s.peopleColumns),
    pack.people.map((p) => [p.name, p.open, p.overdue]),
  );
  addTable(
    wb.addWorksheet(s.villages),
    columns(s.villageColumns),
    pack.villages.map((v) => [
      v.name,
      v.created,
      v.closed,
      s.percent(v.periodRate),
      v.open,
      v.overdue,
      v.longest,
      s.percent(v.allTimeRate),
      v.households,
      v.visited,
      s.percent(v.households ? Math.round((v.visited / v.households) * 100) : null),
    ]),
  );
  addTable(
    wb.addWorksheet(s.coverage),
    columns(s.coverageColumns),
    pack.coverageRows.map((c) => [
      c.village,
      c.group,
      c.category,
      c.households,
      c.visited,
      s.percent(Math.round((c.visited / c.households) * 100)),
    ]),
  );
  addTable(
    wb.addWorksheet(s.idle),
    columns(s.idleColumns),
    pack.idleCadres.map((c) => [c.village, c.name, c.households]),
  );
  return wb;
}
