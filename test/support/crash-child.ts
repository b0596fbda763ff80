// A bot process for the kill -9 test (test/bot/crash-recovery.db.test.ts). It runs the real
// bot on the given database with a "platform" that appends each send to a file, the way a
// platform keeps what it delivered. Modes:
//   burst   N  — deliver N messages as fast as the bot takes them (the parent kills it midway)
//   recover    — start, let recovery handle what was stored, drain the outbox, exit
import { appendFileSync } from 'node:fs';
import { createBotAndOutbox } from './test-bot.ts';
import { createConfig } from '../../bot/config.ts';
import { createFaqService } from '../../bot/faq-service.ts';
import { createLogger } from '../../bot/logger.ts';
import type { Adapter, Receive } from '../../core/adapter.ts';
import { openDb } from '../../storage/db.ts';

const [mode, url, sink, countArg] = process.argv.slice(2);
const config = createConfig({ CONSOLE: 'off', STALE_AFTER_SECONDS: '0' });
const db = await openDb(url, { migrate: false });
const bot = createBotAndOutbox({
  config,
  logger: createLogger({ level: (process.env.CHILD_LOG as 'warn') ?? 'silent' }),
  db,
  faq: createFaqService(config),
  recoverEveryMs: 100,
  outboxPollMs: 50,
  outboxLeaseMs: 2000,
}).bot;
let deliver: Receive | undefined;
const platform: Adapter = {
  platform: 'console',
  async start(on) {
    deliver = on;
  },
  async send(msg) {
    // The send key plays the part of Lark's request uuid: the platform shows a key once.
    appendFileSync(sink, `${msg.id}\t${msg.chatId}\n`);
    return { platformMessageId: `p-${msg.id}` };
  },
  async stop() {},
  status: () => ({ connected: true }),
};
bot.use(platform);
await bot.start();

if (mode === 'burst') {
  const n = Number(countArg);
  // The five groups are bound, as real ones are: an unbound group hears only #帮助 and #绑定.
  const village = await db.prisma.village.upsert({ where: { name: '三星村' }, create: { name: '三星村' }, update: {} });
  for (let g = 0; g < 5; g++) {
    await db.prisma.chatGroup.upsert({
      where: { platform_chatId: { platform: 'console', chatId: `g${g}` } },
      create: { platform: 'console', chatId: `g${g}`, kind: 'village', villageId: village.id },
      update: {},
    });
  }
  // A ledger listing grows with every report; at full size it would be most of the replies.
  const texts = ['#帮助', '#走访 王德福 三星村4组 脱贫户 全部达标', '#问题 三星村2组路灯坏了 由张主任负责 一周内', '#统计'];
  for (let i = 0; i < n; i++) {
    await deliver!({
      platform: 'console',
      messageId: `burst-${i}`,
      chatId: `g${i % 5}`,
      chatName: null,
      senderId: `c${i % 7}`,
      senderName: `干部${i % 7}`,
      text: texts[i % texts.length],
      mentionsBot: false,
      sentAt: new Date(),
    });
    process.stdout.write(`stored ${i}\n`);
  }
  await new Promise(() => {}); // wait to be killed
} else {
  for (;;) {
    await new Promise((r) => setTimeout(r, 200));
    const [received, pending] = await Promise.all([
      db.prisma.inboxMessage.count({ where: { status: 'received' } }),
      db.prisma.outboxMessage.count({ where: { status: { in: ['pending', 'sending'] } } }),
    ]);
    if (!received && !pending) break;
  }
  await bot.stop();
  await db.close();
  process.exit(0);
}
