import { describe, expect, it } from 'vitest';
import { cronSchedule, periodWindow } from '../../cadence/cron-schedule.ts';
import { sh } from './cadence-support.ts';

describe('cron schedule', () => {
  it('lists the half-monthly slots on the 1st and 16th at 09:00 Shanghai', () => {
    expect(cronSchedule('0 9 1,16 * *').slotsBetween(sh('2026-11-01 00:00'), sh('2026-12-01 23:00'))).toEqual([
      sh('2026-11-01 09:00'),
      sh('2026-11-16 09:00'),
      sh('2026-12-01 09:00'),
    ]);
  });

  it('understands node-cron day tokens such as L (last day of the month)', () => {
    expect(cronSchedule('0 9 L * *').slotsBetween(sh('2026-11-01 00:00'), sh('2026-12-31 23:00'))).toEqual([
      sh('2026-11-30 09:00'),
      sh('2026-12-31 09:00'),
    ]);
  });

  it('rejects an invalid expression naming the config key', () => {
    expect(() => cronSchedule('0 25 * * 1', 'CRON_WEEKLY')).toThrow(/CRON_WEEKLY/);
  });

  it('reports last week for a Monday inspection moved to Thursday by a holiday', () => {
    expect(periodWindow('0 9 * * 1', sh('2026-10-08 09:00'))).toEqual({ from: sh('2026-09-28 00:00'), to: sh('2026-10-05 00:00') });
  });

  it('reports the previous month for the monthly dispatch', () => {
    expect(periodWindow('30 9 1 * *', sh('2026-12-01 09:30'))).toEqual({ from: sh('2026-11-01 00:00'), to: sh('2026-12-01 00:00') });
  });
});
