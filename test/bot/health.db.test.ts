// /health through the real bot: a platform whose every send fails turns it 503 'degraded'
// once that has lasted SEND_FAILING_DEGRADED_SECONDS, and a send that goes through clears it.
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHealthServer } from '../../bot/health-server.ts';
import { SendError } from '../../core/send-error.ts';
import { enqueueReplies } from '../../storage/outbox.ts';
import { createTestBot, testConfig } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

const T0 = new Date('2026-11-25T10:00:00+08:00');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe('/health when a platform’s sends fail', () => {
  let t: TestDb;
  let stopServer: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    await stopServer?.();
    stopServer = undefined;
    await t.destroy();
  });

  function setup() {
    let now = T0;
    const made = createTestBot(t.db, { platform: 'lark', now: () => now, config: testConfig({ SEND_FAILING_DEGRADED_SECONDS: '120' }) });
    return {
      ...made,
      setNow: (d: Date) => {
        now = d;
      },
    };
  }

  const enqueue = (text: string) =>
    enqueueReplies(t.db.prisma, [{ text }], { defaultTo: { platform: 'lark', chatId: 'oc_team' }, notBefore: T0 });

  it('stays ok while failures are younger than the limit, then answers 503 degraded with the reason', async () => {
    const { bot, adapter, outbox, setNow } = setup();
    adapter.failNext(1000);
    await enqueue('台账');
    await outbox.drainOnce();
    expect(adapter.attempts).toBe(1);

    setNow(at(60));
    await outbox.drainOnce();
    expect(adapter.attempts).toBe(2);
    const early = await bot.health();
    expect(early).toMatchObject({ ok: true, status: 'ok', reasons: [] });
    expect(early.sends.lark).toMatchObject({ failingSince: T0, failures: 2, lastSuccessAt: null });

    setNow(at(121));
    const late = await bot.health();
    expect(late.ok).toBe(false);
    expect(late.status).toBe('degraded');
    expect(late.reasons).toHaveLength(1);
    expect(late.reasons[0]).toMatch(/^lark sends failing for 121 s \(2 failed.*platform refused \(test\)$/);

    const port = await freePort();
    stopServer = await startHealthServer(port, bot.health);
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ ok: false, status: 'degraded', reasons: late.reasons });
  });

  it('is ok again once a send goes through', async () => {
    const { bot, adapter, outbox, setNow } = setup();
    adapter.failNext(1);
    await enqueue('台账');
    await outbox.drainOnce();
    setNow(at(600));
    expect((await bot.health()).status).toBe('degraded');
    await outbox.drainOnce();
    expect(adapter.sent).toHaveLength(1);
    const health = await bot.health();
    expect(health).toMatchObject({ ok: true, status: 'ok', reasons: [] });
    expect(health.sends.lark).toMatchObject({ lastSuccessAt: at(600), failingSince: null, failures: 0 });
  });

  it('does not count a send that cannot succeed (the chat is gone) against the platform', async () => {
    const { bot, adapter, outbox, setNow } = setup();
    const send = adapter.send;
    adapter.send = async () => {
      adapter.attempts++;
      throw new SendError('bot removed from chat (test)', { retryable: false });
    };
    await enqueue('台账');
    await outbox.drainOnce();
    adapter.send = send;
    setNow(at(600));
    expect(await bot.health()).toMatchObject({ ok: true, status: 'ok' });
    expect((await t.db.prisma.outboxMessage.findFirstOrThrow()).status).toBe('dead');
  });
});
