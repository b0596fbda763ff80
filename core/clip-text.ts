import { maskPii, type MaskPii } from './mask-pii.ts';

/**
 * Shortens a line for a one-line view (a `#台账` row, a reminder item), masking first: a
 * number cut short is no longer recognisable as a phone or ID, so masking after the cut
 * would show most of it. At most `max` characters, the last one `…` when cut.
 */
export function clipText(text: string, max: number, mask: MaskPii = maskPii): string {
  const chars = [...mask(text)];
  return chars.length > max ? `${chars.slice(0, Math.max(0, max - 1)).join('')}…` : chars.join('');
}
