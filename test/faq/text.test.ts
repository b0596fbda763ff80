import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../faq/normalize-text.ts';
import { rewriteSynonyms } from '../../faq/rewrite-synonyms.ts';
import { segment } from '../../faq/segment.ts';
import { outOfScopeSignal } from '../../faq/out-of-scope-signal.ts';

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

  it('spots weather, price and errand talk but not a policy question', () => {
    expect(outOfScopeSignal('明天会下雨不')).toBe('weather');
    expect(outOfScopeSignal('猪肉多少钱一斤')).toBe('price');
    expect(outOfScopeSignal('快递到了没有')).toBe('errand');
    expect(outOfScopeSignal('低保怎么申请')).toBeNull();
  });
});
