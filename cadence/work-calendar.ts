import chineseDays from 'chinese-days';
import { addDays, dayParts } from '../core/shanghai-calendar.ts';

export interface WorkCalendar {
  isWorkday(day: string): boolean;
  /** The day itself when it is a workday, else the first workday after it. */
  nextWorkday(day: string): string;
}

/**
 * Workdays as the State Council publishes them (chinese-days: weekends, statutory holidays
 * and 调休 make-up days), adjusted by local dates from config. A date in both lists is a
 * holiday: when in doubt the bot stays quiet.
 */
export function createWorkCalendar(options: { extraHolidays?: readonly string[]; extraWorkdays?: readonly string[] } = {}): WorkCalendar {
  const holidays = new Set(options.extraHolidays ?? []);
  const workdays = new Set(options.extraWorkdays ?? []);
  const cache = new Map<string, boolean>();

  function isWorkday(day: string): boolean {
    if (holidays.has(day)) return false;
    if (workdays.has(day)) return true;
    let known = cache.get(day);
    if (known === undefined) {
      // chinese-days reads a Date with local getters; local noon names the same day in any zone.
      const { year, month, date } = dayParts(day);
      known = chineseDays.isWorkday(new Date(year, month - 1, date, 12));
      cache.set(day, known);
    }
    return known;
  }

  function nextWorkday(day: string): string {
    let d = day;
    // A year of non-workdays can only come from a broken EXTRA_HOLIDAYS; stop there.
    for (let i = 0; i < 366 && !isWorkday(d); i++) d = addDays(d, 1);
    return d;
  }

  return { isWorkday, nextWorkday };
}
