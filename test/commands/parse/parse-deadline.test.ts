import { describe, expect, it } from 'vitest';
import { parseAt } from './parse-at.ts';

// 2026-11-25 is a Wednesday.
const WEDNESDAY = '2026-11-25T10:00:00+08:00';
const due = (phrase: string, now = WEDNESDAY) => parseAt(`#问题 堡坎垮塌，${phrase}`, now).issues[0]?.dueOn;

describe('deadlines', () => {
  it('reads 月日 with 日 or 号, with or without 前', () => {
    expect(due('12月6日')).toBe('2026-12-06');
    expect(due('12月6号前')).toBe('2026-12-06');
  });

  it('reads 12.6 and full dates', () => {
    expect(due('12.6前')).toBe('2026-12-06');
    expect(due('2026-12-06')).toBe('2026-12-06');
    expect(due('2026/12/06前')).toBe('2026-12-06');
  });

  it('moves a date without a year that has passed to next year', () => {
    expect(due('1月8日前', '2026-12-20T10:00:00+08:00')).toBe('2027-01-08');
    expect(due('11月2日前')).toBe('2027-11-02');
  });

  it('reads 本周五 in a Monday-to-Sunday week', () => {
    expect(due('本周五')).toBe('2026-11-27');
    expect(due('本周日前')).toBe('2026-11-29');
  });

  it('reads 下周三 as the Wednesday of next week', () => {
    expect(due('下周三前')).toBe('2026-12-02');
    expect(due('下周一', '2026-11-29T10:00:00+08:00')).toBe('2026-11-30');
  });

  it('reads day counts in digits and in words', () => {
    expect(due('3天内')).toBe('2026-11-28');
    expect(due('五天内')).toBe('2026-11-30');
    expect(due('十天内')).toBe('2026-12-05');
  });

  it('reads 一周内', () => {
    expect(due('一周内')).toBe('2026-12-02');
  });

  it('reads 月底前 and 年底前', () => {
    expect(due('月底前')).toBe('2026-11-30');
    expect(due('年底前')).toBe('2026-12-31');
  });

  it('reads 明天 and 后天', () => {
    expect(due('明天')).toBe('2026-11-26');
    expect(due('后天')).toBe('2026-11-27');
  });

  it('reads a deadline after 时限 and 限期', () => {
    expect(due('时限：12月1日')).toBe('2026-12-01');
    expect(due('限期7天')).toBe('2026-12-02');
  });

  it('does not read a date in the description as a deadline', () => {
    expect(due('11月20日发现裂缝')).toBeNull();
  });

  it('cuts the deadline and its verb out of the description', () => {
    const issue = parseAt('#问题 村小围墙倾斜，月底前解决', WEDNESDAY).issues[0];
    expect(issue.description).toBe('村小围墙倾斜');
  });
});
