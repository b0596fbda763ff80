import cron from 'node-cron';
import { BotError } from '../core/bot-error.ts';
import { addDays, atShanghai, SHANGHAI_TIMEZONE, dayParts, shanghaiDay, weekdayOf } from '../core/shanghai-calendar.ts';

export interface CronSchedule {
  expression: string;
  /** Minutes of the Shanghai day the expression fires at, ascending. */
  minutesOfDay: number[];
  matchesDay(day: string): boolean;
  /** Every instant the expression fires in [from, to], ascending. */
  slotsBetween(from: Date, to: Date): Date[];
}

const cache = new Map<string, CronSchedule>();

/**
 * A 5-field cron expression read with node-cron's own parser, so the scheduler and this
 * matcher agree on what an expression means (day-of-month AND day-of-week, as node-cron does).
 */
export function cronSchedule(expression: string, key = 'CRON'): CronSchedule {
  const cached = cache.get(expression);
  if (cached) return cached;
  const detail = cron.validateDetailed(expression);
  if (!detail.valid || !detail.fields) {
    const why = detail.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    throw new BotError(
      'CONFIG_INVALID',
      `${key} 不是有效的 cron 表达式：${expression}（${why}）`,
      `改正 ${key}，例如 ${key}=0 9 * * 1（每周一 9:00）`,
    );
  }
  const fields = detail.fields;
  const minutesOfDay = fields.hour.flatMap((h) => fields.minute.map((m) => h * 60 + m)).sort((a, b) => a - b);
  const numeric = [...fields.dayOfMonth, ...fields.dayOfWeek].every((v) => typeof v === 'number');
  const dom = new Set(fields.dayOfMonth);
  const dow = new Set(fields.dayOfWeek.map((d) => (d === 7 ? 0 : d)));
  const months = new Set(fields.month);
  // L, W, # and friends: ask node-cron itself about one instant of the day.
  let probe: ReturnType<typeof cron.createTask> | undefined;

  function matchesDay(day: string): boolean {
    if (numeric) {
      const { month, date } = dayParts(day);
      return months.has(month) && dom.has(date) && dow.has(weekdayOf(day));
    }
    probe ??= cron.createTask(expression, () => {}, { timezone: SHANGHAI_TIMEZONE, name: `cadence-probe:${expression}` });
    return probe.match(atShanghai(day, minutesOfDay[0]));
  }

  function slotsBetween(from: Date, to: Date): Date[] {
    const out: Date[] = [];
    for (let day = shanghaiDay(from); day <= shanghaiDay(to); day = addDays(day, 1)) {
      if (!matchesDay(day)) continue;
      for (const m of minutesOfDay) {
        const at = atShanghai(day, m);
        if (at >= from && at <= to) out.push(at);
      }
    }
    return out;
  }

  const schedule = { expression, minutesOfDay, matchesDay, slotsBetween };
  cache.set(expression, schedule);
  return schedule;
}

const DAY_MS = 24 * 3600_000;

/**
 * The period a run reports on, in whole Shanghai days: from the day of the slot before the
 * latest one at or before `now`, up to (not including) the latest slot's day — last week
 * for the Monday inspection, the last half month for the dispatch. A run moved past a
 * holiday still reports on its own slot's period.
 */
export function periodWindow(expression: string, now: Date, lookbackDays = 100): { from: Date; to: Date } {
  const slots = cronSchedule(expression).slotsBetween(new Date(now.getTime() - lookbackDays * DAY_MS), now);
  const last = slots.at(-1) ?? now;
  const before = slots.at(-2) ?? new Date(last.getTime() - 7 * DAY_MS);
  return { from: atShanghai(shanghaiDay(before), 0), to: atShanghai(shanghaiDay(last), 0) };
}
