import type ExcelJS from 'exceljs';

export interface Column {
  header: string;
  width: number;
  /** Long text wraps inside the cell instead of running over the next one. */
  wrap?: boolean;
}

/**
 * The look a township's filed sheet has: bold header on a light fill, frozen under the
 * header, column widths set, a filter on the header, every value as text (WPS and Excel
 * otherwise turn `2026-11-30` into a date serial and long numbers into 5.2E+17).
 */
export function addTable(sheet: ExcelJS.Worksheet, columns: Column[], rows: Array<Array<string | number | null>>): void {
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  header.height = 20;
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const values of rows) {
    const row = sheet.addRow(values.map((v) => (v === null ? '' : v)));
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      if (typeof values[i] === 'string') cell.numFmt = '@';
      cell.alignment = { vertical: 'top', wrapText: c.wrap ?? false };
    });
  }
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}
