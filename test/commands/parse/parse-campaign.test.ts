import { describe, expect, it } from 'vitest';
import { parseCampaign } from '../../../commands/parse/parse-campaign.ts';
import { civilDate } from '../../../core/shanghai-calendar.ts';

// Wednesday 2026-11-25.
const today = civilDate(2026, 11, 25)!;
const read = (body: string) => parseCampaign(body, today);

describe('#专项 text', () => {
  it('reads the kind, the 户类, the deadline, and defaults to counting only 入户', () => {
    expect(read('走访全覆盖 脱贫户,监测户 12月31日前')).toEqual({
      campaignKind: 'coverage',
      categories: ['脱贫户', '监测户'],
      dueOn: '2026-12-31',
      village: null,
      remoteCounts: false,
      errors: [],
    });
  });

  it('takes the pieces in any order, a village, 、 between 户类, and 电话算', () => {
    const r = read('三星村 监测户、脱贫户 1月15日前 一户不落 电话算');
    expect(r).toMatchObject({
      campaignKind: 'coverage',
      categories: ['监测户', '脱贫户'],
      dueOn: '2027-01-15',
      village: '三星村',
      remoteCounts: true,
    });
    expect(r.errors).toEqual([]);
  });

  it('reads 全部户 as every 户类', () => {
    expect(read('走访全覆盖 全部户 12月31日前').categories).toEqual(['脱贫户', '监测户', '低保户', '特困户', '一般户']);
  });

  it('says what is missing, each with what to write', () => {
    const r = read('脱贫户');
    expect(r.errors.map((e) => e.field)).toEqual(['kind', 'dueOn']);
    expect(r.errors[0].message).toContain('走访全覆盖');
    expect(r.errors[1].message).toContain('12月31日前');
    expect(read('走访全覆盖 12月31日前').errors.map((e) => e.field)).toEqual(['categories']);
  });

  it('refuses a word it does not know (a 户类 the roster does not use) instead of dropping it', () => {
    const r = read('走访全覆盖 贫困户 12月31日前');
    expect(r.errors[0]).toEqual({ field: 'campaign', message: expect.stringContaining('看不懂“贫困户”') });
    expect(r.errors.map((e) => e.field)).toContain('categories');
  });

  it('names an impossible deadline', () => {
    const r = read('走访全覆盖 脱贫户 2月30日前');
    expect(r.dueOn).toBeNull();
    expect(r.errors[0].field).toBe('dueOn');
    expect(r.errors[0].message).toContain('2月30日前');
  });
});
