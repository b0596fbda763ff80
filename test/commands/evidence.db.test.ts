// Pictures kept as evidence on ledger items (issue 13 §6), through the real bot on both
// databases: with the command, in the minutes after it from the same person, or not at all.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../bot/cli/export.ts';
import type { Attachment, IncomingMessage } from '../../core/message.ts';
import { countEvidence, countEvidenceByIssue, listEvidence } from '../../storage/evidence.ts';
import { groupMessage } from '../support/messages.ts';
import { createTestBot, createTestRouter, handled, testConfig } from '../support/test-bot.ts';
import { until } from '../support/until.ts';
import { chats, NOW, people, useLedgerFixture } from './ledger-fixture.ts';

const photo = (key: string): Attachment => ({ kind: 'image', key, name: null });

describe('evidence on ledger items', () => {
  const ctx = useLedgerFixture();

  function send(text: string, over: Partial<IncomingMessage> & { afterSeconds?: number } = {}) {
    const { afterSeconds = 0, ...rest } = over;
    const sentAt = new Date(NOW.getTime() + afterSeconds * 1000);
    return handled(ctx.f.bot, groupMessage(text, { platform: 'wechat', ...people.zhangHua, ...chats.sanxing, sentAt, ...rest }));
  }

  it('links a picture sent with a #问题 and pictures sent within minutes after it, and nothing else', async () => {
    const reported = await send('#问题 三星村4组路灯坏了', { attachments: [photo('p-with')] });
    expect(reported.status).toBe('handled');
    const item = await ctx.t.db.prisma.issue.findFirstOrThrow();
    // Two more from the same person within five minutes: kept on the item, and the group hears nothing.
    const later = await send('', { attachments: [photo('p-later-1'), photo('p-later-2')], afterSeconds: 120 });
    expect(later).toMatchObject({ status: 'ignored', replies: [] });
    // Someone else's picture, and the same person's after the window: kept, but on no item.
    expect(await send('', { ...people.wangFang, attachments: [photo('p-other')], afterSeconds: 130 })).toMatchObject({ replies: [] });
    expect(await send('', { attachments: [photo('p-late')], afterSeconds: 6 * 60 })).toMatchObject({ replies: [] });

    expect(await countEvidence(ctx.t.db, item.id)).toBe(3);
    expect((await listEvidence(ctx.t.db, item.id)).map((e) => [e.key, e.status])).toEqual([
      ['p-with', 'pending'],
      ['p-later-1', 'pending'],
      ['p-later-2', 'pending'],
    ]);
    const unlinked = await ctx.t.db.prisma.evidence.findMany({ where: { status: 'unlinked' }, orderBy: { key: 'asc' } });
    expect(unlinked.map((e) => e.key)).toEqual(['p-late', 'p-other']);
    const row = await ctx.f.inbox(later.inboxId);
    expect(row.reason).toBe(`evidence for issue ${item.id}`);
  });

  it('says 已附照片 N 张 on the 销号 receipt, counting the pictures that come with it', async () => {
    await send('#问题 三星村4组路灯坏了', { attachments: [photo('before')] });
    const item = await ctx.t.db.prisma.issue.findFirstOrThrow();
    const closed = await send(`#销号 ${item.no} 已换灯泡`, { attachments: [photo('after')], afterSeconds: 600 });
    // A cadre's close waits for 验收; the receipt counts the photos either way.
    expect(closed.replies[0].text).toContain(`#${item.no} 已提交销号`);
    expect(closed.replies[0].text).toContain('已附照片 2 张');
    // And a picture right after the close joins the same item.
    await send('', { attachments: [photo('after-2')], afterSeconds: 660 });
    expect(await countEvidence(ctx.t.db, item.id)).toBe(3);
    // `#台账 12` shows the item in full, with its photos' count.
    const detail = await send(`#台账 ${item.no}`, { afterSeconds: 700 });
    expect(detail.replies[0].text).toContain('已附照片 3 张');

    // The ledger export carries the count in 照片数.
    const dir = mkdtempSync(path.join(tmpdir(), 'ledger-'));
    try {
      const file = path.join(dir, '台账.xlsx');
      expect(await runExport(ctx.t.db, { values: { out: file }, positionals: ['ledger', '三星村'] }, () => {}, NOW)).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const sheet = wb.worksheets[0];
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(sheet.getRow(2).getCell(header.indexOf('照片数') + 1).value).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says nothing of photos on a 销号 with none', async () => {
    await send('#问题 三星村4组路灯坏了');
    const item = await ctx.t.db.prisma.issue.findFirstOrThrow();
    const closed = await send(`#销号 ${item.no} 已换灯泡`, { afterSeconds: 60 });
    expect(closed.replies[0].text).not.toContain('照片');
  });

  it('puts a check-in’s picture on every item it opened, and counts per item', async () => {
    const visit = await send('#走访 王德福 住房×（屋顶漏雨） 饮水×（水压不足） 责任人张华 12月5日前', { attachments: [photo('house')] });
    expect(visit.status).toBe('handled');
    const items = await ctx.t.db.prisma.issue.findMany({ orderBy: { no: 'asc' } });
    expect(items.length).toBe(2);
    const counts = await countEvidenceByIssue(
      ctx.t.db,
      items.map((i) => i.id),
    );
    expect(items.map((i) => counts.get(i.id))).toEqual([1, 1]);
  });

  it('keeps a redelivered picture once', async () => {
    await send('#问题 三星村4组路灯坏了');
    const msg = groupMessage('', {
      platform: 'wechat',
      ...people.zhangHua,
      ...chats.sanxing,
      sentAt: new Date(NOW.getTime() + 30_000),
      attachments: [photo('twice')],
    });
    await handled(ctx.f.bot, msg);
    await handled(ctx.f.bot, msg);
    expect(await ctx.t.db.prisma.evidence.count()).toBe(1);
    expect(await ctx.t.db.prisma.evidenceItem.count()).toBe(1);
  });

  it('links the pictures of messages stored before a crash and handled by the recovery pass', async () => {
    const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
    const from = { platform: 'wechat' as const, ...people.zhangHua, ...chats.sanxing };
    // Stored, then the process died before handling them: a #问题 with its picture, and a
    // picture sent a minute after it.
    const router = createTestRouter(ctx.t.db, { now: () => at(90) });
    const report = groupMessage('#问题 三星村4组路灯坏了', { ...from, sentAt: at(0), attachments: [photo('r-with')] });
    const later = groupMessage('', { ...from, sentAt: at(60), attachments: [photo('r-later')] });
    await router.accept(report);
    await router.accept(later);
    expect(await ctx.t.db.prisma.evidence.count({ where: { status: 'unlinked' } })).toBe(2);

    // The restarted bot handles what was stored: the pictures land on the item like a live run's.
    const restarted = createTestBot(ctx.t.db, {
      now: () => at(120),
      platform: 'wechat',
      config: testConfig({ ADMIN_IDS: `wechat:${people.admin.senderId}` }),
      recoverEveryMs: 50,
    });
    await restarted.bot.start();
    try {
      await until(async () => (await ctx.t.db.prisma.inboxMessage.count({ where: { status: 'received' } })) === 0);
      const item = await ctx.t.db.prisma.issue.findFirstOrThrow();
      expect((await listEvidence(ctx.t.db, item.id)).map((e) => [e.key, e.status])).toEqual([
        ['r-with', 'pending'],
        ['r-later', 'pending'],
      ]);
      expect(await ctx.t.db.prisma.evidence.count({ where: { status: 'unlinked' } })).toBe(0);
    } finally {
      await restarted.bot.stop();
    }
  });
});
