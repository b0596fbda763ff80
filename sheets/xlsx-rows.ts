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

/**
 * The sheets of an .xlsx in tab order, each read one row at a time as plain text: what a
 * roster import needs and nothing more (no styles, no cell objects). ExcelJS loaded a
 * 50,000-row roster into a 350 MB workbook model, and its streaming reader still made
 * enough short-lived objects to pass 250 MB; this reads the same file in about 50 MB.
 * fflate inflates one part of the zip at a time; the XML Excel and WPS write is regular
 * (`<row>`, `<c r t>`, `<v>`, `<is><t>`, shared strings in `<si>`), and that is all it
 * reads (test/sheets/xlsx-rows.test.ts checks it against workbooks ExcelJS writes).
 * Throws on a file that is not a zip.
 */
export function readXlsxSheets(xlsx: Uint8Array): XlsxSheet[] {
  const small = unzipSync(xlsx, {
    filter: (f) => f.name === 'xl/workbook.xml' || f.name === 'xl/_rels/workbook.xml.rels' || f.name === 'xl/sharedStrings.xml',
  });
  if (!small['xl/workbook.xml']) throw new Error('not an xlsx workbook (no xl/workbook.xml)');
  const shared = small['xl/sharedStrings.xml'] ? sharedStrings(strFromU8(small['xl/sharedStrings.xml'])) : [];
  return sheetParts(
    strFromU8(small['xl/workbook.xml']),
    small['xl/_rels/workbook.xml.rels'] ? strFromU8(small['xl/_rels/workbook.xml.rels']) : '',
  ).map(({ name, part }) => {
    const open = () => {
      // Inflated in one piece (20 MB for 50,000 rows): fflate's streaming inflate allocated
      // over 500 MB along the way for the same sheet, which cost more than it saved.
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
  for (const t of xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '').matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g))
    text += t[1];
  return decodeXml(text);
}

/** XML bytes turned into text at a time (the peak stays low: 1 MB pieces added 60 MB). */
const TEXT_BYTES = 1 << 16;

function* rowsOf(xml: Uint8Array, shared: string[]): Generator<XlsxRow> {
  const decoder = new TextDecoder('utf-8');
  const ns = namespacePrefix(xml);
  const rowTag = new Tag(`${ns}row`);
  const cellTag = new Tag(`${ns}c`);
  let carry = '';
  let lastRow = 0;
  for (let at = 0; at <= xml.length; at += TEXT_BYTES) {
    const last = at + TEXT_BYTES >= xml.length;
    const text = carry + decoder.decode(xml.subarray(at, at + TEXT_BYTES), { stream: !last });
    // The rows complete so far are read now; a row cut in two waits for the next piece.
    const close = text.lastIndexOf(rowTag.close);
    const end = last ? text.length : close < 0 ? 0 : close + rowTag.close.length;
    carry = text.slice(end);
    for (const row of rowTag.each(text, end)) {
      lastRow = Number(attr(row.attrs, 'r')) || lastRow + 1;
      yield { row: lastRow, cells: cellsOf(row.body, cellTag, shared) };
    }
    if (last) break;
  }
}

/** `x:` when the sheet writes its elements with a namespace prefix (some generators do), else ''. */
function namespacePrefix(xml: Uint8Array): string {
  const head = Buffer.from(xml.buffer, xml.byteOffset, Math.min(xml.byteLength, 4096)).toString('utf8');
  return /<(\w+:)?(?:worksheet|sheetData)\b/.exec(head)?.[1] ?? '';
}

/**
 * The elements of one name in a piece of XML, found with indexOf: a county roster has half
 * a million cells, and a regular expression per row and per cell made most of the garbage
 * (and so most of the memory) of reading one.
 */
class Tag {
  readonly open: string;
  readonly close: string;
  constructor(name: string) {
    this.open = `<${name}`;
    this.close = `</${name}>`;
  }

  *each(text: string, end = text.length): Generator<{ attrs: string; body: string }> {
    let at = 0;
    for (;;) {
      at = text.indexOf(this.open, at);
      if (at < 0 || at >= end) return;
      const after = text.charCodeAt(at + this.open.length);
      // `<c` must not match `<col`: the name ends at a space, `>` or `/`.
      if (after !== 32 && after !== 62 && after !== 47 && after !== 9 && after !== 10 && after !== 13) {
        at += this.open.length;
        continue;
      }
      const tagEnd = text.indexOf('>', at);
      if (tagEnd < 0) return;
      if (text.charCodeAt(tagEnd - 1) === 47) {
        yield { attrs: text.slice(at + this.open.length, tagEnd - 1), body: '' };
        at = tagEnd + 1;
        continue;
      }
      const closeAt = text.indexOf(this.close, tagEnd);
      if (closeAt < 0) return;
      yield { attrs: text.slice(at + this.open.length, tagEnd), body: text.slice(tagEnd + 1, closeAt) };
      at = closeAt + this.close.length;
    }
  }
}

function cellsOf(xml: string, cellTag: Tag, shared: string[]): string[] {
  const cells: string[] = [];
  let column = 0;
  for (const { attrs, body } of cellTag.each(xml)) {
    const ref = attr(attrs, 'r');
    column = ref ? columnNumber(ref) : column + 1;
    const type = attr(attrs, 't') ?? 'n';
    const v = cellValue(body);
    let text = '';
    if (type === 's') text = v === undefined ? '' : (shared[Number(v)] ?? '');
    else if (type === 'inlineStr') text = runText(body);
    else if (type === 'b') text = v === '1' ? 'true' : v === '0' ? 'false' : '';
    else if (v !== undefined) text = type === 'n' ? numberText(v) : decodeXml(v);
    while (cells.length < column - 1) cells.push('');
    cells[column - 1] = text;
  }
  return cells;
}

/** The text of a cell's `<v>`: found with indexOf, as there are half a million of them in a county roster. */
function cellValue(body: string): string | undefined {
  const open = body.indexOf('<v>');
  if (open >= 0) {
    const close = body.indexOf('</v>', open);
    return close < 0 ? undefined : body.slice(open + 3, close);
  }
  return body.includes('v>') ? /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1] : undefined;
}

