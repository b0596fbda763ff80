import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FAQ_DIR, loadFaqEntries } from '../../faq/load-entries.ts';

let dir: string;
const good = () => JSON.parse(readFileSync(path.join(DEFAULT_FAQ_DIR, 'nongcun-dibao.json'), 'utf8'));
const write = (file: string, body: unknown) => writeFileSync(path.join(dir, file), typeof body === 'string' ? body : JSON.stringify(body));

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'faq-entries-'));
  copyFileSync(path.join(DEFAULT_FAQ_DIR, 'manbing.json'), path.join(dir, 'manbing.json'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('loadFaqEntries', () => {
  it('loads every shipped entry from prompts/faq by default', () => {
    expect(loadFaqEntries().map((e) => e.id)).toContain('nongcun-dibao');
  });

  it('names the file and the field when a field is missing', () => {
    const { questions: _, ...rest } = good();
    write('nongcun-dibao.json', rest);
    expect(() => loadFaqEntries(dir)).toThrow(/nongcun-dibao\.json：字段 questions 不对：缺少这个字段/);
  });

  it('names the file and the field when there are too few ways of asking', () => {
    write('nongcun-dibao.json', { ...good(), questions: ['低保怎么申请'] });
    expect(() => loadFaqEntries(dir)).toThrow(/nongcun-dibao\.json：字段 questions 不对：至少写 8 种问法/);
  });

  it('names a misspelt field rather than blaming the whole file', () => {
    const { keywords, ...rest } = good();
    write('nongcun-dibao.json', { ...rest, keywords, keyword: keywords });
    expect(() => loadFaqEntries(dir)).toThrow(/nongcun-dibao\.json：字段 keyword 不对/);
  });

  it('rejects a placeholder that configuration cannot fill', () => {
    write('nongcun-dibao.json', { ...good(), answer: '请打{village_phone}。' });
    expect(() => loadFaqEntries(dir)).toThrow(/nongcun-dibao\.json：字段 answer 不对：.*\{team_phone\}/);
  });

  it('refuses an entry without sources', () => {
    const { sources: _, ...rest } = good();
    write('nongcun-dibao.json', rest);
    expect(() => loadFaqEntries(dir)).toThrow(/nongcun-dibao\.json：字段 sources 不对：缺少这个字段/);
    write('nongcun-dibao.json', { ...good(), sources: [] });
    expect(() => loadFaqEntries(dir)).toThrow(/字段 sources 不对：至少写 1 条出处/);
  });

  it('refuses an entry without the day it was checked', () => {
    const { checkedOn: _, ...rest } = good();
    write('nongcun-dibao.json', rest);
    expect(() => loadFaqEntries(dir)).toThrow(/nongcun-dibao\.json：字段 checkedOn 不对：缺少这个字段/);
    write('nongcun-dibao.json', { ...good(), checkedOn: '2026-13-01' });
    expect(() => loadFaqEntries(dir)).toThrow(/字段 checkedOn 不对：没有这一天/);
  });

  it('wants the review date after the check date', () => {
    write('nongcun-dibao.json', { ...good(), checkedOn: '2026-12-02', reviewBy: '2026-12-01' });
    expect(() => loadFaqEntries(dir)).toThrow(/字段 reviewBy 不对：复核日期要晚于核对日期/);
  });

  it('wants a source dated, or a note saying why not', () => {
    write('nongcun-dibao.json', { ...good(), sources: [{ title: '某县通知', issuer: '某县' }] });
    expect(() => loadFaqEntries(dir)).toThrow(/字段 sources\.0 不对：没有日期时，在 note 里说明原因/);
  });

  it('names a misspelt field inside a source', () => {
    write('nongcun-dibao.json', { ...good(), sources: [{ title: '某县通知', issuer: '某县', date: '2026', link: 'http://x.cn' }] });
    expect(() => loadFaqEntries(dir)).toThrow(/字段 sources\.0\.link 不对：多余或拼错的字段名/);
  });

  it('accepts only the local facts an entry declares, and wants each one used', () => {
    write('nongcun-dibao.json', { ...good(), answer: '低保向乡镇申请。{loan_limit}问村委会。' });
    expect(() => loadFaqEntries(dir)).toThrow(/字段 answer 不对：回答里只能用这些占位符：.*\{dibao_standard\}/);
    write('nongcun-dibao.json', { ...good(), answer: '低保向乡镇申请，问村委会。' });
    expect(() => loadFaqEntries(dir)).toThrow(/字段 localFacts\.dibao_standard 不对：回答里没有用到 \{dibao_standard\}/);
  });

  it('fills a local fact with its hedge when the county set nothing', () => {
    write('nongcun-dibao.json', good());
    const e = loadFaqEntries(dir).find((x) => x.id === 'nongcun-dibao')!;
    expect(e.template).toContain('{dibao_standard}');
    expect(e.answer).toContain('标准以当地公布为准。');
    expect(e.answer).not.toContain('{dibao_standard}');
  });

  it('rejects a file whose name does not match its id', () => {
    write('dibao.json', good());
    expect(() => loadFaqEntries(dir)).toThrow(/dibao\.json：字段 id 不对/);
  });

  it('reports broken JSON with the file name', () => {
    write('nongcun-dibao.json', '{"id": "nongcun-dibao",');
    expect(() => loadFaqEntries(dir)).toThrow(/nongcun-dibao\.json：不是合法的 JSON/);
  });

  it('refuses an empty directory', () => {
    rmSync(path.join(dir, 'manbing.json'));
    expect(() => loadFaqEntries(dir)).toThrow(/没有 \.json 文件/);
  });
});
