// The platforms this instance speaks on, from the configuration. Each entry builds one adapter
// when its keys are set, importing its SDK only then; a new platform is one more entry here,
// its keys in bot/config.ts and its adapter in bot/adapters/.
import type { Adapter } from '../core/adapter.ts';
import { groupRobotKey } from '../storage/group-robots.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../storage/client.ts';
import { findSentCard, saveSentCard } from '../storage/sent-cards.ts';
import type { Config } from './config.ts';
import type { ErrorHandler } from './error-boundary.ts';

export interface AdapterWiring {
  config: Config;
  logger: Logger;
  onError: ErrorHandler;
  /** The console's `/quit`. */
  onQuit: () => void;
  /** Where the WeCom adapter looks up a group's robot key, and where sent cards are kept (their outbox
   * rows): a Lark card click after a restart updates its card. */
  db: Db;
}

type AdapterEntry = (wiring: AdapterWiring) => Promise<Adapter | null>;

const wechat: AdapterEntry = async ({ config, logger, onError }) => {
  if (!config.wechat) return null;
  const { createWechatAdapter } = await import('./adapters/wechat.ts');
  return createWechatAdapter({
    ...config.wechat,
    botName: config.BOT_NAME,
    sendGapMs: config.WECHAT_SEND_GAP_MS,
    sendsPerMinute: config.WECHAT_SENDS_PER_MINUTE,
    logger: logger.child({ platform: 'wechat' }),
    onError,
  });
};

const lark: AdapterEntry = async ({ config, logger, onError, db }) => {
  if (!config.lark) return null;
  const { createLarkAdapter } = await import('./adapters/lark.ts');
  return createLarkAdapter({
    ...config.lark,
    cardStore: db && {
      find: (messageId) => findSentCard(db, 'lark', messageId),
      save: (messageId, card) => saveSentCard(db, 'lark', messageId, card),
    },
    botName: config.BOT_NAME,
    sendsPerSecond: config.LARK_SENDS_PER_SECOND,
    logger: logger.child({ platform: 'lark' }),
    onError,
  });
};

const wecom: AdapterEntry = async ({ config, logger, onError, db }) => {
  if (!config.wecom) return null;
  const { createWecomAdapter } = await import('./adapters/wecom.ts');
  return createWecomAdapter({
    ...config.wecom,
    botName: config.BOT_NAME,
    robotKeyFor: (chatId) => groupRobotKey(db, chatId),
    logger: logger.child({ platform: 'wecom' }),
    onError,
  });
};

const terminal: AdapterEntry = async ({ config, onQuit }) => {
  if (!config.console) return null;
  const { createConsoleAdapter } = await import('./adapters/console.ts');
  return createConsoleAdapter({ botName: config.BOT_NAME, onQuit });
};

const ENTRIES: AdapterEntry[] = [wechat, lark, wecom, terminal];

export async function platformAdapters(wiring: AdapterWiring): Promise<Adapter[]> {
  const built = await Promise.all(ENTRIES.map((entry) => entry(wiring)));
  return built.filter((a): a is Adapter => a !== null);
}
