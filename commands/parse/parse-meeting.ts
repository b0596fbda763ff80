// `#院坝会 三星村2组 12月5日 参会32人 意见：路灯不亮；低保评议要公开` and `#恳谈会 … 纪要：… 意见：…`:
// the place and the day first, the attendance, then the minutes and the opinions after their keys.
import type { ParseError } from '../../core/checkin.ts';
import type { CivilDate } from '../../core/shanghai-calendar.ts';
import { toIso } from '../../core/shanghai-calendar.ts';
import { meetingText as t } from '../../prompts/meeting.ts';
import { parseVisitDate } from './parse-date.ts';
import { findLeadingPlace } from './parse-issue.ts';

export interface MeetingFields {
  village: string | null;
  group: string | null;
  /** The day it was held (today when not written). */
  heldOn: string;
  attendees: number | null;
  minutes: string | null;
  opinions: string[];
  errors: ParseError[];
}

const keyPattern = (words: string[]) => new RegExp(`(?:^|\\s)(?:${words.join('|')})[:：]`);

export function parseMeeting(body: string, today: CivilDate): MeetingFields {
  const out: MeetingFields = { village: null, group: null, heldOn: toIso(today), attendees: null, minutes: null, opinions: [], errors: [] };
  const text = body.trim();
  const opinionsAt = keyPattern(t.opinionsKey).exec(text);
  const minutesAt = keyPattern(t.minutesKey).exec(text);
  const cuts = [opinionsAt?.index, minutesAt?.index].filter((i): i is number => i !== undefined);
  const head = cuts.length ? text.slice(0, Math.min(...cuts)) : text;
  // Each keyed part runs to the next key or the end.
  const part = (at: RegExpExecArray | null, other: RegExpExecArray | null) => {
    if (!at) return '';
    const start = at.index + at[0].length;
    const end = other && other.index > at.index ? other.index : text.length;
    return text.slice(start, end).trim();
  };
  out.opinions = part(opinionsAt, minutesAt)
    .split(/[；;。\n]|(?:\s*\d+[、.．]\s*)/)
    .map((s) => s.trim())
    .filter(Boolean);
  out.minutes = part(minutesAt, opinionsAt) || null;

  const place = findLeadingPlace(head);
  out.village = place?.village ?? null;
  out.group = place?.group ?? null;
  for (const piece of head.split(/\s+/).filter(Boolean)) {
    const count = /^(?:参会|到会|参加)?(\S*?)人$/.exec(piece);
    if (count) {
      const n = Number(count[1]);
      if (Number.isInteger(n) && n > 0) out.attendees = n;
      else out.errors.push({ field: 'attendees', message: t.errors.attendees(piece) });
      continue;
    }
    const day = parseVisitDate(piece, today);
    if (typeof day === 'string') out.heldOn = day;
    else if (day) out.errors.push({ field: 'heldOn', message: t.errors.date(piece, day.fault) });
  }
  if (!out.opinions.length && !out.minutes) out.errors.push({ field: 'opinions', message: t.errors.nothing });
  return out;
}
