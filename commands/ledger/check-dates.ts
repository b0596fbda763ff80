import { splitConfirmation } from '../parse/confirm-marker.ts';
import type { ParseError, ParseWarning } from '../../core/checkin.ts';
import { dateCheckText } from '../../prompts/date-check.ts';
import type { HandlerResult } from '../handler.ts';
import { shanghaiDay } from '../../core/shanghai-calendar.ts';
import { maskedReply } from './masked-reply.ts';

export interface DateReading {
  errors: readonly ParseError[];
  warnings: readonly ParseWarning[];
  confirmed: boolean;
}

const DATE_FIELDS = new Set(['dueOn', 'visitedOn']);

/** The command word whose `#帮助` page shows the dates it takes. */
const HELP_WORD = { visit: '走访', issue: '问题', progress: '进展' } as const;

/** The message as sent, with the confirmation the parser recognises at its end. */
export function withConfirmation(text: string): string {
  const trimmed = text.trim();
  return trimmed.includes('\n') ? `${trimmed}\n确认` : `${trimmed} 确认`;
}

/** A note's text without the 确认 that confirmed its dates. */
export function withoutConfirmation(text: string): string {
  return splitConfirmation(text).body.trim();
}

/**
 * Before anything is stored: a date that does not exist is refused with the reason, and a
 * deadline already past or a visit dated ahead is stored only when the message ends in 确认.
 * Null when the dates may be stored as they are.
 */
export function checkDates(read: DateReading, msg: { text: string; sentAt: Date }, what: keyof typeof HELP_WORD): HandlerResult | null {
  const bad = read.errors.filter((e) => DATE_FIELDS.has(e.field));
  if (bad.length) {
    return {
      replies: [maskedReply(dateCheckText.fixAndResend(bad, HELP_WORD[what]))],
      status: 'rejected',
      reason: `${what}: impossible ${bad.map((e) => e.field).join(',')}`,
    };
  }
  if (read.warnings.length && !read.confirmed) {
    const text = dateCheckText.confirm(read.warnings, shanghaiDay(msg.sentAt), withConfirmation(msg.text));
    const dates = read.warnings.map((w) => `${w.field} ${w.date}`).join(', ');
    return { replies: [maskedReply(text)], status: 'rejected', reason: `${what}: awaiting confirmation of ${dates}` };
  }
  return null;
}
