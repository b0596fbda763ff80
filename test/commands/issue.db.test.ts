import { describe, expect, it } from 'vitest';
import { chats, useLedgerFixture, people } from './ledger-fixture.ts';

describe('#问题: a problem for the ledger without a visit', () => {
  const ctx = useLedgerFixture();

  it('puts the problem on the ledger with its number and links the household on the roster', async () => {
    const said = await ctx.f.say('#问题 三星村4组王德福家屋顶漏雨 由李书记负责 月底前');
    expect(said.text).toContain('已登记问题（三星村4组 王德福）');
    expect(said.text).toContain('#1 住房：三星村4组王德福家屋顶漏雨（李书记，11月30日前）');
    const item = await ctx.t.db.prisma.issue.findFirstOrThrow({ include: { household: true } });
    expect(item).toMatchObject({ source: 'report', reportedBy: '张华', group: '4组', householdName: '王德福' });
    expect(item.household?.headName).toBe('王德福');
  });

  it('numbers each line of a report with several problems', async () => {
    const said = await ctx.f.say('#问题 路灯坏了\n问题2：垃圾没人清运 由王芳负责');
    expect(said.text).toMatch(/#1 基础设施：路灯坏了（责任人待定，时限待定）\n#2 人居环境：垃圾没人清运（王芳，时限待定）/);
    expect(said.text).toContain('待补充：#1、#2 没有时限');
  });

  it('files a report naming a village under that village, from a township group', async () => {
    const said = await ctx.f.say('#问题 红岩村2组 何翠兰家 低保补贴没到账', people.liMing, chats.township);
    expect(said.outcome.status).toBe('handled');
    const item = await ctx.t.db.prisma.issue.findFirstOrThrow({ include: { village: true } });
    expect(item.village.name).toBe('红岩村');
  });

  it('asks for the village when a report in a township group names none', async () => {
    const said = await ctx.f.say('#问题 路灯坏了', people.liMing, chats.township);
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('本群是乡镇群');
    expect(await ctx.t.db.prisma.issue.count()).toBe(0);
  });

  it('suggests the village meant when a report names one that does not exist', async () => {
    const said = await ctx.f.say('#问题 三新村4组路灯坏了');
    expect(said.text).toContain('没有找到“三新村”。是不是 三星村？');
    expect(await ctx.t.db.prisma.village.count({ where: { name: '三新村' } })).toBe(0);
  });
});
