// Whose friend requests and group invitations the bot accepts (WECHAT_AUTO_ACCEPT), as the
// WeChat adapter asks through ChatEvents.mayAccept; the e2e test proves the adapter asks and accepts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chatLifecycle } from '../../bot/chat-lifecycle.ts';
import { testConfig, silentLogger } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

describe('auto-accept of friend requests and group invitations', () => {
  let t: TestDb;
  beforeEach(async () => {
    t = await createTestDb();
    const village = await t.db.prisma.village.create({ data: { name: '三星村' } });
    await t.db.prisma.member.create({ data: { name: '张华', role: 'cadre', villageId: village.id } });
    // A villager the bot knows from a chat is not on the roster.
    await t.db.prisma.member.create({ data: { name: '刘大爷', role: 'villager', platform: 'wechat', platformUserId: 'wx-liu' } });
  });
  afterEach(async () => {
    await t.destroy();
  });

  const events = (mode: string) =>
    chatLifecycle('wechat', {
      db: t.db,
      logger: silentLogger,
      adminIds: ['wechat:wx-admin'],
      autoAccept: testConfig({ WECHAT_AUTO_ACCEPT: mode }).WECHAT_AUTO_ACCEPT,
      enqueue: async () => 0,
    });
  const admin = { kind: 'friend' as const, fromId: 'wx-admin', fromName: '县管理员' };
  // 张华 is on the roster with no linked account: her friend request goes by her name, but a
  // group invitation by a name alone does not (anyone can take the name).
  const cadre = { kind: 'friend' as const, fromId: 'wx-new', fromName: '张华' };
  const cadreInvite = { kind: 'group' as const, fromId: 'wx-new', fromName: '张华', groupName: '三星村工作队' };
  const villager = { kind: 'friend' as const, fromId: 'wx-liu', fromName: '刘大爷' };
  const stranger = { kind: 'friend' as const, fromId: 'wx-x', fromName: '卖保险的小王' };

  it('roster (the default): admins and roster people, not villagers or strangers', async () => {
    expect(testConfig().WECHAT_AUTO_ACCEPT).toBe('roster');
    const e = events('roster');
    expect(await Promise.all([admin, cadre, villager, stranger, cadreInvite].map((r) => e.mayAccept!(r)))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('admins: admins only; off: nobody', async () => {
    expect(await Promise.all([admin, cadre].map((r) => events('admins').mayAccept!(r)))).toEqual([true, false]);
    expect(await Promise.all([admin, cadre].map((r) => events('off').mayAccept!(r)))).toEqual([false, false]);
  });
});
