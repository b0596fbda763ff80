import { describe, expect, it, vi } from 'vitest';
import { importRoster } from '../../storage/roster.ts';
import { chats, people, ROSTER, useIdentityFixture } from './identity-fixture.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const lark = (senderId: string, senderName: string, extra: { senderTenantId?: string; senderMobile?: string } = {}) => ({
  platform: 'lark' as const,
  senderId,
  senderName,
  ...extra,
});

describe('a display name gives no role', () => {
  const ctx = useIdentityFixture();

  it('refuses a stranger renamed 张华 who reads or closes 三星村 items, and tells them how to confirm who they are', async () => {
    const { f } = ctx;
    const ledger = await f.say('#台账', people.impostor);
    expect(ledger.outcome.status).toBe('rejected');
    expect(ledger.here).not.toContain('路灯');
    expect(ledger.here).toContain('还没有确认身份');
    expect(ledger.here).toContain('#认领 张华');

    const close = await f.say('#销号 1 冒名销号', people.impostor);
    expect(close.outcome.status).toBe('rejected');
    expect(close.here).toContain('没有做任何改动');
    expect(await f.item()).toMatchObject({ status: 'open', closedBy: null, notes: [] });
    expect((await f.memberOf('wechat', people.impostor.senderId))?.role).toBe('villager');
  });

  it('leaves the real 张华 their role after the stranger spoke first', async () => {
    const { f } = ctx;
    await f.say('#台账', people.impostor);
    await f.say('#销号 1 冒名销号', people.impostor);
    const real = await f.say('#销号 1 已换灯泡', people.zhangHua);
    expect(real.outcome.status).toBe('handled');
    expect(await f.item()).toMatchObject({ status: 'review', closedBy: '张华' });
    const linked = await f.memberOf('wechat', people.zhangHua.senderId);
    expect(linked?.id).toBe((await f.rosterMember('张华')).id);
    expect(linked?.role).toBe('cadre');
  });

  it('makes a roster cadre with no listed id a villager until confirmed, naming the way to confirm', async () => {
    const { f } = ctx;
    const said = await f.say('#台账', people.wangFang);
    expect(said.outcome.status).toBe('rejected');
    expect(said.here).toContain('#认领 王芳');
    expect((await f.memberOf('wechat', people.wangFang.senderId))?.id).not.toBe((await f.rosterMember('王芳')).id);
  });

  it('treats someone whose name is on no roster as an ordinary villager', async () => {
    const said = await ctx.f.say('#台账', people.villager);
    expect(said.here).toContain('抱歉');
    expect(said.here).not.toContain('认领');
  });
});

describe('linking by a platform id in the roster', () => {
  const ctx = useIdentityFixture();

  it('links the listed WeChat account on its first message, and logs it', async () => {
    const { f } = ctx;
    const said = await f.say('#台账', people.zhangHua);
    expect(said.here).toContain('路灯');
    const events = await f.prisma.identityEvent.findMany();
    expect(events).toEqual([
      expect.objectContaining({
        action: 'link',
        via: 'roster',
        memberName: '张华',
        platform: 'wechat',
        platformUserId: 'wx-zhanghua',
        at: f.clock.now,
      }),
    ]);
  });
});

describe('a roster imported after the person spoke', () => {
  const ctx = useIdentityFixture();

  it('links the account the new roster lists, though it spoke before as a villager', async () => {
    const { f } = ctx;
    const before = await f.say('#台账', { ...people.wangFang, senderId: 'wx-wangfang-2' });
    expect(before.outcome.status).toBe('rejected');
    await importRoster(f.db, [{ ...ROSTER[1], cadreWechatId: 'wx-wangfang-2' }]);
    expect((await f.say('#台账', { ...people.wangFang, senderId: 'wx-wangfang-2' })).here).toContain('路灯');
    expect((await f.memberOf('wechat', 'wx-wangfang-2'))?.id).toBe((await f.rosterMember('王芳')).id);
  });
});

describe('linking through the Lark directory', () => {
  const ctx = useIdentityFixture();

  it('links a Lark account whose tenant user id the roster lists', async () => {
    const { f } = ctx;
    const said = await f.say('#台账', lark('ou_chen', '陈静', { senderTenantId: 'u_chenjing' }), chats.larkHongyan);
    expect(said.outcome.status).toBe('handled');
    expect((await f.memberOf('lark', 'ou_chen'))?.id).toBe((await f.rosterMember('陈静')).id);
    expect(await f.prisma.identityEvent.findFirst({ where: { platformUserId: 'ou_chen' } })).toMatchObject({
      action: 'link',
      via: 'tenant',
    });
  });

  it("links a Lark account whose verified mobile is the roster's 责任人电话", async () => {
    const { f } = ctx;
    const said = await f.say('#台账', lark('ou_wang', '王芳', { senderMobile: '+8613800000103' }), chats.larkSanxing);
    expect(said.here).toContain('路灯');
    expect((await f.memberOf('lark', 'ou_wang'))?.id).toBe((await f.rosterMember('王芳')).id);
  });

  it('does not link a Lark account on its display name alone', async () => {
    const { f } = ctx;
    const said = await f.say('#台账', lark('ou_fake', '王芳', { senderMobile: '+8613912345678' }), chats.larkSanxing);
    expect(said.outcome.status).toBe('rejected');
    expect(said.here).toContain('#认领 王芳');
  });
});

