/**
 * Cuts a reply into pieces of at most `max` characters, at line breaks, in order, so a long
 * ledger or digest reads on a phone as several whole messages rather than one truncated one.
 * A single line longer than `max` is cut inside the line (nothing is dropped).
 */
export function splitText(text: string, max = 1500): string[] {
  if (max < 1) throw new RangeError('max must be at least 1');
  // Count characters, not UTF-16 units: a cut must never split a surrogate pair (emoji).
  const length = (s: string) => [...s].length;
  if (length(text) <= max) return [text];
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    // Blank lines at a cut carry nothing; a piece that is only whitespace is not sent.
    const piece = current.replace(/^\n+|\n+$/g, '');
    if (piece.trim()) pieces.push(piece);
    current = '';
  };
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (length(candidate) <= max) {
      current = candidate;
      continue;
    }
    flush();
    if (length(line) <= max) {
      current = line;
      continue;
    }
    const chars = [...line];
    for (let i = 0; i < chars.length; i += max) {
      current = chars.slice(i, i + max).join('');
      if (i + max < chars.length) flush();
    }
  }
  flush();
  return pieces.length ? pieces : [text];
}
