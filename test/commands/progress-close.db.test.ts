import { beforeEach, describe, expect, it } from 'vitest';
import { chats, useLedgerFixture, people } from './ledger-fixture.ts';

describe('#进展 and #销号: following an item to close-out', () => {
  const ctx = useLedgerFixture();
  beforeEach(async () => {
    await ctx.f.say('#走访 王德福 三星村4组 收入√ 吃穿√ 教育√ 医疗√ 住房×（屋顶漏雨） 饮水×（水压不足） 责任人李书记 11月30日前');
  });

  const item = (no: number) => ctx.t.db.prisma.issue.findFirstOrThrow({ where: { no }, include: { notes: true } });

  it('adds a progress note to the item and confirms it', async () => {
    const said = await ctx.f.say('#进展 1 已联系施工队，下周进场');
    expect(said.outcome.status).toBe('handled');
    expect(said.text).toContain('已记录 #1 进展（张华，11月25日）：已联系施工队，下周进场');
    expect((await item(1)).notes.map((n) => [n.kind, n.text, n.author])).toEqual([['progress', '已联系施工队，下周进场', '张华']]);
  });

  it('sets a missing deadline from a note that gives one', async () => {
    await ctx.f.say('#问题 三星村4组路灯坏了');
    const said = await ctx.f.say('#进展 3 时限12月10日前');
    expect(said.text).toContain('时限：12月10日前（已更新）');
    expect((await item(3)).dueOn).toBe('2026-12-10');
  });

  it('closes an item recording who, when and how, for review', async () => {
    const said = await ctx.f.say('#销号 1 已更换屋顶');
    expect(said.text).toContain('#1 已提交销号，待验收（张华，11月25日）');
    expect(said.text).toContain('整改情况：已更换屋顶');
    const closed = await item(1);
    expect(closed).toMatchObject({ status: 'review', closedBy: '张华', resolution: '已更换屋顶', closedAt: null });
    await ctx.f.say('#验收 1', people.liMing);
    expect((await item(1)).closedAt?.toISOString()).toBe(ctx.f.now.toISOString());
  });

  it('reads the unmarked close a cadre types out of habit, and asks what was done', async () => {
    const said = await ctx.f.say('2号问题已销号');
    expect(said.text).toContain('#2 还没有销号：销号要写明整改情况');
    expect((await item(2)).status).toBe('open');
    await ctx.f.say('2号问题已销号，已加装增压泵');
    expect((await item(2)).status).toBe('review');
  });

  it('says a number that is not an item is not one, and changes nothing', async () => {
    const said = await ctx.f.say('#销号 99 已处理');
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('三星村没有 #99 号问题');
    expect((await ctx.f.inbox(said.outcome.inboxId)).reason).toContain('unknown issue #99');
  });

  it('says an item already closed was closed, and on which day', async () => {
    await ctx.f.say('#销号 1 已更换屋顶');
    const waiting = await ctx.f.say('#销号 1 再次确认', people.wangFang);
    expect(waiting.outcome.status).toBe('rejected');
    expect(waiting.text).toContain('#1 已提交销号（张华），正在等待验收');
    await ctx.f.say('#验收 1', people.liMing);
    const said = await ctx.f.say('#销号 1 再次确认', people.wangFang);
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('#1 已于11月25日销号（张华）');
    expect((await item(1)).resolution).toBe('已更换屋顶');
  });

  it('does not add progress to a closed item', async () => {
    await ctx.f.say('#销号 1 已更换屋顶');
    await ctx.f.say('#验收 1', people.liMing);
    const said = await ctx.f.say('#进展 1 又漏了');
    expect(said.text).toContain('#1 已于11月25日销号，不再记录进展');
    expect((await item(1)).notes.filter((n) => n.kind === 'progress')).toHaveLength(0);
  });

  it('asks for the village when a bare number is closed in a township group', async () => {
    const said = await ctx.f.say('#销号 1 已更换屋顶', people.liMing, chats.township);
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('#销号 三星村 1');
    expect((await item(1)).status).toBe('open');
  });

  it('closes the item of the village named in a township group', async () => {
    const said = await ctx.f.say('#销号 三星村 1 已更换屋顶', people.liMing, chats.township);
    expect(said.outcome.status).toBe('handled');
    expect(await item(1)).toMatchObject({ status: 'review', resolution: '已更换屋顶' });
  });
});
