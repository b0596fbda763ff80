import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { BotError } from '../bot/errors.ts';
import { rosterText } from '../prompts/roster.ts';
import { splitDuplicates } from './duplicate-households.ts';
import { decodeText, parseCsv } from './parse-csv.ts';
import { mapHeader, ROSTER_COLUMNS, type RosterField } from './roster-columns.ts';
import { toRosterRow, type RosterRow, type RowProblem } from './roster-row.ts';

export interface RosterFile {
  rows: RosterRow[];
  /** Rows left out, with the reason. */
  errors: RowProblem[];
  /** Rows loaded with a field left empty, with the reason. */
  warnings: RowProblem[];
  /** The fields the file has a column for. A field without one is left as stored. */
  columns: RosterField[];
}

interface GridRow {
  row: number;
  cells: string[];
  /** The CSV line had an unpaired quote; its cells were not read. */
  strayQuote?: boolean;
}

/** How far down a title block ("XX镇花名册", a date line) may push the header row. */
const HEADER_SEARCH_ROWS = 10;

/** Reads a roster from .xlsx or .csv; row numbers are the ones Excel shows. */
export async function readRoster(file: string): Promise<RosterFile> {
  const ext = path.extname(file).toLowerCase();
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw new BotError('ROSTER_FILE', `打不开花名册文件：${file}`, '检查文件路径（含中文的路径请加引号）', err);
  }
  if (ext === '.csv' || ext === '.txt') return fromGrid(parseCsv(decodeText(bytes)).map((r, i) => ({ row: i + 1, cells: r.cells, strayQuote: r.strayQuote })));
  if (ext === '.xlsx') return fromGrid(await xlsxGrid(bytes));
  if (ext === '.xls' || ext === '.et') throw new BotError('ROSTER_FORMAT', `不支持旧版 ${ext} 文件`, '在 Excel 或 WPS 中“另存为”.xlsx 后再导入');
  throw new BotError('ROSTER_FORMAT', `不认识的文件类型：${ext || '（无扩展名）'}`, '请用 .xlsx 或 .csv 文件');
}

async function xlsxGrid(bytes: Buffer): Promise<GridRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (err) {
    throw new BotError('ROSTER_FORMAT', '这个 .xlsx 文件打不开（可能已损坏或加了密码）', '用 Excel/WPS 打开后重新保存为 .xlsx 再导入', err);
  }
  // The first sheet that has a header row; townships often keep a cover sheet first.
  for (const sheet of wb.worksheets) {
    const grid: GridRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c)));
      grid.push({ row: rowNumber, cells });
    });
    if (grid.slice(0, HEADER_SEARCH_ROWS).some((r) => mapHeader(r.cells))) return grid;
  }
  return [];
}

/** The text of a cell however Excel stored it (number, date, rich text, formula, link). */
function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 1e15 ? String(v) : cell.text;
  if (typeof v === 'string' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('result' in v) return v.result === undefined || v.result === null ? '' : String(v.result);
  if ('text' in v) return String(v.text);
  return cell.text;
}

function fromGrid(grid: GridRow[]): RosterFile {
  const headerAt = grid.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => mapHeader(r.cells));
  if (headerAt < 0) {
    const need = Object.values(ROSTER_COLUMNS).filter((c) => c.required).map((c) => c.header).join('、');
    throw new BotError('ROSTER_HEADER', `花名册里没有找到表头（至少要有 ${need} 两列）`, `第一行写表头：${Object.values(ROSTER_COLUMNS).map((c) => c.header).join('、')}；可参照 sheets/sample/花名册示例.xlsx`);
  }
  const header = mapHeader(grid[headerAt].cells)!;
  const out: RosterFile = { rows: [], errors: [], warnings: [], columns: [...new Set(header.values())] };
  for (const { row, cells, strayQuote } of grid.slice(headerAt + 1)) {
    if (strayQuote) {
      out.errors.push({ row, reason: rosterText.strayQuote });
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    const fields: Partial<Record<RosterField, string>> = {};
    for (const [i, field] of header) fields[field] = cells[i] ?? '';
    const result = toRosterRow(row, fields);
    for (const w of result.warnings) out.warnings.push({ row, reason: w });
    if (result.value) out.rows.push(result.value);
    else out.errors.push({ row, reason: result.error ?? '无法识别' });
  }
  const unique = splitDuplicates(out.rows);
  out.rows = unique.rows;
  out.errors.push(...unique.errors);
  out.warnings.push(...unique.warnings);
  // Listed in row order, as the admin reads the sheet.
  out.errors.sort((a, b) => a.row - b.row);
  out.warnings.sort((a, b) => a.row - b.row);
  return out;
}
