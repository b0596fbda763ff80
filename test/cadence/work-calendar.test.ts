import { describe, expect, it } from 'vitest';
import { calendarWarnings } from '../../cadence/calendar-warnings.ts';
import { statutoryHolidays } from '../../cadence/statutory-holidays.ts';
import { createWorkCalendar, hasHolidayData } from '../../cadence/work-calendar.ts';

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

describe('work calendar in a year with no published arrangement (2027, chinese-days 1.5.7)', () => {
  const calendar = createWorkCalendar();

  it('knows which years lack data, and that 2026 has it', () => {
    expect(hasHolidayData(2026)).toBe(true);
    expect(hasHolidayData(2027)).toBe(false);
    expect(calendar.missingYears('2025-06-01')).toEqual([]);
    expect(calendar.missingYears('2026-12-31')).toEqual([2027]);
    expect(calendar.missingYears('2027-01-01')).toEqual([2027, 2028]);
  });

  it('computes the lunar and solar-term holidays of 2027 from the calendar', () => {
    const days = statutoryHolidays(2027);
    const named = (name: string) => [...days].filter(([, n]) => n === name).map(([d]) => d);
    expect(named('元旦')).toEqual(['2027-01-01']);
    expect(named('春节')).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
    expect(named('清明')).toEqual(['2027-04-05']);
    expect(named('劳动节')).toEqual(['2027-05-01']);
    expect(named('端午')).toEqual(['2027-06-09']);
    expect(named('中秋')).toEqual(['2027-09-15']);
    expect(named('国庆')).toEqual(['2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07']);
  });

  it('agrees with the published 2026 arrangement on the fixed days it computes', () => {
    // 2026 is published: 除夕 2026-02-16, 清明 04-05, 端午 06-19, 中秋 09-25 are all days off there.
    for (const [day] of statutoryHolidays(2026)) expect(calendar.isWorkday(day), day).toBe(false);
  });

  it('keeps 元旦 and 除夕 through 初三 of 2027 off, though they fall on weekdays', () => {
    expect(calendar.dayOff('2027-01-01')).toEqual({ kind: 'statutory', name: '元旦' });
    expect(calendar.dayOff('2027-02-05')).toEqual({ kind: 'statutory', name: '春节' });
    expect(calendar.isWorkday('2027-02-08')).toBe(false);
    expect(calendar.nextWorkday('2027-01-01')).toBe('2027-01-04');
    expect(calendar.nextWorkday('2027-02-05')).toBe('2027-02-09');
    expect(calendar.isWorkday('2027-02-04')).toBe(true);
    expect(calendar.dayOff('2027-01-09')).toEqual({ kind: 'weekend' });
  });

  it('lets EXTRA_HOLIDAYS and EXTRA_WORKDAYS override the fallback', () => {
    const local = createWorkCalendar({ extraHolidays: ['2027-05-03'], extraWorkdays: ['2027-02-08'] });
    expect(local.dayOff('2027-05-03')).toEqual({ kind: 'extra' });
    expect(local.isWorkday('2027-02-08')).toBe(true);
  });

  it('names the published holiday a day belongs to', () => {
    expect(calendar.dayOff('2026-10-03')).toEqual({ kind: 'holiday', name: '国庆节' });
    expect(calendar.dayOff('2026-10-17')).toEqual({ kind: 'weekend' });
    expect(calendar.dayOff('2026-10-10')).toBeNull();
  });

  it('warns for the year ahead with no data, and not otherwise', () => {
    expect(calendarWarnings(calendar, new Date('2025-06-01T09:00:00+08:00'))).toEqual([]);
    const [warning] = calendarWarnings(calendar, new Date('2026-12-31T09:00:00+08:00'));
    expect(warning).toContain('2027年的节假日安排没有数据');
    expect(warning).toContain('劳动节只算5月1日');
    expect(warning).toContain('EXTRA_HOLIDAYS');
  });
});
