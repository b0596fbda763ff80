import { describe, expect, it } from 'vitest';
import { SHARE_DEFAULTS } from '../../faq/create-faq.ts';
import { unitWeight } from '../../faq/explained-share.ts';
import { wordFrequency } from '../../faq/word-frequency.ts';

const weigh = (word: string) => unitWeight(word, wordFrequency(), SHARE_DEFAULTS);

describe('what a word of the question weighs', () => {
  it('weighs a family member in the story as little as a name: who it is about, not what it asks', () => {
    for (const kin of ['男人', '儿子', '老伴', '媳妇', '邻居']) {
      expect(weigh(kin), kin).toBeLessThan(weigh('驾照') / 2);
      expect(weigh(kin), kin).toBeLessThanOrEqual(3);
    }
  });

  it('weighs a specific word more than filler', () => {
    expect(weigh('社保卡')).toBeGreaterThan(weigh('时候') + 5);
  });
});
