import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/test-db.ts';

/** Runs a command and resolves with its stdout; a failure carries stderr, which says why. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { env, timeout: 60_000 }, (err, stdout, stderr) =>
      err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout),
    );
  });
}

describe('the same session through the real `npm run cli` processes', () => {
  let t: TestDb;
  let dir: string;
  beforeEach(async () => {
    t = await createTestDb();
    dir = mkdtempSync(path.join(tmpdir(), 'cli-session-'));
  });
  afterEach(async () => {
    await t.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  async function cli(...args: string[]): Promise<string> {
    return run('npm', ['run', '--silent', 'cli', '--', ...args], {
      ...process.env,
      DATABASE_URL: t.url,
      LOG_LEVEL: 'silent',
      CONSOLE: 'off',
    });
  }
  const chat = (as: string, text: string) => cli('chat', '--as', as, '--group', '三星村工作队', text);

  it('imports, checks in three times, lists, notes, closes, counts and exports', async () => {
    expect(await cli('import', 'sheets/sample/花名册示例.xlsx')).toContain('农户：新增 15 户');
    expect(
      await chat('张华', '#走访 王德福 三星村4组 脱贫户 收入√ 吃穿√ 教育√ 医疗√ 住房×（屋顶漏雨） 饮水√ 责任人李书记 12月30日前'),
    ).toContain('#1 住房：屋顶漏雨（李书记，12月30日前）');
    expect(await chat('张华', '#走访 李秀英 三星村4组 饮水×（水压不足） 其余正常 责任人张华')).toContain(
      '#2 饮水：水压不足（张华，时限待定）',
    );
    expect(await chat('王芳', '#走访 张国强 三星村3组 全部达标 问题：孩子学费有困难 责任人王芳')).toContain('#3 ');
    expect(await chat('张华', '#台账')).toContain('三星村未销号问题 3 项');
    expect(await chat('张华', '#进展 2 已联系水管所')).toContain('已记录 #2 进展');
    expect(await chat('张华', '#销号 1 已更换屋顶瓦片')).toContain('#1 已提交销号，待验收');
    expect(await chat('李明', '#验收 1')).toContain('#1 验收通过，已销号');
    expect(await chat('张华', '#统计')).toContain('覆盖 3/10 户（30%）');
    const file = path.join(dir, '台账.xlsx');
    expect(await cli('export', 'ledger', '--out', file)).toContain('已导出问题台账 3 条');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const sheet = wb.worksheets[0];
    expect(sheet.getRow(2).getCell(6).value).toBe('屋顶漏雨');
    expect(sheet.getRow(2).getCell(12).value).toMatch(/张华（销号）：已更换屋顶瓦片\n.*李明（验收通过）$/);
    expect(sheet.getRow(3).getCell(12).value).toMatch(/张华：已联系水管所$/);
  }, 240_000);
});
