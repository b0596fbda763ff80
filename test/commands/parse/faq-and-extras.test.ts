import { describe, expect, it } from 'vitest';
import { parseAt } from './parse-at.ts';

describe('questions for the FAQ', () => {
  it('reads 问：… with the marker removed', () => {
    expect(parseAt('问：雨露计划补助怎么申请？')).toMatchObject({ kind: 'faq', ok: true, question: '雨露计划补助怎么申请？' });
  });

  it('reads 问:… with a half-width colon', () => {
    expect(parseAt('问:医保缴费截止到哪天').question).toBe('医保缴费截止到哪天');
  });

  it('reads any message that @-mentions the bot, without the mention', () => {
    const r = parseAt('@驻村助手 临时救助找谁办', undefined, { mentionsBot: true });
    expect(r).toMatchObject({ kind: 'faq', question: '临时救助找谁办' });
  });

  it('reads a message with an @mention that ends in a question mark', () => {
    expect(parseAt('@小助手 残疾证在哪里办？')).toMatchObject({ kind: 'faq', question: '残疾证在哪里办？' });
  });

  it('leaves an @mention without a question mark as chat', () => {
    expect(parseAt('@老周 下午记得带表格').kind).toBe('none');
  });

  it('leaves a question without a mention as chat', () => {
    expect(parseAt('今天谁去镇上？').kind).toBe('none');
  });

  it('keeps a command a command even when the bot is mentioned', () => {
    expect(parseAt('#周报', undefined, { mentionsBot: true }).kind).toBe('stats');
  });
});

describe('commands beyond the scored contract', () => {
  it('binds a group to a village', () => {
    expect(parseAt('#绑定 松林村')).toMatchObject({ kind: 'bind', ok: true, village: '松林村', scope: 'village' });
  });

  it('binds a group to a township with 乡镇', () => {
    expect(parseAt('#绑定 乡镇 白沙镇')).toMatchObject({ kind: 'bind', village: '白沙镇', scope: 'township' });
  });

  it('asks for a name when binding without one', () => {
    const r = parseAt('#绑定');
    expect(r.ok).toBe(false);
    expect(r.errors[0].field).toBe('village');
  });

  it('lists unanswered questions with #待答', () => {
    expect(parseAt('#待答')).toMatchObject({ kind: 'pending', ok: true });
  });

  it('answers question 3 with #答 3', () => {
    expect(parseAt('#答 3 每年3月和9月集中申报')).toMatchObject({
      kind: 'answer',
      ok: true,
      target: { issueNo: 3, text: '每年3月和9月集中申报' },
      text: '每年3月和9月集中申报',
    });
  });

  it('names the village of #台账 and #统计 when written', () => {
    expect(parseAt('#台账 松林村').village).toBe('松林村');
    expect(parseAt('#统计 滨河社区').village).toBe('滨河社区');
    expect(parseAt('#台账').village).toBeNull();
  });
});
