// When the bot speaks in a group, on the real router and database: only when addressed (a command
// it knows, 问：, its own @mention), a hint for a near miss at most once per person per hour, and
// nothing but #帮助 / #绑定 in a group nobody has bound.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IncomingMessage } from '../../core/message.ts';
import { addressingText } from '../../prompts/addressing.ts';
import { helpText } from '../../commands/help-text.ts';
import { ensureConsoleGroup } from '../../storage/console-group.ts';
import { groupMessage } from '../support/messages.ts';
import { createTestBot, testConfig, handled } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

const QUOTE_LINE = '\n- - - - - - - - - - - - - - -\n';
const START = new Date('2026-12-01T09:00:00+08:00');

describe('speaking in a group', () => {
  let t: TestDb;
  let clock: Date;
  let made: ReturnType<typeof createTestBot>;

  const start = () => {
    made = createTestBot(t.db, { now: () => clock, config: testConfig({ ADMIN_IDS: 'console:admin' }) });
    return made;
  };

  beforeEach(async () => {
    t = await createTestDb();
    clock = START;
    await ensureConsoleGroup(t.db, '三星村工作队', '三星村');
    start();
  });

  afterEach(async () => {
    await made.bot.stop();
    await t.destroy();
  });

  /** Sends a message at the current clock and returns the inbox row and what the bot sent. */
  async function say(text: string, over: Partial<IncomingMessage> = {}) {
    const before = made.adapter.sent.length;
    const outcome = await handled(made.bot, groupMessage(text, { sentAt: clock, ...over }));
    await made.outbox.drainOnce();
    const row = await t.db.prisma.inboxMessage.findUniqueOrThrow({ where: { id: outcome.inboxId } });
    return { status: row.status, reason: row.reason, sent: made.adapter.sent.slice(before).map((m) => m.text) };
  }

  const silent = { status: 'ignored', sent: [] };

  it('answers a command, 问： and its own @mention in a bound group', async () => {
    expect(await say('#帮助')).toMatchObject({ status: 'handled', sent: [helpText()] });
    expect((await say('#走访 王德福 三星村4组 脱贫户 全部达标')).sent[0]).toContain('已记录走访：王德福');
    expect((await say('问：低保怎么申请？')).sent[0]).toContain('低保');
    expect((await say('残疾人两项补贴怎么领', { mentionsBot: true })).sent[0]).toContain('残疾');
  });

  it('leaves WeChat 接龙 posts alone, even when a line in them looks like a command', async () => {
    expect(await say('#接龙\n周二走访分组\n例 张三 4组\n\n1. 张华 4组\n2. 王芳 3组')).toMatchObject({ ...silent, reason: '接龙' });
    expect(await say('#接龙\n#走访 登记\n1. 张华 王德福 全部达标')).toMatchObject(silent);
  });

  it('leaves topic tags and routine posts alone', async () => {
    expect(await say('#森林防火# 进入防火期，严禁野外用火')).toMatchObject({ ...silent, reason: 'topic tag' });
    expect(await say('#和美乡村 文化广场今天完工了')).toMatchObject({ ...silent, reason: 'unknown #word' });
    expect(await say('#今日值班 李明 王芳')).toMatchObject(silent);
    expect(await say('#本周值班 周一李明 周二王芳')).toMatchObject(silent);
    expect(await say('#走访慰问 镇领导今天慰问老党员')).toMatchObject(silent);
    expect(await say('#打卡 学习强国第36天')).toMatchObject(silent);
    expect(await say('#周报\n本周走访12户，发现问题3个，已销号2个')).toMatchObject(silent);
    expect(await say('#说明\n关于防火期的说明')).toMatchObject(silent);
  });

  it('keeps the quoted part of a quote-reply from counting, and hears a command its writer adds', async () => {
    expect(await say(`「王芳：#走访 王德福 三星村4组 全部达标」${QUOTE_LINE}辛苦了`)).toMatchObject(silent);
    expect(await say(`「王芳：@李明 明天几点开会？」${QUOTE_LINE}九点`)).toMatchObject(silent);
    expect(await say(`「王芳：这个表怎么填」${QUOTE_LINE}？`)).toMatchObject(silent);
    expect(await say(`「王芳：问：低保怎么申请？」${QUOTE_LINE}我也想知道`)).toMatchObject(silent);
    const ledger = await say(`「王芳：4组的路灯修好没有」${QUOTE_LINE}#台账`);
    expect(ledger.status).toBe('handled');
    expect(ledger.sent[0]).toContain('三星村');
    expect(await t.db.prisma.visit.count()).toBe(0);
  });

  it('never takes a question to a colleague for a question to the bot', async () => {
    expect(await say('@李明\u2005明天几点开会？')).toMatchObject(silent);
    expect(await say('@王书记 低保名单报了没？')).toMatchObject(silent);
    expect(await say('@张华 王德福家的危房改造补助下来没有?')).toMatchObject(silent);
    expect(await t.db.prisma.faqQuestion.count()).toBe(0);
    // The bot mentioned too: the platform says so, and the question is the bot's to answer.
    expect((await say('@王书记 低保怎么申请？', { mentionsBot: true })).sent).toHaveLength(1);
  });

  it('stays out of policy talk among villagers', async () => {
    for (const text of ['低保今年是不是涨了？', '雨露计划的钱什么时候到账', '听说医保明年要涨？', '小助手还挺好用的']) {
      expect(await say(text, { senderId: 'wx-liu', senderName: '刘大爷' })).toMatchObject(silent);
    }
  });

  it('gives a near miss of a command one short hint, changing nothing', async () => {
    const hinted = await say('#走方 陈秀兰 三星村5组 一般户 全部达标');
    expect(hinted).toMatchObject({ status: 'rejected', sent: [addressingText.nearMiss('走方', '走访')] });
    expect(await t.db.prisma.visit.count()).toBe(0);
    expect((await say('#消号 1 已修好', { senderId: 'zhang', senderName: '张华' })).sent).toEqual([
      addressingText.nearMiss('消号', '销号'),
    ]);
    expect((await say('#台帐', { senderId: 'wang', senderName: '王芳' })).sent).toEqual([addressingText.nearMiss('台帐', '台账')]);
    expect((await say('#走访打开', { senderId: 'zhao', senderName: '赵刚' })).sent).toEqual([
      addressingText.nearMiss('走访打开', '走访打卡'),
    ]);
  });

  it('hints a near miss at most once per person per hour, and a restart does not reset that', async () => {
    expect((await say('#走方 陈秀兰 全部达标')).sent).toHaveLength(1);
    clock = new Date(START.getTime() + 20 * 60_000);
    expect(await say('#台帐')).toMatchObject({ status: 'ignored', sent: [] });
    // Someone else still gets their hint.
    expect((await say('#台帐', { senderId: 'wang', senderName: '王芳' })).sent).toHaveLength(1);

    await made.bot.stop();
    start();
    clock = new Date(START.getTime() + 59 * 60_000);
    expect(await say('#消号 1')).toMatchObject({ status: 'ignored', sent: [] });
    clock = new Date(START.getTime() + 61 * 60_000);
    expect((await say('#消号 1')).sent).toEqual([addressingText.nearMiss('消号', '销号')]);
  });

  it('answers only #帮助 and #绑定 in a group nobody has bound', async () => {
    const unbound = { chatId: 'lt-team', chatName: '龙潭村工作队' };
    expect((await say('#帮助', unbound)).sent).toEqual([`${helpText()}\n${addressingText.unboundHelpNote}`]);
    expect(await say('#台账', unbound)).toMatchObject({ ...silent, reason: 'group not bound' });
    expect(await say('#走访 杨德明 龙潭村2组 全部达标', unbound)).toMatchObject(silent);
    expect(await say('问：小额信贷能贷多少？', unbound)).toMatchObject(silent);
    expect(await say('低保怎么申请', { ...unbound, mentionsBot: true })).toMatchObject(silent);
    expect(await say('#走方 杨德明 全部达标', unbound)).toMatchObject(silent);
    expect(await t.db.prisma.visit.count()).toBe(0);
    // A non-admin's #绑定 is answered (with a refusal); an admin's binds it, and the group is served.
    expect((await say('#绑定 龙潭村', unbound)).sent[0]).toContain('管理员');
    expect((await say('#绑定 龙潭村', { ...unbound, senderId: 'admin', senderName: '管理员' })).sent[0]).toContain('龙潭村');
    expect((await say('#台账', unbound)).sent[0]).toContain('龙潭村');
  });

  it('tells an admin once per group how to bind it', async () => {
    const admin = { chatId: 'new-group', chatName: '新建群', senderId: 'admin', senderName: '管理员' };
    expect(await say('#台账', admin)).toMatchObject({ status: 'rejected', sent: [addressingText.unboundAdmin] });
    expect(await say('#统计', admin)).toMatchObject(silent);
    await made.bot.stop();
    start();
    expect(await say('#台账', admin)).toMatchObject(silent);
    expect((await say('#台账', { ...admin, chatId: 'other-group', chatName: '另一个群' })).sent).toEqual([addressingText.unboundAdmin]);
  });

  it('keeps answering everything in a private chat', async () => {
    const privately = { chatId: 'wx-liu', chatName: '刘大爷', senderId: 'wx-liu', senderName: '刘大爷', isPrivate: true };
    expect((await say('低保怎么申请', privately)).sent[0]).toContain('低保');
    expect((await say('#帮助', privately)).sent).toEqual([helpText()]);
  });
});
