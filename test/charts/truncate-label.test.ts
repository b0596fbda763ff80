import { describe, expect, it } from 'vitest';
import { textEm, truncateLabel } from '../../charts/truncate-label.ts';

describe('truncateLabel', () => {
  it('keeps a name that fits', () => {
    expect(truncateLabel('三星村', 6)).toBe('三星村');
    expect(truncateLabel('凉风垭村六组', 6)).toBe('凉风垭村六组');
  });

  it('cuts a long name to its start and …, no wider than allowed', () => {
    const cut = truncateLabel('黄泥坝社区居民委员会', 6);
    expect(cut).toBe('黄泥坝社区…');
    expect(textEm(cut)).toBeLessThanOrEqual(6);
  });

  it('counts Latin letters and digits as narrower than Chinese', () => {
    expect(truncateLabel('三星村10组', 6)).toBe('三星村10组');
    expect(textEm('10')).toBeLessThan(textEm('十组'));
    expect(textEm(truncateLabel('Sanxing Village No. 4', 6))).toBeLessThanOrEqual(6);
  });

  it('folds runs of spaces and trims', () => {
    expect(truncateLabel('  三星  村 ', 6)).toBe('三星 村');
  });
});
