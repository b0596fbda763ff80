// Village names sit in a column beside the bars; a long one ("城关镇黄泥坝社区居委会") would
// push the bars off the picture, so it is cut and ends in '…'.

/** Width of one character in em: Chinese and full-width forms are one em, Latin letters and digits about half. */
export function charEm(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x2e80 ? 0.55 : 1;
}

/** Width of a text in em (see charEm). */
export function textEm(text: string): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em;
}

/** The text if it fits in `maxEm`, otherwise its start and '…', together no wider than `maxEm`. */
export function truncateLabel(text: string, maxEm: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (textEm(clean) <= maxEm) return clean;
  let out = '';
  let em = 1; // room for the '…'
  for (const char of clean) {
    if (em + charEm(char) > maxEm) break;
    out += char;
    em += charEm(char);
  }
  return `${out}…`;
}
