// `cli chat --batch` as a scorer runs it: a real `npm run -s cli` process, JSON lines in and out.
// Our own chatter set (test/bot/fixtures/chatter.jsonl, written before the bot was run on it) must
// come out silent where people talk among themselves and answered where they address the bot; so
// must the shared dev corpus when it is present beside the project.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../support/test-db.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const OWN_SET = path.join(root, 'test/bot/fixtures/chatter.jsonl');
const DEV_CORPUS = path.join(root, '../shared/corpus/chatter.dev.jsonl');

interface Case {
  text: string;
  expect: 'silent' | 'reply';
  [key: string]: unknown;
}
interface Result {
  status: string;
  replies: Array<{ text: string; private: boolean; chatId: string }>;
  error?: string;
}

/** Runs the cli with `args`, feeding `input`; resolves with stdout. DATABASE_URL unset means a fresh temporary database. */
function cli(args: string[], input: string, databaseUrl: string | null, env: Record<string, string> = {}): Promise<string> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL' && k !== 'FAQ_PER_PERSON_PER_MINUTE'));
  return new Promise((resolve, reject) => {
    const child = execFile(
      'npm',
      ['run', '-s', 'cli', '--', ...args],
      {
        cwd: root,
        env: { ...base, LOG_LEVEL: 'warn', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), ...env },
        timeout: 120_000,
        maxBuffer: 1 << 26,
      },
      (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)),
    );
    child.stdin?.end(input);
  });
}

const batch = async (lines: object[], databaseUrl: string | null, env?: Record<string, string>): Promise<Result[]> => {
  const out = await cli(['chat', '--batch'], `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`, databaseUrl, env);
  return out
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Result);
};

const readCases = (file: string): Case[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Case);

/** The lines whose outcome is not what the set expects, for a readable failure. */
function misses(cases: Case[], results: Result[]): string[] {
  return cases.flatMap((c, i) => {
    const spoke = results[i].replies.length > 0;
    if (c.expect === 'silent' && spoke) return [`spoke: ${c.text.slice(0, 40)} → ${results[i].replies[0].text.slice(0, 40)}`];
    if (c.expect === 'reply' && !spoke) return [`silent: ${c.text.slice(0, 40)} (${results[i].status})`];
    return [];
  });
}

describe('cli chat --batch', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await t.destroy();
  });

  it('keeps quiet on our own chatter set and answers every line addressed to it', async () => {
    const cases = readCases(OWN_SET);
    const input = cases.map(({ expect: _e, ...line }) => line);
    const results = await batch(input, t.url);
    expect(results).toHaveLength(cases.length);
    expect(misses(cases, results)).toEqual([]);
    // What the lines left behind: the console's group bound by its own setup, the admin's binding,
    // the check-ins addressed to the bot and nothing from the chatter.
    const groups = await t.db.prisma.chatGroup.findMany({ include: { village: true }, orderBy: { id: 'asc' } });
    expect(groups.map((g) => [g.platform, g.chatId, g.village?.name])).toEqual([
      ['console', '三星村工作队', '三星村'],
      ['console', '三星村村民群', '三星村'],
    ]);
    expect((await t.db.prisma.visit.findMany({ orderBy: { id: 'asc' } })).map((v) => v.householdName)).toEqual([
      '王德福',
      '李秀英',
      '陈秀兰',
    ]);
  }, 180_000);

  it('writes one line per input line, in order, and a line it cannot read gets its own answer', async () => {
    const results = await batch(
      [
        { text: '#帮助', now: '2026-12-01T10:00:00+08:00' },
        { text: '收到', now: '2026-12-01T10:00:05+08:00' },
        { nothing: 'here' },
        { text: '#帮助', now: 'yesterday' },
        { text: '#台账', now: '2026-12-01T10:01:00+08:00' },
      ],
      t.url,
    );
    expect(results.map((r) => r.status)).toEqual(['handled', 'ignored', 'invalid', 'invalid', 'handled']);
    expect(results[0].replies).toEqual([{ text: expect.stringContaining('#走访'), private: false, chatId: '三星村工作队' }]);
    expect(results[4].replies[0].text).toContain('三星村');
  }, 120_000);

  it('takes the bot’s own mention from mentionsBot, never from an @ in the text', async () => {
    const at = '2026-12-01T10:00:00+08:00';
    const results = await batch(
      [
        { text: '@小助手 低保怎么申请', mentionsBot: true, now: at },
        { text: '@小助手 低保怎么申请？', now: at },
        { text: '@李明 低保名单报了没？', now: at },
      ],
      t.url,
    );
    expect(results[0].replies[0].text).toContain('低保');
    expect(results.slice(1).map((r) => r.replies)).toEqual([[], []]);
    expect((await t.db.prisma.inboxMessage.findFirstOrThrow({ orderBy: { id: 'asc' } })).text).toBe('低保怎么申请');
  }, 120_000);

  it('treats a line from WeChat as WeChat does: its own groups and bindings, an unknown sender a villager', async () => {
    const at = (m: number) => `2026-12-01T10:${String(m).padStart(2, '0')}:00+08:00`;
    const wechat = { platform: 'wechat', group: '三星村工作队' };
    const results = await batch(
      [
        { ...wechat, text: '#台账', now: at(0) },
        { ...wechat, text: '#绑定 三星村', as: '王书记', senderId: 'wxid_admin', now: at(1) },
        { ...wechat, text: '#走访 王德福 三星村4组 全部达标', as: '刘大爷', now: at(2) },
        { text: '#走访 王德福 三星村4组 全部达标', as: '刘大爷', now: at(3) },
        { platform: 'wechat', text: '低保怎么申请', as: '刘大爷', private: true, now: at(4) },
      ],
      t.url,
      { ADMIN_IDS: 'wechat:wxid_admin' },
    );
    expect(results[0]).toEqual({ status: 'ignored', replies: [] }); // the console's binding is not WeChat's
    expect(results[1].replies[0].text).toContain('已绑定');
    expect(results[2].status).toBe('rejected');
    expect(results[2].replies[0].text).toContain('抱歉');
    expect(results[3].status).toBe('handled'); // the console trusts whoever sits at it
    expect(results[4].replies).toEqual([{ text: expect.stringContaining('低保'), private: true, chatId: '刘大爷' }]);
  }, 120_000);

  it('sends one message as the console with --at-bot, and without it a leading @ is someone else', async () => {
    const env = (text: string, ...flags: string[]) =>
      cli(['chat', '--as', '王芳', '--group', '三星村工作队', '--now', '2026-12-01T10:00:00+08:00', ...flags, text], '', t.url);
    expect(await env('@小助手 低保怎么申请', '--at-bot')).toContain('低保');
    expect(await env('@李明 低保怎么申请？')).toContain('不是发给机器人的消息');
  }, 120_000);

  it.skipIf(!existsSync(DEV_CORPUS) || process.env.TEST_DB === 'postgres')(
    'keeps quiet on the shared dev corpus and answers every line addressed to it (fresh temporary database)',
    async () => {
      const cases = readCases(DEV_CORPUS);
      // As the scorer feeds it: only these fields, and one instant for lines without their own.
      const input = cases.map((c) => ({
        text: c.text,
        mentionsBot: !!c.mentionsBot,
        ...(c.as ? { as: c.as } : {}),
        ...(c.group ? { group: c.group } : {}),
        now: c.now ?? '2026-12-01T10:00:00+08:00',
      }));
      const results = await batch(input, null);
      expect(results).toHaveLength(cases.length);
      expect(misses(cases, results)).toEqual([]);
    },
    180_000,
  );
});
