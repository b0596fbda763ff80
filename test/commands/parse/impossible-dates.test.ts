import { describe, expect, it } from 'vitest';
import { parseAt } from './parse-at.ts';

// A date that does not exist is refused with the reason; it is never rolled over into
// another day (2月30日 is not 3月2日, 13月1日 is not next January).
describe('impossible deadlines', () => {
  const report = (phrase: string, now?: string) => parseAt(`#问题 路灯坏了 ${phrase}`, now);

  it.each([
    ['时限2月30日', '2月没有30日'],
    ['2月30日前', '2月没有30日'],
    ['13月1日前', '没有13月'],
    ['时限：13月1日', '没有13月'],
    ['2026-02-30前', '2月没有30日'],
    ['2026年11月31日前', '11月没有31日'],
    ['11.31前', '11月没有31日'],
    ['13月底前', '没有13月'],
    ['时限：0月5日', '没有0月'],
    ['12月0日前', '没有0日'],
  ])('refuses %s: %s', (phrase, reason) => {
    const r = report(phrase);
    expect(r.kind).toBe('issue');
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.field)).toEqual(['dueOn']);
    expect(r.errors[0].message).toContain(reason);
    expect(r.issues.every((i) => i.dueOn === null)).toBe(true);
  });

  it('refuses 2月29日 when the next February has no 29th', () => {
    const r = report('2月29日前');
    expect(r.ok).toBe(false);
    expect(r.errors[0].message).toContain('2027年2月没有29日');
  });

  it('accepts 2月29日 when the next February is a leap one', () => {
    const r = report('2月29日前', '2027-11-22T09:00:00+08:00');
    expect(r.ok).toBe(true);
    expect(r.issues[0].dueOn).toBe('2028-02-29');
  });

  it('refuses an impossible deadline in a visit item', () => {
    const r = parseAt('#走访\n户主：王德福\n住房：×（漏雨）\n其余正常\n问题：屋顶漏雨\n时限：2月30日');
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.field)).toEqual(['dueOn']);
    expect(r.errors[0].message).toContain('2月没有30日');
  });

  it('keeps reading real dates as before', () => {
    expect(report('时限2月28日').issues[0].dueOn).toBe('2027-02-28');
    expect(report('11月30日前').issues[0].dueOn).toBe('2026-11-30');
  });
});

describe('impossible visit dates', () => {
  it.each([
    ['#走访 王德福 三星村4组 2月30日 全部达标', '2月没有30日'],
    ['#走访 王德福 三星村4组 2026-11-31 全部达标', '11月没有31日'],
    ['#走访\n户主：王德福\n日期：13月1日\n全部达标', '没有13月'],
    ['#走访 王德福 三星村4组 11.31 全部达标', '11月没有31日'],
  ])('refuses %s: %s', (text, reason) => {
    const r = parseAt(text);
    expect(r.kind).toBe('visit');
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.field)).toEqual(['visitedOn']);
    expect(r.errors[0].message).toContain(reason);
  });

  it('refuses 2月29日 of a year that had none', () => {
    const r = parseAt('#走访 王德福 三星村4组 2月29日 全部达标');
    expect(r.ok).toBe(false);
    expect(r.errors[0].message).toContain('2026年2月没有29日');
  });
});
