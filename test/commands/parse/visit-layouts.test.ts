import { describe, expect, it } from 'vitest';
import { parseAt } from './parse-at.ts';

const ALL = { income: true, food: true, education: true, medical: true, housing: true, water: true };

describe('the parenthesised layout 户主（村组，户类）', () => {
  it('reads household, place and category from the bracket, with full-width markers', () => {
    const r = parseAt('＃走访打卡 侯德全（枫香村6组，脱贫户）方式：电话 昨天 全部达标');
    expect(r.kind).toBe('visit');
    expect(r.ok).toBe(true);
    expect(r.visit).toMatchObject({
      household: '侯德全',
      village: '枫香村',
      group: '6组',
      category: '脱贫户',
      method: '电话',
      visitedOn: '2026-11-21',
      checks: ALL,
    });
    expect(r.issues).toEqual([]);
  });

  it('reads half-width brackets and commas', () => {
    const v = parseAt('#走访 侯德全(枫香村6组,脱贫户) 方式:电话 全部达标').visit;
    expect(v).toMatchObject({ household: '侯德全', village: '枫香村', group: '6组', category: '脱贫户', method: '电话' });
  });

  it('reads a Chinese-numeral group and a 、 inside the bracket', () => {
    const v = parseAt('#走访 侯德全（枫香村六组、边缘户）全部达标').visit;
    expect(v).toMatchObject({ household: '侯德全', village: '枫香村', group: '6组', category: '监测户' });
  });

  it('reads the bracket after 户主：', () => {
    const v = parseAt('#走访\n户主：侯德全（枫香村6组，脱贫户）\n方式：电话\n全部达标').visit;
    expect(v).toMatchObject({ household: '侯德全', village: '枫香村', group: '6组', category: '脱贫户', method: '电话' });
  });

  it('keeps the checks and the problem after the bracket', () => {
    const r = parseAt('【走访】侯德全（枫香村6组，脱贫户），收入√吃穿√教育√医疗√住房×（墙体开裂）饮水√');
    expect(r.visit).toMatchObject({ household: '侯德全', village: '枫香村', group: '6组', category: '脱贫户' });
    expect(r.visit?.checks.housing).toBe(false);
    expect(r.issues.map((i) => [i.category, i.description])).toEqual([['住房', '墙体开裂']]);
  });

  it('reads full-width digits and colons throughout', () => {
    const v = parseAt('＃走访 侯德全 枫香村６组 方式：电话 日期：１１月２０日 全部达标').visit;
    expect(v).toMatchObject({ household: '侯德全', group: '6组', method: '电话', visitedOn: '2026-11-20' });
  });
});

describe('video visits are 线上', () => {
  it.each(['视频', '视频连线', '微信视频', '视频通话', '微信视频连线'])('reads %s as 线上', (word) => {
    expect(parseAt(`#走访 侯德全 枫香村6组 ${word} 全部达标`).visit?.method).toBe('线上');
  });

  it('reads 方式：视频连线', () => {
    expect(parseAt('#走访\n户主：侯德全\n方式：视频连线\n全部达标').visit?.method).toBe('线上');
  });

  it('does not keep 视频连线 as a note', () => {
    expect(parseAt('#走访 侯德全 视频连线 全部达标').visit?.notes).toBeNull();
  });
});

describe('the parenthesised layout in a report', () => {
  it('reads household and place from 户主（村组） at the start of #问题', () => {
    const r = parseAt('#问题 侯德全（枫香村6组）屋顶漏雨 3天内');
    expect([r.household, r.village, r.group]).toEqual(['侯德全', '枫香村', '6组']);
    expect(r.issues[0]).toMatchObject({ category: '住房', dueOn: '2026-11-25' });
  });

  it('reads a bracket that holds a category too', () => {
    const r = parseAt('#上报 侯德全(枫香村6组,脱贫户)家里停水两天了');
    expect([r.household, r.village, r.group]).toEqual(['侯德全', '枫香村', '6组']);
    expect(r.issues[0].category).toBe('饮水');
  });
});
