import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaptureAdapter } from '../../bot/adapters/capture.ts';
import type { Bot } from '../../bot/bot.ts';
import type { Outbox } from '../../bot/outbox-worker.ts';
import { createFaqService } from '../../bot/faq-service.ts';
import { loadLocalFacts } from '../../faq/load-local-facts.ts';
import { fixture } from '../faq/support.ts';
import { groupMessage } from '../support/messages.ts';
import { createBotAndOutbox, silentLogger, testConfig, handled } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

// A county's own figures reach the villager through the real router and outbox.
describe("a county's FAQ figures in a village group", () => {
  let t: TestDb;
  let bot: Bot;
  let outbox: Outbox;
  let adapter: ReturnType<typeof createCaptureAdapter>;

  beforeEach(async () => {
    t = await createTestDb();
    const config = testConfig();
    adapter = createCaptureAdapter('console');
    ({ bot, outbox } = createBotAndOutbox({
      config,
      logger: silentLogger,
      db: t.db,
      faq: createFaqService(config, { local: loadLocalFacts(fixture('local')) }),
      outboxPollMs: 50,
    }));
    bot.use(adapter);
    const village = await t.db.prisma.village.create({ data: { name: '三星村' } });
    await t.db.prisma.chatGroup.create({ data: { platform: 'console', chatId: '三星村村民群', villageId: village.id } });
    await t.db.prisma.member.create({
      data: { name: '王德福', role: 'villager', villageId: village.id, platform: 'console', platformUserId: 'wx-wang' },
    });
  });

  afterEach(async () => {
    await bot.stop();
    await t.destroy();
  });

  it("answers with the county's loan limit and hotline", async () => {
    await handled(
      bot,
      groupMessage('问：帮扶小额信贷最多能贷好多钱？', {
        chatId: '三星村村民群',
        chatName: '三星村村民群',
        senderId: 'wx-wang',
        senderName: '王德福',
      }),
    );
    await outbox.drainOnce();
    expect(adapter.sent).toHaveLength(1);
    const text = adapter.sent[0].text;
    expect(text).toContain('额度一般10万元以下');
    expect(text).toContain('本地每户最高可贷8万元。');
    expect(text).toContain('乡镇便民服务中心（电话 0851-7654321）');
  });
});
