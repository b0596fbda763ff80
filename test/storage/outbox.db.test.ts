import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { claimDue, enqueueReplies, releaseClaim } from '../../storage/outbox.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

describe('a claim whose answer the database never gave', () => {
  let t: TestDb;
  const now = new Date('2026-11-24T02:00:00Z');
  beforeEach(async () => {
    t = await createTestDb();
    await enqueueReplies(t.db.prisma, [{ text: '第一条' }, { text: '第二条' }], {
      defaultTo: { platform: 'wechat', chatId: 'room-1' },
      notBefore: now,
    });
  });
  afterEach(async () => {
    await t.destroy();
  });

  it('is put back by the worker that made it, so the chat is not held for the lease', async () => {
    const [claimed] = await claimDue(t.db.prisma, 'wechat', now, { leaseMs: 60_000 });
    // The worker never heard back: until released, the chat's next message waits.
    expect(await claimDue(t.db.prisma, 'wechat', now)).toEqual([]);
    await releaseClaim(t.db.prisma, claimed.id, new Date(now.getTime() + 60_000));
    const again = await claimDue(t.db.prisma, 'wechat', now);
    expect(again.map((m) => m.text)).toEqual(['第一条']);
  });

  it('is left alone when another claim has taken the row since', async () => {
    const [claimed] = await claimDue(t.db.prisma, 'wechat', now, { leaseMs: 60_000 });
    await releaseClaim(t.db.prisma, claimed.id, new Date(now.getTime() + 59_999));
    expect(await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: claimed.id } })).toMatchObject({ status: 'sending' });
  });
});
