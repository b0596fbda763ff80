// Ledger items whose descriptions hold an ID and a mobile number, reported through the real
// bot: neither shows whole, nor a longer piece than its mask shows, in the receipts, `#台账`
// (text and card), the weekly inspection, the overdue nudge and its escalation (text and
// card), nor in the exported ledger.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExport } from '../../bot/cli/export.ts';
import type { OutgoingMessage, Reply } from '../../core/reply.ts';
import { createScheduler } from '../../cadence/scheduler.ts';
import { chats, useLedgerFixture } from '../commands/ledger-fixture.ts';
import { cadenceConfig, drainOutbox, quietLogger, sh } from '../cadence/cadence-support.ts';
import { expectNoPiece } from '../support/expect-masked.ts';
import { groupMessage } from '../support/messages.ts';
import { createTestBot, testConfig, handled } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

const ID = '510104195207161123';
const PHONE = '13812345678';

/** Every text a person sees in a message: its text, the names it @s, the card's title, rows and footer. */
function shown(m: Reply | OutgoingMessage): string[] {
  return [
    m.text,
    ...(m.mentions ?? []).map((x) => x.name),
    ...(m.card ? [m.card.title, ...m.card.rows.map((r) => r.text), m.card.footer ?? ''] : []),
  ];
}

function expectMasked(messages: Array<Reply | OutgoingMessage>): void {
  expect(messages.length).toBeGreaterThan(0);
  for (const text of messages.flatMap(shown)) expectNoPiece(text, [ID, PHONE]);
}

describe('an ID and a phone in a ledger item', () => {
  const ctx = useLedgerFixture();
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'masking-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /**
   * 张华 reports two items in 三星村's group on Wednesday 2026-11-25, due 11月30日. Each number
   * sits where a one-line view cuts: 16 of the ID's digits fit in #台账's 24 characters, the
   * whole phone in a reminder's 14.
   */
  async function report() {
    const first = await ctx.f.say(`#问题 户主身份证号码${ID}需危房改造 由李明负责 11月30日前`);
    const second = await ctx.f.say(`#问题 电话${PHONE}屋顶漏雨 由李明负责 11月30日前`);
    const issues = await ctx.t.db.prisma.issue.findMany({ orderBy: { no: 'asc' } });
    // Stored as typed: what follows proves masking, not a parser that dropped the numbers.
    expect(issues.map((i) => i.description)).toEqual([`户主身份证号码${ID}需危房改造`, `电话${PHONE}屋顶漏雨`]);
    return [...first.replies, ...second.replies];
  }

  it('is masked in the receipt and in #台账, text and card, as sent and as the handler returned it', async () => {
    const receipts = await report();
    expectMasked(receipts);
    expect(receipts.map((r) => r.text).join('\n')).toContain('5101**********1123');
    expect(receipts.map((r) => r.text).join('\n')).toContain('138****5678');

    const ledger = await ctx.f.say('#台账');
    expect(ledger.replies[0].card?.rows.map((r) => r.text.split(' ')[0])).toEqual(['#1', '#2']);
    expectMasked(ledger.replies);
    expect(ledger.text).toContain('户主身份证号码5101**********11…');
    await ctx.f.outbox.drainOnce();
    const sent = ctx.f.adapter.sent;
    expect(sent.map((m) => m.text)).toEqual([...receipts.map((r) => r.text), ledger.text]);
    expectMasked(sent);
  });

  it('is masked in the weekly inspection, the overdue nudge and the escalation, text and card', async () => {
    await report();
    const scheduler = createScheduler({ db: ctx.t.db, config: cadenceConfig(), logger: quietLogger, instance: 'test-1' });
    // Monday 2026-12-14: 14 days overdue, past ESCALATE_AFTER_DAYS (7).
    const weekly = await scheduler.runDue(sh('2026-12-14 09:00'));
    const nudge = await scheduler.runDue(sh('2026-12-14 10:00'));
    expect(weekly.map((o) => [o.job, o.status])).toEqual([['weekly', 'ran']]);
    expect(nudge.map((o) => [o.job, o.status])).toEqual([['nudge', 'ran']]);

    const sent = await drainOutbox(ctx.t.db, sh('2026-12-14 10:00'));
    const heading = (m: OutgoingMessage) => m.text.split('\n')[0];
    const weeklyDigest = sent.filter((m) => heading(m).startsWith('【每周督查】') && m.chatId === chats.sanxing.chatId);
    const nudgeDigest = sent.filter((m) => heading(m).startsWith('【逾期提醒】') && m.chatId === chats.sanxing.chatId);
    const escalation = sent.filter((m) => heading(m).startsWith('【逾期升级】') && m.chatId === chats.township.chatId);
    for (const group of [weeklyDigest, nudgeDigest, escalation]) {
      expect(group).toHaveLength(1);
      for (const no of ['#1 ', '#2 ']) {
        expect(group[0].card?.rows.some((r) => r.text.includes(no))).toBe(true);
        expect(group[0].text).toContain(no);
      }
      expect(group[0].card?.rows.map((r) => r.text).join('\n')).toContain('电话138****5678');
    }
    expectMasked(sent);
    // The planned messages (what `remind --dry-run` prints) are masked before the outbox too.
    expectMasked([...weekly, ...nudge].flatMap((o) => o.messages));
  });

  it('is masked in the exported ledger', async () => {
    await report();
    // Written as people do: +86 and groups, the ID in fours.
    await ctx.f.say('#进展 1 已联系王德福，电话+86 138 1234 5678，身份证5101 0419 5207 1611 23已核对');
    const file = path.join(dir, '台账.xlsx');
    expect(await runExport(ctx.t.db, { values: { out: file }, positionals: ['ledger', '三星村'] }, () => {})).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const cells: string[] = [];
    wb.worksheets[0].eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value ?? ''))));
    expect(cells.join('\n')).toContain('5101**********1123');
    expect(cells.join('\n')).toContain('已联系王德福');
    for (const cell of cells) expectNoPiece(cell, [ID, PHONE]);
  });
});

describe('numbers the configuration makes public', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await t.destroy();
  });

  it('are shown whole in a FAQ answer: the team phone may be a mobile', async () => {
    const { bot, adapter, outbox } = createTestBot(t.db, {
      config: testConfig({ TEAM_PHONE: '13800000000', TOWNSHIP_HOTLINE: '0851-1234567' }),
    });
    const village = await t.db.prisma.village.create({ data: { name: '三星村' } });
    await t.db.prisma.chatGroup.create({ data: { platform: 'console', chatId: '三星村村民群', villageId: village.id } });
    await handled(
      bot,
      groupMessage('问：有事情找哪个反映', { chatId: '三星村村民群', chatName: '三星村村民群', senderId: 'wx-wang', senderName: '王德福' }),
    );
    await outbox.drainOnce();
    expect(adapter.sent).toHaveLength(1);
    expect(adapter.sent[0].text).toContain('驻村工作队（电话 13800000000）');
    expect(adapter.sent[0].text).toContain('乡镇便民服务中心（电话 0851-1234567）');
    await bot.stop();
  });
});
