import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runFaq } from '../../bot/cli/faq.ts';
import { DEFAULT_FAQ_DIR } from '../../faq/load-entries.ts';
import { fixture } from './support.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ON_CHECK_DAY = '2026-12-02T09:00:00+08:00';

function run(args: Parameters<typeof runFaq>[0]) {
  const lines: string[] = [];
  const code = runFaq(args, (l) => lines.push(l));
  return { code, text: lines.join('\n'), lines };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'faq-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run cli -- faq check', () => {
  it('passes the shipped FAQ on the day it was checked', () => {
    const r = run({ sub: 'check', now: ON_CHECK_DAY });
    expect(r.code).toBe(0);
    expect(r.lines[0]).toMatch(/^问答复核（2026-12-02）：条目 3\d 条/);
    expect(r.text).not.toMatch(/已过复核日期|快到复核日期/);
    expect(r.lines.at(-1)).toMatch(/^全部通过/);
  });

  it('fails and names the entries once their review dates pass', () => {
    const r = run({ sub: 'check', now: '2028-01-01T09:00:00+08:00' });
    expect(r.code).toBe(1);
    expect(r.text).toContain('已过复核日期');
    expect(r.text).toContain('xiaoe-xindai（帮扶小额信贷）：应在 2027-03-31 前复核');
    expect(r.lines.at(-1)).toMatch(/^有 3\d 处要处理/);
  });

  it('lists what is due soon without failing', () => {
    const r = run({ sub: 'check', now: '2027-02-10T09:00:00+08:00', within: '30' });
    expect(r.code).toBe(0);
    expect(r.text).toMatch(/快到复核日期（30 天内）（\d+）：\n(.*\n)*.*yulu-jihua（雨露计划）：2027-02-28 前复核/);
  });

  it('fails on an entry without sources, naming the file', () => {
    copyFileSync(path.join(DEFAULT_FAQ_DIR, 'manbing.json'), path.join(dir, 'manbing.json'));
    const { sources: _, ...rest } = JSON.parse(readFileSync(path.join(DEFAULT_FAQ_DIR, 'nongcun-dibao.json'), 'utf8'));
    writeFileSync(path.join(dir, 'nongcun-dibao.json'), JSON.stringify(rest));
    const r = run({ sub: 'check', now: ON_CHECK_DAY, dir });
    expect(r.code).toBe(1);
    expect(r.text).toContain('没有出处（sources）（1）：\n  · nongcun-dibao.json');
  });

  it('explains its use on a wrong date or window', () => {
    expect(run({ sub: 'check', now: '明天' }).code).toBe(2);
    expect(run({ sub: 'check', within: '-3' }).code).toBe(2);
    expect(run({}).text).toContain('npm run cli -- faq check');
  });

  it('runs from the command line with its exit code', () => {
    const r = spawnSync('npx', ['tsx', 'bot/cli.ts', 'faq', 'check', '--now', ON_CHECK_DAY], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('全部通过');
  });
});

describe('npm run cli -- faq local', () => {
  it('lists the figures a county may set, with what is set now', () => {
    const local = path.join(dir, 'local');
    mkdirSync(local);
    copyFileSync(path.join(fixture('local'), '10-示例县.json'), path.join(local, '10-示例县.json'));
    for (const f of ['xiaoe-xindai.json', 'canji-butie.json']) copyFileSync(path.join(DEFAULT_FAQ_DIR, f), path.join(dir, f));
    const r = run({ sub: 'local', dir });
    expect(r.code).toBe(0);
    expect(r.text).toContain('· loan_limit：本地每户最高可贷多少（用于 xiaoe-xindai） 现在：8万元（10-示例县.json）');
    expect(r.text).toContain(
      '· loan_terms：本地的贷款期限、利率和贴息（用于 xiaoe-xindai） 未填，回答说“期限、利率和贴息以当地银行和乡镇公布为准。”',
    );
    expect(r.text).toContain(
      '· loan_product：本地帮扶小额信贷的产品名和办理银行（用于 xiaoe-xindai） 现在：“惠农e贷”，在县农商行办理（10-示例县.json）',
    );
    expect(r.text).toContain('township_hotline=0851-7654321');
  });
});
