import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAQ_DEFAULTS, createFaq } from '../../faq/create-faq.ts';
import type { FaqEntry } from '../../faq/types.ts';
import { faqReplies } from '../../prompts/faq-replies.ts';
import { entries, faq } from './support.ts';

const idOf = (q: string) => faq.match(q).faqId;

describe('matching a villager question', () => {
  it('answers a question typed in traditional characters', () => {
    expect(idOf('殘疾人兩項補貼要帶什麼證件去辦')).toBe('canji-butie');
    expect(idOf('家庭醫生簽約以後有什麼服務')).toBe('jiating-yisheng');
  });

  it('answers a question asked in dialect without the policy term', () => {
    expect(idOf('娃儿在镇上读初中住校，生活费有没有补的嘛')).toBe('yiwu-jiaoyu');
    expect(idOf('咋个才能去当护林员哦')).toBe('gongyi-gangwei');
    expect(idOf('屋头老汉瘫在床上好几年了，有没有啥子护理的钱')).toBe('canji-butie');
  });

  it('reads a wrong character by its sound', () => {
    expect(idOf('底保户咋个申请')).toBe('nongcun-dibao');
    expect(idOf('公益刚位怎么报名')).toBe('gongyi-gangwei');
    expect(idOf('家庭医声签约有啥用')).toBe('jiating-yisheng');
  });

  it('abstains on weather, prices, lost animals, trading and chit-chat', () => {
    for (const q of ['后天天气怎么样', '鸡蛋现在几块钱一斤', '我家的鸭子丢了两只，哪个看到了', '谁家有旧电视机卖', '哈哈，你好呀', '下午三点在哪开会']) {
      expect(faq.match(q), q).toMatchObject({ answered: false, faqId: null });
    }
  });

  it('never answers a question about the bot itself', () => {
    for (const q of ['你叫什么名字', '你是不是机器人', '你会唱歌吗']) expect(faq.match(q).answered, q).toBe(false);
  });

  it('does not answer on one shared character alone', () => {
    expect(faq.match('晚上吃什么').answered).toBe(false);
    expect(faq.match('明年还种不种烟').answered).toBe(false);
  });

  it('reads a clipped policy word as the whole one', () => {
    expect(idOf('村里还要不要巡河的')).toBe('gongyi-gangwei');
  });

  it('abstains with the contract text and keeps the score', () => {
    const m = faq.match('今天会不会下雨');
    expect(m.answer).toBe('这个问题我暂时答不上来，已转给驻村工作队。');
    expect(m.answer).toBe(faqReplies.abstain);
    expect(m.score).toBeGreaterThanOrEqual(0);
  });

  it('abstains on an empty or punctuation-only question', () => {
    for (const q of ['', '   ', '？？？', '……']) expect(faq.match(q)).toMatchObject({ answered: false, score: 0 });
  });

  it('flags the assigned-cadre entry for the roster and answers with the fallback', () => {
    const m = faq.match('我家的帮扶干部叫啥名字');
    expect(m).toMatchObject({ answered: true, faqId: 'bangfu-zerenren', dynamic: 'assigned-cadre' });
    expect(m.answer).toBe(faqReplies.assignedCadreFallback);
  });

  it('reports a score between 0 and 1 and answers only with an entry id', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (q) => {
        const m = faq.match(q);
        expect(m.score).toBeGreaterThanOrEqual(0);
        expect(m.score).toBeLessThanOrEqual(1);
        expect(m.answered ? typeof m.faqId === 'string' : m.faqId === null).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('answers a policy word inside random chatter without throwing', () => {
    const words = ['低保', '医保', '危房', '小额信贷', '雨露计划', '天气', '快递', '娃', '咋个'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, '的', '，', '？', '我家'), { maxLength: 12 }), (parts) => {
        const m = faq.match(parts.join(''));
        if (m.answered) expect(m.score).toBeGreaterThanOrEqual(FAQ_DEFAULTS.threshold);
      }),
      { numRuns: 200 },
    );
  });
});

describe('two entries that fit about equally', () => {
  const twin = (id: string, title: string): FaqEntry => ({
    id, title, answer: `${title}的回答，问村委会。`, source: 'test', keywords: ['补助'],
    questions: ['补助怎么申请', '补助有多少', '补助找谁', '补助要什么材料', '补助什么时候发', '补助能领几年', '补助标准', '补助条件'],
  });
  const twins = [twin('a-butie', '甲补助'), twin('b-butie', '乙补助')];

  it('asks back instead of guessing when the two are tied', () => {
    const m = createFaq({ entries: twins }).match('补助怎么申请');
    expect(m).toMatchObject({ answered: false, faqId: null, alternatives: ['a-butie', 'b-butie'] });
    expect(m.answer).toBe(faqReplies.clarify(['甲补助', '乙补助']));
  });

  it('answers the top entry and offers the runner-up when they are close', () => {
    const m = createFaq({ entries, margin: 1, tieMargin: 0 }).match('低保是不是每年都要重新评');
    expect(m.answered).toBe(true);
    expect(m.alternatives).toHaveLength(2);
    expect(m.alternatives![0]).toBe(m.faqId);
  });

  it('leaves out alternatives when one entry clearly fits best', () => {
    expect(faq.match('雨露计划每学期什么时候报').alternatives).toBeUndefined();
  });
});

describe('speed', () => {
  it('matches a question in well under 5 ms on average with the shipped FAQ', () => {
    const qs = ['低保怎么申请', '娃读职高有没有补助', '今天会下雨不', '我家房子裂了能不能修', '富民贷利息高不高'];
    for (const q of qs) faq.match(q);
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) faq.match(qs[i % qs.length] + i);
    expect((performance.now() - t0) / 200).toBeLessThan(5);
  });
});
