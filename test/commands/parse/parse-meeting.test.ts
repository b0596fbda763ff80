import { describe, expect, it } from 'vitest';
import { parseMeeting } from '../../../commands/parse/parse-meeting.ts';
import { civilDate } from '../../../core/shanghai-calendar.ts';

// Wednesday 2026-11-25.
const today = civilDate(2026, 11, 25)!;

describe('#院坝会 / #恳谈会 text', () => {
  it('reads place, day, attendance and the opinions split on ；', () => {
    expect(parseMeeting('三星村2组 11月24日 参会32人 意见：路灯不亮；低保评议要公开', today)).toEqual({
      village: '三星村',
      group: '2组',
      heldOn: '2026-11-24',
      attendees: 32,
      minutes: null,
      opinions: ['路灯不亮', '低保评议要公开'],
      errors: [],
    });
  });

  it('reads 纪要 and 意见 in either order, and numbered opinions', () => {
    const r = parseMeeting('三星村 昨天 意见：1、进组路要硬化 2、饮水管老化 纪要：讨论人居环境', today);
    expect(r.heldOn).toBe('2026-11-24');
    expect(r.opinions).toEqual(['进组路要硬化', '饮水管老化']);
    expect(r.minutes).toBe('讨论人居环境');
  });

  it('defaults the day to today and needs opinions or minutes', () => {
    const r = parseMeeting('4组 参会20人', today);
    expect(r.heldOn).toBe('2026-11-25');
    expect(r.errors.map((e) => e.field)).toEqual(['opinions']);
  });

  it('names an impossible day', () => {
    const r = parseMeeting('三星村 2月30日 意见：路灯不亮', today);
    expect(r.errors[0].field).toBe('heldOn');
    expect(r.errors[0].message).toContain('2月30日');
  });
});
