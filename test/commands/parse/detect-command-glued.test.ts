// The first token must be the command word: Chinese glued to it must be what the command takes.
import { describe, expect, it } from 'vitest';
import { parseAt } from './parse-at.ts';

describe('a command word with more Chinese right after it', () => {
  it('is the command when a household or place follows', () => {
    expect(parseAt('#走访王德福 三星村4组 全部达标')).toMatchObject({ kind: 'visit', visit: { household: '王德福' } });
    expect(parseAt('#问题三星村4组路灯坏了').kind).toBe('issue');
    expect(parseAt('#台账三星村').kind).toBe('ledger');
    expect(parseAt('#绑定三星村').kind).toBe('bind');
  });

  it('is the command when an item number follows, in figures or in words', () => {
    expect(parseAt('#销号十二号 已修好')).toMatchObject({ kind: 'close', target: { issueNo: 12 } });
    expect(parseAt('#进展12 已联系').kind).toBe('progress');
  });

  it('is a longer word of people’s own otherwise', () => {
    for (const text of [
      '#走访慰问 镇领导慰问老党员',
      '#入户排查 请各组长下周完成',
      '#本周值班 周一李明',
      '#整改通知 请各组',
      '#说明会 明天',
      '#问题反馈 路灯坏了',
      '#上报材料 周五前交',
      '#待答复',
    ]) {
      expect(parseAt(text).kind, text).toBe('none');
    }
  });

  it('is no command in a closed topic tag', () => {
    expect(parseAt('#问题# 大家有什么问题').kind).toBe('none');
    expect(parseAt('#森林防火# 严禁野外用火').kind).toBe('none');
  });

  it('takes one question mark as a request for help, not three', () => {
    expect(parseAt('？').kind).toBe('help');
    expect(parseAt('？？？').kind).toBe('none');
    expect(parseAt('??').kind).toBe('none');
  });
});

describe('the unmarked close', () => {
  it('closes nothing when it is asked as a question', () => {
    for (const text of ['12号问题已经销号了吗？', '3号问题已整改？', '12号问题已销号了没有']) expect(parseAt(text).kind, text).toBe('none');
    expect(parseAt('12号问题已销号了').kind).toBe('close');
  });
});
