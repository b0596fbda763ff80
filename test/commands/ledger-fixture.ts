// A township with the sample roster loaded and groups bound, and a bot at a fixed time:
// Wednesday 2026-11-25 10:00 in Shanghai. Not a test file; the ledger tests share it.
import { afterEach, beforeEach } from 'vitest';
import type { Outcome } from '../../bot/router.ts';
import type { IncomingMessage } from '../../core/message.ts';
import type { Reply } from '../../core/reply.ts';
import { readRoster } from '../../sheets/read-roster.ts';
import type { Db } from '../../storage/client.ts';
import { bindGroup } from '../../storage/groups.ts';
import { importRoster } from '../../storage/roster.ts';
import { groupMessage } from '../support/messages.ts';
import { createTestBot, testConfig, handled } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

export const NOW = new Date('2026-11-25T10:00:00+08:00');

/** Roster people (sheets/sample): 李明 leads 三星村 (第一书记), 张华 and 王芳 are its cadres, 陈静 is 红岩村's. */
export const people = {
  liMing: { senderId: 'wx-liming', senderName: '李明' },
  zhangHua: { senderId: 'wx-zhanghua', senderName: '张华' },
  wangFang: { senderId: 'wx-wangfang', senderName: '王芳' },
  chenJing: { senderId: 'wx-chenjing', senderName: '陈静' },
  villager: { senderId: 'wx-cunmin', senderName: '刘大爷' },
  admin: { senderId: 'wx-admin', senderName: '县管理员' },
};

export const chats = {
  sanxing: { chatId: 'sx-team', chatName: '三星村工作队' },
  hongyan: { chatId: 'hy-team', chatName: '红岩村工作队' },
  township: { chatId: 'hy-town', chatName: '后叶镇调度群' },
  unbound: { chatId: 'new-group', chatName: '新建群' },
  /** A one-to-one chat with the bot: no group, so no group's village. */
  privately: (who: Pick<IncomingMessage, 'senderId' | 'senderName'>) => ({
    chatId: who.senderId,
    chatName: who.senderName,
    isPrivate: true,
  }),
};

export interface Said {
  outcome: Outcome;
  replies: Reply[];
  /** All reply texts joined, for `toContain`. */
  text: string;
}

export async function ledgerFixture(db: Db, options: { roster?: boolean; now?: Date } = {}) {
  const now = options.now ?? NOW;
  if (options.roster !== false) {
    const roster = await readRoster('sheets/sample/花名册示例.csv');
    await importRoster(db, roster.rows);
  }
  await db.prisma.$transaction(async (tx) => {
    const village = (name: string) => tx.village.upsert({ where: { name }, create: { name }, update: {} });
    const sanxing = await village('三星村');
    const hongyan = await village('红岩村');
    const township = await tx.township.upsert({ where: { name: '后叶镇' }, create: { name: '后叶镇' }, update: {} });
    await bindGroup(tx, {
      platform: 'wechat',
      chatId: chats.sanxing.chatId,
      name: chats.sanxing.chatName,
      villageId: sanxing.id,
      townshipId: sanxing.townshipId,
    });
    await bindGroup(tx, {
      platform: 'wechat',
      chatId: chats.hongyan.chatId,
      name: chats.hongyan.chatName,
      villageId: hongyan.id,
      townshipId: hongyan.townshipId,
    });
    await bindGroup(tx, { platform: 'wechat', chatId: chats.township.chatId, name: chats.township.chatName, townshipId: township.id });
  });
  // The bot's clock; a test may move it on (`at`) to see what comes due weeks later.
  const clock = { now };
  const { bot, adapter, outbox } = createTestBot(db, {
    now: () => clock.now,
    platform: 'wechat',
    config: testConfig({ ADMIN_IDS: `wechat:${people.admin.senderId}` }),
  });

  /** Sends a message as someone in a chat (default: 张华 in 三星村's group) and returns what the bot answered. */
  async function say(
    text: string,
    who: Pick<IncomingMessage, 'senderId' | 'senderName'> = people.zhangHua,
    chat: Pick<IncomingMessage, 'chatId' | 'chatName' | 'isPrivate'> = chats.sanxing,
  ): Promise<Said> {
    const outcome = await handled(bot, groupMessage(text, { platform: 'wechat', sentAt: clock.now, ...who, ...chat }));
    return { outcome, replies: outcome.replies, text: outcome.replies.map((r) => r.text).join('\n') };
  }

  const villageId = async (name: string) => (await db.prisma.village.findUniqueOrThrow({ where: { name } })).id;
  const inbox = async (inboxId: number) => db.prisma.inboxMessage.findUniqueOrThrow({ where: { id: inboxId } });
  /** Moves the bot's clock (and the time messages are sent) to `at`. */
  const at = (instant: Date) => {
    clock.now = instant;
  };
  return { bot, adapter, outbox, say, now, at, villageId, inbox };
}

export type LedgerFixture = Awaited<ReturnType<typeof ledgerFixture>>;

/**
 * A fresh database with the fixture before each test of the calling describe block, torn down
 * after it. Tests read `ctx.t` and `ctx.f`; both are replaced before every test.
 */
export function useLedgerFixture(): { t: TestDb; f: LedgerFixture } {
  const ctx = {} as { t: TestDb; f: LedgerFixture };
  beforeEach(async () => {
    ctx.t = await createTestDb();
    ctx.f = await ledgerFixture(ctx.t.db);
  });
  afterEach(async () => {
    await ctx.f?.bot.stop();
    await ctx.t?.destroy();
  });
  return ctx;
}
