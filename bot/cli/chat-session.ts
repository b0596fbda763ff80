import type { Db } from '../../storage/client.ts';
import { createCaptureAdapter } from '../adapters/capture.ts';
import { createBot } from '../bot.ts';
import type { Config } from '../config.ts';
import { createFaqService } from '../faq-service.ts';
import { createOutboxWorker } from '../outbox-worker.ts';
import type { Logger } from '../../core/logger.ts';
import type { Outcome } from '../router.ts';
import type { IncomingMessage } from '../../core/message.ts';
import type { OutgoingMessage } from '../../core/reply.ts';
import { PLATFORMS, type Platform } from '../../core/platform.ts';

export interface ChatTurn {
  outcome: Outcome;
  /** What the bot sent because of the message, group or private, in the order sent. */
  sent: OutgoingMessage[];
}

/**
 * The real bot for the cli: every message goes through the inbox, the router, its handler and
 * the outbox, and the outbox sends to a capture adapter for each platform. The bot's clock is
 * each message's own time, so a message dated in the past is answered as it was then.
 */
export function createChatSession(deps: { config: Config; logger: Logger; db: Db }) {
  let clock = new Date();
  const now = () => clock;
  const outbox = createOutboxWorker({
    db: deps.db,
    logger: deps.logger,
    now,
    publicNumbers: [deps.config.TOWNSHIP_HOTLINE, deps.config.TEAM_PHONE],
  });
  const bot = createBot({ ...deps, faq: createFaqService(deps.config), outbox, now });
  const platforms: readonly Platform[] = PLATFORMS;
  const captures = platforms.map((p) => createCaptureAdapter(p));
  for (const capture of captures) bot.use(capture);
  const seen = new Set<number>();

  async function say(msg: IncomingMessage): Promise<ChatTurn> {
    clock = msg.sentAt;
    const outcome = await (await bot.receive(msg)).handled;
    while ((await outbox.drainOnce()) > 0);
    const sent = captures
      .flatMap((c) => c.sent)
      .filter((m) => !seen.has(m.id))
      .sort((a, b) => a.id - b.id);
    for (const m of sent) seen.add(m.id);
    return { outcome, sent };
  }

  return { say, stop: () => bot.stop() };
}
