import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTransientDbError } from '../../bot/db-errors.ts';
import type { IncomingMessage } from '../../core/message.ts';
import { openDb } from '../../storage/db.ts';
import type { Db } from '../../storage/client.ts';
import { createInboxWriter } from '../../storage/inbox-writer.ts';
import { createTransactionBatcher } from '../../storage/transaction-batcher.ts';
import { client } from '../../storage/client.ts';
import { groupMessage } from '../support/messages.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

// Group commit (storage/group-commit.ts): what arrives while a commit is in flight shares the
// next transaction. Each caller hears back only once its own row is committed, and one bad
// message or failing handler must not take its neighbours down with it.
describe('group commit', () => {
  let t: TestDb;
  let other: Db;
  beforeEach(async () => {
    t = await createTestDb();
    // A second connection sees only what is committed.
    other = await openDb(t.url, { migrate: false });
  });
  afterEach(async () => {
    await other.close();
    await t.destroy();
  });

  const visible = async (messageId: string) =>
    (await other.prisma.inboxMessage.findFirst({ where: { messageId }, select: { id: true } }))?.id ?? null;

  it('stores messages that arrive together in one transaction, each acknowledged only once committed', async () => {
    const sizes: number[] = [];
    const writer = createInboxWriter(t.db, { isTransient: isTransientDbError, onBatch: (n) => sizes.push(n) });
    const msgs = Array.from({ length: 20 }, (_, i) => groupMessage(`第${i}条`));
    const seenAtAck = await Promise.all(msgs.map((m) => writer.record(m).then(async (a) => ({ a, id: await visible(m.messageId) }))));
    for (const { a, id } of seenAtAck) {
      expect(a.duplicate).toBe(false);
      expect(id).toBe(a.inboxId);
    }
    // The first goes alone at once; the rest waited for it and went together.
    expect(sizes).toEqual([1, 19]);
    expect(new Set(seenAtAck.map((s) => s.a.inboxId)).size).toBe(20);
  });

  it('answers a redelivery in a batch with the stored row', async () => {
    const writer = createInboxWriter(t.db, { isTransient: isTransientDbError });
    const first = groupMessage('早上好');
    const stored = await writer.record(first);
    const again = [
      writer.record(groupMessage('甲')),
      writer.record({ ...first }),
      writer.record({ ...first }),
      writer.record(groupMessage('乙')),
    ];
    const [, r1, r2] = await Promise.all(again);
    expect(r1).toEqual({ inboxId: stored.inboxId, duplicate: true, status: 'received' });
    expect(r2).toEqual(r1);
    expect(await t.db.prisma.inboxMessage.count({ where: { messageId: first.messageId } })).toBe(1);
  });

  it('fails only the message that cannot be stored; its neighbours in the batch are stored', async () => {
    const sizes: number[] = [];
    const writer = createInboxWriter(t.db, { isTransient: isTransientDbError, onBatch: (n) => sizes.push(n) });
    const msgs = Array.from({ length: 6 }, (_, i) => groupMessage(`第${i}条`));
    // An adapter that lost the chat id: the row breaks a NOT NULL column.
    const broken = { ...msgs[3], chatId: undefined } as unknown as IncomingMessage;
    msgs[3] = broken;
    const results = await Promise.allSettled(msgs.map((m) => writer.record(m)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const stored = await Promise.all(msgs.map((m) => visible(m.messageId)));
    expect(stored.map((id) => id !== null)).toEqual([true, true, true, false, true, true]);
    // The batch of five failed as a whole and was written one by one.
    expect(sizes).toEqual([1, 1, 1, 1, 1]);
  });

  describe('handling in savepoints', () => {
    const township = (tx: Parameters<Parameters<ReturnType<typeof createTransactionBatcher>['run']>[0]>[0], name: string) =>
      client(tx).township.create({ data: { name } });
    const names = async () => (await other.prisma.township.findMany({ orderBy: { name: 'asc' } })).map((r) => r.name).sort();

    it('rolls back only the unit that failed, retries it alone, and commits its neighbours', async () => {
      const sizes: number[] = [];
      const batcher = createTransactionBatcher(t.db, { isTransient: isTransientDbError, onBatch: (n) => sizes.push(n) });
      let tries = 0;
      const blocker = batcher.run(async (tx) => {
        await township(tx, '先镇');
        await new Promise((r) => setTimeout(r, 50));
      });
      const units = [
        batcher.run(async (tx) => (await township(tx, '甲镇')).name),
        batcher.run(async (tx) => {
          tries++;
          await township(tx, '乙镇');
          throw new Error('handler bug');
        }),
        // A database error inside the unit (on PostgreSQL it breaks the transaction until the savepoint is rolled back).
        batcher.run(async (tx) => (await township(tx, '先镇')).name),
        batcher.run(async (tx) => (await township(tx, '丙镇')).name),
      ];
      await blocker;
      const results = await Promise.allSettled(units);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
      expect((results[1] as PromiseRejectedResult).reason.message).toBe('handler bug');
      expect(tries).toBe(2);
      expect(await names()).toEqual(['丙镇', '先镇', '甲镇'].sort());
      // The blocker alone; the two failures each alone (told first: they ran before the batch's callers heard); the four together.
      expect(sizes).toEqual([1, 1, 1, 4]);
    });

    it('gives a unit that failed only beside its neighbours a clean run of its own', async () => {
      const batcher = createTransactionBatcher(t.db, { isTransient: isTransientDbError });
      let tries = 0;
      const blocker = batcher.run(() => new Promise((r) => setTimeout(r, 50)));
      const flaky = batcher.run(async (tx) => {
        tries++;
        await township(tx, '乙镇');
        if (tries === 1) throw new Error('first try fails');
        return 'ok';
      });
      const neighbour = batcher.run(async (tx) => (await township(tx, '甲镇')).name);
      await blocker;
      expect(await flaky).toBe('ok');
      expect(await neighbour).toBe('甲镇');
      expect(tries).toBe(2);
      expect(await names()).toEqual(['乙镇', '甲镇'].sort());
    });

    it('resolves a unit only once its batch is committed', async () => {
      const batcher = createTransactionBatcher(t.db, { isTransient: isTransientDbError });
      const blocker = batcher.run(() => new Promise((r) => setTimeout(r, 30)));
      const seen = await Promise.all(
        ['甲镇', '乙镇', '丙镇'].map((name) =>
          batcher
            .run((tx) => township(tx, name))
            .then(async () => (await other.prisma.township.findUnique({ where: { name } }))?.name ?? null),
        ),
      );
      await blocker;
      expect(seen).toEqual(['甲镇', '乙镇', '丙镇']);
    });
  });
});
