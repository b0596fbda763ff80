import { describe, expect, it } from 'vitest';
import { parseAt } from './parse-at.ts';

const checks = (line: string) => parseAt(`#走访 包德贵 新民村2组 ${line}`).visit?.checks;
const ALL_TRUE = { income: true, food: true, education: true, medical: true, housing: true, water: true };

describe('the six checks', () => {
  it('reads each check word with a tick', () => {
    expect(checks('收入√ 吃穿√ 教育√ 医疗√ 住房√ 饮水√')).toEqual(ALL_TRUE);
  });

  it('reads the longer check words of a form', () => {
    const v = parseAt('#走访\n户主：包德贵\n人均收入：✔\n不愁吃穿：✔\n义务教育：✔\n基本医疗：✔\n住房保障：✔\n饮水安全：✔').visit;
    expect(v?.checks).toEqual(ALL_TRUE);
  });

  it('reads the colloquial check words 上学 看病 房屋 吃水 用水 医保', () => {
    expect(checks('上学是 看病否 房屋是 吃水是')).toEqual({ education: true, medical: false, housing: true, water: true });
    expect(checks('医保√ 用水×')).toEqual({ medical: true, water: false });
  });

  it('accepts every secured mark', () => {
    for (const mark of ['√', '✓', '✔', '☑', '是', '有', '正常', '达标', '有保障', '已保障', '无问题', '没问题', 'OK', 'ok', '好']) {
      expect(checks(`饮水${mark} 其余正常`)?.water).toBe(true);
    }
  });

  it('accepts every problem mark', () => {
    for (const mark of ['×', '✗', '✘', 'X', 'x', '否', '不达标', '未保障', '无保障', '有问题', '存在问题', '差', '缺']) {
      expect(checks(`饮水${mark} 其余正常`)?.water).toBe(false);
    }
  });

  it('reads the emoji marks phones offer, with or without their variation selector', () => {
    expect(checks('收入✔️ 吃穿✅ 教育✅ 医疗❌ 住房✖ 饮水✔️')).toEqual({ ...ALL_TRUE, medical: false, housing: false });
  });

  it('reads checks written without spaces between them', () => {
    expect(checks('收入✓吃穿✓教育✓医疗✓住房✗饮水✓')).toEqual({ ...ALL_TRUE, housing: false });
  });

  it('reads checks separated by commas and colons', () => {
    expect(checks('收入:√,吃穿:√,教育:√,医疗:×,住房:√,饮水:√')).toEqual({ ...ALL_TRUE, medical: false });
  });

  it('leaves a check that is not written out of the result', () => {
    expect(checks('收入√ 饮水√')).toEqual({ income: true, water: true });
  });

  it('does not read 住房有裂缝 as 住房 + 有', () => {
    expect(checks('住房有裂缝')?.housing).toBeUndefined();
  });
});

describe('summaries of the checks', () => {
  it('sets all six with 全部达标', () => {
    expect(checks('全部达标')).toEqual(ALL_TRUE);
  });

  it('sets all six with 两不愁三保障均达标', () => {
    expect(checks('两不愁三保障均达标')).toEqual(ALL_TRUE);
  });

  it('sets only education, medical and housing with 三保障正常', () => {
    expect(checks('三保障正常')).toEqual({ education: true, medical: true, housing: true });
  });

  it('sets only food with 两不愁', () => {
    expect(checks('两不愁√')).toEqual({ food: true });
  });

  it('fills the checks not yet named with 其余正常', () => {
    expect(checks('住房×（墙体开裂） 其余正常')).toEqual({ ...ALL_TRUE, housing: false });
  });

  it('fills with 其他都正常 and 其余达标 too', () => {
    expect(checks('收入× 其他都正常')).toEqual({ ...ALL_TRUE, income: false });
    expect(checks('教育否 其余达标')).toEqual({ ...ALL_TRUE, education: false });
  });

  it('lets an explicit problem mark win over a summary', () => {
    expect(checks('全部达标 饮水×')).toEqual({ ...ALL_TRUE, water: false });
  });
});
