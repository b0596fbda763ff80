import { createBot } from '../../bot/bot.ts';
import { createConfig, type Config } from '../../bot/config.ts';
import { createFaqService } from '../../bot/faq-service.ts';
import { createLogger } from '../../bot/logger.ts';
import { createCaptureAdapter } from '../../bot/adapters/capture.ts';
import type { Platform } from '../../core/platform.ts';
import type { Db } from '../../storage/client.ts';

export const silentLogger = createLogger({ level: 'silent' });

export function testConfig(over: Record<string, string> = {}): Config {
  return createConfig({ CONSOLE: 'off', ...over });
}

/** The real bot with a capture adapter standing in for the platform (like bolt's FakeReceiver). */
export function createTestBot(db: Db, options: { config?: Config; now?: () => Date; platform?: Platform } = {}) {
  const config = options.config ?? testConfig();
  const adapter = createCaptureAdapter(options.platform ?? 'console');
  const bot = createBot({ config, logger: silentLogger, db, faq: createFaqService(config), now: options.now, outboxPollMs: 50 });
  bot.use(adapter);
  return { bot, adapter, config };
}
