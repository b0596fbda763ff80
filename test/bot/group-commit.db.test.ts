import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFaqService } from '../../bot/faq-service.ts';
import { ensureConsoleGroup } from '../../storage/console-group.ts';
import { groupMessage } from '../support/messages.ts';
import { createBotAndOutbox, silentLogger, testConfig } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

// With group commit (bot/router.ts) messages of different chats are stored and handled in shared
// transactions. A chat's messages must still be handled one after another, in the order they came:
// each waits for the one before it to commit, so ledger numbers follow the order of writing.
describe('group commit through the bot', () => {
  let t: TestDb;
  const villages = ['三星村', '五星村', '红岩村', '青石村', '水井村', '马路村', '枫香村', '石门村'];
  const clock = new Date('2026-11-23T10:00:00+08:00');
  beforeEach(async () => {
    t = await createTestDb();
    for (const v of villages) await ensureConsoleGroup(t.db, `${v}工作队`, v);
  });
  afterEach(async () => {
    await t.destroy();
  });

  it('keeps each chat in order while chats share transactions, and answers every message once', async () => {
    const sizes = { store: [] as number[], handle: [] as number[] };
    const config = testConfig();
    const { bot } = createBotAndOutbox({
      config,
      logger: silentLogger,
      db: t.db,
      faq: createFaqService(config),
      now: () => clock,
      // PostgreSQL handles unbatched by default (bot/router.ts); batched here, as SQLite is.
      groupCommit: { onBatch: (what, n) => sizes[what].push(n), pgHandling: { maxBatch: 100, concurrency: 1 } },
    });
    const perChat = 6;
    // Every message arrives at once, as a burst does; nobody waits for an answer before the next.
    const receipts = await Promise.all(
      villages.flatMap((v) =>
        Array.from({ length: perChat }, (_, k) =>
          bot.receive(
            groupMessage(`#问题 ${v}${k + 1}组路灯坏了 由张主任负责 一周内`, {
              chatId: `${v}工作队`,
              chatName: `${v}工作队`,
              // One cadre per village: the console makes a first-time sender a cadre of the group's village.
              senderId: `cadre-${v}`,
              senderName: `${v}干部`,
              sentAt: new Date(clock.getTime() - 60_000),
            }),
          ),
        ),
      ),
    );
    const outcomes = await Promise.all(receipts.map((r) => r.handled));
    expect(outcomes.map((o) => o.status)).toEqual(outcomes.map(() => 'handled'));
    for (const v of villages) {
      const issues = await t.db.prisma.issue.findMany({ where: { village: { name: v } }, orderBy: { no: 'asc' } });
      expect(issues.map((i) => i.description)).toEqual(Array.from({ length: perChat }, (_, k) => `${v}${k + 1}组路灯坏了`));
      expect(issues.map((i) => i.no)).toEqual(Array.from({ length: perChat }, (_, k) => k + 1));
    }
    expect(await t.db.prisma.outboxMessage.count()).toBe(villages.length * perChat);
    // The burst was stored in fewer transactions than messages, and handled so too.
    expect(sizes.store.reduce((a, b) => a + b, 0)).toBe(villages.length * perChat);
    expect(Math.max(...sizes.store)).toBeGreaterThan(1);
    expect(Math.max(...sizes.handle)).toBeGreaterThan(1);
    // A chat never has two messages in one batch: at most one per chat.
    expect(Math.max(...sizes.handle)).toBeLessThanOrEqual(villages.length);
    await bot.stop();
  });
});
