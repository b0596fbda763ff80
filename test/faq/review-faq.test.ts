import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endedMentions } from '../../faq/ended-programmes.ts';
import { DEFAULT_FAQ_DIR } from '../../faq/load-entries.ts';
import { loadLocalFacts, NO_LOCAL_FACTS } from '../../faq/load-local-facts.ts';
import { readEntryFiles } from '../../faq/read-entry-files.ts';
import { FAILING, reviewFaq } from '../../faq/review-faq.ts';
import { fixture } from './support.ts';

/** The day these answers were last checked against their sources. */
const CHECKED = '2026-12-02';
const shipped = readEntryFiles(DEFAULT_FAQ_DIR);
const failing = (findings: ReturnType<typeof reviewFaq>) => findings.filter((f) => FAILING.has(f.kind));

let dir: string;
const entryFile = (id: string) => JSON.parse(readFileSync(path.join(DEFAULT_FAQ_DIR, `${id}.json`), 'utf8'));
const write = (body: Record<string, unknown>) => writeFileSync(path.join(dir, `${body.id}.json`), JSON.stringify(body));
const review = (today = CHECKED) => reviewFaq({ files: readEntryFiles(dir), local: NO_LOCAL_FACTS, today });

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'faq-review-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('reviewing the shipped FAQ', () => {
  it('finds nothing to fix on the day it was checked, nor due within 30 days', () => {
    expect(reviewFaq({ files: shipped, local: NO_LOCAL_FACTS, today: CHECKED })).toEqual([]);
  });

  it("still passes with the test county's figures filled in", () => {
    expect(failing(reviewFaq({ files: shipped, local: loadLocalFacts(fixture('local')), today: CHECKED }))).toEqual([]);
  });

  it('lists every entry once its review date has passed', () => {
    const found = reviewFaq({ files: shipped, local: NO_LOCAL_FACTS, today: '2028-01-01' });
    expect(
      found
        .filter((f) => f.kind === 'overdue')
        .map((f) => f.subject)
        .sort(),
    ).toEqual(shipped.map((r) => r.entry!.id).sort());
  });

  it('warns ahead of a review date without failing', () => {
    const found = reviewFaq({ files: shipped, local: NO_LOCAL_FACTS, today: '2027-02-10' });
    const soon = found.filter((f) => f.kind === 'due-soon');
    expect(soon.map((f) => f.subject)).toContain('yulu-jihua');
    expect(failing(found)).toEqual([]);
  });

  it("reviews the county's local file dates too", () => {
    const found = reviewFaq({ files: shipped, local: loadLocalFacts(fixture('local')), today: '2027-04-01' });
    expect(found).toContainEqual(expect.objectContaining({ kind: 'overdue', subject: '10-示例县.json', day: '2027-03-31' }));
  });
});

describe('what the review catches', () => {
  it('an entry without sources or without a check date', () => {
    const { sources: _s, ...noSources } = entryFile('manbing');
    const { checkedOn: _c, ...noChecked } = entryFile('nongcun-dibao');
    write(noSources);
    write(noChecked);
    const kinds = review().map((f) => [f.subject, f.kind]);
    expect(kinds).toContainEqual(['manbing', 'no-sources']);
    expect(kinds).toContainEqual(['nongcun-dibao', 'no-checked-on']);
  });

  it('a required fact removed from an answer', () => {
    const e = entryFile('yibao-canbao');
    write({ ...e, answer: e.answer.replace('要等一段时间才能报销，一般3个月以上，', '') });
    expect(review()).toContainEqual(expect.objectContaining({ kind: 'missing-fact', subject: 'yibao-canbao', detail: '3个月以上' }));
  });

  it('an answer that presents the ended 过渡期 as current', () => {
    const e = entryFile('si-ge-buzhai');
    write({ ...e, answer: `${e.answer}现在处在巩固脱贫成果的过渡期。` });
    const ended = review().filter((f) => f.kind === 'ended');
    expect(ended).toHaveLength(1);
    expect(ended[0].detail).toContain('现在处在巩固脱贫成果的过渡期');
    expect(ended[0].detail).toContain('2025-12-31');
  });

  it('a stale programme name inside a county figure', () => {
    const e = entryFile('xiaoe-xindai');
    write(e);
    const local = { files: [], contacts: {}, facts: { loan_product: { value: '脱贫人口小额信贷，在信用社办', file: '本县.json' } } };
    const found = reviewFaq({ files: readEntryFiles(dir), local, today: CHECKED });
    expect(
      found
        .filter((f) => f.kind === 'ended')
        .map((f) => f.detail)
        .join(),
    ).toContain('脱贫人口小额信贷');
  });
});

describe('ended programmes', () => {
  it('accepts a mention that says the programme ended or was renamed', () => {
    expect(endedMentions('五年过渡期已于2025年底结束。', CHECKED)).toEqual([]);
    expect(endedMentions('帮扶小额信贷（原来叫脱贫人口小额信贷）', CHECKED)).toEqual([]);
    expect(endedMentions('这是过去五年过渡期的做法。', CHECKED)).toEqual([]);
  });

  it('flags one only after its end date', () => {
    expect(endedMentions('现在处在过渡期。', '2025-12-31')).toEqual([]);
    expect(endedMentions('现在处在过渡期。', '2026-01-01')).toHaveLength(1);
  });
});
