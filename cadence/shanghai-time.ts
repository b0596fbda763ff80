// Calendar arithmetic in Asia/Shanghai. China has had no daylight saving since 1991, so a
// fixed +08:00 offset is exact and keeps the cadence independent of the server's zone.

const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

export const CADENCE_TIMEZONE = 'Asia/Shanghai';

/** The calendar day ('YYYY-MM-DD') an instant falls on in Shanghai. */
export function shanghaiDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Minutes since Shanghai midnight. */
export function shanghaiMinuteOfDay(at: Date): number {
  const shifted = new Date(at.getTime() + OFFSET_MS);
  return shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
}

/** The instant of a Shanghai wall-clock time on a day. */
export function atShanghai(day: string, minuteOfDay: number): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS + minuteOfDay * 60_000);
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

export function dayParts(day: string): { year: number; month: number; date: number } {
  const [year, month, date] = day.split('-').map(Number);
  return { year, month, date };
}

/** 'HH:MM' of an instant in Shanghai, for logs and previews. */
export function shanghaiClock(at: Date): string {
  const m = shanghaiMinuteOfDay(at);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
