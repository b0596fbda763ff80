import { describe, expect, it } from 'vitest';
import { detectFaq } from '../../../commands/parse/detect-faq.ts';

describe('a question for the bot', () => {
  it('starts with 问：', () => {
    expect(detectFaq('问：低保怎么申请？', false)).toBe('低保怎么申请？');
    expect(detectFaq('问:低保怎么申请', undefined)).toBe('低保怎么申请');
  });

  it('is whatever the platform says @-mentions the bot, without the other mentions', () => {
    expect(detectFaq('低保怎么申请', true)).toBe('低保怎么申请');
    expect(detectFaq('@王书记 低保名单什么时候公示？', true)).toBe('低保名单什么时候公示？');
  });

  it('is never a question to a colleague when the platform says the bot was not mentioned', () => {
    expect(detectFaq('@李明 明天几点开会？', false)).toBeNull();
    expect(detectFaq('@王书记 低保名单报了没？', false)).toBeNull();
    expect(detectFaq('@所有人 下午开会？', false)).toBeNull();
  });

  it('falls back to an @mention with a question mark only when no platform has said', () => {
    expect(detectFaq('@小助手 残疾证在哪里办？', undefined)).toBe('残疾证在哪里办？');
    expect(detectFaq('@老周 下午记得带表格', undefined)).toBeNull();
  });

  it('is not a policy word in ordinary chat', () => {
    expect(detectFaq('低保今年是不是涨了？', false)).toBeNull();
  });
});
