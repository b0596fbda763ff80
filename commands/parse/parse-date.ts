// The day a visit happened. Visits are in the past, so a date written without a year
// (`11月20日`) is the latest such day not after today: on 1月4日, `12月30日` is last year's.
// A day that does not exist (`2月30日`, `13月1日`) is a fault with its reason, never rolled over.
import type { DateFault } from './date-read.ts';
import { impossibleDateReason } from './impossible-date.ts';
import { addCivilDays, civilDate, toIso, weekdayIndex, type CivilDate } from '../../core/shanghai-calendar.ts';
import { WEEKDAY_INDEX } from './weekday-index.ts';

const RELATIVE_DAYS: Readonly<Record<string, number>> = { 今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 前天: -2, 大前天: -3 };
const FULL_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;
const MONTH_DAY = /^(\d{1,2})\s*(?:月\s*(\d{1,2})\s*[日号]?|[./-](\d{1,2}))$/;
const WEEKDAY = /^(上)?(?:周|星期|礼拜)([一二三四五六日天1-7])$/;
/** `11月20日上午`: the time of day says nothing about the date. */
const TIME_OF_DAY = /(?:上午|下午|晚上|早上|中午|傍晚|晚间)$/;

/** Every date form has a digit or one of these; most pieces have neither. */
const MAY_BE_DATE = /[月./\-年天日周期拜]/;

/** This year's day if not after today, else last year's; 2月29日 of a year without one is a fault. */
function latestNotAfter(month: number, day: number, today: CivilDate): string | DateFault {
  const never = impossibleDateReason(null, month, day);
  if (never) return { fault: never };
  const year = month < today.m || (month === today.m && day <= today.d) ? today.y : today.y - 1;
  const date = civilDate(year, month, day);
  return date ? toIso(date) : { fault: impossibleDateReason(year, month, day) ?? `${year}年${month}月没有${day}日` };
}

/**
 * The ISO day a visit-date word names (`昨天`, `11月20号`, `2026/12/04`, `周二`), the fault
 * of one that names no day (`2月30日`), or null when the word is no date at all.
 */
export function parseVisitDate(raw: string, today: CivilDate): string | DateFault | null {
  if (!MAY_BE_DATE.test(raw)) return null;
  const text = raw.trim().replace(TIME_OF_DAY, '');
  if (text in RELATIVE_DAYS) return toIso(addCivilDays(today, RELATIVE_DAYS[text]));
  let m = FULL_DATE.exec(text);
  if (m) {
    const [y, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const reason = impossibleDateReason(y, month, day);
    if (reason) return { fault: reason };
    const date = civilDate(y, month, day);
    return date ? toIso(date) : null;
  }
  m = MONTH_DAY.exec(text);
  if (m) return latestNotAfter(Number(m[1]), Number(m[2] ?? m[3]), today);
  m = WEEKDAY.exec(text);
  if (m) {
    const back = (weekdayIndex(today) - WEEKDAY_INDEX[m[2]] + 7) % 7;
    return toIso(addCivilDays(today, -(m[1] ? back + 7 : back)));
  }
  return null;
}
