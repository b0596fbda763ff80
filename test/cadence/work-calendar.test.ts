import { describe, expect, it } from 'vitest';
import { createWorkCalendar } from '../../cadence/work-calendar.ts';

describe('work calendar', () => {
  const calendar = createWorkCalendar();

  it('treats the National Day holiday as days off', () => {
    for (const day of ['2026-10-01', '2026-10-05', '2026-10-06', '2026-10-07']) expect(calendar.isWorkday(day)).toBe(false);
  });

  it('counts the 调休 Saturday after National Day (2026-10-10) as a workday', () => {
    expect(calendar.isWorkday('2026-10-10')).toBe(true);
  });

  it('keeps an ordinary Saturday a day off', () => {
    expect(calendar.isWorkday('2026-10-17')).toBe(false);
  });

  it('finds the first workday after a holiday', () => {
    expect(calendar.nextWorkday('2026-10-01')).toBe('2026-10-08');
    expect(calendar.nextWorkday('2026-11-23')).toBe('2026-11-23');
  });

  it('adds local holidays and make-up workdays from config', () => {
    const local = createWorkCalendar({ extraHolidays: ['2026-11-25'], extraWorkdays: ['2026-11-28'] });
    expect(local.isWorkday('2026-11-25')).toBe(false);
    expect(local.isWorkday('2026-11-28')).toBe(true);
  });

  it('lets a holiday win when a date is in both config lists', () => {
    expect(createWorkCalendar({ extraHolidays: ['2026-11-28'], extraWorkdays: ['2026-11-28'] }).isWorkday('2026-11-28')).toBe(false);
  });

  it('names the same day whatever the server time zone', () => {
    // chinese-days reads local dates; the calendar passes local noon, which no zone moves.
    const before = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(createWorkCalendar().isWorkday('2026-10-10')).toBe(true);
      expect(createWorkCalendar().isWorkday('2026-10-08')).toBe(true);
    } finally {
      process.env.TZ = before;
      if (before === undefined) delete process.env.TZ;
    }
  });
});
