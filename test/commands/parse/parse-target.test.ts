import { describe, expect, it } from 'vitest';
import { parseAt } from './parse-at.ts';

describe('progress notes and closes', () => {
  it('reads the item number and the text of a progress note', () => {
    const r = parseAt('#进展 41 已报镇水务站，等待排期');
    expect(r).toMatchObject({ kind: 'progress', ok: true, target: { issueNo: 41, text: '已报镇水务站，等待排期' } });
  });

  it('reads the number and text of a close', () => {
    expect(parseAt('#销号 6 新水管已接通').target).toEqual({ issueNo: 6, text: '新水管已接通' });
    expect(parseAt('#办结 16 补贴已到账').kind).toBe('close');
  });

  it('gives a null text when nothing follows the number', () => {
    expect(parseAt('#销号 16').target).toEqual({ issueNo: 16, text: null });
  });

  it('accepts 号 and 第 around the number', () => {
    expect(parseAt('#进展 第8号 已备料').target?.issueNo).toBe(8);
    expect(parseAt('#销号 21号，已修好').target).toEqual({ issueNo: 21, text: '已修好' });
  });

  it('is not ok without a number and asks for it', () => {
    const r = parseAt('#销号 谢家水管已修好');
    expect(r.kind).toBe('close');
    expect(r.ok).toBe(false);
    expect(r.target).toBeNull();
    expect(r.errors.map((e) => e.field)).toEqual(['issueNo']);
    expect(r.errors[0].message).toMatch(/编号.*例/);
  });

  it('asks for the number of a progress note too', () => {
    expect(parseAt('#进展 已经联系施工队').errors[0].field).toBe('issueNo');
  });

  it('has no visit and no items', () => {
    const r = parseAt('#进展 3 材料已采购');
    expect(r.visit).toBeNull();
    expect(r.issues).toEqual([]);
  });
});
