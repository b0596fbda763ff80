import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFaqService } from '../../bot/faq-service.ts';
import { DEFAULT_FAQ_DIR, loadFaqEntries } from '../../faq/load-entries.ts';
import { DEFAULT_LOCAL_DIR, loadLocalFacts, NO_LOCAL_FACTS } from '../../faq/load-local-facts.ts';
import { testConfig } from '../support/test-bot.ts';
import { fixture } from './support.ts';

const COUNTY = fixture('local');
const loanQuestion = '帮扶小额信贷最多能贷好多钱';

let dir: string;
const write = (file: string, body: unknown) => writeFileSync(path.join(dir, file), JSON.stringify(body));
const county = (over: Record<string, unknown> = {}) => ({
  area: '某县',
  checkedOn: '2026-11-28',
  reviewBy: '2027-03-31',
  sources: [{ title: '某县通知', issuer: '某县人民政府', date: '2026-04' }],
  ...over,
});

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'faq-local-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("a county's own FAQ figures", () => {
  it("shows the county's loan limit, product and hotline in the answer", () => {
    const faq = createFaqService(testConfig(), { local: loadLocalFacts(COUNTY) });
    const m = faq.match(loanQuestion);
    expect(m.faqId).toBe('xiaoe-xindai');
    expect(m.answer).toContain('本地每户最高可贷8万元。');
    expect(m.answer).toContain('本地的产品是“惠农e贷”，在县农商行办理。');
    expect(m.answer).toContain('乡镇便民服务中心（电话 0851-7654321）');
    // The national facts stay; only the hedge the county answered gives way.
    expect(m.answer).toContain('额度一般10万元以下');
    expect(m.answer).toContain('期限、利率和贴息以当地银行和乡镇公布为准。');
  });

  it('hedges instead of inventing a figure where the county set none', () => {
    const m = createFaqService(testConfig(), { local: NO_LOCAL_FACTS }).match(loanQuestion);
    expect(m.answer).not.toMatch(/8万元|惠农|本地/);
    expect(m.answer).toContain('期限、利率和贴息以当地银行和乡镇公布为准。');
    expect(m.answer).toContain('找村委会、附近银行网点或乡镇便民服务中心，');
  });

  it("puts the county's subsidy amounts into the other entries that ask for them", () => {
    const e = loadFaqEntries(DEFAULT_FAQ_DIR, loadLocalFacts(COUNTY)).find((x) => x.id === 'canji-butie')!;
    expect(e.answer).toContain('本地标准：生活补贴每人每月90元，护理补贴每人每月100元。');
    expect(e.answer).not.toContain('补贴标准以当地公布为准');
  });

  it('lets the configured hotline win over the county file', () => {
    const faq = createFaqService(testConfig({ TOWNSHIP_HOTLINE: '0851-1111111' }), { local: loadLocalFacts(COUNTY) });
    expect(faq.match(loanQuestion).answer).toContain('乡镇便民服务中心（电话 0851-1111111）');
  });

  it('lets a township file read after the county file refine a figure', () => {
    write('10-县.json', county({ facts: { loan_limit: '8万元' } }));
    write('20-镇.json', county({ area: '某镇', facts: { loan_limit: '6万元' } }));
    const local = loadLocalFacts(dir);
    expect(local.facts.loan_limit).toEqual({ value: '6万元', file: '20-镇.json' });
    expect(createFaqService(testConfig(), { local }).match(loanQuestion).answer).toContain('本地每户最高可贷6万元。');
  });

  it('names a misspelt fact and lists the ones it knows', () => {
    write('本县.json', county({ facts: { loan_limt: '8万元' } }));
    expect(() => loadFaqEntries(DEFAULT_FAQ_DIR, loadLocalFacts(dir))).toThrow(
      /本地问答文件 本县\.json：字段 facts\.loan_limt 不对：没有这个事项/,
    );
    try {
      loadFaqEntries(DEFAULT_FAQ_DIR, loadLocalFacts(dir));
    } catch (err) {
      expect((err as { hint: string }).hint).toContain('loan_limit');
    }
  });

  it('wants a source for local figures, and a phone number that is one', () => {
    write('本县.json', county({ sources: undefined, facts: { loan_limit: '8万元' } }));
    expect(() => loadLocalFacts(dir)).toThrow(/本县\.json：字段 sources 不对：填了本地数字，就要写出处/);
    write('本县.json', county({ contacts: { township_hotline: '打镇政府' } }));
    expect(() => loadLocalFacts(dir)).toThrow(/本县\.json：字段 contacts\.township_hotline 不对：只写电话号码/);
    write('本县.json', county({ contacts: { county_hotline: '0851-1234567' } }));
    expect(() => loadLocalFacts(dir)).toThrow(/本县\.json：字段 contacts\.county_hotline 不对/);
  });

  it('reports a broken local file by name', () => {
    writeFileSync(path.join(dir, '本县.json'), '{"area": "某县",');
    expect(() => loadLocalFacts(dir)).toThrow(/本地问答文件 本县\.json：不是合法的 JSON/);
  });

  it('ships an example that loads once copied to a .json name', () => {
    const example = readdirSync(DEFAULT_LOCAL_DIR).find((f) => f.endsWith('.json.example'))!;
    copyFileSync(path.join(DEFAULT_LOCAL_DIR, example), path.join(dir, example.replace(/\.example$/, '')));
    const local = loadLocalFacts(dir);
    expect(Object.keys(local.facts).length).toBeGreaterThan(0);
    expect(() => loadFaqEntries(DEFAULT_FAQ_DIR, local)).not.toThrow();
  });

  it('reads no county figures when the folder is missing', () => {
    expect(loadLocalFacts(path.join(dir, 'none'))).toEqual(NO_LOCAL_FACTS);
  });
});
