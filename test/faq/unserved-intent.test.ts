import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../faq/tokenize.ts';
import { SERVED_BY_RECORDS, unservedIntent } from '../../faq/unserved-intent.ts';
import { entries } from './support.ts';

const intentOf = (q: string) => unservedIntent(canonicalText(q));

describe('what a question asks for that no entry gives', () => {
  it('hears a request to act, addressed to the bot or sent through it', () => {
    for (const q of [
      '帮我给村主任打个电话',
      '小助手帮我查一下社保卡余额',
      '你跟驻村工作队说一声，水管又破了',
      '给我发一个申请表',
      '提醒我明天去拿药',
      '喊小张明天来我家一趟',
      '麻烦帮我把照片发群里',
    ]) {
      expect(intentOf(q), q).toBe('act');
    }
  });

  it('does not take a request to be told, or a question about someone else helping, for an errand', () => {
    for (const q of ['帮我讲讲两不愁三保障', '给我解释一下五个一批', '村里能帮我递低保申请不', '帮扶干部是哪个', '政府能帮忙卖蜂蜜不']) {
      expect(intentOf(q), q).toBeNull();
    }
  });

  it("hears the asker's own case", () => {
    for (const q of ['我的低保批了没', '我家的危房补助好久到账', '我妈的残疾证办下来没有', '我家评没评上', '我家的奖补啥时候拨下来'])
      expect(intentOf(q), q).toBe('status');
    expect(intentOf('低保批下来要多久')).toBeNull();
  });

  it("hears prices, clock times, opening days, today's doings, places and the weather", () => {
    expect(intentOf('鸡蛋几块钱一斤')).toBe('price');
    expect(intentOf('哪家银行贷款利息低')).toBe('price');
    expect(intentOf('下午几点开会')).toBe('schedule');
    expect(intentOf('医保窗口星期六上不上班')).toBe('schedule');
    expect(intentOf('敬老院今天中午吃啥')).toBe('schedule');
    expect(intentOf('医保局在哪条街')).toBe('schedule');
    expect(intentOf('院坝会安排在哪天')).toBe('schedule');
    expect(intentOf('评议那天要不要带户口本')).toBe('schedule');
    expect(intentOf('医保缴费截止是哪天')).toBeNull();
    // The day someone comes, a meeting opens or a parcel arrives is an occurrence…
    for (const q of ['驻村医生哪天到我们组', '村民大会什么时候开', '网上买的种子几天能到', '下次评议是啥时候']) {
      expect(intentOf(q), q).toBe('schedule');
    }
    // …the start, the end or the payment of a policy is not.
    for (const q of ['医保什么时候开始交', '小额贷款什么时候到期', '雨露计划补助什么时候到账', '回来以后能帮忙找工作不']) {
      expect(intentOf(q), q).toBeNull();
    }
    expect(intentOf('今年会不会又天干')).toBe('weather');
    expect(intentOf('你叫什么名字')).toBe('bot');
  });

  it('hears trading between neighbours, and leaves produce that will not sell to the FAQ', () => {
    for (const q of ['谁家有小鸭子卖', '有没有人要买我家的新米', '谁要买柴火']) expect(intentOf(q), q).toBe('trade');
    for (const q of ['家里的橘子卖不出去，有没有人帮忙卖', '832平台上能卖我们的茶叶吗']) expect(intentOf(q), q).toBeNull();
  });

  it('hears a lost card, paper or animal', () => {
    for (const q of ['社保卡丢了咋办', '残疾证弄丢了去哪补', '结婚证怎么补办', '家里的羊跑丢了一只']) expect(intentOf(q), q).toBe('lost');
  });

  it('hears a request for farming, health or shopping advice', () => {
    for (const q of ['老人咳嗽吃什么药', '果树施啥肥', '屋顶防水用什么材料好', '买哪种电视划算']) expect(intentOf(q), q).toBe('advice');
    expect(intentOf('慢病吃药能报销吗')).toBeNull();
  });

  it("hears one's own application that has or has not gone through", () => {
    expect(intentOf('我家养老保险代缴了没有')).toBe('status');
    expect(intentOf('我的慢病卡办了两个月还没拿到')).toBe('status');
    expect(intentOf('我家的特困供养金为啥停了')).toBe('status');
    expect(intentOf('我家是不是已经被纳入监测户了')).toBe('status');
    expect(intentOf('我家为什么不能评低保')).toBeNull();
    expect(intentOf('我申请的护林员有没有评上')).toBe('status');
  });

  it('hears a document to be written for the asker, however politely asked', () => {
    expect(intentOf('能不能帮我写个申请 申请临时救助')).toBe('act');
    expect(intentOf('给我写一份低保申请书')).toBe('act');
    expect(intentOf('低保申请书怎么写')).toBeNull();
  });

  it('leaves a past day in a story alone', () => {
    expect(intentOf('前天晚上家里失火了，能申请救助不')).toBeNull();
  });

  it("takes none of the entries' own phrasings for something the FAQ does not give", () => {
    // An entry answered from the asker's own records serves their own case (SERVED_BY_RECORDS).
    const unserved = (e: (typeof entries)[number], q: string) => {
      const intent = intentOf(q);
      return intent !== null && !(e.dynamic && SERVED_BY_RECORDS.has(intent));
    };
    const flagged = entries.flatMap((e) => e.questions.filter((q) => unserved(e, q)).map((q) => `${e.id}: ${q} → ${intentOf(q)}`));
    expect(flagged).toEqual([]);
  });
});
