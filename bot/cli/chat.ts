import { consoleText } from '../../prompts/console.ts';
import type { Db } from '../../storage/client.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../../core/logger.ts';
import { chatMessage } from './chat-message.ts';
import { createChatSession } from './chat-session.ts';
import { parseNow } from './parse.ts';
import type { CliArgs } from './with-bot.ts';

/**
 * Pushes one message through the real router as the console channel and prints the replies.
 * `--at-bot` says the bot was @-mentioned (as the platform would); a leading @ in the text is
 * otherwise someone else's name.
 */
export async function runChat(
  deps: { config: Config; logger: Logger; db: Db },
  args: CliArgs,
  out: (line: string) => void,
): Promise<number> {
  const speaker = typeof args.values.as === 'string' ? args.values.as : '';
  const group = typeof args.values.group === 'string' ? args.values.group : '';
  const text = args.positionals.join(' ');
  if (!speaker || !group || !text) {
    out(consoleText.chatUsage);
    return 2;
  }
  const sentAt = parseNow(typeof args.values.now === 'string' ? args.values.now : undefined);
  const session = createChatSession(deps);
  try {
    const msg = chatMessage({ text, as: speaker, group, mentionsBot: args.values['at-bot'] === true }, sentAt, deps.config.BOT_NAME);
    const { outcome, sent } = await session.say(msg);
    for (const m of sent) {
      const at = m.mentions.map((x) => `@${x.name} `).join('');
      out(`${m.private ? `[私聊 ${m.chatId}] ` : ''}${at}${m.text}`);
    }
    if (!sent.length && outcome.status === 'ignored') out(consoleText.notForBot);
    return 0;
  } finally {
    await session.stop();
  }
}
