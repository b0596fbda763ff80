import { afterEach, describe, expect, it } from 'vitest';
import type { Platform } from '../../core/platform.ts';
import { groupMessage } from '../support/messages.ts';
import { createTestBot, testConfig, handled } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

const CHECKIN = '#走访 王德福 三星村4组 脱贫户 收入√ 吃穿√ 教育√ 医疗√ 住房×（屋顶漏雨） 饮水√ 责任人李书记 11月30日前';

describe('one check-in on two platforms', () => {
  const dbs: TestDb[] = [];
  afterEach(async () => {
    while (dbs.length) await dbs.pop()!.destroy();
  });

  async function post(platform: Platform) {
    const t = await createTestDb();
    dbs.push(t);
    const at = new Date('2026-11-24T10:00:00+08:00');
    // The bot's clock is the messages' own day: a real clock would find them stale and ignore them.
    const { bot, adapter, outbox } = createTestBot(t.db, {
      platform,
      config: testConfig({ ADMIN_IDS: `${platform}:admin` }),
      now: () => at,
    });
    const from = (text: string, senderId: string, senderName: string) =>
      groupMessage(text, { platform, chatId: `${platform}-room`, senderId, senderName, sentAt: at });
    await handled(bot, from('#绑定 三星村', 'admin', '管理员'));
    await t.db.prisma.member.create({
      data: {
        name: '李明',
        role: 'cadre',
        platform,
        platformUserId: 'cadre',
        villageId: (await t.db.prisma.village.findFirstOrThrow()).id,
      },
    });
    await outbox.drainOnce();
    const before = adapter.sent.length;
    await handled(bot, from(CHECKIN, 'cadre', '李明'));
    await outbox.drainOnce();
    await bot.stop();
    const visit = await t.db.prisma.visit.findFirstOrThrow({
      select: {
        householdName: true,
        group: true,
        category: true,
        method: true,
        visitedOn: true,
        income: true,
        food: true,
        education: true,
        medical: true,
        housing: true,
        water: true,
      },
    });
    const issues = await t.db.prisma.issue.findMany({
      select: { no: true, category: true, description: true, assignee: true, dueOn: true, status: true },
    });
    return { receipt: adapter.sent.slice(before).map((m) => m.text), visit, issues };
  }

  it('gives the same records and the same receipt on WeChat and on Lark', async () => {
    const wechat = await post('wechat');
    const lark = await post('lark');
    expect(wechat.receipt.length).toBeGreaterThan(0);
    expect(lark.receipt).toEqual(wechat.receipt);
    expect(lark.visit).toEqual(wechat.visit);
    expect(lark.issues).toEqual(wechat.issues);
    expect(wechat.issues[0]).toMatchObject({ no: 1, category: '住房', assignee: '李书记', dueOn: '2026-11-30' });
  });
});
