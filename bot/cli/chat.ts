import type { Bot } from '../bot.ts';
import { createCaptureAdapter } from '../adapters/capture.ts';
import type { CliArgs } from './with-bot.ts';

/** Pushes one message through the real router as the console channel and prints the replies. */
export async function runChat(bot: Bot, args: CliArgs, out: (line: string) => void): Promise<number> {
  const speaker = typeof args.values.as === 'string' ? args.values.as : '';
  const group = typeof args.values.group === 'string' ? args.values.group : '';
  const text = args.positionals.join(' ');
  if (!speaker || !group || !text) {
    out('用法：npm run cli -- chat --as 李明 --group 三星村工作队 "#走访 王德福 三星村4组 全部达标"');
    return 2;
  }
  const capture = createCaptureAdapter('console');
  bot.use(capture);
  const outcome = await bot.handle({
    platform: 'console',
    messageId: `cli-${Date.now()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
    chatId: group,
    chatName: group,
    senderId: speaker,
    senderName: speaker,
    text,
    mentionsBot: /^@/.test(text),
    sentAt: new Date(),
  });
  await bot.outbox.drainOnce();
  for (const m of capture.sent) {
    const at = m.mentions.map((x) => `@${x.name} `).join('');
    out(`${m.private ? `[私聊 ${m.chatId}] ` : ''}${at}${m.text}`);
  }
  if (!capture.sent.length && outcome.status === 'ignored') out('（普通聊天，机器人不回复）');
  return 0;
}
