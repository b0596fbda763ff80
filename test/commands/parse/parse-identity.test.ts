import { describe, expect, it } from 'vitest';
import { parseFlat } from './parse-at.ts';

const NOW = new Date('2026-11-25T10:00:00+08:00');
const parse = (text: string) => parseFlat(text, NOW);

describe('the identity commands', () => {
  it('reads a claim by name, with or without the village, in either order', () => {
    expect(parse('#认领 张华')).toMatchObject({ kind: 'claim', ok: true, identity: { action: 'request', name: '张华', village: null } });
    expect(parse('#认领 张华 三星村').identity).toEqual({ action: 'request', name: '张华', village: '三星村' });
    expect(parse('＃认领 三星村 张华').identity).toEqual({ action: 'request', name: '张华', village: '三星村' });
    expect(parse('【认领】张华（三星村）').identity).toEqual({ action: 'request', name: '张华', village: '三星村' });
  });

  it('reads a six-digit claim code, full-width or spaced', () => {
    expect(parse('#认领 482913').identity).toEqual({ action: 'redeem', code: '482913' });
    expect(parse('#认领 ４８２９１３').identity).toEqual({ action: 'redeem', code: '482913' });
    expect(parse('#认领 482 913').identity).toEqual({ action: 'redeem', code: '482913' });
  });

  it('refuses a code of the wrong length with the right form', () => {
    const r = parse('#认领 48291');
    expect(r).toMatchObject({ kind: 'claim', ok: false, identity: null });
    expect(r.errors[0].message).toContain('6 位数字');
  });

  it("reads an admin's confirmation by number", () => {
    expect(parse('#认领 确认 3').identity).toEqual({ action: 'confirm', requestNo: 3 });
    expect(parse('#认领 同意第3号').identity).toEqual({ action: 'confirm', requestNo: 3 });
    expect(parse('#认领 确认').errors[0].message).toContain('#认领 确认 3');
  });

  it('reads a code request and an unlink with its platform', () => {
    expect(parse('#认领码 王芳').identity).toEqual({ action: 'issue', name: '王芳', village: null });
    expect(parse('#解除 张华 微信').identity).toEqual({ action: 'unlink', name: '张华', village: null, platform: 'wechat' });
    expect(parse('#解除认领 张华 三星村 飞书').identity).toEqual({ action: 'unlink', name: '张华', village: '三星村', platform: 'lark' });
    expect(parse('#解除 张华').identity).toMatchObject({ platform: null });
  });

  it('asks for the name when there is none', () => {
    for (const text of ['#认领', '#认领码', '#解除 微信']) {
      const r = parse(text);
      expect(r.ok).toBe(false);
      expect(r.errors[0].message).toMatch(/例：#(认领|认领码|解除) 张华/);
    }
  });

  it('needs the command mark: a chat line starting with 认领 is not a command', () => {
    expect(parse('认领一下这个任务').kind).toBe('none');
  });
});
