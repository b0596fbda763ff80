import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { helpText, helpTopics } from '../../commands/help-text.ts';
import { parseMessage } from '../../commands/parse/parse-message.ts';
import { commands } from '../../commands/registry.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { chats, ledgerFixture, NOW, people, type LedgerFixture } from './ledger-fixture.ts';

// One database for the file: help changes nothing, and the error replies asked for here are refusals.
let t: TestDb;
let f: LedgerFixture;
beforeAll(async () => {
  t = await createTestDb();
  f = await ledgerFixture(t.db);
});
afterAll(async () => {
  await f?.bot.stop();
  await t?.destroy();
});

const asAdmin = (text: string) => f.say(text, people.admin, chats.sanxing);

describe('#帮助 <命令>: a page per command', () => {
  it('every registered command has a manual: a form, at least two examples, its mistakes with fixes', () => {
    for (const c of commands) {
      expect(c.manual, `${c.kind} has no manual`).toBeDefined();
      expect(c.manual!.form.length, c.kind).toBeGreaterThan(0);
      expect(c.manual!.examples.length, c.kind).toBeGreaterThanOrEqual(2);
      expect(c.manual!.mistakes.length, c.kind).toBeGreaterThanOrEqual(2);
      for (const m of c.manual!.mistakes) expect(m.fix.length, `${c.kind}: ${m.wrong}`).toBeGreaterThan(0);
    }
  });

  it('every example is a message the parser reads as that command, with no calendar date that goes stale', () => {
    for (const c of commands)
      for (const example of c.manual!.examples) {
        expect(parseMessage(example, NOW).kind, example).toBe(c.kind);
        expect(example, `${c.kind}: a fixed date in an example will be in the past one day`).not.toMatch(/\d+\s*月\s*\d+\s*[日号]/);
      }
    expect(helpText()).not.toMatch(/\d+\s*月\s*\d+\s*[日号]/);
  });

  it('answers #帮助 <word> with the form, both examples and the mistakes, for every word of every command', async () => {
    for (const c of commands)
      for (const topic of helpTopics(c)) {
        // A word two commands share (`上报`: a new problem, or an item passed up) is the page of
        // the command it is the first word of.
        if (commands.some((o) => o !== c && o.words[0] === topic)) continue;
        const said = await asAdmin(`#帮助 ${topic}`);
        expect(said.outcome.status, topic).toBe('handled');
        expect(said.text, topic).toContain(`格式：${c.manual!.form}`);
        for (const example of c.manual!.examples) expect(said.text, topic).toContain(example);
        for (const m of c.manual!.mistakes) expect(said.text, topic).toContain(m.fix);
      }
  });

  it('reads the command name with its mark, in brackets, or followed by a question', async () => {
    const close = commands.find((c) => c.kind === 'close')!.manual!;
    const visit = commands.find((c) => c.kind === 'visit')!.manual!;
    expect((await f.say('#帮助 #销号')).text).toContain(close.form);
    expect((await f.say('#帮助【销号】')).text).toContain(close.form);
    expect((await f.say('#帮助 销号？')).text).toContain(close.form);
    expect((await f.say('#帮助 走访怎么写')).text).toContain(visit.form);
    // A villager may ask about a command they cannot run: the page says who can.
    const forVillager = await f.say('#帮助 销号', people.villager);
    expect(forVillager.text).toContain(close.form);
    expect(forVillager.text).toContain('驻村干部、队长、管理员可用');
  });

  it('says so for a name that is no command, and points to the list', async () => {
    const said = await f.say('#帮助 开会');
    expect(said.text).toBe('没有“开会”这个命令。发“#帮助 命令”查看全部命令。');
  });
});

describe('#帮助 and #帮助 命令', () => {
  it('#帮助 stays the short list and ends by pointing to #帮助 命令', async () => {
    const said = await f.say('#帮助');
    expect(said.text).toBe(helpText());
    const lines = said.text.split('\n');
    expect(lines.at(-1)).toContain('#帮助 命令');
    expect(lines.length).toBeLessThanOrEqual(15);
  });

  it('#帮助 命令 lists every command with a manual by its form', async () => {
    const said = await f.say('#帮助 命令');
    for (const c of commands) expect(said.text).toContain(`${c.label}：${c.manual!.form}`);
  });
});

describe('an error reply names the help to ask for, and changes nothing', () => {
  it.each([
    ['#走访', '#帮助 走访'],
    ['#走访 王德福 三星村4组 住房×（屋顶漏雨） 时限2月30日', '#帮助 走访'],
    ['#问题', '#帮助 问题'],
    ['#销号', '#帮助 销号'],
    ['#销号 路灯修好了', '#帮助 销号'],
    ['#进展', '#帮助 进展'],
    ['#答', '#帮助 答'],
    ['#认领', '#帮助 认领'],
    ['#认领 12345', '#帮助 认领'],
  ])('%s', async (text, pointer) => {
    const before = await t.db.prisma.issue.count();
    const said = await f.say(text);
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain(`发“${pointer}”查看写法和例子。`);
    expect(await t.db.prisma.issue.count()).toBe(before);
  });

  it('#绑定 without a name, from an admin', async () => {
    const said = await asAdmin('#绑定');
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('发“#帮助 绑定”查看写法和例子。');
  });
});
