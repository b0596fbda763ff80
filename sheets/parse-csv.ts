// CSV as Excel and WPS save it: quoted fields with "" inside, CRLF or LF, an optional BOM,
// comma- or tab-separated, and in China often GB18030 rather than UTF-8.

/** Decodes a file's bytes: UTF-8 when it is valid UTF-8, else GB18030 (Excel's "CSV" on Chinese Windows). */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes);
  }
  return text.replace(/^\ufeff/, '');
}

/** One record; `strayQuote` marks a line whose opening quote never closed (its cells are not read). */
export interface CsvRecord {
  cells: string[];
  strayQuote?: true;
}

/** How many lines at the top are looked at to learn how wide a row is. */
const SAMPLE_LINES = 10;

/**
 * Records of cells, one at a time; a quoted field may hold commas and line breaks (a cell typed with
 * Alt+Enter). A quote that opens and never closes would swallow every line after it into
 * one cell; so would a stray quote closed by another one lines later. Both are caught: a
 * quoted field that runs to the end of the file, or whose continuation lines look like
 * rows of their own (about as many separators as a row has), makes its first line a
 * `strayQuote` record, and reading starts again on the next line. Each line after it is
 * then read, and imported or reported, on its own.
 */
export function* parseCsv(text: string): Generator<CsvRecord> {
  const firstLine = text.slice(0, text.search(/\r?\n/) >>> 0);
  const sep = (firstLine.match(/\t/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? '\t' : ',';
  const widest = Math.max(0, ...text.split(/\r?\n/, SAMPLE_LINES).map((l) => l.split(sep).length - 1));
  // A continuation line with at least this many separators is taken for a swallowed row.
  const rowLike = Math.max(1, Math.ceil(widest / 2));

  let i = 0;
  while (i < text.length) {
    const start = i;
    const record = readRecord(text, i, sep);
    if (record.quotedLines.length && (record.unclosed || record.quotedLines.some((l) => countOf(l, sep) >= rowLike))) {
      yield { cells: [], strayQuote: true };
      i = nextLine(text, start);
      continue;
    }
    yield { cells: record.cells };
    i = record.end;
  }
}

interface RawRecord {
  cells: string[];
  /** Where the next record starts. */
  end: number;
  /** The lines after the first that a quoted field ran over. */
  quotedLines: string[];
  /** The file ended inside a quoted field. */
  unclosed: boolean;
}

function readRecord(text: string, from: number, sep: string): RawRecord {
  const cells: string[] = [];
  const quotedLines: string[] = [];
  // An unquoted field is one slice of the text; only a quoted one is built up piece by piece.
  let fieldStart = from;
  let built: string | null = null;
  let quoted = false;
  let lineStart = -1;
  const take = (end: number) => {
    cells.push(built === null ? text.slice(fieldStart, end) : built + text.slice(fieldStart, end));
    built = null;
  };
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        built = (built ?? '') + text.slice(fieldStart, i);
        if (text[i + 1] === '"') {
          built += '"';
          i++;
          fieldStart = i + 1;
          continue;
        }
        quoted = false;
        fieldStart = i + 1;
        if (lineStart >= 0) {
          quotedLines.push(text.slice(lineStart, i));
          lineStart = -1;
        }
      } else if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
        if (lineStart >= 0) quotedLines.push(text.slice(lineStart, i).replace(/\r$/, ''));
        lineStart = i + 1;
      }
    } else if (c === '"' && i === fieldStart && built === null) {
      quoted = true;
      fieldStart = i + 1;
    } else if (c === sep) {
      take(i);
      fieldStart = i + 1;
    } else if (c === '\n' || c === '\r') {
      take(i);
      return { cells, end: c === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1, quotedLines, unclosed: false };
    }
  }
  if (quoted && lineStart >= 0) quotedLines.push(text.slice(lineStart));
  take(text.length);
  return { cells, end: text.length, quotedLines, unclosed: quoted };
}

function nextLine(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  const r = text.indexOf('\r', from);
  const at = n < 0 ? r : r < 0 ? n : Math.min(n, r);
  if (at < 0) return text.length;
  return text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
}

function countOf(line: string, sep: string): number {
  let n = 0;
  for (const ch of line) if (ch === sep) n++;
  return n;
}
