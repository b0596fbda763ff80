import { Lunar, type Solar } from 'lunar-typescript';
import { addDays } from '../core/shanghai-calendar.ts';

/** The fixed statutory holidays the fallback knows, by the name the warning uses. */
export type StatutoryHoliday = '元旦' | '春节' | '清明' | '劳动节' | '端午' | '中秋' | '国庆';

const ymd = (s: Solar) => s.toYmd();

/**
 * A year's statutory days off as the law fixes them, for a year the State Council has not yet
 * published: 元旦 (1/1), 除夕 through 初三 (lunar), 清明 (the solar term), 劳动节 (only 5/1: the
 * rest of the five-day break is arranged each year), 端午 and 中秋 (lunar), 国庆 (10/1–10/7).
 * No 调休 make-up days: those are never fixed. Day → holiday name.
 */
export function statutoryHolidays(year: number): Map<string, StatutoryHoliday> {
  const out = new Map<string, StatutoryHoliday>();
  out.set(`${year}-01-01`, '元旦');
  // 除夕 is the day before 正月初一 (the twelfth month has 29 or 30 days).
  const newYear = ymd(Lunar.fromYmd(year, 1, 1).getSolar());
  for (let i = -1; i <= 2; i++) out.set(addDays(newYear, i), '春节');
  out.set(ymd(Lunar.fromYmd(year, 3, 1).getJieQiTable().清明), '清明');
  out.set(`${year}-05-01`, '劳动节');
  out.set(ymd(Lunar.fromYmd(year, 5, 5).getSolar()), '端午');
  out.set(ymd(Lunar.fromYmd(year, 8, 15).getSolar()), '中秋');
  for (let d = 1; d <= 7; d++) out.set(`${year}-10-0${d}`, '国庆');
  return out;
}
