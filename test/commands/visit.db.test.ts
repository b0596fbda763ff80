import { describe, expect, it } from 'vitest';
import { chats, useLedgerFixture, people } from './ledger-fixture.ts';

const FULL = '#走访 王德福 三星村4组 脱贫户 收入√ 吃穿√ 教育√ 医疗√ 住房×（屋顶漏雨） 饮水√ 责任人李书记 11月30日前';

describe('#走访: a household visit', () => {
  const ctx = useLedgerFixture();

  it('records the visit and its problem and answers with a numbered receipt', async () => {
    const said = await ctx.f.say(FULL);
    expect(said.outcome.status).toBe('handled');
    expect(said.text).toContain('已记录走访：王德福（三星村4组，脱贫户）');
    expect(said.text).toContain('收入✓ 吃穿✓ 教育✓ 医疗✓ 住房✗ 饮水✓');
    expect(said.text).toContain('#1 住房：屋顶漏雨（李书记，11月30日前）');
    const visit = await ctx.t.db.prisma.visit.findFirstOrThrow({ include: { issues: true, household: true } });
    expect(visit).toMatchObject({ householdName: '王德福', housing: false, water: true, flag: null, visitedOn: '2026-11-25' });
    expect(visit.household?.headName).toBe('王德福');
    expect(visit.issues.map((i) => [i.no, i.category, i.description, i.assignee, i.dueOn, i.source])).toEqual([
      [1, '住房', '屋顶漏雨', '李书记', '2026-11-30', 'visit'],
    ]);
  });

  it('shows a check that was not made as a dash', async () => {
    const said = await ctx.f.say('#走访 王德福 收入√ 吃穿√ 住房√');
    expect(said.text).toContain('收入✓ 吃穿✓ 教育— 医疗— 住房✓ 饮水—');
    expect(said.text).toContain('未发现问题');
  });

  it('asks for a deadline and suggests one fifteen days out when an item has none', async () => {
    const said = await ctx.f.say('#走访 王德福 全部达标 问题：院墙开裂 责任人张华');
    expect(said.text).toMatch(/#1 \S+：院墙开裂（张华，时限待定）/);
    expect(said.text).toContain('待补充：#1 没有时限，建议15天内（12月10日前）');
  });

  it('asks who is responsible when an item has no assignee', async () => {
    const said = await ctx.f.say('#走访 王德福 全部达标 问题：院墙开裂 12月5日前');
    expect(said.text).toContain('待补充：#1 没有责任人');
  });

  it('takes the village from the group when the message names none', async () => {
    await ctx.f.say('#走访 李秀英 全部达标');
    const visit = await ctx.t.db.prisma.visit.findFirstOrThrow({ include: { village: true } });
    expect(visit.village?.name).toBe('三星村');
    expect(visit).toMatchObject({ group: '4组', category: '监测户', flag: null });
  });

  it('takes the village from the cadre when no group says it (a private chat)', async () => {
    await ctx.f.say('#台账', people.chenJing, chats.hongyan); // 陈静 speaks first in her own group
    const said = await ctx.f.say('#走访 郑德胜 全部达标', people.chenJing, chats.privately(people.chenJing));
    expect(said.text).toContain('已记录走访：郑德胜（红岩村1组，脱贫户）');
  });

  it('asks which village when neither the message, the group nor the cadre says', async () => {
    const said = await ctx.f.say('#走访 王德福 全部达标', people.admin, chats.privately(people.admin));
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('请写明是哪个村');
  });

  it('asks 是不是 the roster name for a near miss and records the visit flagged', async () => {
    const said = await ctx.f.say('#走访 王德富 全部达标');
    expect(said.text).toContain('是不是 王德福？');
    const visit = await ctx.t.db.prisma.visit.findFirstOrThrow();
    expect(visit).toMatchObject({ householdName: '王德富', householdId: null, flag: 'near-miss' });
  });

  it('records a name not on the roster, flags it and says so', async () => {
    const said = await ctx.f.say('#走访 赵小二 全部达标');
    expect(said.text).toContain('“赵小二”不在三星村花名册');
    expect((await ctx.t.db.prisma.visit.findFirstOrThrow()).flag).toBe('not-in-roster');
  });

  it('flags nobody in a village that has no roster yet', async () => {
    await ctx.t.db.prisma.village.create({ data: { name: '新华村' } });
    const said = await ctx.f.say('#走访 赵小二 新华村2组 全部达标', people.admin);
    expect(said.text).not.toContain('花名册');
    expect((await ctx.t.db.prisma.visit.findFirstOrThrow()).flag).toBeNull();
  });

  it('shows the right form when the household is missing and keeps the message with the reason', async () => {
    const said = await ctx.f.say('#走访 收入√ 吃穿√');
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('#走访 王德福 三星村4组');
    const row = await ctx.f.inbox(said.outcome.inboxId);
    expect(row).toMatchObject({ status: 'rejected', text: '#走访 收入√ 吃穿√' });
    expect(row.reason).toContain('household');
    expect(await ctx.t.db.prisma.visit.count()).toBe(0);
  });

  it('never echoes a phone number typed into a problem', async () => {
    const said = await ctx.f.say('#走访 王德福 全部达标 问题：儿子电话13912345678打不通 责任人张华 12月5日前');
    expect(said.text).not.toContain('13912345678');
    expect(said.text).toContain('139****5678');
  });
});