/** Whole numbers as digits (a phone stored as a number reads 13800001111, not 1.38E+10); others as written. */
function numberText(v: string): string {
  if (/^-?\d+$/.test(v)) return v;
  const n = Number(v);
  return Number.isInteger(n) && Math.abs(n) < 1e15 ? String(n) : v;
}

function merges(xml: Uint8Array): MergeRange[] {
  // Only what follows the rows is decoded: <mergeCells> comes after </sheetData>.
  const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  const end = bytes.lastIndexOf('sheetData>');
  const tail = bytes.subarray(Math.max(end, 0)).toString('utf8');
  const ranges: MergeRange[] = [];
  for (const m of tail.matchAll(/<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/g)) {
    const left = columnNumber(m[1]);
    const top = Number(m[2]);
    ranges.push({ top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? columnNumber(m[3]) : left });
  }
  return ranges;
}

/** An attribute's value, found with indexOf (a regular expression per cell cost more than the rest of the reading). */
function attr(attrs: string, name: string): string | undefined {
  let at = attrs.indexOf(` ${name}="`);
  if (at < 0) {
    if (!attrs.startsWith(`${name}="`)) return undefined;
    at = -1;
  }
  const start = at + name.length + 3;
  const end = attrs.indexOf('"', start);
  return end < 0 ? undefined : attrs.slice(start, end);
}

/** A → 1, Z → 26, AA → 27; B3 → 2 (the row number is ignored). */
function columnNumber(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML entities, and Excel's `_x000D_` escapes for characters XML cannot hold. */
function decodeXml(text: string): string {
  if (!text.includes('&') && !text.includes('_x')) return text;
  return text
    .replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) =>
      e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e],
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