describe("an admin's confirmation", () => {
  const ctx = useIdentityFixture();

  it('asks the admins privately, and links the account once an admin confirms', async () => {
    const { f } = ctx;
    const asked = await f.say('#认领 王芳', people.wangFang);
    expect(asked.outcome.status).toBe('handled');
    expect(asked.here).toContain('王芳（三星村）');
    const claim = await f.prisma.claimRequest.findFirstOrThrow();
    const notice = asked.elsewhere.find((r) => r.to?.chatId === people.admin.senderId);
    expect(notice?.to).toEqual({ platform: 'wechat', chatId: 'wx-admin', private: true });
    expect(notice?.text).toContain(`#认领 确认 ${claim.id}`);
    // Still a villager until the admin answers.
    expect((await f.say('#台账', people.wangFang)).outcome.status).toBe('rejected');

    const confirmed = await f.say(`#认领 确认 ${claim.id}`, people.admin, chats.privately(people.admin));
    expect(confirmed.outcome.status).toBe('handled');
    expect(confirmed.here).toContain('已确认');
    const welcome = confirmed.elsewhere.find((r) => r.to?.chatId === chats.sanxing.chatId);
    expect(welcome?.text).toContain('管理员已确认你的身份');
    expect(welcome?.mentions).toEqual([{ id: people.wangFang.senderId, name: '王芳' }]);

    expect((await f.say('#台账', people.wangFang)).here).toContain('路灯');
    expect(await f.prisma.identityEvent.findFirst({ where: { platformUserId: people.wangFang.senderId } })).toMatchObject({
      action: 'link',
      via: 'admin',
      memberName: '王芳',
      byName: '县管理员',
      byPlatform: 'wechat',
      byUserId: 'wx-admin',
      at: f.clock.now,
    });
  });

  it('tells the team leader they may hand over a claim code instead', async () => {
    await ctx.f.say('#台账', people.liMing); // 李明's WeChat account is linked on his first message
    const asked = await ctx.f.say('#认领 王芳', people.wangFang);
    const leaderNote = asked.elsewhere.find((r) => r.to?.chatId === people.liMing.senderId);
    expect(leaderNote?.to?.private).toBe(true);
    expect(leaderNote?.text).toContain('#认领码 王芳');
  });

  it('counts asking twice as one request', async () => {
    const { f } = ctx;
    await f.say('#认领 王芳', people.wangFang);
    const again = await f.say('#认领 王芳', people.wangFang);
    expect(again.here).toContain('已经提交过');
    expect(again.elsewhere).toEqual([]);
    expect(await f.prisma.claimRequest.count()).toBe(1);
  });

  it('lets only an admin confirm, and says so', async () => {
    const { f } = ctx;
    await f.say('#认领 王芳', people.wangFang);
    const claim = await f.prisma.claimRequest.findFirstOrThrow();
    const byLeader = await f.say(`#认领 确认 ${claim.id}`, people.liMing);
    expect(byLeader.outcome.status).toBe('rejected');
    expect(byLeader.here).toContain('只能由管理员确认');
    // The claimant trying to confirm themselves changes nothing either.
    expect((await f.say(`#认领 确认 ${claim.id}`, people.wangFang)).outcome.status).toBe('rejected');
    expect((await f.prisma.claimRequest.findFirstOrThrow()).status).toBe('open');
    expect(await f.prisma.identityEvent.count({ where: { platformUserId: people.wangFang.senderId } })).toBe(0);
  });

  it('refuses a claim number that does not exist or has lapsed', async () => {
    const { f } = ctx;
    const none = await f.say('#认领 确认 99', people.admin);
    expect(none.here).toContain('没有第 99 号');
    await f.say('#认领 王芳', people.wangFang);
    const claim = await f.prisma.claimRequest.findFirstOrThrow();
    f.clock.now = new Date(f.clock.now.getTime() + 8 * 24 * 3600_000);
    const late = await f.say(`#认领 确认 ${claim.id}`, people.admin);
    expect(late.outcome.status).toBe('rejected');
    expect(await f.memberOf('wechat', people.wangFang.senderId)).not.toMatchObject({ name: '王芳', role: 'cadre' });
  });

  it('answers a name not on the roster with what to do, and an empty claim with an example', async () => {
    const { f } = ctx;
    const unknown = await f.say('#认领 王小芳', people.wangFang);
    expect(unknown.outcome.status).toBe('rejected');
    expect(unknown.here).toContain('花名册里没有工作队员“王小芳”');
    const empty = await f.say('#认领', people.wangFang);
    expect(empty.here).toContain('例：#认领 张华');
    expect(await f.prisma.claimRequest.count()).toBe(0);
  });
});

