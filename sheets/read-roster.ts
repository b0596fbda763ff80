import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BotError } from '../core/bot-error.ts';
import { rosterText } from '../prompts/roster.ts';
import { splitDuplicates } from './duplicate-households.ts';
import { decodeText, parseCsv } from './parse-csv.ts';
import { readXlsxGrid, type GridRow } from './read-xlsx-grid.ts';
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

const REPEATED = ['township', 'village', 'group', 'category', 'cadre', 'cadrePhone', 'cadreTitle'] as const;

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
  if (ext === '.csv' || ext === '.txt') return fromGrid(csvGrid(decodeText(bytes)));
  if (ext === '.xlsx') return fromGrid(await readXlsxGrid(bytes, (cells) => !!mapHeader(cells), HEADER_SEARCH_ROWS));
  if (ext === '.xls' || ext === '.et')
    throw new BotError('ROSTER_FORMAT', `不支持旧版 ${ext} 文件`, '在 Excel 或 WPS 中“另存为”.xlsx 后再导入');
  throw new BotError('ROSTER_FORMAT', `不认识的文件类型：${ext || '（无扩展名）'}`, '请用 .xlsx 或 .csv 文件');
}

function* csvGrid(text: string): Generator<GridRow> {
  let row = 0;
  for (const r of parseCsv(text)) yield { row: ++row, cells: r.cells, strayQuote: r.strayQuote };
}

/**
 * Rows of cells to checked roster rows. The grid is consumed as it is read (a 50,000-row
 * file is never held twice): up to HEADER_SEARCH_ROWS rows wait for the header, every
 * later row is checked and kept or reported at once.
 */
async function fromGrid(grid: Iterable<GridRow> | AsyncIterable<GridRow>): Promise<RosterFile> {
  const rows = Symbol.asyncIterator in grid ? grid[Symbol.asyncIterator]() : toAsync(grid[Symbol.iterator]());
  let header: Map<number, RosterField> | null = null;
  for (let seen = 0; seen < HEADER_SEARCH_ROWS && !header; seen++) {
    const next = await rows.next();
    if (next.done) break;
    header = mapHeader(next.value.cells);
  }
  if (!header) {
    const need = Object.values(ROSTER_COLUMNS)
      .filter((c) => c.required)
      .map((c) => c.header)
      .join('、');
    throw new BotError(
      'ROSTER_HEADER',
      `花名册里没有找到表头（至少要有 ${need} 两列）`,
      `第一行写表头：${Object.values(ROSTER_COLUMNS)
        .map((c) => c.header)
        .join('、')}；可参照 sheets/sample/花名册示例.xlsx`,
    );
  }
  const out: RosterFile = { rows: [], errors: [], warnings: [], columns: [...new Set(header.values())] };
  const columns = [...header];
  // Townships, villages, groups, categories and cadres repeat on thousands of rows: one string each.
  const strings = new Map<string, string>();
  const intern = (r: RosterRow): RosterRow => {
    for (const key of REPEATED) {
      const v = r[key];
      if (typeof v !== 'string') continue;
      const known = strings.get(v);
      if (known === undefined) strings.set(v, v);
      else (r[key] as string) = known;
    }
    return r;
  };
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    const { row, cells, strayQuote } = next.value;
    if (strayQuote) {
      out.errors.push({ row, reason: rosterText.strayQuote });
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    const fields: Partial<Record<RosterField, string>> = {};
    for (let k = 0; k < columns.length; k++) fields[columns[k][1]] = cells[columns[k][0]] ?? '';
    const result = toRosterRow(row, fields);
    for (const w of result.warnings) out.warnings.push({ row, reason: w });
    if (result.value) out.rows.push(intern(result.value));
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

function toAsync<T>(it: Iterator<T>): AsyncIterator<T> {
  return { next: async () => it.next() };
}
