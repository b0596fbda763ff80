// The check-in parser: a pure function of (text, now) to a ParseResult, the contract in
// docs/checkin-language.md. No I/O, no clock of its own, no randomness; it never throws.
import { splitConfirmation } from './confirm-marker.ts';
import { dateWarnings } from './date-warnings.ts';
import { detectCommand, type Command } from './detect-command.ts';
import { detectFaq } from './detect-faq.ts';
import { badIssueNo, missingIssueNo, unreadable } from './error-messages.ts';
import { normalizeText } from './normalize-text.ts';
import { parseBind } from './parse-bind.ts';
import { parseClaim, parseClaimCode, parseUnlink } from './parse-identity.ts';
import { findLeadingPlace, parseIssueCommand } from './parse-issue.ts';
import { parseTarget } from './parse-target.ts';
import { parseVisit } from './parse-visit.ts';
import { shanghaiToday, toIso, type CivilDate } from '../../core/shanghai-calendar.ts';
import type { Kind, ParseResult } from './types.ts';

export interface ParseOptions {
  /**
   * What the platform says: true when the bot itself was @-mentioned (the message is a question
   * for it), false when it was not (other people's @names are then no question for the bot).
   * Left out when no platform has said (`cli parse`).
   */
  mentionsBot?: boolean;
}

const LEAD_PUNCTUATION = /^[\s:：,，、]+/;

function result(kind: Kind, extra: Partial<ParseResult> = {}): ParseResult {
  return { kind, ok: true, errors: [], visit: null, issues: [], target: null, warnings: [], confirmed: false, ...extra };
}

function parseCommand(command: Command, today: CivilDate): ParseResult {
  const body = command.body.replace(LEAD_PUNCTUATION, '');
  switch (command.kind) {
    case 'visit': {
      const { body: rest, confirmed } = splitConfirmation(body);
      const { visit, issues, errors } = parseVisit(rest, today);
      const warnings = dateWarnings(visit, issues, toIso(today));
      return result('visit', { ok: errors.length === 0, errors, visit, issues, warnings, confirmed });
    }
    case 'issue': {
      const { body: rest, confirmed } = splitConfirmation(body);
      const { issues, errors, village, group, household } = parseIssueCommand(rest, today);
      const warnings = dateWarnings(null, issues, toIso(today));
      return result('issue', { ok: errors.length === 0, errors, issues, village, group, household, warnings, confirmed });
    }
    case 'progress':
    case 'close':
    case 'answer': {
      const read = parseTarget(body);
      const target = read && 'issueNo' in read ? read : null;
      const extra = command.kind === 'answer' ? { text: target?.text ?? null } : {};
      if (!target) {
        const error = read && 'bad' in read ? badIssueNo(command.kind, read.bad) : missingIssueNo(command.kind);
        return result(command.kind, { ok: false, errors: [error], ...extra });
      }
      return result(command.kind, { target, ...extra });
    }
    case 'ledger':
    case 'stats': {
      const place = findLeadingPlace(body);
      return result(command.kind, { village: place?.village ?? null, group: place?.group ?? null });
    }
    case 'bind': {
      const { village, scope, errors } = parseBind(body);
      return result('bind', { ok: errors.length === 0, errors, village, scope });
    }
    case 'claim':
    case 'claimCode':
    case 'unlink': {
      const read = { claim: parseClaim, claimCode: parseClaimCode, unlink: parseUnlink }[command.kind];
      const { identity, errors } = read(body);
      return result(command.kind, { ok: errors.length === 0, errors, identity });
    }
    default:
      return result(command.kind);
  }
}

function parseUnsafe(raw: string, now: Date, opts: ParseOptions): ParseResult {
  const text = normalizeText(raw);
  const command = detectCommand(text);
  if (command) return parseCommand(command, shanghaiToday(now));
  const question = detectFaq(text, opts.mentionsBot);
  if (question !== null) return result('faq', { question: question || null });
  return result('none');
}

export function parseMessage(text: string, now: Date, opts: ParseOptions = {}): ParseResult {
  try {
    return parseUnsafe(typeof text === 'string' ? text : '', now, opts ?? {});
  } catch {
    // A parser bug must not lose the message: the router keeps it and the sender is asked to resend.
    // The property tests assert this branch is never reached.
    return result('none', { ok: false, errors: [unreadable()] });
  }
}
