import { describe, expect, it } from 'vitest';
import { splitText } from '../../../bot/adapters/wechat/split-text.ts';

describe('splitText', () => {
  it('leaves a short reply whole', () => {
    expect(splitText('一行\n两行', 1500)).toEqual(['一行\n两行']);
  });

  it('cuts at line boundaries, in order, each piece within the limit', () => {
    const lines = Array.from({ length: 40 }, (_, i) => `${i + 1}. 三星村4组路灯坏了，由张主任负责，一周内修好`);
    const pieces = splitText(lines.join('\n'), 200);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect([...p].length).toBeLessThanOrEqual(200);
    expect(pieces.join('\n')).toBe(lines.join('\n'));
    expect(pieces.every((p) => lines.includes(p.split('\n')[0]))).toBe(true);
  });

  it('cuts a single over-long line inside it, losing nothing', () => {
    const line = '长'.repeat(450);
    const pieces = splitText(`开头\n${line}\n结尾`, 200);
    expect(pieces.join('').replace(/\n/g, '')).toBe(`开头${line}结尾`);
    for (const p of pieces) expect([...p].length).toBeLessThanOrEqual(200);
  });

  it('never splits an emoji (counts characters, not UTF-16 units)', () => {
    const pieces = splitText('👍'.repeat(5), 2);
    expect(pieces).toEqual(['👍👍', '👍👍', '👍']);
  });
});
