// A township whose roster lists some cadres' platform ids and not others, groups bound on
// WeChat and Lark, one open ledger item in 三星村, and a bot on a clock the test moves.
// Not a test file; the identity tests share it.
import { afterEach, beforeEach } from 'vitest';
import type { Outcome } from '../../bot/router.ts';
import type { IncomingMessage } from '../../core/message.ts';
import type { Reply } from '../../core/reply.ts';
import { bindGroup } from '../../storage/groups.ts';
import { importRoster, type RosterRecord } from '../../storage/roster.ts';
import { groupMessage } from '../support/messages.ts';
import { createTestBot, testConfig, handled } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

export const START = new Date('2026-11-25T10:00:00+08:00');

type Who = Pick<IncomingMessage, 'platform' | 'senderId' | 'senderName'> &
  Partial<Pick<IncomingMessage, 'senderTenantId' | 'senderMobile'>>;

/** 张华 and 李明 (第一书记) have WeChat ids in the roster; 王芳 has none; 陈静 has a Lark user id. */
export const people = {
  zhangHua: { platform: 'wechat', senderId: 'wx-zhanghua', senderName: '张华' },
  liMing: { platform: 'wechat', senderId: 'wx-liming', senderName: '李明' },
  wangFang: { platform: 'wechat', senderId: 'wx-wangfang', senderName: '王芳' },
  zhaoQiang: { platform: 'wechat', senderId: 'wx-zhaoqiang', senderName: '赵强' },
  admin: { platform: 'wechat', senderId: 'wx-admin', senderName: '县管理员' },
  impostor: { platform: 'wechat', senderId: 'wx-stranger', senderName: '张华' },
  villager: { platform: 'wechat', senderId: 'wx-cunmin', senderName: '刘大爷' },
} satisfies Record<string, Who>;

export const chats = {
  sanxing: { chatId: 'sx-team', chatName: '三星村工作队' },
  hongyan: { chatId: 'hy-team', chatName: '红岩村工作队' },
  larkSanxing: { chatId: 'oc_sanxing', chatName: '三星村工作队（飞书）' },
  larkHongyan: { chatId: 'oc_hongyan', chatName: '红岩村工作队（飞书）' },
  /** A one-to-one chat: its id is the sender's own. */
  privately: (who: Who) => ({ chatId: who.senderId, chatName: null, isPrivate: true }),
};

const record = (
  village: string,
  headName: string,
  cadre: string,
  cadrePhone: string,
  cadreTitle: string,
  ids: Partial<RosterRecord> = {},
): RosterRecord => ({
  township: '后叶镇',
  village,
  group: '1组',
  headName,
  category: '脱贫户',
  idCard: null,
  phone: null,
  cadre,
  cadrePhone,
  cadreTitle,
  ...ids,
});

export const ROSTER: RosterRecord[] = [
  record('三星村', '王德福', '张华', '13800000102', '驻村工作队员', { cadreWechatId: 'wx-zhanghua' }),
  record('三星村', '李秀英', '王芳', '13800000103', '村主任'),
  record('三星村', '刘玉兰', '李明', '13800000101', '第一书记', { cadreWechatId: 'wx-liming' }),
  record('红岩村', '郑德胜', '陈静', '13800000202', '驻村工作队员', { cadreLarkId: 'u_chenjing' }),
  record('红岩村', '马金山', '赵强', '13800000201', '驻村工作队队长', { cadreWechatId: 'wx-zhaoqiang' }),
];

export interface Said {
  outcome: Outcome;
  replies: Reply[];
  /** Replies to the chat the message came from, joined. */
  here: string;
  /** Replies addressed elsewhere (private notices, the asker's group). */
  elsewhere: Reply[];
}

export async function identityFixture(t: TestDb) {
  const prisma = t.db.prisma;
  await importRoster(t.db, ROSTER);
  await prisma.$transaction(async (tx) => {
    const sanxing = await tx.village.findUniqueOrThrow({ where: { name: '三星村' } });
    const hongyan = await tx.village.findUniqueOrThrow({ where: { name: '红岩村' } });
    for (const [platform, chat, village] of [
      ['wechat', chats.sanxing, sanxing],
      ['wechat', chats.hongyan, hongyan],
      ['lark', chats.larkSanxing, sanxing],
      ['lark', chats.larkHongyan, hongyan],
      // The console's own group, bound as the console's first start binds it.
      ['console', { chatId: '三星村工作队', chatName: '三星村工作队' }, sanxing],
    ] as const) {
      await bindGroup(tx, { platform, chatId: chat.chatId, name: chat.chatName, villageId: village.id, townshipId: village.townshipId });
    }
    await tx.village.update({ where: { id: sanxing.id }, data: { lastIssueNo: 1 } });
    await tx.issue.create({
      data: {
        villageId: sanxing.id,
        no: 1,
        category: '基础设施',
        description: '1组路灯坏了',
        source: 'report',
        assignee: '张华',
        dueOn: '2026-11-20',
      },
    });
  });
  const clock = { now: START };
  const { bot } = createTestBot(t.db, {
    now: () => clock.now,
    platform: 'wechat',
    config: testConfig({ ADMIN_IDS: `wechat:${people.admin.senderId}` }),
  });

  /** A message from someone in a chat (default 三星村's WeChat group), sent at the clock's time. */
  async function say(
    text: string,
    who: Who,
    chat: Pick<IncomingMessage, 'chatId' | 'chatName'> & { isPrivate?: boolean } = chats.sanxing,
  ): Promise<Said> {
    const outcome = await handled(bot, groupMessage(text, { ...who, ...chat, sentAt: clock.now }));
    const here = outcome.replies.filter((r) => !r.to);
    return { outcome, replies: outcome.replies, here: here.map((r) => r.text).join('\n'), elsewhere: outcome.replies.filter((r) => r.to) };
  }

  const memberOf = async (platform: string, platformUserId: string) =>
    (await prisma.memberAccount.findUnique({ where: { platform_platformUserId: { platform, platformUserId } }, include: { member: true } }))
      ?.member ?? null;
  const rosterMember = (name: string) => prisma.member.findFirstOrThrow({ where: { name, role: { not: 'villager' } } });
  const item = () => prisma.issue.findFirstOrThrow({ where: { no: 1 }, include: { notes: true } });
  return { bot, clock, say, memberOf, rosterMember, item, prisma, db: t.db };
}

export type IdentityFixture = Awaited<ReturnType<typeof identityFixture>>;

/** A fresh database and fixture before each test of the calling describe block. */
export function useIdentityFixture(): { t: TestDb; f: IdentityFixture } {
  const ctx = {} as { t: TestDb; f: IdentityFixture };
  beforeEach(async () => {
    ctx.t = await createTestDb();
    ctx.f = await identityFixture(ctx.t);
  });
  afterEach(async () => {
    await ctx.f?.bot.stop();
    await ctx.t?.destroy();
  });
  return ctx;
}
