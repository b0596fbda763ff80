import { describe, expect, it } from 'vitest';
import { parseAt } from './parse-at.ts';

describe('the household of a visit', () => {
  it('is the 2–4 character name right after the command', () => {
    expect(parseAt('#走访 樊翠英 松林村3组 全部达标').visit?.household).toBe('樊翠英');
  });

  it('is read from 户主：', () => {
    expect(parseAt('#走访\n户主：阮德胜\n全部达标').visit?.household).toBe('阮德胜');
  });

  it('is read from 农户：, 走访对象： and 对象：', () => {
    expect(parseAt('#入户\n农户：包玉芬\n全部达标').visit?.household).toBe('包玉芬');
    expect(parseAt('#走访\n走访对象：钱永昌\n全部达标').visit?.household).toBe('钱永昌');
    expect(parseAt('#走访 对象:尹秋菊 全部达标').visit?.household).toBe('尹秋菊');
  });

  it('prefers a surnamed name to a first piece that only might be one', () => {
    expect(parseAt('#走访 松林 樊翠英 全部达标').visit?.household).toBe('樊翠英');
  });

  it('keeps a first-piece name with an uncommon surname when nothing better follows', () => {
    expect(parseAt('#走访 呼延春 松林村3组 全部达标').visit?.household).toBe('呼延春');
  });

  it('drops the 户 of 王德福户', () => {
    expect(parseAt('#走访 施长根户 松林村3组 全部达标').visit?.household).toBe('施长根');
  });

  it('drops the 家 of a name written after the place', () => {
    const v = parseAt('#走访 松林村3组鲍金花家，一般户，全部达标').visit;
    expect(v?.household).toBe('鲍金花');
    expect(v?.village).toBe('松林村');
  });

  it('never takes a category word for a name', () => {
    const r = parseAt('#走访 监测户 松林村3组 全部达标');
    expect(r.visit?.household).toBeNull();
    expect(r.visit?.category).toBe('监测户');
  });

  it('makes the visit not ok and asks for the household when there is none', () => {
    const r = parseAt('#走访 松林村3组 特困户 全部达标');
    expect(r.ok).toBe(false);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].field).toBe('household');
    expect(r.errors[0].message).toMatch(/户主/);
    expect(r.errors[0].message).toMatch(/例/);
  });

  it('asks for the household when the 户主 line is empty', () => {
    const r = parseAt('#民情日记\n户主：\n村组：松林村3组\n全部达标');
    expect(r.ok).toBe(false);
    expect(r.errors.map((e) => e.field)).toEqual(['household']);
  });
});

describe('the village and group of a visit', () => {
  it('splits an inline 村 + Arabic group', () => {
    const v = parseAt('#走访 卢光荣 新民村12组 全部达标').visit;
    expect([v?.village, v?.group]).toEqual(['新民村', '12组']);
  });

  it('turns a Chinese-numeral group into Arabic digits', () => {
    expect(parseAt('#走访 卢光荣 新民村九组 全部达标').visit?.group).toBe('9组');
    expect(parseAt('#走访 卢光荣 新民村十二组 全部达标').visit?.group).toBe('12组');
  });

  it('reads 社 as a group and drops 第', () => {
    expect(parseAt('#走访 卢光荣 新民村8社 全部达标').visit?.group).toBe('8组');
    expect(parseAt('#走访 卢光荣 新民村第3组 全部达标').visit?.group).toBe('3组');
  });

  it('keeps a 社区 as the village', () => {
    const v = parseAt('#走访 卢光荣 滨河社区5组 全部达标').visit;
    expect([v?.village, v?.group]).toEqual(['滨河社区', '5组']);
  });

  it('reads the place from 村组：, 地址： and 村：', () => {
    expect(parseAt('#走访\n户主：卢光荣\n村组：新民村二组\n全部达标').visit?.group).toBe('2组');
    expect(parseAt('#走访\n户主：卢光荣\n地址：滨河社区第7组\n全部达标').visit?.village).toBe('滨河社区');
    const v = parseAt('#走访 卢光荣 村:新民村 全部达标').visit;
    expect([v?.village, v?.group]).toEqual(['新民村', null]);
  });
});

describe('the household category of a visit', () => {
  it('reads each of the five categories inline', () => {
    for (const c of ['脱贫户', '监测户', '低保户', '特困户', '一般户']) {
      expect(parseAt(`#走访 卢光荣 新民村1组 ${c} 全部达标`).visit?.category).toBe(c);
    }
  });

  it('maps the monitored-household synonyms to 监测户', () => {
    for (const c of ['边缘户', '边缘易致贫户', '脱贫不稳定户', '突发严重困难户']) {
      expect(parseAt(`#走访 卢光荣 新民村1组 ${c} 全部达标`).visit?.category).toBe('监测户');
    }
  });

  it('reads the category from 户类：, 类型： and 户别：', () => {
    expect(parseAt('#走访\n户主：卢光荣\n户类：特困户\n全部达标').visit?.category).toBe('特困户');
    expect(parseAt('#走访 卢光荣 类型:边缘户 全部达标').visit?.category).toBe('监测户');
    expect(parseAt('#走访\n户主：卢光荣\n户别：低保户\n全部达标').visit?.category).toBe('低保户');
  });

  it('is null when not written', () => {
    expect(parseAt('#走访 卢光荣 新民村1组 全部达标').visit?.category).toBeNull();
  });
});

describe('the method of a visit', () => {
  it('defaults to 入户', () => {
    expect(parseAt('#走访 邱桂珍 新民村1组 全部达标').visit?.method).toBe('入户');
  });

  it('reads 电话回访 as 电话', () => {
    expect(parseAt('#走访 邱桂珍 新民村1组 电话回访 全部达标').visit?.method).toBe('电话');
  });

  it('reads 视频 and 微信 as 线上', () => {
    expect(parseAt('#走访 邱桂珍 新民村1组 视频 全部达标').visit?.method).toBe('线上');
    expect(parseAt('#走访 邱桂珍 新民村1组 微信联系 全部达标').visit?.method).toBe('线上');
  });

  it('reads 院坝会', () => {
    expect(parseAt('#走访 邱桂珍 新民村1组 院坝会 全部达标').visit?.method).toBe('院坝会');
  });

  it('reads 方式：', () => {
    expect(parseAt('#走访\n户主：邱桂珍\n方式：电话\n全部达标').visit?.method).toBe('电话');
  });
});

describe('the notes of a visit', () => {
  it('keeps 备注： as free text', () => {
    expect(parseAt('#走访\n户主：邱桂珍\n全部达标\n备注：孙子在县城读初中，周末回家').visit?.notes).toBe('孙子在县城读初中，周末回家');
  });

  it('is null when nothing is noted', () => {
    expect(parseAt('#走访 邱桂珍 新民村1组 全部达标').visit?.notes).toBeNull();
  });
});
