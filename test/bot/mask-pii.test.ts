import { describe, expect, it } from 'vitest';
import { maskPii } from '../../bot/mask-pii.ts';

describe('maskPii', () => {
  it('masks an ID-card number to its first and last four characters', () => {
    expect(maskPii('身份证510123198001011234')).toBe('身份证5101**********1234');
  });

  it('masks an ID-card number ending in X', () => {
    expect(maskPii('51012319800101123X')).toBe('5101**********123X');
  });

  it('masks a mobile number in the middle', () => {
    expect(maskPii('电话13812345678，请联系')).toBe('电话138****5678，请联系');
  });

  it('leaves ledger numbers, dates and amounts alone', () => {
    const text = '#12 住房：屋顶漏雨（李书记，2026-11-30前）补助5000元';
    expect(maskPii(text)).toBe(text);
  });
});
