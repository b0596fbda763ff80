// The check-in parser: a pure function of (text, now) to a ParseResult, the contract in
// docs/checkin-language.md. No I/O, no clock of its own, no randomness; it never throws.
import { shanghaiToday } from '../../core/shanghai-calendar.ts';
import { commandOf, type ParseResult } from '../registry.ts';
import { detectCommand } from './detect-command.ts';
import { detectFaq } from './detect-faq.ts';
import { unreadable } from './error-messages.ts';
import { normalizeText } from './normalize-text.ts';

export interface ParseOptions {
  /**
   * What the platform says: true when the bot itself was @-mentioned (the message is a question
   * for it), false when it was not (other people's @names are then no question for the bot).
   * Left out when no platform has said (`cli parse`).
   */
  mentionsBot?: boolean;
}

const LEAD_PUNCTUATION = /^[\s:：,，、]+/;

function parseUnsafe(raw: string, now: Date, opts: ParseOptions): ParseResult {
  const text = normalizeText(raw);
  const command = detectCommand(text);
  // The command's own module reads the text after its word.
  if (command) return commandOf(command.kind)!.parse(command.body.replace(LEAD_PUNCTUATION, ''), shanghaiToday(now));
  const question = detectFaq(text, opts.mentionsBot);
  if (question !== null) return commandOf('faq')!.parse(question, shanghaiToday(now));
  return { kind: 'none', ok: true, errors: [] };
}

export function parseMessage(text: string, now: Date, opts: ParseOptions = {}): ParseResult {
  try {
    return parseUnsafe(typeof text === 'string' ? text : '', now, opts ?? {});
  } catch {
    // A parser bug must not lose the message: the router keeps it and the sender is asked to resend.
    // The property tests assert this branch is never reached.
    return { kind: 'none', ok: false, errors: [unreadable()] };
  }
}
