import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readXlsxSheets } from '../../sheets/xlsx-rows.ts';

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const rowsOf = (bytes: Uint8Array, sheet = 0) => [...readXlsxSheets(bytes)[sheet].open().rows];

// The roster reader's own view of an .xlsx, checked against workbooks ExcelJS writes.
describe('reading an .xlsx row by row', () => {
  it('reads the sheets in tab order with their names', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('封面').addRow(['说明']);
      wb.addWorksheet('花名册').addRow(['村', '户主']);
    });
    expect(readXlsxSheets(bytes).map((s) => s.name)).toEqual(['封面', '花名册']);
    expect(rowsOf(bytes, 1)).toEqual([{ row: 1, cells: ['村', '户主'] }]);
  });

  it('gives every kind of cell as the text Excel shows', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('s');
      ws.addRow([
        '王德福 & 李<秀英>',
        13800001111,
        { richText: [{ text: '三星' }, { text: '村', font: { bold: true } }] },
        { formula: 'A1', result: '王德福' },
        1.5,
        true,
        '老人独居\n子女在外',
      ]);
    });
    expect(rowsOf(bytes)).toEqual([
      { row: 1, cells: ['王德福 & 李<秀英>', '13800001111', '三星村', '王德福', '1.5', 'true', '老人独居\n子女在外'] },
    ]);
  });

  it('keeps row numbers and empty columns where they are', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('s');
      ws.getCell('A2').value = '村';
      ws.getCell('C2').value = '户主';
      ws.getCell('B5').value = '三星村';
    });
    expect(rowsOf(bytes)).toEqual([
      { row: 2, cells: ['村', '', '户主'] },
      { row: 5, cells: ['', '三星村'] },
    ]);
  });

  it('lists merged ranges', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('s');
      ws.addRow(['三星村', '王德福']);
      ws.addRow([null, '李秀英']);
      ws.mergeCells('A1:A2');
    });
    expect(readXlsxSheets(bytes)[0].open().merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 1 }]);
  });

  it('reads a sheet far larger than one chunk of its XML', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('s');
      for (let i = 1; i <= 30_000; i++) ws.addRow([`村${i % 7}`, `户${i}`, 510104195207161000 + i]);
    });
    const rows = rowsOf(bytes);
    expect(rows).toHaveLength(30_000);
    expect(rows.map((r) => r.row)).toEqual(Array.from({ length: 30_000 }, (_, i) => i + 1));
    expect(rows[29_999].cells.slice(0, 2)).toEqual(['村5', '户30000']);
  });

  it('refuses a file that is not a workbook', () => {
    expect(() => readXlsxSheets(new TextEncoder().encode('not a zip'))).toThrow();
  });
});
