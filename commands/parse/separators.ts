// Where one piece of a message ends. Compared by character code: this runs for every
// character of every message, and a Set of one-character strings costs a hash each time.

const SPACE = 0x20,
  TAB = 0x09,
  NEWLINE = 0x0a,
  COMMA = 0x2c,
  SEMICOLON = 0x3b,
  BANG = 0x21,
  BAR = 0x7c;
const FULL_COMMA = 0xff0c,
  FULL_SEMICOLON = 0xff1b,
  FULL_BANG = 0xff01,
  FULL_STOP = 0x3002,
  ENUMERATION_COMMA = 0x3001;

function isCommon(code: number): boolean {
  return (
    code === SPACE ||
    code === TAB ||
    code === COMMA ||
    code === FULL_COMMA ||
    code === SEMICOLON ||
    code === FULL_SEMICOLON ||
    code === FULL_STOP
  );
}

/** Between the fields of a visit line: `王德福 三星村4组、脱贫户，收入√|吃穿√`. */
export function isFieldSeparator(code: number): boolean {
  return isCommon(code) || code === ENUMERATION_COMMA || code === BANG || code === FULL_BANG || code === BAR;
}

/** Between the clauses of an item: `、` stays inside (`王队、李书记`), a line break separates. */
export function isClauseSeparator(code: number): boolean {
  return isCommon(code) || code === NEWLINE || code === BANG || code === FULL_BANG;
}

/** Between the leading words of a report, where a place is looked for. */
export function isWordSeparator(code: number): boolean {
  return isCommon(code) || code === NEWLINE || code === ENUMERATION_COMMA;
}

/** Character codes of the first characters of some words, for a cheap "can a word start here". */
export function firstCodes(words: Iterable<string>): Set<number> {
  const codes = new Set<number>();
  for (const word of words) codes.add(word.charCodeAt(0));
  return codes;
}
