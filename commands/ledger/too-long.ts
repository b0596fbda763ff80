import { common } from '../../prompts/common.ts';
import type { HandlerResult } from '../handler.ts';

/**
 * A check-in is one household; anything longer than this is a paste gone wrong (or several
 * visits in one message). It stays in the inbox as typed, and the sender is asked to split it.
 */
export const MAX_CHECKIN_CHARS = 2000;

export function tooLong(text: string): HandlerResult | null {
  if (text.length <= MAX_CHECKIN_CHARS) return null;
  return { replies: [{ text: common.tooLong(MAX_CHECKIN_CHARS) }], status: 'rejected', reason: `too long: ${text.length} chars` };
}
