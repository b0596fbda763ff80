import { describe, expect, it } from 'vitest';
import { createFaqService } from '../../bot/faq-service.ts';
import { loadLocalFacts, NO_LOCAL_FACTS } from '../../faq/load-local-facts.ts';
import { fixture } from '../faq/support.ts';
import { testConfig } from '../support/test-bot.ts';

function captureWarnings() {
  const calls: Array<{ fields: { overdue: Array<Record<string, string>> }; message: string }> = [];
  return { calls, logger: { warn: (fields: never, message: string) => void calls.push({ fields, message }) } as never };
}

describe('the FAQ at start', () => {
  it('says nothing when every answer is within its review date', () => {
    const { calls, logger } = captureWarnings();
    createFaqService(testConfig(), { logger, now: new Date('2026-12-02T01:00:00Z'), local: NO_LOCAL_FACTS });
    expect(calls).toEqual([]);
  });

  it('warns about answers past their review date and keeps answering them', () => {
    const { calls, logger } = captureWarnings();
    const faq = createFaqService(testConfig(), { logger, now: new Date('2027-03-01T01:00:00Z'), local: NO_LOCAL_FACTS });
    expect(calls).toHaveLength(1);
    expect(calls[0].message).toContain('已过复核日期');
    expect(calls[0].fields.overdue).toEqual([{ faqId: 'yulu-jihua', reviewBy: '2027-02-28' }]);
    const m = faq.match('娃读职高，雨露计划找哪个报');
    expect(m.answered).toBe(true);
    expect(m.faqId).toBe('yulu-jihua');
  });

  it('counts the review date in Shanghai: 2027-03-01 starts at 16:00 UTC the day before', () => {
    const { calls, logger } = captureWarnings();
    createFaqService(testConfig(), { logger, now: new Date('2027-02-28T15:59:00Z'), local: NO_LOCAL_FACTS });
    expect(calls).toEqual([]);
    createFaqService(testConfig(), { logger, now: new Date('2027-02-28T16:00:00Z'), local: NO_LOCAL_FACTS });
    expect(calls).toHaveLength(1);
  });

  it('warns about a county file past its review date', () => {
    const { calls, logger } = captureWarnings();
    createFaqService(testConfig(), { logger, now: new Date('2027-04-01T01:00:00Z'), local: loadLocalFacts(fixture('local')) });
    expect(calls[0].fields.overdue).toContainEqual({ localFile: '10-示例县.json', reviewBy: '2027-03-31' });
  });
});
