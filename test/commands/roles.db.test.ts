import { beforeEach, describe, expect, it } from 'vitest';
import { chats, useLedgerFixture, people } from './ledger-fixture.ts';

describe('who may change the ledger (roster people)', () => {
  const ctx = useLedgerFixture();
  beforeEach(async () => {
    await ctx.f.say('#走访 王德福 住房×（屋顶漏雨） 责任人李书记 11月30日前');
  });

  const first = () => ctx.t.db.prisma.issue.findFirstOrThrow({ include: { notes: true } });

  it('refuses a villager who tries to close an item, and changes nothing', async () => {
    const said = await ctx.f.say('#销号 1 修好了', people.villager);
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('刘大爷，抱歉');
    expect(await first()).toMatchObject({ status: 'open', closedBy: null, notes: [] });
  });

  it('refuses a cadre of another village who tries to close an item, and changes nothing', async () => {
    await ctx.f.say('#台账', people.chenJing, chats.hongyan); // 陈静 is known in her own group first
    const said = await ctx.f.say('#销号 1 已处理', people.chenJing);
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('三星村的台账只能由本村干部或联村领导操作');
    expect(await first()).toMatchObject({ status: 'open', notes: [] });
  });

  it('refuses a cadre of another village who tries to check in there', async () => {
    await ctx.f.say('#台账', people.chenJing, chats.hongyan);
    const said = await ctx.f.say('#走访 李秀英 全部达标', people.chenJing);
    expect(said.outcome.status).toBe('rejected');
    expect(await ctx.t.db.prisma.visit.count()).toBe(1);
  });

  it('lets a villager report a problem of their village and hands it to the team', async () => {
    const said = await ctx.f.say('#问题 4组路灯坏了，晚上看不见', people.villager);
    expect(said.outcome.status).toBe('handled');
    expect(said.text).toContain('已转驻村工作队处理');
    expect(said.text).toMatch(/#2 \S+：/);
    expect((await ctx.t.db.prisma.issue.findFirstOrThrow({ where: { no: 2 } })).reportedBy).toBe('刘大爷');
  });

  it('lets the township leader close an item of a village in the township', async () => {
    const said = await ctx.f.say('#销号 1 已更换屋顶', people.liMing);
    expect(said.outcome.status).toBe('handled');
    expect((await first()).status).toBe('review');
  });
});
