import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../../bot/adapters/console.ts';
import type { createBot } from '../../../bot/bot.ts';
import { createFaqService } from '../../../bot/faq-service.ts';
import { silentLogger, testConfig, createBotAndOutbox } from '../../support/test-bot.ts';
import { createTestDb, type TestDb } from '../../support/test-db.ts';
import { until } from '../../support/until.ts';

describe('the console channel', () => {
  let t: TestDb;
  let input: PassThrough;
  let printed: string;
  let quit: boolean;
  let bot: ReturnType<typeof createBot>;

  beforeEach(async () => {
    t = await createTestDb();
    input = new PassThrough();
    const output = new PassThrough();
    printed = '';
    quit = false;
    output.on('data', (c) => {
      printed += c.toString();
    });
    const config = testConfig();
    bot = createBotAndOutbox({
      config,
      logger: silentLogger,
      db: t.db,
      faq: createFaqService(config),
      outboxPollMs: 20,
      recoverEveryMs: 50,
    }).bot;
    bot.use(
      createConsoleAdapter({
        input,
        output,
        onQuit: () => {
          quit = true;
        },
      }),
    );
    await bot.start();
  });

  afterEach(async () => {
    await bot.stop();
    await t.destroy();
  });

  it('answers #帮助 typed at the terminal', async () => {
    input.write('#帮助\n');
    await until(() => printed.includes('小助手：'));
    expect(printed).toContain('#销号');
  });

  it('switches the speaker and the group with /as and /group', async () => {
    input.write('/as 王五\n/group 龙潭村工作队\n#帮助\n');
    await until(() => printed.includes('[龙潭村工作队]'));
    const row = await t.db.prisma.inboxMessage.findFirstOrThrow();
    expect(row.senderName).toBe('王五');
    expect(row.chatId).toBe('龙潭村工作队');
  });

  it('survives control characters and emoji without answering them', async () => {
    input.write('\u0000\u0007😀😀\n\u001b[A\n#帮助\n');
    await until(() => printed.includes('小助手：'));
    expect(await t.db.prisma.inboxMessage.count()).toBe(3);
  });

  it('asks main to quit on /quit', async () => {
    input.write('/quit\n');
    await until(() => quit);
    expect(quit).toBe(true);
  });
});
