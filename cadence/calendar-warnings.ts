import { shanghaiDay } from '../core/shanghai-calendar.ts';
import { calendarText } from '../prompts/cadence.ts';
import type { WorkCalendar } from './work-calendar.ts';

/**
 * What an operator must be told about the calendar at `now`: the current or next year has no
 * published holiday arrangement, so the cadence is running on the fixed statutory days.
 * Shown at start (log), in GET /health and in `cli remind`.
 */
export function calendarWarnings(calendar: WorkCalendar, now: Date): string[] {
  const missing = calendar.missingYears(shanghaiDay(now));
  return missing.length ? [calendarText.missingYears(missing)] : [];
}
