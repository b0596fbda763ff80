import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FAQ_DIR, loadFaqEntries } from '../../faq/load-entries.ts';

let dir: string;
const good = () => JSON.parse(readFileSync(path.join(DEFAULT_FAQ_DIR, 'nongcun-dibao.json'), 'utf8'));
const write = (file: string, body: unknown) =>
  writeFileSync(path.join(dir, file), typeof body === 'string' ? body : JSON.stringify(body));

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
