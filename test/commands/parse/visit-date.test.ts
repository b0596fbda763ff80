import { describe, expect, it } from 'vitest';
import { parseAt } from './parse-at.ts';

const visitedOn = (text: string, now: string) => parseAt(text, now).visit?.visitedOn;

describe('the day of a visit', () => {
  it('defaults to the day the message was sent in Shanghai', () => {
    expect(visitedOn('#走访 沈金凤 新民村1组 全部达标', '2026-10-09T23:50:00+08:00')).toBe('2026-10-09');
  });

  it('uses the Shanghai day of an instant given in UTC', () => {
    expect(visitedOn('#走访 沈金凤 新民村1组 全部达标', '2026-10-09T16:10:00Z')).toBe('2026-10-10');
  });

  it('reads 昨天 and 前天 relative to the Shanghai day', () => {
    expect(visitedOn('#走访 沈金凤 新民村1组 昨天 全部达标', '2026-10-31T17:00:00Z')).toBe('2026-10-31');
    expect(visitedOn('#走访 沈金凤 新民村1组 前天 全部达标', '2026-03-01T10:00:00+08:00')).toBe('2026-02-27');
  });

  it('reads 月日 with 日 or 号', () => {
    expect(visitedOn('#走访 沈金凤 新民村1组 10月3日 全部达标', '2026-10-09T10:00:00+08:00')).toBe('2026-10-03');
    expect(visitedOn('#走访 沈金凤 新民村1组 10月3号 全部达标', '2026-10-09T10:00:00+08:00')).toBe('2026-10-03');
  });

  it('takes a date without a year as the latest such day not after today', () => {
    expect(visitedOn('#走访 沈金凤 新民村1组 12月29日 全部达标', '2027-01-06T10:00:00+08:00')).toBe('2026-12-29');
    expect(visitedOn('#走访 沈金凤 新民村1组 1月6日 全部达标', '2027-01-06T10:00:00+08:00')).toBe('2027-01-06');
  });

  it('reads full dates with slashes or dashes', () => {
    expect(visitedOn('#走访 沈金凤 新民村1组 2026/9/7 全部达标', '2026-10-09T10:00:00+08:00')).toBe('2026-09-07');
    expect(visitedOn('#走访\n户主：沈金凤\n日期：2026-09-17\n全部达标', '2026-10-09T10:00:00+08:00')).toBe('2026-09-17');
  });
});