describe('a one-time claim code', () => {
  const ctx = useIdentityFixture();

  async function codeFor(name: string, by = people.liMing) {
    const said = await ctx.f.say(`#认领码 ${name}`, by);
    const privately = said.elsewhere.find((r) => r.to?.private && r.to.chatId === by.senderId);
    const code = /认领码：(\d{6})/.exec(privately?.text ?? '')?.[1];
    return { said, code };
  }

  it('is sent privately to the team leader who asks, never into the group', async () => {
    const { said, code } = await codeFor('王芳');
    expect(code).toMatch(/^\d{6}$/);
    expect(said.here).toContain('已私聊发给你');
    expect(said.here).not.toContain(code!);
    expect(await ctx.f.prisma.identityEvent.findFirst({ where: { action: 'code' } })).toMatchObject({ memberName: '王芳', byName: '李明' });
  });

  it('links the account that sends it, once', async () => {
    const { f } = ctx;
    const { code } = await codeFor('王芳');
    const used = await f.say(`#认领 ${code}`, people.wangFang, chats.privately(people.wangFang));
    expect(used.here).toContain('确认成功：你是 王芳（三星村）');
    expect((await f.say('#台账', people.wangFang)).here).toContain('路灯');
    expect(await f.prisma.identityEvent.findFirst({ where: { platformUserId: people.wangFang.senderId } })).toMatchObject({
      action: 'link',
      via: 'code',
      byName: '李明',
    });

    const again = await f.say(`#认领 ${code}`, people.impostor, chats.privately(people.impostor));
    expect(again.here).toContain('已经用过了');
    expect((await f.memberOf('wechat', people.impostor.senderId))?.role).toBe('villager');
  });

  it('refuses a wrong code and an expired one, changing nothing', async () => {
    const { f } = ctx;
    const { code } = await codeFor('王芳');
    const wrong = code === '123456' ? '654321' : '123456';
    const bad = await f.say(`#认领 ${wrong}`, people.wangFang);
    expect(bad.outcome.status).toBe('rejected');
    expect(bad.here).toContain(`认领码 ${wrong} 不对`);
    const short = await f.say('#认领 1234', people.wangFang);
    expect(short.here).toContain('认领码是 6 位数字');
    f.clock.now = new Date(f.clock.now.getTime() + 25 * 3600_000);
    const late = await f.say(`#认领 ${code}`, people.wangFang);
    expect(late.here).toContain('已过期');
    expect(await f.prisma.identityEvent.count({ where: { action: 'link', platformUserId: people.wangFang.senderId } })).toBe(0);
  });

  it('stops an account that keeps guessing', async () => {
    const { f } = ctx;
    const { code } = await codeFor('王芳');
    for (let i = 0; i < 5; i++) await f.say(`#认领 ${String(100000 + i)}`, people.impostor);
    const guessed = await f.say(`#认领 ${code}`, people.impostor);
    expect(guessed.here).toContain('试错太多次');
    expect((await f.memberOf('wechat', people.impostor.senderId))?.role).toBe('villager');
  });

  it('is not given to a cadre, nor by a leader for another village', async () => {
    const byCadre = await ctx.f.say('#认领码 王芳', people.zhangHua);
    expect(byCadre.outcome.status).toBe('rejected');
    expect(byCadre.here).toContain('只能由队长、联村领导或管理员');
    const { said, code } = await codeFor('王芳', people.zhaoQiang);
    expect(code).toBeUndefined();
    expect(said.here).toContain('只能给本村');
    expect(await ctx.f.prisma.linkCode.count()).toBe(0);
  });
});

