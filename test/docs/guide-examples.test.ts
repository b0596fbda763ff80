// Every conversation the Chinese guides show is replayed through `cli chat --batch` (a real cli
// process, a fresh database) and must get the answer the guide shows.
//
// The format, in the guides' markdown: a fenced block whose info string is `对话`, holding lines
//
//   发：<message>                 one message from the console's cadre (李明, in 三星村工作队)
//   发（<name>）：<message>        the same from <name> (`管理员` is an admin)
//   发（<name>@<group>）：<message> from <name> in the group <group>
//   回：<text>                    a piece of the bot's answer to the last 发: the replies to that
//                                 message, joined by line breaks, must contain <text> as it is
//
// Each 发 needs at least one 回. The blocks of one guide run in order in one database, so a later
// block may use the items an earlier one created (#2 …). Every message is sent at NOW, the day the
// guides name for their dates.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const NOW = '2026-11-25T10:00:00+08:00';
const GUIDES = ['docs/干部使用手册.md', 'docs/管理员部署手册.md', 'docs/常见问题.md'];

interface Exchange {
  line: number;
  send: { text: string; as?: string; group?: string };
  expect: string[];
}

const SEND = /^发(?:（([^@）]+)(?:@([^）]+))?）)?：(.+)$/;
const ANSWER = /^回：(.+)$/;

/** The 对话 blocks of a guide, as exchanges in order; a line the format does not know is an error. */
function readExchanges(markdown: string): Exchange[] {
  const exchanges: Exchange[] = [];
  let inBlock = false;
  markdown.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (!inBlock) {
      if (line === '```对话') inBlock = true;
      return;
    }
    if (line === '```') {
      inBlock = false;
      return;
    }
    if (!line.trim()) return;
    const send = SEND.exec(line);
    const answer = ANSWER.exec(line);
    if (send) exchanges.push({ line: i + 1, send: { text: send[3], as: send[1], group: send[2] }, expect: [] });
    else if (answer && exchanges.length) exchanges[exchanges.length - 1].expect.push(answer[1]);
    else throw new Error(`line ${i + 1}: not 发：… or 回：… inside a 对话 block: ${line}`);
  });
  if (inBlock) throw new Error('a 对话 block is not closed');
  return exchanges;
}

function chatBatch(lines: object[]): Promise<Array<{ status: string; replies: Array<{ text: string }> }>> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL' && k !== 'FAQ_PER_PERSON_PER_MINUTE'));
  return new Promise((resolve, reject) => {
    const child = execFile(
      'npm',
      ['run', '-s', 'cli', '--', 'chat', '--batch', '--now', NOW],
      { cwd: root, env: { ...env, LOG_LEVEL: 'warn' }, timeout: 240_000, maxBuffer: 1 << 24 },
      (err, stdout, stderr) =>
        err
          ? reject(new Error(`${err.message}\n${stderr}`))
          : resolve(
              stdout
                .split('\n')
                .filter((l) => l.trim())
                .map((l) => JSON.parse(l)),
            ),
    );
    child.stdin?.end(`${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
  });
}

describe('the format of the guides’ conversations', () => {
  it('reads senders, groups and answers, and refuses a stray line', () => {
    const read = readExchanges(
      ['文字', '```对话', '发：#台账', '回：三星村', '发（管理员@红岩村工作队）：#绑定 红岩村', '回：好的', '回：红岩村', '```'].join('\n'),
    );
    expect(read).toEqual([
      { line: 3, send: { text: '#台账', as: undefined, group: undefined }, expect: ['三星村'] },
      { line: 5, send: { text: '#绑定 红岩村', as: '管理员', group: '红岩村工作队' }, expect: ['好的', '红岩村'] },
    ]);
    expect(() => readExchanges('```对话\n机器人说：你好\n```')).toThrow(/line 2/);
    expect(() => readExchanges('```对话\n发：#台账\n')).toThrow(/not closed/);
  });
});

describe.each(GUIDES)('%s', (guide) => {
  it('every conversation in it gets the answer it shows', { timeout: 300_000 }, async () => {
    const exchanges = readExchanges(readFileSync(path.join(root, guide), 'utf8'));
    expect(exchanges.length).toBeGreaterThan(0);
    for (const x of exchanges) expect(x.expect.length, `line ${x.line}: 发 without 回`).toBeGreaterThan(0);
    const results = await chatBatch(
      exchanges.map((x) => ({
        text: x.send.text,
        ...(x.send.as ? { as: x.send.as } : {}),
        ...(x.send.group ? { group: x.send.group } : {}),
      })),
    );
    expect(results).toHaveLength(exchanges.length);
    exchanges.forEach((x, i) => {
      const said = results[i].replies.map((r) => r.text).join('\n');
      for (const piece of x.expect) expect(said, `${guide} line ${x.line}: 发：${x.send.text}`).toContain(piece);
    });
  });
});
