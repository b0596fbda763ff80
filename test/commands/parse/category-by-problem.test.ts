import { describe, expect, it } from 'vitest';
import { parseAt } from './parse-at.ts';

// A ledger item's category is what the text says is wrong. Place names, household names,
// assignees and household labels (低保户, 五保户) are who and where, never what.
const category = (text: string) => parseAt(`#问题 ${text}`).issues[0]?.category;
const tailCategory = (tail: string) => parseAt(`#走访 杜长青 三星村4组 全部达标 ${tail}`).issues[0]?.category;

describe('a word inside a place name never decides the category', () => {
  it.each([
    ['水井湾村3组李小明辍学在家', '教育'],
    ['水井湾村5组王家孩子上学路远', '教育'],
    ['龙井坝村2组两户为排水沟的事吵架', '矛盾纠纷'],
    ['龙井坝村1组何家娃儿学费交不起', '教育'],
    ['石桥沟组张大爷家低保被取消', '政策落实'],
    ['石桥沟组刘家院子垃圾堆积', '人居环境'],
    ['马路坪刘大娘住院费用负担重', '医疗'],
    ['马路坪李家没有收入来源', '收入'],
    ['桥头村2组村民反映垃圾没人清运', '人居环境'],
    ['新路村3组张家房屋漏雨', '住房'],
  ])('files %s under %s', (text, want) => {
    expect(category(text)).toBe(want);
  });

  it('still reads the village of the report', () => {
    const r = parseAt('#问题 水井湾村3组李小明辍学在家');
    expect([r.village, r.group]).toEqual(['水井湾村', '3组']);
  });

  it('does the same for the free tail of a visit', () => {
    expect(tailCategory('龙井坝村两户为排水沟的事吵架 由李书记负责')).toBe('矛盾纠纷');
    expect(tailCategory('问题：水井湾那边的张家孩子辍学了')).toBe('教育');
  });
});

describe('a person never decides the category', () => {
  it('ignores a household written as 姓名 + 家', () => {
    expect(category('王水源家孩子学费交不起')).toBe('教育');
    expect(category('马路明家学费交不起')).toBe('教育');
  });

  it('ignores the visited household named inside an item', () => {
    const r = parseAt('#走访 王水源 三星村4组 全部达标\n问题：王水源的孙子学费交不起');
    expect(r.issues.map((i) => i.category)).toEqual(['教育']);
  });

  it('ignores the assignee and @mentions', () => {
    expect(category('刘家孩子学费交不起，负责人王水源')).toBe('教育');
    expect(category('孩子学费交不起 @王水源')).toBe('教育');
    expect(category('村小学围墙开裂 由路书记负责')).not.toBe('基础设施');
  });

  it('ignores the household label (低保户, 五保户, 脱贫户)', () => {
    expect(category('三星村低保户陈大爷家水管冻裂')).toBe('饮水');
    expect(category('五保户吃穿困难')).toBe('吃穿');
    expect(category('脱贫户刘某孩子辍学')).toBe('教育');
  });
});

describe('the words that say what is wrong outweigh the things they are about', () => {
  it.each([
    ['两户为田坎的事吵架', '矛盾纠纷'],
    ['为修路占地的事两家起了纠纷', '矛盾纠纷'],
    ['邻居因水管接口问题发生争执', '矛盾纠纷'],
    ['低保被取消了要核实', '政策落实'],
    ['医保被取消了不知道原因', '政策落实'],
    ['饮水工程补助款没到账', '政策落实'],
    ['屋顶漏水', '住房'],
    ['学校门口的路灯坏了', '基础设施'],
    ['孩子辍学在家帮忙养牛', '教育'],
    ['茶叶滞销，路也不好走', '产业'],
  ])('files %s under %s', (text, want) => {
    expect(category(text)).toBe(want);
  });
});

describe('the explicit category stays the strongest signal', () => {
  it('takes the bracketed category over any word', () => {
    expect(category('（住房）：两户为排水沟吵架')).toBe('住房');
    const r = parseAt('#走访 杜长青 三星村4组 全部达标\n问题（饮水）：学校旁的水井干了');
    expect(r.issues[0].category).toBe('饮水');
  });

  it('is 其他 when nothing says what is wrong', () => {
    expect(category('水井湾村3组想咨询一下手续')).toBe('其他');
  });
});
