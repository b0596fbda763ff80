// The one calendar of the bot: Asia/Shanghai. China has had no daylight saving since 1991, so a
// day is the UTC instant shifted by eight hours: exact, no time-zone database, no Intl on the hot
// path of every check-in, and independent of the server's own zone.
//
// Two forms of a day. Stored and compared, a day is 'YYYY-MM-DD' (visit days, deadlines, run
// keys). Inside the parser it is a CivilDate of plain integers, so that reading 下周三 or 3天内
// makes no Date objects.

export const SHANGHAI_TIMEZONE = 'Asia/Shanghai';

const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** The Shanghai calendar day of an instant. */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Shanghai day starts (00:00 +08:00). */
export function dayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS);
}

/** The instant of a Shanghai wall-clock time on a day. */
export function atShanghai(day: string, minuteOfDay: number): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS + minuteOfDay * 60_000);
}

/** Minutes since Shanghai midnight. */
export function shanghaiMinuteOfDay(at: Date): number {
  const shifted = new Date(at.getTime() + OFFSET_MS);
  return shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
}

/** 'HH:MM' of an instant in Shanghai, for logs and previews. */
export function shanghaiClock(at: Date): string {
  const m = shanghaiMinuteOfDay(at);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday, as in cron. */
export function weekdayOf(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** The Monday-to-Sunday week holding a day (Chinese weeks start on Monday). */
export function weekOf(day: string): { monday: string; sunday: string } {
  const monday = addDays(day, -((weekdayOf(day) + 6) % 7));
  return { monday, sunday: addDays(monday, 6) };
}

export function dayParts(day: string): { year: number; month: number; date: number } {
  const [year, month, date] = day.split('-').map(Number);
  return { year, month, date };
}

/** `11月30日`, the way a receipt says a day. */
export function monthDay(day: string): string {
  return `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
}

/** `11/30`, the way a one-line ledger row says a day. */
export function shortDay(day: string): string {
  return `${Number(day.slice(5, 7))}/${Number(day.slice(8, 10))}`;
}

export interface CivilDate {
  y: number;
  m: number; // 1-12
  d: number;
}

// Day arithmetic on plain integers (days since 1970-01-01, proleptic Gregorian), after
// Howard Hinnant's civil-date algorithms: no Date objects on the hot path.
function daysFromCivil(date: CivilDate): number {
  const y = date.m <= 2 ? date.y - 1 : date.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (date.m + (date.m > 2 ? -3 : 9)) + 2) / 5) + date.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

/** The Shanghai calendar day of an instant; an invalid instant falls back to the epoch day, never throws. */
export function shanghaiToday(now: Date): CivilDate {
  const ms = now instanceof Date ? now.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) return { y: 1970, m: 1, d: 1 };
  return civilFromDays(Math.floor((ms + OFFSET_MS) / DAY_MS));
}

/** A real calendar day, or null for 2月30日 and other impossible dates. */
export function civilDate(y: number, m: number, d: number): CivilDate | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > lastDayOfMonth(y, m)) return null;
  return { y, m, d };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function lastDayOfMonth(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 && leap ? 29 : MONTH_DAYS[m - 1];
}

export function addCivilDays(date: CivilDate, n: number): CivilDate {
  return civilFromDays(daysFromCivil(date) + n);
}

/** Same day n months later, clamped to the month's end (1月31日 + 1 month = 2月28日). */
export function addMonths(date: CivilDate, n: number): CivilDate {
  const total = date.y * 12 + (date.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(date.d, lastDayOfMonth(y, m)) };
}

/** 0 = Monday … 6 = Sunday: Chinese weeks start on Monday. */
export function weekdayIndex(date: CivilDate): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((daysFromCivil(date) + 3) % 7) + 7) % 7;
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function toIso(date: CivilDate): string {
  return `${String(date.y).padStart(4, '0')}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
}
