import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addressingText } from '../../prompts/addressing.ts';
import { helpText } from '../../commands/help-text.ts';
import { recordIncoming } from '../../storage/inbox.ts';
import { enqueueReplies } from '../../storage/outbox.ts';
import { until } from '../support/until.ts';
import { groupMessage } from '../support/messages.ts';
import { createTestBot, testConfig, handled } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

// Messages here come from a group nobody has bound: #帮助 says so under the command list.
const unboundHelp = `${helpText()}\n${addressingText.unboundHelpNote}`;

describe('the message path', () => {
  let t: TestDb;
  let stops: Array<() => Promise<void>> = [];

  beforeEach(async () => {
    t = await createTestDb();
  });

  afterEach(async () => {
    for (const stop of stops) await stop();
    stops = [];
    await t.destroy();
  });

  function make(options: Parameters<typeof createTestBot>[1] = {}) {
    const made = createTestBot(t.db, options);
    stops.push(() => made.bot.stop());
    return made;
  }

  it('answers #帮助 with the command list in the same chat', async () => {
    const { bot, adapter, outbox } = make();
    const outcome = await handled(bot, groupMessage('#帮助'));
    await outbox.drainOnce();
    expect(outcome.status).toBe('handled');
    expect(adapter.sent).toHaveLength(1);
    expect(adapter.sent[0].chatId).toBe('三星村工作队');
    expect(adapter.sent[0].text).toBe(unboundHelp);
  });

  it('handles a redelivered message once', async () => {
    const { bot, adapter, outbox } = make();
    const msg = groupMessage('#帮助');
    const first = await handled(bot, msg);
    const second = await handled(bot, { ...msg });
    await outbox.drainOnce();
    expect(first.status).toBe('handled');
    expect(second.status).toBe('duplicate');
    expect(adapter.sent).toHaveLength(1);
    expect(await t.db.prisma.inboxMessage.count()).toBe(1);
  });

  it('keeps ordinary chat in the inbox and says nothing', async () => {
    const { bot, adapter, outbox } = make();
    const outcome = await handled(bot, groupMessage('收到，明天上午开会'));
    await outbox.drainOnce();
    expect(outcome.status).toBe('ignored');
    expect(adapter.sent).toHaveLength(0);
    const row = await t.db.prisma.inboxMessage.findFirstOrThrow();
    expect(row.text).toBe('收到，明天上午开会');
    expect(row.status).toBe('ignored');
  });

  it('keeps a stale message without answering it', async () => {
    const { bot, adapter, outbox } = make();
    const old = groupMessage('#帮助', { sentAt: new Date(Date.now() - 3600_000) });
    const outcome = await handled(bot, old);
    await outbox.drainOnce();
    expect(outcome.status).toBe('stale');
    expect(adapter.sent).toHaveLength(0);
    expect((await t.db.prisma.inboxMessage.findFirstOrThrow()).reason).toMatch(/stale/);
  });

  it('keeps a #word it does not know in the inbox and says nothing', async () => {
    const { bot, adapter, outbox } = make();
    const outcome = await handled(bot, groupMessage('#请假 明天家里有事'));
    await outbox.drainOnce();
    expect(outcome.status).toBe('ignored');
    expect(adapter.sent).toHaveLength(0);
    expect(await t.db.prisma.inboxMessage.findFirstOrThrow()).toMatchObject({
      status: 'ignored',
      reason: 'unknown #word',
      text: '#请假 明天家里有事',
    });
  });

  it('keeps a reply in the outbox while sending fails and sends it once afterwards', async () => {
    let clock = new Date('2026-11-23T09:00:00+08:00');
    const { bot, adapter, outbox } = make({ now: () => clock });
    adapter.failNext(2);
    await handled(bot, groupMessage('#帮助', { sentAt: clock }));
    await outbox.drainOnce();
    expect(adapter.sent).toHaveLength(0);
    const row = await t.db.prisma.outboxMessage.findFirstOrThrow();
    expect(row.status).toBe('pending');
    expect(row.lastError).toContain('refused');

    clock = new Date(clock.getTime() + 10 * 60_000);
    await outbox.drainOnce();
    clock = new Date(clock.getTime() + 10 * 60_000);
    await outbox.drainOnce();
    await outbox.drainOnce();
    expect(adapter.sent).toHaveLength(1);
    expect(adapter.attempts).toBe(3);
    expect((await t.db.prisma.outboxMessage.findFirstOrThrow()).status).toBe('sent');
  });

  it("sends a chat's replies in order even when the first one had to be retried", async () => {
    let clock = new Date('2026-11-23T09:00:00+08:00');
    const { bot, adapter, outbox } = make({ now: () => clock });
    adapter.failNext(1);
    await handled(bot, groupMessage('#帮助', { sentAt: clock }));
    await handled(bot, groupMessage('#绑定 三星村', { sentAt: clock }));
    await outbox.drainOnce();
    expect(adapter.sent).toHaveLength(0);
    clock = new Date(clock.getTime() + 10 * 60_000);
    await outbox.drainOnce();
    expect(adapter.sent.map((m) => m.text)).toEqual([unboundHelp, expect.stringContaining('只能由管理员操作')]);
  });

  it('handles on restart a message that was stored but not handled before a crash', async () => {
    const msg = groupMessage('#帮助');
    // The process died right after storing the message.
    await recordIncoming(t.db, msg);
    const second = make({ recoverEveryMs: 50 });
    await second.bot.start();
    await until(() => second.adapter.sent.length === 1);
    expect((await second.bot.health()).recovered).toBe(1);
    expect((await t.db.prisma.inboxMessage.findFirstOrThrow()).status).toBe('handled');
    // The next passes find nothing left to do.
    await new Promise((r) => setTimeout(r, 200));
    expect(second.adapter.sent).toHaveLength(1);
    expect((await second.bot.health()).recovered).toBe(1);
  });

  it('refuses a group binding from someone who is not an admin and changes nothing', async () => {
    const { bot, adapter, outbox } = make();
    await handled(bot, groupMessage('#绑定 三星村', { platform: 'console', senderId: 'zhang', senderName: '张三' }));
    await outbox.drainOnce();
    expect(adapter.sent[0].text).toContain('管理员');
    expect(await t.db.prisma.chatGroup.count()).toBe(0);
  });

  it('binds a group to a village for an admin', async () => {
    const { bot, adapter, outbox } = make({ config: testConfig({ ADMIN_IDS: 'console:admin' }) });
    await handled(bot, groupMessage('#绑定 三星村', { senderId: 'admin', senderName: '管理员' }));
    await outbox.drainOnce();
    expect(adapter.sent[0].text).toContain('三星村');
    const group = await t.db.prisma.chatGroup.findFirstOrThrow({ include: { village: true } });
    expect(group.village?.name).toBe('三星村');
  });

  it('enqueue: a message that answers no message waits in the outbox until the bot starts, then goes out once', async () => {
    const { bot, adapter } = make();
    expect(
      await bot.enqueue([{ to: { platform: 'console', chatId: '三星村工作队' }, text: '今晚停电检修' }], { dedupeKey: 'notice:1' }),
    ).toBe(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(adapter.sent).toHaveLength(0);
    await bot.start();
    await until(() => adapter.sent.length === 1);
    // The same key again is the same message: nothing more is sent.
    await bot.enqueue([{ to: { platform: 'console', chatId: '三星村工作队' }, text: '今晚停电检修' }], { dedupeKey: 'notice:1' });
    await new Promise((r) => setTimeout(r, 200));
    expect(adapter.sent.map((m) => m.text)).toEqual(['今晚停电检修']);
  });

  it('masks phone and ID-card numbers in what it sends', async () => {
    const { adapter, outbox } = make();
    await enqueueReplies(t.db.prisma, [{ text: '王德福 13812345678 510123198001011234' }], {
      defaultTo: { platform: 'console', chatId: '三星村工作队' },
    });
    await outbox.drainOnce();
    // Side by side, 5678 5101 would be eight digits in a row: the second number shows only its end.
    expect(adapter.sent[0].text).toBe('王德福 138****5678 **************1234');
  });
});
