import { BotError } from '../core/bot-error.ts';
import { rosterText } from '../prompts/roster.ts';
import { readXlsxSheets, type MergeRange, type XlsxSheet } from './xlsx-rows.ts';

export interface GridRow {
  row: number;
  cells: string[];
  /** The CSV line had an unpaired quote; its cells were not read. */
  strayQuote?: boolean;
}

/**
 * The rows of the first sheet (in tab order) whose first `headerRows` rows hold a header
 * (townships often keep a cover sheet first), as text, one at a time, with merged cells
 * filled in from their top-left cell (a 村 merged down its households reads as that 村 on
 * every row). A file that is not a workbook is a BotError the admin can act on.
 */
export function* readXlsxGrid(bytes: Uint8Array, isHeader: (cells: string[]) => boolean, headerRows: number): Generator<GridRow> {
  let sheets: XlsxSheet[];
  try {
    sheets = readXlsxSheets(bytes);
  } catch (err) {
    throw new BotError('ROSTER_FORMAT', rosterText.xlsxUnreadable, rosterText.xlsxUnreadableHint, err);
  }
  for (const sheet of sheets) {
    const { merges, rows } = sheet.open();
    const fill = mergeFiller(merges);
    const head: GridRow[] = [];
    let header = false;
    for (const { row, cells } of rows) {
      fill(row, cells);
      if (cells.every((c) => !c)) continue;
      if (header) {
        yield { row, cells };
        continue;
      }
      head.push({ row, cells });
      if (isHeader(cells)) {
        header = true;
        yield* head;
      } else if (head.length >= headerRows) break;
    }
    if (header) return;
  }
}

/**
 * Fills a row's empty cells that lie inside a merged range with the text of the range's
 * top-left cell, as Excel shows it. Rows come in order, so the top row is always seen first.
 */
function mergeFiller(merges: MergeRange[]): (row: number, cells: string[]) => void {
  if (!merges.length) return () => {};
  const pending = [...merges].sort((a, b) => a.top - b.top);
  let active: Array<{ m: MergeRange; text: string }> = [];
  return (row, cells) => {
    // Only the ranges that cover this row are looked at: a sheet may merge thousands.
    while (pending.length && pending[0].top <= row) {
      const m = pending.shift()!;
      if (m.bottom >= row) active.push({ m, text: m.top === row ? (cells[m.left - 1] ?? '') : '' });
    }
    active = active.filter((a) => a.m.bottom >= row);
    for (const { m, text } of active) {
      if (!text) continue;
      for (let c = m.left; c <= m.right; c++) if (!cells[c - 1]) cells[c - 1] = text;
    }
  };
}
