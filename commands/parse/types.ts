// The parser's output: the contract of `cli parse --json` (docs/checkin-language.md).
// Every field is always present; a missing value is null.
import type { IdentityRequest, ParsedIssue, ParsedVisit, ParseError, ParseWarning, Target } from '../../core/checkin.ts';


export type Kind =
  | 'visit'
  | 'issue'
  | 'progress'
  | 'close'
  | 'ledger'
  | 'stats'
  | 'help'
  | 'faq'
  | 'none'
  // Commands beyond the scored contract (admin and FAQ upkeep).
  | 'bind'
  | 'pending'
  | 'answer'
  // Who is who: claiming a roster name, claim codes, unlinking.
  | 'claim'
  | 'claimCode'
  | 'unlink';

export interface ParseResult {
  kind: Kind;
  ok: boolean;
  errors: ParseError[];
  visit: ParsedVisit | null;
  issues: ParsedIssue[];
  target: Target | null;
  /** Always present; empty for most messages. Not part of the scored contract. */
  warnings: ParseWarning[];
  /** The message ends in `确认`: the sender stands by the dates the warnings are about. */
  confirmed: boolean;
  /** For `faq`: the question without its marker or @-mention. */
  question?: string | null;
  /**
   * For `issue`, `ledger`, `stats`, `bind`: a village named in the message;
   * for `issue` also the group (`4组`) and household when written.
   */
  village?: string | null;
  group?: string | null;
  household?: string | null;
  /** For `bind`: the scope word (`乡镇` for a township group). */
  scope?: 'village' | 'township' | null;
  /** For `answer`: the text of the answer. */
  text?: string | null;
  /** For `claim`, `claimCode`, `unlink`: what is asked, of whom. */
  identity?: IdentityRequest | null;
}

