import { describe, expect, it } from 'vitest';
import { parseAt } from './parse-at.ts';

// An item number is a positive integer, and a day count in a deadline is one too. Anything
// else is refused with an example of what to write, never read as a nearby number.
describe('item numbers', () => {
  it.each([
    ['#销号 1.5 小数', 'close'],
    ['#销号 -3', 'close'],
    ['#销号 －3 已修好', 'close'],
    ['#进展 0', 'progress'],
    ['#进展 0 已联系', 'progress'],
    ['#销号 １．５', 'close'],
    ['#销号 第1.5号', 'close'],
    ['#进展 负3 已联系', 'progress'],
    ['#答 2.5 每户最多可贷5万元', 'answer'],
  ])('refuses %s with an example and no target', (text, kind) => {
    const r = parseAt(text);
    expect(r.kind).toBe(kind);
    expect(r.ok).toBe(false);
    expect(r.target).toBeNull();
    expect(r.errors.map((e) => e.field)).toEqual(['issueNo']);
    expect(r.errors[0].message).toMatch(/整数/);
    expect(r.errors[0].message).toMatch(/例：#(销号|进展|答) 1?\d/);
  });

  it('names what was written in the refusal', () => {
    expect(parseAt('#销号 1.5 小数').errors[0].message).toContain('1.5');
    expect(parseAt('#进展 0').errors[0].message).toContain('0');
  });

  it('still reads a whole number followed by text that holds a decimal', () => {
    expect(parseAt('#进展 3 1.5吨水泥已运到').target).toEqual({ issueNo: 3, text: '1.5吨水泥已运到' });
    expect(parseAt('#销号 12。已修好').target).toEqual({ issueNo: 12, text: '已修好' });
  });

  it('still reads 第十二号', () => {
    expect(parseAt('#销号 第十二号 已修好').target?.issueNo).toBe(12);
  });
});

describe('day counts in a deadline', () => {
  const report = (phrase: string) => parseAt(`#问题 路灯坏了 ${phrase}`);

  it.each(['-3天内', '1.5天内', '时限1.5天', '0天内', '限期-2周', '2.5个月内'])('refuses %s and keeps no deadline', (phrase) => {
    const r = report(phrase);
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.field)).toEqual(['dueOn']);
    expect(r.errors[0].message).toMatch(/整数/);
    expect(r.errors[0].message).toMatch(/例/);
    expect(r.issues.every((i) => i.dueOn === null)).toBe(true);
  });

  it('reads a positive count as before', () => {
    const r = report('3天内');
    expect(r.ok).toBe(true);
    expect(r.issues[0].dueOn).toBe('2026-11-25');
  });

  it('leaves a decimal that is no deadline in the description', () => {
    const r = parseAt('#问题 三星村4组停水1.5天了');
    expect(r.ok).toBe(true);
    expect(r.issues[0]).toMatchObject({ dueOn: null, description: '三星村4组停水1.5天了' });
  });

  it('refuses a bad count in a visit item too', () => {
    const r = parseAt('#走访 王德福 三星村4组 住房×（漏雨） 其余正常 责任人李书记 -3天内');
    expect(r.kind).toBe('visit');
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.field)).toEqual(['dueOn']);
  });
});
