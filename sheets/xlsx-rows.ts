import { strFromU8, unzipSync } from 'fflate';

export interface XlsxRow {
  /** The row number Excel shows. */
  row: number;
  /** Cell texts by column (A = 0); a column with no cell is an empty string. */
  cells: string[];
}

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface XlsxSheet {
  name: string;
  /** Inflates the sheet (only when asked: a workbook may hold several big ones). */
  open(): {
    /** Merged ranges, 1-based (Excel keeps them after the rows; read first so rows can be filled as they go). */
    merges: MergeRange[];
    rows: Generator<XlsxRow>;
  };
}

/** How much of a sheet's XML is turned into text at a time. */
const CHUNK_BYTES = 1 << 16;

/**
 * The sheets of an .xlsx in tab order, each read one row at a time as plain text: what a
 * roster import needs and nothing more (no styles, no cell objects). ExcelJS loaded a
 * 50,000-row roster into a 350 MB workbook model, and its streaming reader still made
 * enough short-lived objects to pass 250 MB; this reads the same file in a few tens of MB.
 * fflate inflates one part of the zip at a time; the XML Excel and WPS write is regular
 * (`<row>`, `<c r t>`, `<v>`, `<is><t>`, shared strings in `<si>`), and that is all it reads.
 * Throws on a file that is not a zip.
 */
export function readXlsxSheets(xlsx: Uint8Array): XlsxSheet[] {
  const small = unzipSync(xlsx, { filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' || f.name === 'xl/sharedStrings.xml' });
  if (!small['xl/workbook.xml']) throw new Error('not an xlsx workbook (no xl/workbook.xml)');
  const shared = small['xl/sharedStrings.xml'] ? sharedStrings(strFromU8(small['xl/sharedStrings.xml'])) : [];
  return sheetParts(strFromU8(small['xl/workbook.xml']), small['xl/_rels/workbook.xml.rels'] ? strFromU8(small['xl/_rels/workbook.xml.rels']) : '').map(({ name, part }) => {
    const open = () => {
      const xml = unzipSync(xlsx, { filter: (f) => f.name === part })[part] ?? new Uint8Array();
      return { merges: merges(xml), rows: rowsOf(xml, shared) };
    };
    return { name, open };
  });
}

/** Sheet names and their parts, in the order of the workbook's tabs. */
function sheetParts(workbook: string, rels: string): Array<{ name: string; part: string }> {
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attr(m[1], 'Id');
    const target = attr(m[1], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: Array<{ name: string; part: string }> = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const part = targets.get(attr(m[1], 'r:id') ?? '');
    if (part) sheets.push({ name: decodeXml(attr(m[1], 'name') ?? ''), part });
  }
  return sheets;
}

function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  // Nearly every entry is one plain run, <si><t>text</t></si>: read that without a second pass.
  for (const si of xml.matchAll(/<(?:\w+:)?si>(?:<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>|([\s\S]*?))<\/(?:\w+:)?si>/g)) {
    out.push(si[1] !== undefined ? decodeXml(si[1]) : runText(si[2]));
  }
  return out;
}

/** The text of `<t>` runs (rich text is several), leaving out phonetic guides (`<rPh>`). */
function runText(xml: string): string {
  let text = '';
  for (const t of xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '').matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) text += t[1];
  return decodeXml(text);
}

function* rowsOf(xml: Uint8Array, shared: string[]): Generator<XlsxRow> {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let lastRow = 0;
  for (let at = 0; at <= xml.length; at += CHUNK_BYTES) {
    const last = at + CHUNK_BYTES >= xml.length;
    const text = carry + decoder.decode(xml.subarray(at, at + CHUNK_BYTES), { stream: !last });
    // The rows complete in this chunk are read now; a row cut in two waits for the next chunk.
    const end = last ? text.length : afterLastRow(text);
    carry = text.slice(end);
    for (const r of text.slice(0, end).matchAll(ROW)) {
      lastRow = Number(attr(r[1], 'r')) || lastRow + 1;
      yield { row: lastRow, cells: cellsOf(r[2] ?? '', shared) };
    }
    if (last) break;
  }
}

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;

/** Just after the last `</row>` (or `</x:row>`) in the text; 0 when there is none. */
function afterLastRow(text: string): number {
  for (let i = text.lastIndexOf('row>'); i > 0; i = text.lastIndexOf('row>', i - 1)) {
    if (/<\/(?:\w+:)?$/.test(text.slice(Math.max(0, i - 12), i))) return i + 4;
  }
  return 0;
}

function cellsOf(xml: string, shared: string[]): string[] {
  const cells: string[] = [];
  let column = 0;
  for (const c of xml.matchAll(CELL)) {
    const ref = attr(c[1], 'r');
    column = ref ? columnNumber(ref.replace(/\d+$/, '')) : column + 1;
    const body = c[2] ?? '';
    const type = attr(c[1], 't') ?? 'n';
    const v = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
    let text = '';
    if (type === 's') text = v === undefined ? '' : shared[Number(v)] ?? '';
    else if (type === 'inlineStr') text = runText(body);
    else if (type === 'b') text = v === '1' ? 'true' : v === '0' ? 'false' : '';
    else if (v !== undefined) text = type === 'n' ? numberText(v) : decodeXml(v);
    while (cells.length < column - 1) cells.push('');
    cells[column - 1] = text;
  }
  return cells;
}

/** Whole numbers as digits (a phone stored as a number reads 13800001111, not 1.38E+10); others as written. */
function numberText(v: string): string {
  if (/^-?\d+$/.test(v)) return v;
  const n = Number(v);
  return Number.isInteger(n) && Math.abs(n) < 1e15 ? String(n) : v;
}

function merges(xml: Uint8Array): MergeRange[] {
  const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  const end = bytes.lastIndexOf('sheetData>');
  const tail = bytes.subarray(end < 0 ? 0 : end).toString('utf8');
  const ranges: MergeRange[] = [];
  for (const m of tail.matchAll(/<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/g)) {
    const left = columnNumber(m[1]);
    const top = Number(m[2]);
    ranges.push({ top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnNumber(m[3]) : left });
  }
  return ranges;
}

const attrPatterns = new Map<string, RegExp>();

function attr(attrs: string, name: string): string | undefined {
  let re = attrPatterns.get(name);
  if (!re) attrPatterns.set(name, (re = new RegExp(`(?:^|\\s)${name.replace(':', '\\:')}="([^"]*)"`)));
  return re.exec(attrs)?.[1];
}

/** A → 1, Z → 26, AA → 27. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML entities, and Excel's `_x000D_` escapes for characters XML cannot hold. */
function decodeXml(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e])
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
