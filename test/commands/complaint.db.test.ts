import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCaptureAdapter } from '../../bot/adapters/capture.ts';
import { createFaqService } from '../../bot/faq-service.ts';
import { createLogger } from '../../bot/logger.ts';
import { planHalfMonthlyDispatch } from '../../cadence/jobs/half-monthly-dispatch.ts';
import { cadenceConfig, sh } from '../cadence/cadence-support.ts';
import { groupMessage } from '../support/messages.ts';
import { createBotAndOutbox, handled, testConfig } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { chats, type LedgerFixture, ledgerFixture, people } from './ledger-fixture.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

// 意见箱 on one database for the file; the tests run in order and build on each other
// (the recipient is set first). The fixture's clock is 2026-11-25 10:00 (Shanghai).
describe('意见箱: #意见, #回复意见, #意见接收人', () => {
  let t: TestDb;
  let f: LedgerFixture;
  const recipient = { senderId: 'wx-zhoujw', senderName: '周纪委' };
  const villager = people.villager;
  const inPrivate = (who: { senderId: string; senderName: string }) => chats.privately(who);

  /** How much the adapter has sent, once everything queued so far is out. */
  async function mark() {
    await f.outbox.drainOnce();
    return f.adapter.sent.length;
  }

  /** What the adapter sent since `before`, after the outbox ran. */
  async function sentSince(before: number) {
    await f.outbox.drainOnce();
    return f.adapter.sent.slice(before);
  }

  beforeAll(async () => {
    t = await createTestDb();
    f = await ledgerFixture(t.db);
    const township = await t.db.prisma.township.findUniqueOrThrow({ where: { name: '后叶镇' } });
    await t.db.prisma.member.create({
      data: {
        name: '周纪委',
        role: 'leader',
        title: '乡镇纪委委员',
        townshipId: township.id,
        accounts: { create: { platform: 'wechat', platformUserId: recipient.senderId, via: 'roster' } },
      },
    });
  });
  afterAll(async () => {
    await f?.bot.stop();
    await t?.destroy();
  });

  it('refuses a complaint before any recipient is set, and forwards nothing', async () => {
    const before = await mark();
    // With no recipient anywhere, the village named first places it.
    const said = await f.say('#意见 三星村 低保评定不公开', villager, inPrivate(villager));
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('还没有指定意见接收人');
    expect(await t.db.prisma.complaint.count()).toBe(0);
    expect((await sentSince(before)).every((m) => m.chatId === villager.senderId)).toBe(true);
  });

  it('#意见接收人: an admin names a township-level member; a village cadre is refused', async () => {
    const cadre = await f.say('#意见接收人 张华 后叶镇', people.admin, inPrivate(people.admin));
    expect(cadre.outcome.status).toBe('rejected');
    expect(cadre.text).toContain('不能做乡镇意见接收人');
    const notAdmin = await f.say('#意见接收人 周纪委 后叶镇', people.liMing, inPrivate(people.liMing));
    expect(notAdmin.text).toContain('抱歉');
    expect(await t.db.prisma.complaintRecipient.count()).toBe(0);

    const said = await f.say('#意见接收人 周纪委 后叶镇', people.admin, inPrivate(people.admin));
    expect(said.outcome.status).toBe('handled');
    expect(said.text).toContain('后叶镇的群众意见今后私下转给 周纪委');
  });

  it('an empty complaint is told how to write one and stores nothing', async () => {
    const said = await f.say('#意见', villager, inPrivate(villager));
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('#意见 匿名');
    expect(await t.db.prisma.complaint.count()).toBe(0);
  });

  it('a complaint written in a group is refused in one short line, not repeated and not forwarded', async () => {
    const before = await mark();
    const said = await f.say('#意见 张主任修路吃拿卡要', villager, chats.sanxing);
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('私聊');
    expect(said.text).not.toMatch(/张主任|吃拿卡要/);
    const sent = await sentSince(before);
    expect(sent.map((m) => m.chatId)).toEqual([chats.sanxing.chatId]);
    expect(sent[0].text).not.toMatch(/张主任|吃拿卡要/);
    expect(await t.db.prisma.complaint.count()).toBe(0);
    // The inbox keeps the message (it keeps every message) but its reason says nothing of it.
    expect((await f.inbox(said.outcome.inboxId)).reason).not.toMatch(/张主任|吃拿卡要/);
  });

  it('an anonymous complaint reaches the recipient with no name and no id; the answer reaches the villager', async () => {
    const before = await mark();
    const said = await f.say('#意见 匿名 村里修路有人吃拿卡要', villager, inPrivate(villager));
    expect(said.outcome.status).toBe('handled');
    const row = await t.db.prisma.complaint.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(row).toMatchObject({ anonymous: true, senderName: null, senderMemberId: null, text: '村里修路有人吃拿卡要' });
    expect(said.text).toContain(`编号 ${row.id}`);

    const sent = await sentSince(before);
    expect(sent.map((m) => [m.chatId, m.private]).sort()).toEqual(
      [
        [villager.senderId, true],
        [recipient.senderId, true],
      ].sort(),
    );
    const forwarded = sent.find((m) => m.chatId === recipient.senderId)!;
    expect(forwarded.text).toContain('村里修路有人吃拿卡要');
    expect(forwarded.text).toContain('反映人：匿名');
    expect(forwarded.text).toContain(`#回复意见 ${row.id}`);
    expect(JSON.stringify(forwarded)).not.toContain(villager.senderName);
    expect(JSON.stringify(forwarded)).not.toContain(villager.senderId);

    // Someone else may not answer it.
    const other = await f.say(`#回复意见 ${row.id} 已处理`, people.liMing, inPrivate(people.liMing));
    expect(other.outcome.status).toBe('rejected');
    expect((await t.db.prisma.complaint.findUniqueOrThrow({ where: { id: row.id } })).answeredAt).toBeNull();

    const beforeAnswer = await mark();
    const answered = await f.say(`#回复意见 ${row.id} 已转镇纪委核查，一周内答复`, recipient, inPrivate(recipient));
    expect(answered.outcome.status).toBe('handled');
    const back = await sentSince(beforeAnswer);
    const toVillager = back.find((m) => m.chatId === villager.senderId)!;
    expect(toVillager.private).toBe(true);
    expect(toVillager.text).toContain(`编号 ${row.id}`);
    expect(toVillager.text).toContain('已转镇纪委核查，一周内答复');
    // The recipient is told it went, not where.
    const toRecipient = back.find((m) => m.chatId === recipient.senderId)!;
    expect(toRecipient.text).not.toContain(villager.senderId);
    const stored = await t.db.prisma.complaint.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ answer: '已转镇纪委核查，一周内答复', answeredBy: '周纪委' });
    expect(stored.answeredAt).toEqual(f.now);
  });

  it('a named complaint shows the sender to the recipient and never goes to a group', async () => {
    const before = await mark();
    await f.say('#意见 低保评定不公开，希望张榜公示', villager, inPrivate(villager));
    const sent = await sentSince(before);
    expect(sent.every((m) => m.private)).toBe(true);
    expect(sent.find((m) => m.chatId === recipient.senderId)?.text).toContain(`反映人：${villager.senderName}`);
  });

  it('#回复意见 in a group is refused and sends nothing to the villager', async () => {
    const before = await mark();
    const said = await f.say('#回复意见 2 已公示', recipient, chats.township);
    expect(said.outcome.status).toBe('rejected');
    expect((await sentSince(before)).map((m) => m.chatId)).toEqual([chats.township.chatId]);
  });

  it('the dispatch shows complaint counts only', async () => {
    // Two received on 11-25 (one answered); with 5 days to answer, the other is overdue on 12-01.
    const [m] = await planHalfMonthlyDispatch(t.db.prisma, sh('2026-12-01 09:00'), cadenceConfig({ COMPLAINT_ANSWER_DAYS: '5' }));
    expect(m.text.split('\n')).toContain('【群众意见】本期收到 2 件，答复 1 件；超过 5 天未答复 1 件');
    expect(m.text).not.toMatch(/吃拿卡要|低保评定|刘大爷|纪委核查/);
    const [early] = await planHalfMonthlyDispatch(t.db.prisma, sh('2026-12-01 09:00'), cadenceConfig());
    expect(early.text).toContain('超过 7 天未答复 0 件');
  });

  it('an anonymous complaint and its answer leave no trace of the sender in the logs', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const config = testConfig();
    const logged = createBotAndOutbox({
      config,
      logger: createLogger({ level: 'debug', destination }),
      db: t.db,
      faq: createFaqService(config),
      now: () => f.now,
    });
    logged.bot.use(createCaptureAdapter('wechat'));
    const send = (who: { senderId: string; senderName: string }, text: string) =>
      handled(logged.bot, groupMessage(text, { platform: 'wechat', sentAt: f.now, ...who, ...inPrivate(who) }));
    try {
      await send(villager, '#意见 匿名 村会计账目不公开');
      const row = await t.db.prisma.complaint.findFirstOrThrow({ orderBy: { id: 'desc' } });
      await send(recipient, `#回复意见 ${row.id} 已安排核查`);
      await logged.outbox.drainOnce();
    } finally {
      await logged.bot.stop();
    }
    expect(lines.length).toBeGreaterThan(0);
    const text = lines.join('');
    expect(text).toContain('handled');
    expect(text).not.toContain(villager.senderId);
    expect(text).not.toContain(villager.senderName);
  });
});
