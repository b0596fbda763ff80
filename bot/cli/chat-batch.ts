// `npm run -s cli -- chat --batch`: JSON lines in, one JSON line out per input line, in order.
// Each line is one message through the real bot (inbox, router, handler, outbox, a capture
// adapter); the output says how its inbox row ended and everything the bot sent because of it.
import { z } from 'zod';
import { PLATFORMS } from '../../core/platform.ts';
import type { Db } from '../../storage/client.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../../core/logger.ts';
import { chatMessage } from './chat-message.ts';
import { createChatSession } from './chat-session.ts';
import { parseNow } from './parse.ts';
import { stdinLines } from './read-stdin.ts';

const BatchLine = z.object({
  text: z.string(),
  mentionsBot: z.boolean().optional(),
  as: z.string().min(1).optional(),
  group: z.string().min(1).optional(),
  now: z.string().optional(),
  platform: z.enum(PLATFORMS).optional(),
  senderId: z.string().min(1).optional(),
  chatId: z.string().min(1).optional(),
  private: z.boolean().optional(),
});

export interface BatchReply {
  text: string;
  private: boolean;
  chatId: string;
}

/** `now`: the `--now` of the command line, for lines that carry no `now` of their own (a guide's examples, a replay). */
export async function runChatBatch(
  deps: { config: Config; logger: Logger; db: Db },
  out: (line: string) => void,
  now?: string,
): Promise<number> {
  const session = createChatSession(deps);
  try {
    for await (const line of stdinLines()) {
      if (!line.trim()) continue;
      let input: z.infer<typeof BatchLine>;
      let sentAt: Date;
      try {
        input = BatchLine.parse(JSON.parse(line));
        sentAt = parseNow(input.now ?? now);
      } catch (err) {
        // One bad line must not shift every later answer: it gets its own line.
        out(JSON.stringify({ status: 'invalid', error: (err as Error).message.slice(0, 300), replies: [] }));
        continue;
      }
      const { outcome, sent } = await session.say(chatMessage(input, sentAt, deps.config.BOT_NAME));
      // A card goes out with its text rendering, which is what WeChat and the console show.
      const replies: BatchReply[] = sent.map((m) => ({ text: m.text, private: m.private, chatId: m.chatId }));
      out(JSON.stringify({ status: outcome.status, replies }));
    }
    return 0;
  } finally {
    await session.stop();
  }
}
