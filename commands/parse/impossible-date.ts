// Why a written date does not exist (`2月没有30日`, `没有13月`). A date that does not exist is
// a slip of the thumb; reading it as the nearest real day (2月30日 → 3月2日) would store a
// deadline nobody wrote, so the parser refuses it and says why.
import { lastDayOfMonth } from '../../core/shanghai-calendar.ts';

/** The reason, or null when the date exists. `year` null: a date written without one (2月29日 may exist). */
export function impossibleDateReason(year: number | null, month: number, day: number): string | null {
  if (month < 1 || month > 12) return `没有${month}月`;
  if (day < 1) return `没有${day}日`;
  const last = year === null ? (month === 2 ? 29 : lastDayOfMonth(2001, month)) : lastDayOfMonth(year, month);
  if (day <= last) return null;
  return year !== null && month === 2 && day === 29 ? `${year}年2月没有29日` : `${month}月没有${day}日`;
}
