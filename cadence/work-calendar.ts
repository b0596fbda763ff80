import chineseDays from 'chinese-days';
import { addDays, dayParts, weekdayOf } from '../core/shanghai-calendar.ts';
import { type StatutoryHoliday, statutoryHolidays } from './statutory-holidays.ts';

/** Why a day is not a workday. */
export type DayOff =
  | { kind: 'extra' }
  | { kind: 'weekend' }
  /** From the published arrangement (chinese-days). */
  | { kind: 'holiday'; name: string }
  /** A fixed statutory day, for a year with no published arrangement. */
  | { kind: 'statutory'; name: StatutoryHoliday };

export interface WorkCalendar {
  isWorkday(day: string): boolean;
  /** The day itself when it is a workday, else the first workday after it. */
  nextWorkday(day: string): string;
  /** Why `day` is off, or null for a workday. */
  dayOff(day: string): DayOff | null;
  /** Of the year of `day` and the next, those with no published holiday arrangement. */
  missingYears(day: string): number[];
}

/** Whether chinese-days holds the State Council's arrangement for `year`. */
const publishedYears = new Map<number, boolean>();
export function hasHolidayData(year: number): boolean {
  let known = publishedYears.get(year);
  if (known === undefined) {
    // Every published year has weekday holidays; a year without data has none at all.
    known = chineseDays.getHolidaysInRange(`${year}-01-01`, `${year}-12-31`, false).length > 0;
    publishedYears.set(year, known);
  }
  return known;
}

/**
 * Workdays as the State Council publishes them (chinese-days: weekends, statutory holidays
 * and 调休 make-up days), adjusted by local dates from config. A date in both lists is a
 * holiday: when in doubt the bot stays quiet. A year chinese-days does not know yet falls
 * back to the fixed statutory days (statutoryHolidays), so 元旦 and 除夕 are never workdays
 * just because the package is older than the year; `missingYears` says so for the warnings.
 */
export function createWorkCalendar(options: { extraHolidays?: readonly string[]; extraWorkdays?: readonly string[] } = {}): WorkCalendar {
  const holidays = new Set(options.extraHolidays ?? []);
  const workdays = new Set(options.extraWorkdays ?? []);
  const cache = new Map<string, DayOff | null>();
  const fallback = new Map<number, Map<string, StatutoryHoliday>>();

  function statutory(year: number): Map<string, StatutoryHoliday> {
    let days = fallback.get(year);
    if (!days) {
      days = statutoryHolidays(year);
      fallback.set(year, days);
    }
    return days;
  }

  function lookUp(day: string): DayOff | null {
    const { year, month, date } = dayParts(day);
    const weekend = weekdayOf(day) === 0 || weekdayOf(day) === 6;
    if (!hasHolidayData(year)) {
      const name = statutory(year).get(day);
      if (name) return { kind: 'statutory', name };
      return weekend ? { kind: 'weekend' } : null;
    }
    // chinese-days reads a Date with local getters; local noon names the same day in any zone.
    const local = new Date(year, month - 1, date, 12);
    if (chineseDays.isWorkday(local)) return null;
    // "National Day,国庆节,3" for a holiday, "Saturday" for a plain weekend.
    const name = chineseDays.getDayDetail(local).name.split(',')[1];
    return name ? { kind: 'holiday', name } : { kind: 'weekend' };
  }

  function dayOff(day: string): DayOff | null {
    if (holidays.has(day)) return { kind: 'extra' };
    if (workdays.has(day)) return null;
    if (!cache.has(day)) cache.set(day, lookUp(day));
    return cache.get(day) ?? null;
  }

  const isWorkday = (day: string) => dayOff(day) === null;

  function nextWorkday(day: string): string {
    let d = day;
    // A year of non-workdays can only come from a broken EXTRA_HOLIDAYS; stop there.
    for (let i = 0; i < 366 && !isWorkday(d); i++) d = addDays(d, 1);
    return d;
  }

  function missingYears(day: string): number[] {
    const { year } = dayParts(day);
    return [year, year + 1].filter((y) => !hasHolidayData(y));
  }

  return { isWorkday, nextWorkday, dayOff, missingYears };
}
