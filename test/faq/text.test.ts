import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../faq/normalize-text.ts';
import { rewriteSynonyms } from '../../faq/rewrite-synonyms.ts';
import { segment } from '../../faq/segment.ts';

describe('question text before matching', () => {
  it('folds traditional characters and full-width letters to one form', () => {
    expect(normalizeText('殘疾證 ＷＩＦＩ')).toBe('残疾证wifi');
  });

  it('rewrites dialect and wrong characters to the words entries use', () => {
    expect(rewriteSynonyms('底保户咋个申请')).toBe('低保户怎么申请');
    expect(rewriteSynonyms('娃要交合作医疗不')).toBe('孩子要交医保不');
    expect(rewriteSynonyms('五保户好久发钱')).toBe('特困户多久发钱');
  });

  it('keeps policy words whole when segmenting', () => {
    expect(segment('两不愁三保障和小额信贷').words).toEqual(expect.arrayContaining(['两不愁三保障', '小额信贷']));
    expect(segment('慢病卡在哪办').words).toContain('慢病卡');
  });

  it('keeps a simplified 么 as it is instead of reading it as the traditional 幺', () => {
    expect(normalizeText('么子叫低保 什麼')).toBe('么子叫低保什么');
  });
});
