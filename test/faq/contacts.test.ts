import { describe, expect, it } from 'vitest';
import { createFaq } from '../../faq/create-faq.ts';
import { fillContacts } from '../../faq/fill-contacts.ts';
import { entries } from './support.ts';

const question = '娃读职高，雨露计划找哪个报';

describe('contact placeholders', () => {
  it('fills the configured team phone and township hotline', () => {
    const faq = createFaq({ entries, contacts: { team_phone: '13800000000', township_hotline: '0851-1234567' } });
    expect(faq.match(question).answer).toContain('驻村工作队（电话 13800000000）');
    expect(faq.match('农村低保在哪里申请').answer).toContain('乡镇便民服务中心（电话 0851-1234567）');
  });

  it('names the office without a number when nothing is configured', () => {
    const answer = createFaq({ entries }).match(question).answer;
    expect(answer).toContain('驻村工作队');
    expect(answer).not.toMatch(/\{|\}|\d{7,}/);
  });

  it('treats a blank configured value as not configured', () => {
    expect(fillContacts('找{team_phone}', { team_phone: '  ' })).toBe('找驻村工作队');
  });

  it('accepts config-style key spellings', () => {
    expect(fillContacts('找{team_phone}', { TEAM_PHONE: '13900000000' })).toBe('找驻村工作队（电话 13900000000）');
    expect(fillContacts('打{township_hotline}', { townshipHotline: '0851-7654321' })).toBe('打乡镇便民服务中心（电话 0851-7654321）');
  });

  it('leaves no placeholder in any shipped answer', () => {
    for (const e of entries) expect(fillContacts(e.answer), e.id).not.toMatch(/\{[a-z_]+\}/);
  });
});
