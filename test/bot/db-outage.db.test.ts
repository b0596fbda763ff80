import { afterEach, describe, expect, it } from 'vitest';
import type { createBot } from '../../bot/bot.ts';
import { createCaptureAdapter } from '../../bot/adapters/capture.ts';
import { createFaqService } from '../../bot/faq-service.ts';
import { openDb } from '../../storage/db.ts';
import type { Db } from '../../storage/client.ts';
import { groupMessage } from '../support/messages.ts';
import { silentLogger, testConfig, createBotAndOutbox } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { startTcpProxy } from '../support/tcp-proxy.ts';
import { until } from '../support/until.ts';

// The outage is a network cut between one bot and PostgreSQL; SQLite has no network.
describe.skipIf(process.env.TEST_DB !== 'postgres')('a PostgreSQL outage under load', () => {
  let t: TestDb;
  let db: Db;
  let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
  let bot: ReturnType<typeof createBot>;

  afterEach(async () => {
    await bot?.stop();
    await db?.close();
    await proxy?.close();
    await t?.destroy();
  });

  it('keeps accepting messages, says nothing wrong, and answers each once when the database returns', { timeout: 90_000 }, async () => {
    t = await createTestDb('postgres');
    proxy = await startTcpProxy({ host: '127.0.0.1', port: 5432 });
    db = await openDb(t.url.replace('127.0.0.1:5432', `127.0.0.1:${proxy.port}`), { migrate: false });
    const config = testConfig();
    const adapter = createCaptureAdapter('console');
    bot = createBotAndOutbox({
      config,
      logger: silentLogger,
      db,
      faq: createFaqService(config),
      recoverEveryMs: 200,
      outboxPollMs: 100,
    }).bot;
    bot.use(adapter);
    await bot.start();

    for (let i = 0; i < 10; i++) await adapter.deliver(groupMessage('#帮助', { chatId: `g${i % 3}` }));
    await until(() => adapter.sent.length === 10, 10_000);

    proxy.cut();
    for (let i = 10; i < 40; i++) await adapter.deliver(groupMessage('#帮助', { chatId: `g${i % 3}` }));
    await new Promise((r) => setTimeout(r, 3000));
    expect(adapter.sent.length).toBe(10);

    proxy.restore();
    await until(() => adapter.sent.length >= 40, 30_000);
    await new Promise((r) => setTimeout(r, 500));

    expect(adapter.sent).toHaveLength(40);
    expect(new Set(adapter.sent.map((m) => m.id)).size).toBe(40);
    expect(adapter.sent.every((m) => m.text.includes('#走访'))).toBe(true);
    const inbox = await t.db.prisma.inboxMessage.groupBy({ by: ['status'], _count: true });
    expect(inbox).toEqual([{ status: 'handled', _count: 40 }]);
  });
});