describe('one person on WeChat and Lark', () => {
  const ctx = useIdentityFixture();

  it('is the same cadre on both, with one member behind two accounts', async () => {
    const { f } = ctx;
    await f.say('#台账', people.zhangHua);
    const onLark = await f.say('#销号 1 已换灯泡', lark('ou_zhang', '张华', { senderMobile: '+86 138 0000 0102' }), chats.larkSanxing);
    expect(onLark.outcome.status).toBe('handled');
    const member = await f.rosterMember('张华');
    expect((await f.memberOf('lark', 'ou_zhang'))?.id).toBe(member.id);
    expect((await f.memberOf('wechat', 'wx-zhanghua'))?.id).toBe(member.id);
    expect(
      await f.prisma.memberAccount.findMany({ where: { memberId: member.id }, select: { platform: true }, orderBy: { platform: 'asc' } }),
    ).toEqual([{ platform: 'lark' }, { platform: 'wechat' }]);
    expect((await f.item()).closedBy).toBe('张华');
  });

  it('can also be linked on the second platform by a code', async () => {
    const { f } = ctx;
    const { elsewhere } = await f.say('#认领码 张华', people.liMing);
    const code = /认领码：(\d{6})/.exec(elsewhere[0].text)![1];
    const linked = await f.say(`#认领 ${code}`, lark('ou_zh2', '张华'), { chatId: 'p2p_zh2', chatName: null, isPrivate: true });
    expect(linked.here).toContain('确认成功');
    expect((await f.say('#台账', lark('ou_zh2', '张华'), chats.larkSanxing)).here).toContain('路灯');
  });
});

describe('unlinking', () => {
  const ctx = useIdentityFixture();

  it('lets an admin unlink one platform, logged, and no roster id links it back', async () => {
    const { f } = ctx;
    await f.say('#台账', people.zhangHua);
    await f.say('#台账', lark('ou_zhang', '张华', { senderMobile: '13800000102' }), chats.larkSanxing);
    const done = await f.say('#解除 张华 微信', people.admin);
    expect(done.outcome.status).toBe('handled');
    expect(done.here).toContain('已解除 张华（三星村） 的微信账号绑定');

    const after = await f.say('#销号 1 还想销号', people.zhangHua);
    expect(after.outcome.status).toBe('rejected');
    expect((await f.item()).status).toBe('open');
    expect((await f.memberOf('wechat', 'wx-zhanghua'))?.role).toBe('villager');
    // The Lark account is still 张华.
    expect((await f.say('#台账', lark('ou_zhang', '张华'), chats.larkSanxing)).here).toContain('路灯');
    expect(await f.prisma.identityEvent.findFirst({ where: { action: 'unlink' } })).toMatchObject({
      via: 'admin',
      memberName: '张华',
      platform: 'wechat',
      platformUserId: 'wx-zhanghua',
      byName: '县管理员',
      byUserId: 'wx-admin',
      at: f.clock.now,
    });
  });

  it('lets the person come back through a new claim after an unlink', async () => {
    const { f } = ctx;
    await f.say('#台账', people.zhangHua);
    await f.say('#解除 张华', people.admin);
    await f.say('#认领 张华', people.zhangHua);
    const claim = await f.prisma.claimRequest.findFirstOrThrow();
    await f.say(`#认领 确认 ${claim.id}`, people.admin);
    expect((await f.say('#台账', people.zhangHua)).here).toContain('路灯');
    expect((await f.prisma.identityEvent.findMany({ orderBy: { id: 'asc' } })).map((e) => `${e.action}:${e.via}`)).toEqual([
      'link:roster',
      'unlink:admin',
      'link:admin',
    ]);
  });

  it('is for admins only, and says when there is nothing to unlink', async () => {
    const { f } = ctx;
    await f.say('#台账', people.zhangHua);
    const byLeader = await f.say('#解除 张华', people.liMing);
    expect(byLeader.here).toContain('只能由管理员操作');
    expect((await f.memberOf('wechat', 'wx-zhanghua'))?.name).toBe('张华');
    const nothing = await f.say('#解除 王芳', people.admin);
    expect(nothing.outcome.status).toBe('rejected');
    expect(nothing.here).toContain('目前没有绑定');
    const unknown = await f.say('#解除 张三', people.admin);
    expect(unknown.here).toContain('花名册里没有工作队员“张三”');
    expect(await f.prisma.identityEvent.count({ where: { action: 'unlink' } })).toBe(0);
  });
});

describe('the console channel', () => {
  const ctx = useIdentityFixture();

  it("still trusts its operator: typing as 张华 is the roster's 张华, and a new name is a cadre", async () => {
    const { f } = ctx;
    const asZhang = await f.say(
      '#台账 三星村',
      { platform: 'console', senderId: '张华', senderName: '张华' },
      { chatId: '三星村工作队', chatName: '三星村工作队' },
    );
    expect(asZhang.here).toContain('路灯');
    expect((await f.memberOf('console', '张华'))?.id).toBe((await f.rosterMember('张华')).id);
    expect(await f.prisma.identityEvent.findFirst({ where: { platform: 'console' } })).toMatchObject({ action: 'link', via: 'console' });
    await f.say(
      '#台账 三星村',
      { platform: 'console', senderId: '新来的', senderName: '新来的' },
      { chatId: '三星村工作队', chatName: '三星村工作队' },
    );
    expect((await f.memberOf('console', '新来的'))?.role).toBe('cadre');
  });
});
