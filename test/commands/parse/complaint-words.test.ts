import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../../commands/parse/parse-message.ts';

const at = new Date('2026-11-22T09:00:00+08:00');
const parse = (text: string) => parseMessage(text, at) as unknown as Record<string, unknown>;

describe('#意见', () => {
  it.each([
    ['#意见 低保评定不公开', false, '低保评定不公开'],
    ['＃意见 匿名 村里修路有人吃拿卡要', true, '村里修路有人吃拿卡要'],
    ['#意见（匿名）村里修路有人吃拿卡要', true, '村里修路有人吃拿卡要'],
    ['#意见匿名：修路款去向不明', true, '修路款去向不明'],
    ['【意见】匿名 修路款去向不明', true, '修路款去向不明'],
    ['#投诉 张主任办事拖拉', false, '张主任办事拖拉'],
    ['#意见箱 希望公开账目', false, '希望公开账目'],
  ])('reads %s', (text, anonymous, body) => {
    expect(parse(text)).toMatchObject({ kind: 'complaint', ok: true, anonymous, text: body });
  });

  it('is not ok when empty, anonymous or not', () => {
    expect(parse('#意见')).toMatchObject({ kind: 'complaint', ok: false });
    expect(parse('#意见 匿名')).toMatchObject({ kind: 'complaint', ok: false, anonymous: true });
  });

  it('leaves a tag that only starts with 意见 to the group', () => {
    expect(parse('#意见反馈群 今晚开会').kind).toBe('none');
  });
});

describe('#回复意见 and #意见接收人', () => {
  it('reads the number and the answer', () => {
    expect(parse('#回复意见 12 已核实，本周公示')).toMatchObject({ kind: 'complaintAnswer', ok: true, id: 12, text: '已核实，本周公示' });
    expect(parse('#答复意见 编号3：已转镇纪委')).toMatchObject({ kind: 'complaintAnswer', ok: true, id: 3, text: '已转镇纪委' });
    expect(parse('#回复意见 已处理')).toMatchObject({ kind: 'complaintAnswer', ok: false });
    expect(parse('#回复意见 12')).toMatchObject({ kind: 'complaintAnswer', ok: false });
  });

  it('reads a name and a township in either order; the longer word wins over #意见', () => {
    expect(parse('#意见接收人 周纪委 后叶镇')).toMatchObject({ kind: 'complaintRecipient', ok: true, name: '周纪委', township: '后叶镇' });
    expect(parse('#意见接收人 后叶镇，周纪委')).toMatchObject({ kind: 'complaintRecipient', ok: true, name: '周纪委', township: '后叶镇' });
    expect(parse('#意见接收人 周纪委')).toMatchObject({ kind: 'complaintRecipient', ok: false });
  });
});

describe('#待回访', () => {
  it('takes an optional village', () => {
    expect(parse('#待回访')).toMatchObject({ kind: 'revisits', ok: true, village: null });
    expect(parse('#待回访 三星村')).toMatchObject({ kind: 'revisits', ok: true, village: '三星村' });
    expect(parse('#不满意名单').kind).toBe('revisits');
  });
});
