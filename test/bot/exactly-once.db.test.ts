import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Outcome } from '../../bot/router.ts';
import { groupMessage } from '../support/messages.ts';
import { createTestRouter } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { ensureConsoleGroup } from '../../storage/console-group.ts';

// A message may be scheduled twice: the recovery pass reads rows still marked `received`
// while one of them is finishing. The second scheduling must change nothing: no second
// visit, ledger number or reply. On PostgreSQL the two runs are truly concurrent (a pool
// of connections); on SQLite they take turns. Both must end with one set of effects.
describe('a message scheduled twice is handled once', () => {
  let t: TestDb;
  const clock = new Date('2026-11-23T10:00:00+08:00');
  const sentAt = new Date('2026-11-23T09:59:00+08:00');

  beforeEach(async () => {
    t = await createTestDb();
    // The messages' group is bound, as the console's first start binds it: an unbound group hears only #帮助 and #绑定.
    await ensureConsoleGroup(t.db, '三星村工作队', '三星村');
  });
  afterEach(async () => {
    await t.destroy();
  });

  async function twice(text: string, mode: 'concurrent' | 'after') {
    const router = createTestRouter(t.db, { now: () => clock });
    const msg = groupMessage(text, { sentAt });
    const { inboxId } = await router.accept(msg);
    let outcomes: Outcome[];
    if (mode === 'concurrent') {
      outcomes = await Promise.all([router.process(inboxId, msg), router.process(inboxId, msg)]);
    } else {
      outcomes = [await router.process(inboxId, msg), await router.process(inboxId, msg)];
    }
    const p = t.db.prisma;
    const [visits, issues, outbox, inbox] = await Promise.all([
      p.visit.count({ where: { inboxId } }),
      p.issue.findMany({ where: { inboxId }, select: { no: true } }),
      p.outboxMessage.count({ where: { inboxId } }),
      p.inboxMessage.findUniqueOrThrow({ where: { id: inboxId } }),
    ]);
    return { outcomes: outcomes.map((o) => o.status).sort(), visits, ledgerNos: issues.map((i) => i.no), outbox, inbox };
  }

  const visit = '#走访 王德福 三星村4组 脱贫户 收入√ 吃穿√ 教育√ 医疗√ 住房×（屋顶漏雨） 饮水√ 责任人李书记 11月30日前';

  it('two concurrent runs of one check-in leave one visit, one ledger number and one receipt', async () => {
    const r = await twice(visit, 'concurrent');
    expect(r.outcomes).toEqual(['duplicate', 'handled']);
    expect(r.visits).toBe(1);
    expect(r.ledgerNos).toEqual([1]);
    expect(r.outbox).toBe(1);
    expect(r.inbox.status).toBe('handled');
  });

  it('a run scheduled after the first one finished changes nothing', async () => {
    const r = await twice(visit, 'after');
    expect(r.outcomes).toEqual(['duplicate', 'handled']);
    expect(r.visits).toBe(1);
    expect(r.ledgerNos).toEqual([1]);
    expect(r.outbox).toBe(1);
  });

  it('a report gets one ledger number however it is scheduled', async () => {
    const r = await twice('#问题 三星村4组路灯坏了 由张主任负责 一周内', 'concurrent');
    expect(r.outcomes).toEqual(['duplicate', 'handled']);
    expect(r.ledgerNos).toEqual([1]);
    expect(r.outbox).toBe(1);
  });

  it('a near miss of a command is hinted once', async () => {
    const r = await twice('#消号 1 路灯修好了', 'concurrent');
    expect(r.outcomes).toEqual(['duplicate', 'rejected']);
    expect(r.outbox).toBe(1);
    expect(r.inbox.status).toBe('rejected');
  });

  it('ordinary chat is settled once', async () => {
    const first = await twice('收到，明天上午开会', 'after');
    expect(first.outcomes).toEqual(['duplicate', 'ignored']);
    expect(first.outbox).toBe(0);
    expect(first.inbox.status).toBe('ignored');
  });

  it('a run that finds the message already answered leaves its status and reason alone', async () => {
    const router = createTestRouter(t.db, { now: () => clock });
    const msg = groupMessage('#帮助', { sentAt });
    const { inboxId } = await router.accept(msg);
    await router.process(inboxId, msg);
    const before = await t.db.prisma.inboxMessage.findUniqueOrThrow({ where: { id: inboxId } });
    const again = await router.process(inboxId, msg);
    expect(again).toEqual({ status: 'duplicate', inboxId, replies: [] });
    expect(await t.db.prisma.inboxMessage.findUniqueOrThrow({ where: { id: inboxId } })).toEqual(before);
  });
});
