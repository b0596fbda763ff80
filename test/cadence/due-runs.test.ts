import { describe, expect, it } from 'vitest';
import { cronSchedule } from '../../cadence/cron-schedule.ts';
import { effectiveInstant, latestDueRun, type CadenceTiming } from '../../cadence/due-runs.ts';
import { parseQuietHours } from '../../cadence/quiet-hours.ts';
import { createWorkCalendar } from '../../cadence/work-calendar.ts';
import { sh } from './cadence-support.ts';

const timing: CadenceTiming = { calendar: createWorkCalendar(), quiet: parseQuietHours('21:00-07:30') };
const weekly = cronSchedule('0 9 * * 1');
const nudge = cronSchedule('0 10 * * *');
const minuteBefore = (d: Date) => new Date(d.getTime() - 60_000);

describe('due runs', () => {
  it('runs the weekly inspection at Monday 09:00 with a key per day', () => {
    const now = sh('2026-11-23 09:00');
    expect(latestDueRun('weekly', weekly, timing, now, minuteBefore(now))).toMatchObject({ key: 'weekly:2026-11-23', dueAt: now });
  });

  it('has nothing due a minute early', () => {
    const now = sh('2026-11-23 08:59');
    expect(latestDueRun('weekly', weekly, timing, now, minuteBefore(now))).toBeNull();
  });

  it('moves a slot on a National Day holiday to the next workday at the same time', () => {
    expect(effectiveInstant(sh('2026-10-05 09:00'), timing)).toEqual(sh('2026-10-08 09:00'));
  });

  it('merges a weekend of daily nudges into one Monday run', () => {
    for (const slot of ['2026-11-21 10:00', '2026-11-22 10:00', '2026-11-23 10:00'])
      expect(effectiveInstant(sh(slot), timing)).toEqual(sh('2026-11-23 10:00'));
  });

  it('runs a daily nudge on a 调休 Saturday', () => {
    expect(effectiveInstant(sh('2026-10-10 10:00'), timing)).toEqual(sh('2026-10-10 10:00'));
  });

  it('moves a slot inside quiet hours to their end', () => {
    expect(effectiveInstant(sh('2026-11-23 22:00'), timing)).toEqual(sh('2026-11-24 07:30'));
  });

  it('moves a Friday-night slot past quiet hours and the weekend', () => {
    expect(effectiveInstant(sh('2026-11-27 22:00'), timing)).toEqual(sh('2026-11-30 07:30'));
  });

  it('catches up only the latest missed nudge, not one per missed day', () => {
    const due = latestDueRun('nudge', nudge, timing, sh('2026-11-25 15:00'), null);
    expect(due?.key).toBe('nudge:2026-11-25');
  });

  it('does not catch up a daily job once half a day has passed', () => {
    const noQuiet = { ...timing, quiet: parseQuietHours('00:00-00:00') };
    expect(latestDueRun('nudge', nudge, noQuiet, sh('2026-11-24 21:59'), null)?.key).toBe('nudge:2026-11-24');
    expect(latestDueRun('nudge', nudge, noQuiet, sh('2026-11-24 22:01'), null)).toBeNull();
  });

  it('does not catch up a same-day job on a later day', () => {
    expect(latestDueRun('nudge', nudge, timing, sh('2026-11-25 07:40'), null, { sameDay: true })).toBeNull();
    expect(latestDueRun('nudge', nudge, timing, sh('2026-11-25 09:59'), null, { sameDay: true })).toBeNull();
  });

  it('catches up a weekly inspection missed on Monday for three days, not after', () => {
    expect(latestDueRun('weekly', weekly, timing, sh('2026-11-26 08:59'), null)?.key).toBe('weekly:2026-11-23');
    expect(latestDueRun('weekly', weekly, timing, sh('2026-11-26 09:01'), null)).toBeNull();
  });

  it('runs nothing inside quiet hours, even a catch-up', () => {
    expect(latestDueRun('weekly', weekly, timing, sh('2026-11-23 22:00'), null)).toBeNull();
  });
});
