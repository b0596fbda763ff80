import { describe, expect, it } from 'vitest';
import { toContract } from '../../../bot/cli/parse.ts';
import { parseAt } from './parse-at.ts';

// A deadline already past or a visit dated in the future is probably a typo: the parser
// reads it as written and warns, and a trailing 确认 says the cadre meant it.
const WEDNESDAY = '2026-11-25T10:00:00+08:00';

describe('a deadline already past', () => {
  it('is read as written, with a warning on dueOn', () => {
    const r = parseAt('#问题 路灯坏了 2026年11月1日前');
    expect(r.ok).toBe(true);
    expect(r.issues[0].dueOn).toBe('2026-11-01');
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ field: 'dueOn', date: '2026-11-01' });
    expect(r.warnings[0].message).toMatch(/已过/);
    expect(r.confirmed).toBe(false);
  });

  it('is not what a date without a year gives: that one is next year', () => {
    const r = parseAt('#问题 路灯坏了 11月1日前');
    expect(r.issues[0].dueOn).toBe('2027-11-01');
    expect(r.warnings).toEqual([]);
  });

  it('is warned about for 本周一 written on a Wednesday', () => {
    const r = parseAt('#问题 路灯坏了 本周一前', WEDNESDAY);
    expect(r.issues[0].dueOn).toBe('2026-11-23');
    expect(r.warnings.map((w) => w.field)).toEqual(['dueOn']);
  });

  it('is not today', () => {
    expect(parseAt('#问题 路灯坏了 今天', WEDNESDAY).warnings).toEqual([]);
  });

  it('is warned about in a visit item', () => {
    const r = parseAt('#走访 王德福 三星村4组 住房×（漏雨） 其余正常 责任人李书记 2025-12-01前');
    expect(r.ok).toBe(true);
    expect(r.issues[0].dueOn).toBe('2025-12-01');
    expect(r.warnings.map((w) => [w.field, w.date])).toEqual([['dueOn', '2025-12-01']]);
  });
});

describe('a visit dated in the future', () => {
  it('is read as written, with a warning on visitedOn', () => {
    const r = parseAt('#走访 王德福 三星村4组 2030年1月1日 全部达标');
    expect(r.ok).toBe(true);
    expect(r.visit?.visitedOn).toBe('2030-01-01');
    expect(r.warnings.map((w) => [w.field, w.date])).toEqual([['visitedOn', '2030-01-01']]);
    expect(r.warnings[0].message).toMatch(/还没到/);
  });

  it('is never what a date without a year gives', () => {
    const r = parseAt('#走访 王德福 三星村4组 11月25日 全部达标');
    expect(r.visit?.visitedOn).toBe('2025-11-25');
    expect(r.warnings).toEqual([]);
  });

  it('is not today', () => {
    expect(parseAt('#走访 王德福 三星村4组 2026-11-22 全部达标').warnings).toEqual([]);
  });
});

describe('confirming a date', () => {
  it('reads a trailing 确认 as the confirmation and keeps it out of the item', () => {
    const r = parseAt('#问题 路灯坏了 2026年11月1日前 确认');
    expect(r.confirmed).toBe(true);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ description: '路灯坏了', dueOn: '2026-11-01' });
  });

  it('reads 确认 on a last line of its own', () => {
    const r = parseAt('#走访\n户主：王德福\n日期：2030-01-01\n全部达标\n确认');
    expect(r.confirmed).toBe(true);
    expect(r.visit?.notes).toBeNull();
    expect(r.issues).toEqual([]);
  });

  it('keeps it out of the free tail of a one-line visit', () => {
    const r = parseAt('#走访 王德福 三星村4组 2030年1月1日 全部达标 确认');
    expect(r.confirmed).toBe(true);
    expect(r.issues).toEqual([]);
  });

  it('does not take 确认 inside the words for a confirmation', () => {
    const r = parseAt('#问题 低保名单需要村委会确认');
    expect(r.confirmed).toBe(false);
    expect(r.issues[0].description).toBe('低保名单需要村委会确认');
  });

  it('leaves the scored contract fields as they are', () => {
    const out = toContract(parseAt('#问题 路灯坏了 2026年11月1日前'));
    expect(Object.keys(out).slice(0, 6)).toEqual(['kind', 'ok', 'errors', 'visit', 'issues', 'target']);
    expect(out.ok).toBe(true);
  });
});
