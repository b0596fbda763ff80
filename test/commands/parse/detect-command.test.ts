import { describe, expect, it } from 'vitest';
import { parseAt } from './parse-at.ts';

describe('which command a message is', () => {
  it('reads a half-width # marker', () => {
    expect(parseAt('#台账').kind).toBe('ledger');
  });

  it('reads a full-width ＃ marker', () => {
    expect(parseAt('＃周报').kind).toBe('stats');
  });

  it('reads a command word in 【】 brackets', () => {
    expect(parseAt('【诉求】柏树村2组路灯不亮').kind).toBe('issue');
  });

  it('lets the longest command word win: #已整改 is a close', () => {
    const r = parseAt('#已整改 27 围墙已加固');
    expect(r.kind).toBe('close');
    expect(r.target).toEqual({ issueNo: 27, text: '围墙已加固' });
  });

  it('keeps #整改 a progress note', () => {
    expect(parseAt('#整改 9 材料已到').kind).toBe('progress');
  });

  it('reads #走访打卡 as a visit rather than #走访 followed by 打卡', () => {
    const r = parseAt('#走访打卡 聂红梅 柏树村2组 全部达标');
    expect(r.kind).toBe('visit');
    expect(r.visit?.household).toBe('聂红梅');
  });

  it('reads #问题清单 as the ledger, not an issue', () => {
    expect(parseAt('#问题清单').kind).toBe('ledger');
  });

  it('treats a message that merely starts with a command word as chat', () => {
    expect(parseAt('本周五下午两点开会').kind).toBe('none');
    expect(parseAt('问题不算严重，先观察').kind).toBe('none');
    expect(parseAt('走访完了，回村委会').kind).toBe('none');
  });

  it('accepts the unmarked close 号问题已销号', () => {
    const r = parseAt('23号问题已销号');
    expect(r.kind).toBe('close');
    expect(r.target).toEqual({ issueNo: 23, text: null });
  });

  it('accepts the unmarked close with 已整改 and keeps what follows as the text', () => {
    const r = parseAt('4号问题已整改，水池已清淤');
    expect(r.kind).toBe('close');
    expect(r.target).toEqual({ issueNo: 4, text: '水池已清淤' });
  });

  it('accepts the unmarked close with 已办结', () => {
    expect(parseAt('118号问题已办结').target?.issueNo).toBe(118);
  });

  it('does not read an unresolved numbered problem as a close', () => {
    expect(parseAt('9号问题还在处理').kind).toBe('none');
  });

  it('reads a lone question mark as a request for help', () => {
    expect(parseAt('?').kind).toBe('help');
    expect(parseAt('？').kind).toBe('help');
  });

  it('reads #帮助 and #说明 as help', () => {
    expect(parseAt('#帮助').kind).toBe('help');
    expect(parseAt('#说明').kind).toBe('help');
  });

  it('leaves an unknown #word as chat', () => {
    expect(parseAt('#乡村振兴 宣传月').kind).toBe('none');
  });

  it('reads a command addressed to someone with a leading @mention', () => {
    expect(parseAt('@驻村助手 #台账 柏树村').kind).toBe('ledger');
  });

  it('answers ordinary chat with kind none and the empty contract', () => {
    expect(parseAt('好的，收到')).toEqual({
      kind: 'none',
      ok: true,
      errors: [],
      visit: null,
      issues: [],
      target: null,
      warnings: [],
      confirmed: false,
    });
  });
});
