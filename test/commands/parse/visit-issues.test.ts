import { describe, expect, it } from 'vitest';
import { parseAt } from './parse-at.ts';

describe('ledger items found on a visit', () => {
  it('makes a problem check an item with its bracketed reason as the description', () => {
    const r = parseAt('#走访 祝有才 新民村2组 收入√ 吃穿√ 教育√ 医疗√ 住房√ 饮水×（井水浑浊）');
    expect(r.issues).toEqual([{ category: '饮水', description: '井水浑浊', assignee: null, dueOn: null, fromCheck: 'water' }]);
  });

  it('describes a problem check without a reason as the category + 未达标', () => {
    const r = parseAt('#走访 祝有才 新民村2组 教育× 其余正常');
    expect(r.issues.map((i) => [i.category, i.description])).toEqual([['教育', '教育未达标']]);
  });

  it('orders check items income, food, education, medical, housing, water', () => {
    const r = parseAt('#走访 祝有才 新民村2组 饮水× 住房× 收入× 医疗√ 吃穿√ 教育√');
    expect(r.issues.map((i) => i.category)).toEqual(['收入', '住房', '饮水']);
  });

  it('makes each 问题 line an item, in the order written, before the check items', () => {
    const r = parseAt('#民情日记\n户主：祝有才\n收入：×\n其余正常\n问题1：想学电焊技术外出务工\n问题2：房前排水沟堵塞，下雨积水');
    expect(r.issues.map((i) => i.category)).toEqual(['就业', '基础设施', '收入']);
  });

  it('makes a 诉求 line an item', () => {
    const r = parseAt('#走访\n户主：祝有才\n全部达标\n诉求：希望帮忙联系茶叶销路');
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].category).toBe('产业');
  });

  it('takes the category from brackets after 问题', () => {
    const r = parseAt('#走访\n户主：祝有才\n全部达标\n问题（矛盾纠纷）：与邻居因排水沟起争执');
    expect(r.issues[0].category).toBe('矛盾纠纷');
    expect(r.issues[0].description).toBe('与邻居因排水沟起争执');
  });

  it('does not add a check item when an explicit item has the same category', () => {
    const r = parseAt('#走访\n户主：祝有才\n饮水：×（水管爆裂）\n其余正常\n问题：入户水管爆裂需更换');
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].category).toBe('饮水');
  });

  it('still adds the check item when the explicit item is of another category', () => {
    const r = parseAt('#走访\n户主：祝有才\n收入：×\n其余正常\n问题（产业）：柑橘滞销');
    expect(r.issues.map((i) => i.category)).toEqual(['产业', '收入']);
  });

  it('makes the free tail of a one-liner after the checks one item', () => {
    const r = parseAt('#走访 祝有才 新民村2组 收入√ 吃穿√ 教育√ 医疗√ 住房× 饮水√ 房顶瓦片被风吹落，需补瓦，责任人罗主任，11月28日前');
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ category: '住房', assignee: '罗主任', dueOn: '2026-11-28' });
    expect(r.issues[0].description).toContain('需补瓦');
    expect(r.issues[0].description).not.toMatch(/责任人|11月28日/);
  });

  it('keeps the bracketed reason when the tail explains the same check', () => {
    const r = parseAt('#走访 祝有才 新民村2组 其余正常 饮水×（水压不足） 需加装水泵 @罗主任 5天内');
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].description).toContain('水压不足');
    expect(r.issues[0].description).toContain('需加装水泵');
    expect(r.issues[0]).toMatchObject({ category: '饮水', assignee: '罗主任', dueOn: '2026-11-27' });
  });

  it('gives a tail whose words decide nothing to the single problem check', () => {
    const r = parseAt('#走访 祝有才 新民村2组 其余正常 医疗× 需尽快跟进 @罗主任');
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ category: '医疗', assignee: '罗主任' });
  });

  it('attaches 责任人 and 时限 lines to the 问题 line above them', () => {
    const r = parseAt('#走访\n户主：祝有才\n全部达标\n问题：院坝路面开裂\n责任人：向站长\n时限：下周二');
    expect(r.issues).toEqual([{ category: '基础设施', description: '院坝路面开裂', assignee: '向站长', dueOn: '2026-11-24' }]);
  });

  it('gives a 责任人 written after the checks with no item of its own to the check items', () => {
    const r = parseAt('#走访 祝有才 新民村2组 其余正常 住房×（危房） 责任人罗主任 月底前');
    expect(r.issues).toEqual([{ category: '住房', description: '危房', assignee: '罗主任', dueOn: '2026-11-30', fromCheck: 'housing' }]);
  });

  it('reads 负责人, 由…负责 and @ as the assignee', () => {
    const line = (who: string) => parseAt(`#走访 祝有才 新民村2组 全部达标 诉求：想申请公益岗位，${who}`).issues[0].assignee;
    expect(line('负责人周会计')).toBe('周会计');
    expect(line('由杜支书负责')).toBe('杜支书');
    expect(line('@雷队长')).toBe('雷队长');
  });

  it('splits several 问题N： keys written on one line', () => {
    const r = parseAt('#走访 祝有才 新民村2组 全部达标 问题1：想养蜂缺技术 问题2：路灯坏了，@郝主任');
    expect(r.issues.map((i) => [i.category, i.description, i.assignee])).toEqual([
      ['产业', '想养蜂缺技术', null],
      ['基础设施', '路灯坏了', '郝主任'],
    ]);
  });

  it('reads 存在问题： as an item key', () => {
    expect(parseAt('#走访\n户主：祝有才\n全部达标\n存在问题：自来水压力小').issues[0].category).toBe('饮水');
  });

  it('reads a reason written before the mark or in 【】', () => {
    const r = parseAt('#走访 祝有才 新民村2组 住房（C级危房）× 饮水×【水源干涸】 其余正常');
    expect(r.issues.map((i) => i.description)).toEqual(['C级危房', '水源干涸']);
  });

  it('ignores 问题：无', () => {
    expect(parseAt('#走访\n户主：祝有才\n全部达标\n问题：无').issues).toEqual([]);
  });

  it('has no items when everything is secured', () => {
    expect(parseAt('#走访 祝有才 新民村2组 全部达标').issues).toEqual([]);
  });
});
