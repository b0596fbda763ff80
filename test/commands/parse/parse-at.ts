// Test helper: parse a message as if sent at a given instant (default: Sunday 2026-11-22, 09:00 in Shanghai).
import type { ParsedIssue, ParsedVisit, ParseError, ParseWarning, Target, IdentityRequest } from '../../../core/checkin.ts';
import { parseMessage, type ParseOptions } from '../../../commands/parse/parse-message.ts';
import type { Kind, ParseResult } from '../../../commands/registry.ts';

export const SUNDAY_NOV_22 = '2026-11-22T09:00:00+08:00';

/**
 * A parse read as one shape: the contract's fields always there (a kind without them has null or
 * empty ones, as `cli parse` prints them), and the fields a kind adds when it has them.
 */
export interface FlatParse {
  kind: Kind;
  ok: boolean;
  errors: ParseError[];
  visit: ParsedVisit | null;
  issues: ParsedIssue[];
  target: Target | null;
  warnings: ParseWarning[];
  confirmed: boolean;
  question?: string | null;
  village?: string | null;
  group?: string | null;
  household?: string | null;
  scope?: 'village' | 'township' | null;
  text?: string | null;
  identity?: IdentityRequest | null;
}

export function flat(r: ParseResult): FlatParse {
  const { nameFirst: _n, ...own } = r as ParseResult & { nameFirst?: unknown };
  const text = r.kind === 'answer' ? { text: r.target?.text ?? null } : {};
  return { visit: null, issues: [], target: null, warnings: [], confirmed: false, ...own, ...text };
}

export function parseFlat(text: string, now: Date, opts?: ParseOptions): FlatParse {
  return flat(parseMessage(text, now, opts));
}

export function parseAt(text: string, now: string = SUNDAY_NOV_22, opts?: { mentionsBot?: boolean }): FlatParse {
  return parseFlat(text, new Date(now), opts);
}
