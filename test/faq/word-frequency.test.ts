import { describe, expect, it } from 'vitest';
import { TagClass, createWordFrequency, wordFrequency } from '../../faq/word-frequency.ts';

describe("general word frequency from jieba's dictionary", () => {
  const words = wordFrequency();

  it('rates a specific word as more telling than a common one', () => {
    expect(words.lookup('社保卡')!.information).toBeGreaterThan(words.lookup('时候')!.information + 5);
    expect(words.lookup('猎狗')!.information).toBeGreaterThan(words.lookup('一下')!.information);
  });

  it('knows numbers and pronouns from nouns, and names from both', () => {
    expect(words.lookup('一下')!.tag).toBe(TagClass.Function);
    expect(words.lookup('那个')!.tag).toBe(TagClass.Function);
    expect(words.lookup('东莞')!.tag).toBe(TagClass.Name);
    expect(words.lookup('核桃')!.tag).toBe(TagClass.Content);
    expect(words.lookup('申请')!.tag).toBe(TagClass.Predicate);
  });

  it('has nothing for a word the dictionary lacks', () => {
    expect(words.lookup('高铁票')).toBeUndefined();
    expect(words.lookup('')).toBeUndefined();
  });

  it('reads counts and tags from any dictionary text', () => {
    const small = createWordFrequency(Buffer.from('低保 10 n\n的 1000 uj\n张三 5 nr\n低保 99 v\n'));
    // The first line of a repeated word wins; every line's count is in the total.
    expect(small.lookup('低保')).toEqual({ information: expect.closeTo(Math.log(1114 / 10), 2), tag: TagClass.Content });
    expect(small.lookup('的')!.tag).toBe(TagClass.Function);
    expect(small.lookup('张三')!.tag).toBe(TagClass.Name);
    expect(small.rarest).toBeCloseTo(Math.log(1114), 5);
  });
});
