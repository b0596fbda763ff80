// The day a visit happened. Visits are in the past, so a date written without a year
// (`11月20日`) is the latest such day not after today: on 1月4日, `12月30日` is last year's.
import { addDays, civilDate, compareDates, toIso, weekdayIndex, type CivilDate } from './shanghai-date.ts';

const RELATIVE_DAYS: Readonly<Record<string, number>> = { 今天: 0, 今日: 0, 昨天: -1, 昨日: -1, 前天: -2, 大前天: -3 };
const FULL_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/;
const MONTH_DAY = /^(\d{1,2})\s*(?:月\s*(\d{1,2})\s*[日号]?|[./-](\d{1,2}))$/;
const WEEKDAY = /^(上)?(?:周|星期|礼拜)([一二三四五六日天1-7])$/;
/** `11月20日上午`: the time of day says nothing about the date. */
const TIME_OF_DAY = /(?:上午|下午|晚上|早上|中午|傍晚|晚间)$/;

/** Every date form has a digit or one of these; most pieces have neither. */
const MAY_BE_DATE = /[月./\-年天日周期拜]/;
const WEEKDAY_INDEX: Readonly<Record<string, number>> = {
  一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6, '1': 0, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6,
};

/** Walks back year by year so 2月29日 still finds the last leap year. */
function latestNotAfter(month: number, day: number, today: CivilDate): CivilDate | null {
  for (let y = today.y; y >= today.y - 8; y--) {
    const date = civilDate(y, month, day);
    if (date && compareDates(date, today) <= 0) return date;
  }
  return null;
}

/** The ISO day a visit-date word names (`昨天`, `11月20号`, `2026/12/04`, `周二`), or null. */
export function parseVisitDate(raw: string, today: CivilDate): string | null {
  if (!MAY_BE_DATE.test(raw)) return null;
  const text = raw.trim().replace(TIME_OF_DAY, '');
  if (text in RELATIVE_DAYS) return toIso(addDays(today, RELATIVE_DAYS[text]));
  let m = FULL_DATE.exec(text);
  if (m) {
    const date = civilDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? toIso(date) : null;
  }
  m = MONTH_DAY.exec(text);
  if (m) {
    const date = latestNotAfter(Number(m[1]), Number(m[2] ?? m[3]), today);
    return date ? toIso(date) : null;
  }
  m = WEEKDAY.exec(text);
  if (m) {
    const back = (weekdayIndex(today) - WEEKDAY_INDEX[m[2]] + 7) % 7;
    return toIso(addDays(today, -(m[1] ? back + 7 : back)));
  }
  return null;
}
