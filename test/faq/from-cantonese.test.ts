import { describe, expect, it } from 'vitest';
import { fromCantonese } from '../../faq/from-cantonese.ts';
import { faq } from './support.ts';

describe('written Cantonese', () => {
  it('reads its function words as Mandarin', () => {
    expect(fromCantonese('佢哋系唔系低保户')).toBe('他们是不是低保户');
    expect(fromCantonese('我想揾边个问下医保点样交')).toBe('我想找谁问下医保怎么交');
    expect(fromCantonese('屋企冇人识字，使唔使本人去㗎')).toBe('家里没有人识字，要不要本人去');
  });

  it('leaves Mandarin that shares a character alone: 系, 食, 点 and 边 are Mandarin words too', () => {
    for (const q of ['关系户能评低保吗', '食堂采购算不算消费帮扶', '这边的危房改造补多少', '系统里查不到我家'])
      expect(fromCantonese(q)).toBe(q);
  });

  it('gets a Cantonese question to its entry', () => {
    expect(faq.match('我阿妈有高血压，慢病卡喺边度办').faqId).toBe('manbing');
    expect(faq.match('屋企冇收入，可唔可以申请低保').faqId).toBe('nongcun-dibao');
  });
});
