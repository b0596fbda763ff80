import { addDays, atShanghai, shanghaiDay, shanghaiMinuteOfDay } from '../core/shanghai-calendar.ts';

export interface QuietHours {
  contains(at: Date): boolean;
  /** The first instant at or after `at` that is outside quiet hours. */
  endAfter(at: Date): Date;
  /** Minute of day (Shanghai) when quiet hours end. */
  endMinute: number;
}

const toMinute = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** Quiet hours from config ('21:00-07:30'); a range may wrap past midnight, an empty one is off. */
export function parseQuietHours(range: string): QuietHours {
  const [from, to] = range.split('-');
  const start = toMinute(from);
  const end = toMinute(to);
  const wraps = start > end;

  function contains(at: Date): boolean {
    if (start === end) return false;
    const m = shanghaiMinuteOfDay(at);
    return wraps ? m >= start || m < end : m >= start && m < end;
  }

  function endAfter(at: Date): Date {
    if (!contains(at)) return at;
    const day = shanghaiDay(at);
    const m = shanghaiMinuteOfDay(at);
    // In the evening part of a wrapping range the quiet ends tomorrow morning.
    return atShanghai(wraps && m >= start ? addDays(day, 1) : day, end);
  }

  return { contains, endAfter, endMinute: end };
}
