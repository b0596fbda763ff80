// A WeChat recall (撤回) through the real bot on both databases: a check-in taken back within
// two minutes is withdrawn (rows kept, counted nowhere, numbers not reused) and the group told
// in one line; later, or once an item was worked on, it is kept and the group told how to correct.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../bot/cli/export.ts';
import type { IncomingMessage } from '../../core/message.ts';
import { ledgerText } from '../../prompts/ledger.ts';
import { weekStats } from '../../storage/stats.ts';
import { groupMessage } from '../support/messages.ts';
import { createTestBot, createTestRouter, handled, testConfig } from '../support/test-bot.ts';
import { until } from '../support/until.ts';
import { chats, NOW, people, useLedgerFixture } from './ledger-fixture.ts';

const CHECK_IN = '#走访 王德福 三星村4组 住房×（屋顶漏雨） 饮水×（水压不足） 责任人张华 12月5日前';

describe('a recalled check-in', () => {
  const ctx = useLedgerFixture();
  const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
  const from = { platform: 'wechat' as const, ...people.zhangHua, ...chats.sanxing };

  function send(text: string, seconds: number, over: Partial<IncomingMessage> = {}) {
    ctx.f.at(at(seconds));
    return handled(ctx.f.bot, groupMessage(text, { ...from, sentAt: at(seconds), ...over }));
  }
  /** The recall as the adapter hands it: its own message, no text, naming the one taken back. */
  const recallOf = (original: IncomingMessage, seconds: number, over: Partial<IncomingMessage> = {}) =>
    groupMessage('', { ...from, sentAt: at(seconds), recall: { messageId: original.messageId }, ...over });
  function recall(original: IncomingMessage, seconds: number) {
    ctx.f.at(at(seconds));
    return handled(ctx.f.bot, recallOf(original, seconds));
  }
  async function checkIn(seconds = 0) {
    const msg = groupMessage(CHECK_IN, { ...from, sentAt: at(seconds) });
    ctx.f.at(at(seconds));
    expect((await handled(ctx.f.bot, msg)).status).toBe('handled');
    return msg;
  }

  it('withdraws the visit and its items within two minutes, says so once, and leaves them out of every count, list and export', async () => {
    const original = await checkIn();
    const undone = await recall(original, 90);
    expect(undone.status).toBe('handled');
    expect(undone.replies.map((r) => r.text)).toEqual(['已撤回：张华的走访记录（王德福家），问题 1、2 已作废']);

    // The rows stay, for audit, marked.
    const prisma = ctx.t.db.prisma;
    expect(await prisma.visit.findFirstOrThrow()).toMatchObject({ withdrawnAt: at(90) });
    expect((await prisma.issue.findMany({ orderBy: { no: 'asc' } })).map((i) => [i.no, i.status])).toEqual([
      [1, 'withdrawn'],
      [2, 'withdrawn'],
    ]);
    // Delivered again, or a second recall of the same message: nothing more is said or done.
    expect(await handled(ctx.f.bot, recallOf(original, 95))).toMatchObject({ status: 'ignored', replies: [] });

    // Counted nowhere, listed nowhere.
    const village = await ctx.f.villageId('三星村');
    const stats = await weekStats(ctx.t.db, [village], {
      monday: '2026-11-23',
      sunday: '2026-11-29',
      from: new Date('2026-11-23T00:00:00+08:00'),
      to: new Date('2026-11-30T00:00:00+08:00'),
      today: '2026-11-25',
    });
    expect(stats).toMatchObject({ visits: 0, newIssues: 0, totalIssues: 0, open: 0 });
    expect((await send('#台账', 100)).replies[0].text).toContain('没有未销号的问题');
    const close = await send('#销号 1 已修好', 110);
    expect(close.status).toBe('rejected');
    expect(close.replies[0].text).toBe(ledgerText.withdrawnNo('三星村', 1));
    expect((await send('#台账 2', 115)).replies[0].text).toBe(ledgerText.withdrawnNo('三星村', 2));

    // The next item takes the next number: 1 and 2 are not handed out again.
    const next = await send('#问题 三星村4组路灯坏了', 120);
    expect(next.replies[0].text).toContain('#3');

    const dir = mkdtempSync(path.join(tmpdir(), 'recall-'));
    try {
      for (const what of ['ledger', 'visits']) {
        const file = path.join(dir, `${what}.xlsx`);
        expect(await runExport(ctx.t.db, { values: { out: file }, positionals: [what, '三星村'] }, () => {}, at(130))).toBe(0);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(file);
        const text = JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()));
        expect(text).not.toContain('屋顶漏雨');
        expect(text).not.toContain('王德福');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps a check-in recalled after two minutes, and tells the group how to correct it', async () => {
    const original = await checkIn();
    const kept = await recall(original, 150);
    expect(kept.replies.map((r) => r.text)).toEqual([
      '张华撤回的消息已超过2分钟，走访记录（王德福家），问题 1、2 仍保留。如有误，请发“#进展 1 更正：…”说明；要作废请找管理员。',
    ]);
    expect(await ctx.t.db.prisma.visit.count({ where: { withdrawnAt: null } })).toBe(1);
    expect(await ctx.t.db.prisma.issue.count({ where: { status: 'open' } })).toBe(2);
  });

  it('keeps a check-in whose item was worked on before the recall', async () => {
    const original = await checkIn();
    const progress = groupMessage('#进展 2 已联系水厂', { ...from, sentAt: at(30) });
    ctx.f.at(at(30));
    expect((await handled(ctx.f.bot, progress)).status).toBe('handled');
    const kept = await recall(original, 60);
    expect(kept.replies[0].text).toContain('问题 2 已有进展或销号');
    expect(await ctx.t.db.prisma.issue.count({ where: { status: 'withdrawn' } })).toBe(0);
    expect(await ctx.t.db.prisma.visit.count({ where: { withdrawnAt: { not: null } } })).toBe(0);
    // The #进展 itself taken back: it made no visit or item; the note stays and the group is told how to correct.
    const note = await recall(progress, 70);
    expect(note.replies.map((r) => r.text)).toEqual(['张华撤回的消息没有新增走访或问题，台账未变；已办的事如有误，请再发一条说明更正。']);
    expect(await ctx.t.db.prisma.issueNote.count()).toBe(1);
  });

  it('keeps a 院坝会 recalled in time: a meeting record is not undone by a recall', async () => {
    const meeting = groupMessage('#院坝会 三星村2组 11月24日 参会32人 意见：路灯不亮', { ...from, sentAt: at(0) });
    expect((await handled(ctx.f.bot, meeting)).status).toBe('handled');
    const kept = await recall(meeting, 30);
    expect(kept.replies.map((r) => r.text)).toEqual(['张华撤回的消息已记下的问题 1 仍保留，撤回不作废会议记录。如有误，请找管理员处理。']);
    expect(await ctx.t.db.prisma.issue.count({ where: { status: 'open' } })).toBe(1);
  });

  it('stays quiet when ordinary chatter or a question is taken back', async () => {
    const chatter = groupMessage('今天下午几点开会？', { ...from, sentAt: at(0) });
    await handled(ctx.f.bot, chatter);
    const question = groupMessage('#帮助', { ...from, sentAt: at(5) });
    await handled(ctx.f.bot, question);
    expect(await recall(chatter, 30)).toMatchObject({ status: 'ignored', replies: [] });
    expect(await recall(question, 35)).toMatchObject({ status: 'ignored', replies: [] });
    // A message the bot never stored (sent before it ran) is no different.
    const unknown = groupMessage('', { ...from, sentAt: at(40), recall: { messageId: 'never-seen' } });
    expect(await handled(ctx.f.bot, unknown)).toMatchObject({ status: 'ignored', replies: [] });
  });

  it('undoes a recall stored before a crash and handled by the recovery pass', async () => {
    const original = await checkIn();
    // The recall was stored, then the process died before handling it.
    await createTestRouter(ctx.t.db, { now: () => at(60) }).accept(recallOf(original, 60));
    const restarted = createTestBot(ctx.t.db, {
      now: () => at(70),
      platform: 'wechat',
      config: testConfig({ ADMIN_IDS: `wechat:${people.admin.senderId}` }),
      recoverEveryMs: 50,
    });
    await restarted.bot.start();
    try {
      await until(async () => (await ctx.t.db.prisma.inboxMessage.count({ where: { status: 'received' } })) === 0);
      expect(await ctx.t.db.prisma.issue.count({ where: { status: 'withdrawn' } })).toBe(2);
      // Sent once the restarted bot drains its outbox (after the check-in's own receipt, unsent before the crash).
      const told = () => restarted.adapter.sent.filter((m) => m.text.startsWith('已撤回：张华的走访记录（王德福家）'));
      await until(() => told().length === 1);
      expect(told()[0].chatId).toBe(chats.sanxing.chatId);
    } finally {
      await restarted.bot.stop();
    }
  });

  it('waits for a check-in stored but not yet handled, and undoes it once the recovery pass has handled it', async () => {
    // The check-in was stored, then the database went away before it was handled; the recall comes in after.
    const original = groupMessage(CHECK_IN, { ...from, sentAt: at(0) });
    await createTestRouter(ctx.t.db, { now: () => at(10) }).accept(original);
    expect(await recall(original, 40)).toMatchObject({ status: 'deferred', replies: [] });
    expect(await ctx.t.db.prisma.inboxMessage.count({ where: { status: 'received' } })).toBe(2);

    const restarted = createTestBot(ctx.t.db, {
      now: () => at(60),
      platform: 'wechat',
      config: testConfig({ ADMIN_IDS: `wechat:${people.admin.senderId}` }),
      recoverEveryMs: 50,
    });
    await restarted.bot.start();
    try {
      await until(async () => (await ctx.t.db.prisma.inboxMessage.count({ where: { status: 'received' } })) === 0);
      expect(await ctx.t.db.prisma.visit.count({ where: { withdrawnAt: null } })).toBe(0);
      expect(await ctx.t.db.prisma.issue.count({ where: { status: 'withdrawn' } })).toBe(2);
      await until(() => restarted.adapter.sent.some((m) => m.text.startsWith('已撤回：张华的走访记录（王德福家）')));
    } finally {
      await restarted.bot.stop();
    }
  });
});
