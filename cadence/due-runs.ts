import type { CronSchedule } from './cron-schedule.ts';
import type { QuietHours } from './quiet-hours.ts';
import { atShanghai, shanghaiDay, shanghaiMinuteOfDay } from '../core/shanghai-calendar.ts';
import type { WorkCalendar } from './work-calendar.ts';

export interface CadenceTiming {
  calendar: WorkCalendar;
  quiet: QuietHours;
  /**
   * Minute of the day a slot moved off a holiday (not a plain weekend) runs at on the next
   * workday: the same for every job, so what piled up over a long holiday goes out together,
   * one message per chat. Unset: each keeps its own time.
   */
  afterHolidayMinute?: number;
}

export interface DueRun {
  job: string;
  /** `${job}:${period}`: unique across instances, so a run happens once. */
  key: string;
  /** The Shanghai day the run happens on: a job runs at most once a day. */
  period: string;
  /** The cron slot this run stands for (the latest, when several moved onto one day). */
  slot: Date;
  /** When it may run: the slot moved past non-workdays and quiet hours. */
  dueAt: Date;
}

const DAY_MS = 24 * 3600_000;
// Long enough to reach the slot before a monthly one plus the longest holiday.
const LOOKBACK_DAYS = 100;

/**
 * When a slot may actually run: a slot on a non-workday (weekend, statutory holiday, an
 * EXTRA_HOLIDAYS date; a 调休 Saturday is a workday) moves to the next workday at the same
 * time (a holiday's slots at `afterHolidayMinute` when set); a slot inside quiet hours moves
 * to their end, and that instant is checked again.
 */
export function effectiveInstant(slot: Date, timing: CadenceTiming): Date {
  let at = slot;
  for (let i = 0; i < 10; i++) {
    const day = shanghaiDay(at);
    const off = timing.calendar.dayOff(day);
    if (off) {
      const minute =
        off.kind !== 'weekend' && timing.afterHolidayMinute !== undefined ? timing.afterHolidayMinute : shanghaiMinuteOfDay(at);
      at = atShanghai(timing.calendar.nextWorkday(day), minute);
      continue;
    }
    if (timing.quiet.contains(at)) {
      at = timing.quiet.endAfter(at);
      continue;
    }
    return at;
  }
  return at;
}

/** How late a missed run may still go out: never after the next one is near. */
export interface CatchUpLimit {
  /** Only on the day it was due (the visit day says "today"; nudges count days overdue). */
  sameDay?: boolean;
}

/** A late run older than this is skipped, whatever its period. */
export const MAX_CATCH_UP_MS = 3 * DAY_MS;

/**
 * The one run of a job that is due at `now`: the latest effective instant in (since, now].
 * With `since` null (start-up catch-up) only the latest missed run counts, never one per
 * missed day, and not one older than half its period or three days (a missed Monday
 * inspection goes out until Thursday 09:00), or, for same-day jobs, from an earlier day.
 * Nothing runs inside quiet hours; what is due then is picked up when they end.
 */
export function latestDueRun(
  job: string,
  schedule: CronSchedule,
  timing: CadenceTiming,
  now: Date,
  since: Date | null,
  limit: CatchUpLimit = {},
): DueRun | null {
  if (timing.quiet.contains(now)) return null;
  const slots = schedule.slotsBetween(new Date(now.getTime() - LOOKBACK_DAYS * DAY_MS), now);
  const today = shanghaiDay(now);
  let best: DueRun | null = null;
  for (const [i, slot] of slots.entries()) {
    const dueAt = effectiveInstant(slot, timing);
    if (dueAt > now || (since && dueAt <= since)) continue;
    const gap = i > 0 ? slot.getTime() - slots[i - 1].getTime() : DAY_MS;
    if (now.getTime() - dueAt.getTime() > Math.min(gap / 2, MAX_CATCH_UP_MS)) continue;
    if (limit.sameDay && shanghaiDay(dueAt) !== today) continue;
    if (!best || dueAt >= best.dueAt) {
      const period = shanghaiDay(dueAt);
      best = { job, key: `${job}:${period}`, period, slot, dueAt };
    }
  }
  return best;
}
