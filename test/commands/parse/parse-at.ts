// Test helper: parse a message as if sent at a given instant (default: Sunday 2026-11-22, 09:00 in Shanghai).
import { parseMessage } from '../../../commands/parse/parse-message.ts';
import type { ParseResult } from '../../../commands/parse/types.ts';

export const SUNDAY_NOV_22 = '2026-11-22T09:00:00+08:00';

export function parseAt(text: string, now: string = SUNDAY_NOV_22, opts?: { mentionsBot?: boolean }): ParseResult {
  return parseMessage(text, new Date(now), opts);
}
