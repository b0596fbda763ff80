import { describe, expect, it } from 'vitest';
import { parseAt } from './parse-at.ts';

describe('an issue report', () => {
  it('is one item from #问题 with assignee and deadline cut out of the description', () => {
    const r = parseAt('#问题 松林村5组饮水池渗漏，需修补，负责人：邹站长，时限：12月3日');
    expect(r.kind).toBe('issue');
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([{ category: '饮水', description: '松林村5组饮水池渗漏，需修补', assignee: '邹站长', dueOn: '2026-12-03' }]);
  });

  it('is started by 诉求 and 上报 too', () => {
    expect(parseAt('#诉求 希望村里安装路灯').issues[0].category).toBe('基础设施');
    expect(parseAt('＃上报 小学门口积水严重').kind).toBe('issue');
  });

  it('takes the category from brackets right after the command', () => {
    const r = parseAt('#问题（政策落实）：松林村3组残疾人两项补贴未发放，@卫主任，本周内');
    expect(r.issues[0]).toMatchObject({ category: '政策落实', assignee: '卫主任', dueOn: '2026-11-22' });
    expect(r.issues[0].description).toContain('两项补贴');
  });

  it('names the village, group and household written at the start', () => {
    const r = parseAt('#问题 松林村5组严秀英家房屋后墙开裂');
    expect([r.village, r.group, r.household]).toEqual(['松林村', '5组', '严秀英']);
  });

  it('reads the place and household from 村组： and 户主： lines of a form-style report', () => {
    const r = parseAt(
      '#上报\n村组：松林村6组\n户主：易春兰\n问题：厨房后墙裂缝\n责任人：蔡站长\n时限：本周五',
      '2026-11-25T10:00:00+08:00',
    );
    expect([r.village, r.group, r.household]).toEqual(['松林村', '6组', '易春兰']);
    expect(r.issues).toEqual([{ category: '住房', description: '厨房后墙裂缝', assignee: '蔡站长', dueOn: '2026-11-27' }]);
  });

  it('names a household that leads the text without a place', () => {
    expect(parseAt('#问题 易春兰家猪圈倒塌').household).toBe('易春兰');
  });

  it('does not take 村民 for a household', () => {
    const r = parseAt('#问题 松林村5组村民家门口垃圾堆积');
    expect(r.household).toBeNull();
    expect(r.issues[0].category).toBe('人居环境');
  });

  it('leaves village, group and household null when not written', () => {
    const r = parseAt('#问题 产业路被山洪冲毁');
    expect([r.village, r.group, r.household]).toEqual([null, null, null]);
  });

  it('reads a titled name followed by 负责 as the assignee', () => {
    const issue = parseAt('#问题 松林村7组便道垮塌，龙主任负责，12月2日完成').issues[0];
    expect(issue).toMatchObject({ assignee: '龙主任', dueOn: '2026-12-02', description: '松林村7组便道垮塌' });
  });

  it('does not read 专人负责 as an assignee', () => {
    expect(parseAt('#问题 便道垮塌，需要专人负责').issues[0].assignee).toBeNull();
  });

  it('is not ok without a description', () => {
    const r = parseAt('#问题');
    expect(r.ok).toBe(false);
    expect(r.errors[0].field).toBe('description');
  });

  it('has no visit', () => {
    expect(parseAt('#问题 产业路被山洪冲毁').visit).toBeNull();
  });
});

describe('the category inferred from the words', () => {
  const category = (text: string) => parseAt(`#问题 ${text}`).issues[0].category;

  it.each([
    ['厨房屋顶漏雨', '住房'],
    ['危房改造进度慢', '住房'],
    ['自来水水压太低', '饮水'],
    ['水管接头漏水', '饮水'],
    ['慢病药费报销难', '医疗'],
    ['住院费用压力大', '医疗'],
    ['孩子上学路远', '教育'],
    ['学费交不起', '教育'],
    ['想出去务工找不到门路', '就业'],
    ['养殖的土鸡销路不好', '产业'],
    ['种植的魔芋没人收', '产业'],
    ['通组路坑洼', '基础设施'],
    ['桥面护栏松动', '基础设施'],
    ['路灯不亮', '基础设施'],
    ['垃圾池满了没人清', '人居环境'],
    ['厕所改造没完成', '人居环境'],
    ['两家因界址起纠纷', '矛盾纠纷'],
    ['婆媳矛盾激化', '矛盾纠纷'],
    ['低保金停发了', '政策落实'],
    ['耕地地力补贴没到账', '政策落实'],
    ['想咨询一下手续', '其他'],
  ])('files %s under %s', (text, want) => {
    expect(category(text)).toBe(want);
  });
});
