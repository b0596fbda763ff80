// What a reader could piece together from an output: its digits with the separators people
// put between them taken out. A number counts as shown when eight characters in a row of it
// can be read there (a masked mobile shows 7, a masked ID 4 and 4).

const SEP = '[ \\u00a0\\u3000\\t\\-\\u2010-\\u2013\\uff0d.\\uff0e]';
const toAscii = (s: string) => s.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48));

export function digitStream(output: string): string {
  return toAscii(output)
    .toUpperCase()
    .replace(new RegExp(`(?<=[0-9X])${SEP}{1,3}(?=[0-9X])`, 'g'), '');
}

/** Throws when eight characters in a row of any of `numbers` can be read in `output`. */
export function expectNoPiece(output: string, numbers: string[]): void {
  const stream = digitStream(output);
  for (const number of numbers) {
    const v = number.toUpperCase();
    for (let k = 0; k + 8 <= v.length; k++) {
      if (stream.includes(v.slice(k, k + 8))) throw new Error(`${v.slice(k, k + 8)} of ${v} shows in ${JSON.stringify(output)}`);
    }
  }
}

/**
 * Throws on more than seven digits in a row. (A space
 * between two masked numbers, 138****5678 5101**********1234, does not join them: whether
 * a number shows through separators is what expectNoPiece checks.)
 */
export function expectShortRuns(output: string): void {
  for (const m of toAscii(output).matchAll(/\d{8,}/g)) {
    throw new Error(`${m[0].length} digits in a row, ${m[0]}, in ${JSON.stringify(output)}`);
  }
}
