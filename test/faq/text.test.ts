import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../faq/normalize-text.ts';
import { rewriteSynonyms } from '../../faq/rewrite-synonyms.ts';
import { createHomophoneMap } from '../../faq/homophone-map.ts';
import { questionClauses } from '../../faq/question-clauses.ts';
import { segment } from '../../faq/segment.ts';
import { syllables } from '../../faq/syllables.ts';
import { tokenize } from '../../faq/tokenize.ts';

describe('question text before matching', () => {
  it('folds traditional characters and full-width letters to one form', () => {
    expect(normalizeText('殘疾證 ＷＩＦＩ')).toBe('残疾证wifi');
  });

  it('reads a space typed between two Chinese phrases as the comma it stands for', () => {
    expect(normalizeText('富民贷 利息多少')).toBe('富民贷，利息多少');
    expect(normalizeText('832 平台')).toBe('832平台');
  });

  it('rewrites dialect and wrong characters to the words entries use', () => {
    expect(rewriteSynonyms('底保户咋个申请')).toBe('低保户怎么申请');
    expect(rewriteSynonyms('娃要交合作医疗不')).toBe('孩子要交医保不');
    expect(rewriteSynonyms('五保户好久发钱')).toBe('特困户多久发钱');
  });

  it('says paying, being charged and receiving money one way each', () => {
    expect(rewriteSynonyms('签约要掏钱不')).toBe(rewriteSynonyms('签约要交钱不'));
    expect(rewriteSynonyms('体检收钱吗')).toBe('体检收费吗');
    expect(rewriteSynonyms('医保交费')).toBe('医保缴费');
  });

  it('takes an A-not-A verb (搞不搞, 报没报) as a question frame, not a topic', () => {
    const { tokens } = tokenize('今年还搞不搞检查');
    expect(tokens.find((t) => t.text === '搞不搞')?.stop).toBe(true);
  });

  it('reads a chance pairing the dictionary barely knows as its characters, but keeps a rare term whole', () => {
    const words = (q: string) => tokenize(q).tokens.map((t) => t.text);
    expect(words('看病要先交押金吗')).toEqual(expect.arrayContaining(['先', '交', '押金']));
    expect(words('看病要先交押金吗')).not.toContain('先交');
    expect(words('养殖场环评咋个办')).toContain('环评');
  });

  it('keeps policy words whole when segmenting', () => {
    expect(segment('两不愁三保障和小额信贷').words).toEqual(expect.arrayContaining(['两不愁三保障', '小额信贷']));
    expect(segment('慢病卡在哪办').words).toContain('慢病卡');
  });

  it('keeps a simplified 么 as it is instead of reading it as the traditional 幺', () => {
    expect(normalizeText('么子叫低保 什麼')).toBe('么子叫低保，什么');
  });

  it('hears long words fuzzily and short ones only when they name a topic', () => {
    const map = createHomophoneMap(['四个不摘', '富民贷', '医保', '招人'], new Set(['医保']));
    expect(map.lookup(syllables('是个不摘'))).toBe('四个不摘'); // s/sh
    expect(map.lookup(syllables('福民贷'))).toBe('富民贷');
    expect(map.lookup(syllables('一保'))).toBe('医保');
    expect(map.lookup(syllables('找人'))).toBeUndefined(); // 招人 names no topic
  });

  it('finds the clause that asks in a long question', () => {
    const text = normalizeText('老伴前年走了，一个人守着两亩地，能不能吃低保');
    const { clauses, asking } = questionClauses(text);
    expect(clauses).toHaveLength(3);
    expect(asking).toBe(2);
    expect(questionClauses(normalizeText('住院要先交押金不，听说县里可以先看病')).asking).toBe(0);
  });

  const askingText = (q: string) => {
    const text = normalizeText(q);
    const { clauses, asking } = questionClauses(text);
    return [...text].slice(clauses[asking].start, clauses[asking].end).join('');
  };

  it('cuts a run-on typed by voice where the speech turns, and keeps a short tail with what it asks about', () => {
    expect(askingText('我老伴去年走了儿子在外面打工我一个人种两亩地像我这种能不能吃低保')).toBe('像我这种能不能吃低保');
    expect(askingText('仓里的菜籽放久了会不会坏掉')).toBe('仓里的菜籽放久了会不会坏掉');
  });

  it("starts a long clause's question a few characters before its question word", () => {
    const tail = askingText('在外地做生意的老乡想给村里的幸福基金捐一笔钱怎么捐');
    expect(tail).toContain('怎么捐');
    expect(tail).not.toContain('做生意');
  });
});
