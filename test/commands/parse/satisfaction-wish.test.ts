import { describe, expect, it } from 'vitest';
import { toContract } from '../../../bot/cli/parse.ts';
import { parseAt } from './parse-at.ts';

const ONE_LINE = '#走访 王德福 三星村4组 全部达标';

describe('满意度 on a visit', () => {
  it.each([
    ['满意度：满意', '满意'],
    ['满意度：基本满意', '基本满意'],
    ['满意度：比较满意', '基本满意'],
    ['满意度：不满意', '不满意'],
    ['满意情况：基本满意', '基本满意'],
    ['群众满意度：满意', '满意'],
    ['满意度:满意', '满意'],
    ['满意度 满意', '满意'],
    ['满意度：非常满意', '满意'],
    ['满意度：不太满意', '不满意'],
  ])('reads %s in the one-line layout as %s', (field, want) => {
    const r = parseAt(`${ONE_LINE} ${field}`);
    expect(r.ok).toBe(true);
    expect(r.visit?.satisfaction).toBe(want);
    expect(r.visit?.satisfactionReason).toBeNull();
    expect(r.issues).toEqual([]);
  });

  it('takes a bracketed reason', () => {
    const v = parseAt(`${ONE_LINE} 满意度：不满意（危房改造还没批）`).visit;
    expect(v).toMatchObject({ satisfaction: '不满意', satisfactionReason: '危房改造还没批' });
  });

  it('takes a reason after a colon', () => {
    const v = parseAt(`${ONE_LINE} 群众满意度：不满意：嫌低保评得不公平`).visit;
    expect(v).toMatchObject({ satisfaction: '不满意', satisfactionReason: '嫌低保评得不公平' });
  });

  it('reads the multi-line layout', () => {
    const v = parseAt('#走访\n户主：王德福\n村组：三星村4组\n全部达标\n满意度：不满意（院墙开裂一直没人管）').visit;
    expect(v).toMatchObject({ household: '王德福', satisfaction: '不满意', satisfactionReason: '院墙开裂一直没人管' });
  });

  it('reads a bare verdict after the checks as the satisfaction, not as a ledger item', () => {
    expect(parseAt(`${ONE_LINE} 满意`).visit?.satisfaction).toBe('满意');
    expect(parseAt(`${ONE_LINE} 满意`).issues).toEqual([]);
    const r = parseAt(`${ONE_LINE} 群众不满意（路没修）`);
    expect(r.visit).toMatchObject({ satisfaction: '不满意', satisfactionReason: '路没修' });
    expect(r.issues).toEqual([]);
    expect(parseAt(`${ONE_LINE}，户主表示基本满意`).visit?.satisfaction).toBe('基本满意');
  });

  it('keeps a complaint about something as an item', () => {
    const r = parseAt(`${ONE_LINE} 对低保评定不满意`);
    expect(r.issues).toHaveLength(1);
    expect(r.visit?.satisfaction).toBeNull();
  });

  it('is null with its reason when not written', () => {
    const v = parseAt(ONE_LINE).visit;
    expect(v).toMatchObject({ satisfaction: null, satisfactionReason: null, wish: null });
  });
});

describe('微心愿 on a visit', () => {
  it('is the wish and a ledger item of category 微心愿', () => {
    const r = parseAt(`${ONE_LINE} 微心愿：想要一台轮椅`);
    expect(r.ok).toBe(true);
    expect(r.visit?.wish).toBe('想要一台轮椅');
    expect(r.issues).toEqual([{ category: '微心愿', description: '想要一台轮椅', assignee: null, dueOn: null }]);
  });

  it('is read from 心愿： and 愿望：', () => {
    expect(parseAt(`${ONE_LINE} 心愿：想学电焊`).visit?.wish).toBe('想学电焊');
    expect(parseAt('#走访\n户主：王德福\n全部达标\n愿望：孙女考上大学有人资助').visit?.wish).toBe('孙女考上大学有人资助');
  });

  it('keeps the assignee and deadline on the item and out of the wish', () => {
    const r = parseAt(`${ONE_LINE} 微心愿：想要一台轮椅，责任人李书记，12月底前`);
    expect(r.visit?.wish).toBe('想要一台轮椅');
    expect(r.issues).toEqual([{ category: '微心愿', description: '想要一台轮椅', assignee: '李书记', dueOn: '2026-12-31' }]);
  });

  it('takes a 责任人 line that follows it in the multi-line layout', () => {
    const r = parseAt('#走访\n户主：王德福\n全部达标\n微心愿：想要一台电视\n责任人：王队');
    expect(r.issues).toEqual([{ category: '微心愿', description: '想要一台电视', assignee: '王队', dueOn: null }]);
  });

  it('is an explicit item in the order written, before the check items', () => {
    const r = parseAt(
      '#走访\n户主：王德福\n住房：×（屋顶漏雨）\n其余正常\n问题：房屋后墙开裂\n微心愿：希望孙子能学门手艺\n满意度：基本满意',
    );
    expect(r.issues.map((i) => i.category)).toEqual(['住房', '微心愿']);
    expect(r.visit).toMatchObject({ wish: '希望孙子能学门手艺', satisfaction: '基本满意' });
  });

  it('stays apart from 满意度 and the checks on one line', () => {
    const r = parseAt('#走访 王德福 三星村4组 住房×（屋顶漏雨） 其余正常 微心愿：希望孙子能学门手艺 满意度：基本满意');
    expect(r.visit).toMatchObject({ wish: '希望孙子能学门手艺', satisfaction: '基本满意', satisfactionReason: null });
    expect(r.issues.map((i) => [i.category, i.description])).toEqual([
      ['微心愿', '希望孙子能学门手艺'],
      ['住房', '屋顶漏雨'],
    ]);
  });

  it('is nothing when written as none', () => {
    const r = parseAt(`${ONE_LINE} 微心愿：无`);
    expect(r.visit?.wish).toBeNull();
    expect(r.issues).toEqual([]);
  });

  it('comes only from the 微心愿 field, not from a bracketed label', () => {
    const r = parseAt('#走访\n户主：王德福\n全部达标\n问题（微心愿）：想要一台轮椅');
    expect(r.issues[0].category).not.toBe('微心愿');
    expect(r.visit?.wish).toBeNull();
  });
});

describe('满意度 and 微心愿 together in the form layout', () => {
  it('reads both, with the wish as the one 微心愿 item', () => {
    const r = parseAt('#民情日记\n户主：王德福\n村组：三星村4组\n全部达标\n满意度：基本满意\n微心愿：想要一台轮椅\n责任人：李书记');
    expect(r.ok).toBe(true);
    expect(r.visit).toMatchObject({ satisfaction: '基本满意', satisfactionReason: null, wish: '想要一台轮椅' });
    expect(r.issues).toEqual([{ category: '微心愿', description: '想要一台轮椅', assignee: '李书记', dueOn: null }]);
  });
});

describe('the cli parse contract', () => {
  it('carries satisfaction, its reason and the wish on the visit', () => {
    const out = toContract(parseAt(`${ONE_LINE} 满意度：不满意（路没修） 微心愿：想要一台轮椅`));
    expect(out.visit).toMatchObject({ satisfaction: '不满意', satisfactionReason: '路没修', wish: '想要一台轮椅' });
  });

  it('has them as null when absent', () => {
    const out = toContract(parseAt(ONE_LINE));
    expect(out.visit).toHaveProperty('satisfaction', null);
    expect(out.visit).toHaveProperty('satisfactionReason', null);
    expect(out.visit).toHaveProperty('wish', null);
  });
});
