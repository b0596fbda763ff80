import { maskPii } from '../core/mask-pii.ts';

/**
 * A sheet row with every text cell masked the way the bot masks what it sends. An export
 * is forwarded and printed; a number typed into any field (a description, a note, even a
 * name column) must not come out whole there.
 */
export function maskRow(values: Array<string | number | null>): Array<string | number | null> {
  return values.map((v) => (typeof v === 'string' ? maskPii(v) : v));
}
