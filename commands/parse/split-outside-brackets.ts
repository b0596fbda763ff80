// Splits a line at separators, except inside brackets: `饮水×（水压不足，需加压）` is one
// piece though it holds a comma.

export interface Piece {
  text: string;
  start: number;
  /** The separator run that followed the piece ('' at the end). */
  sep: string;
}

/** +1 for an opening bracket, -1 for a closing one, 0 otherwise. */
function bracket(code: number): number {
  switch (code) {
    case 0x28:
    case 0xff08:
    case 0x3010:
    case 0x5b:
      return 1; // ( （ 【 [
    case 0x29:
    case 0xff09:
    case 0x3011:
    case 0x5d:
      return -1; // ) ） 】 ]
    default:
      return 0;
  }
}

export function splitOutsideBrackets(text: string, isSeparator: (code: number) => boolean): Piece[] {
  const pieces: Piece[] = [];
  let depth = 0;
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const b = bracket(code);
    if (b) depth = Math.max(0, depth + b);
    else if (depth === 0 && isSeparator(code)) {
      let j = i;
      while (j < text.length && isSeparator(text.charCodeAt(j))) j++;
      if (i > start) pieces.push({ text: text.slice(start, i), start, sep: text.slice(i, j) });
      else if (pieces.length) pieces[pieces.length - 1].sep += text.slice(i, j);
      start = j;
      i = j;
      continue;
    }
    i++;
  }
  if (start < text.length) pieces.push({ text: text.slice(start), start, sep: '' });
  return pieces;
}

/** Where the piece starting at `pos` ends: the next separator outside brackets. */
export function pieceEnd(text: string, pos: number, isSeparator: (code: number) => boolean): number {
  let depth = 0;
  for (let i = pos; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const b = bracket(code);
    if (b) depth = Math.max(0, depth + b);
    else if (depth === 0 && isSeparator(code)) return i;
  }
  return text.length;
}
