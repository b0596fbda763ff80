import { beforeEach, describe, expect, it, vi } from 'vitest';
import { chats, people, useLedgerFixture } from './ledger-fixture.ts';

// Database tests share a small machine with other suites; the defaults (5 s / 10 s) are too tight.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

// 销号 that holds: 整改情况 required, 验收 by a leader of the village (on by default, per township).

describe('#销号 and #验收: a close-out someone else confirms', () => {
  const ctx = useLedgerFixture();
  beforeEach(async () => {
    await ctx.f.say('#走访 王德福 三星村4组 收入√ 吃穿√ 教育√ 医疗√ 住房×（屋顶漏雨） 饮水×（水压不足） 责任人张华 11月30日前');
  });

  const item = (no: number) =>
    ctx.t.db.prisma.issue.findFirstOrThrow({ where: { no, village: { name: '三星村' } }, include: { notes: { orderBy: { id: 'asc' } } } });

  it('asks for 整改情况 when a close says nothing, and keeps the item open', async () => {
    const said = await ctx.f.say('#销号 1');
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('#1 还没有销号');
    expect(said.text).toContain('#销号 1 已更换路灯');
    expect(await item(1)).toMatchObject({ status: 'open', closedBy: null, resolution: null, notes: [] });
    const answered = await ctx.f.say('#销号 1 已更换屋顶');
    expect(answered.outcome.status).toBe('handled');
    expect((await item(1)).resolution).toBe('已更换屋顶');
  });

  it("puts a cadre's close into 待验收, and a leader of the village confirms it", async () => {
    const said = await ctx.f.say('#销号 2 已加装增压泵', people.wangFang);
    expect(said.text).toContain('#2 已提交销号，待验收（王芳，11月25日）');
    expect(said.text).toContain('#验收 2');
    expect(await item(2)).toMatchObject({ status: 'review', closedBy: '王芳', closedAt: null, resolution: '已加装增压泵' });
    const ledger = await ctx.f.say('#台账');
    expect(ledger.text).toContain('待验收 1 项');
    expect(ledger.text).toContain('#2');

    const confirmed = await ctx.f.say('#验收 2', people.liMing);
    expect(confirmed.outcome.status).toBe('handled');
    expect(confirmed.text).toContain('#2 验收通过，已销号（验收人：李明，11月25日；销号人：王芳）');
    const done = await item(2);
    expect(done).toMatchObject({ status: 'closed', reviewedBy: '李明', closedBy: '王芳', resolution: '已加装增压泵' });
    expect(done.closedAt?.toISOString()).toBe(ctx.f.now.toISOString());
    expect(done.notes.map((n) => n.kind)).toEqual(['close', 'review-confirm']);
  });

  it('sends a close-out back with its reason: open again, the history kept', async () => {
    await ctx.f.say('#销号 2 已加装增压泵', people.wangFang);
    const noReason = await ctx.f.say('#验收 2 退回', people.liMing);
    expect(noReason.text).toContain('退回要写明理由');
    expect((await item(2)).status).toBe('review');

    const back = await ctx.f.say('#验收 2 退回 水压还是不够', people.liMing);
    expect(back.text).toContain('#2 验收未通过，已退回重新整改（李明）：水压还是不够');
    const reopened = await item(2);
    expect(reopened).toMatchObject({ status: 'open', closedBy: null, resolution: null, reviewedBy: null });
    expect(reopened.notes.map((n) => [n.kind, n.text, n.author])).toEqual([
      ['close', '已加装增压泵', '王芳'],
      ['review-return', '水压还是不够', '李明'],
    ]);
    // Closed again and confirmed, the item keeps both rounds.
    await ctx.f.say('#销号 2 已换大功率泵', people.wangFang);
    await ctx.f.say('#验收 2', people.liMing);
    expect((await item(2)).notes.map((n) => n.kind)).toEqual(['close', 'review-return', 'close', 'review-confirm']);
  });

  it('needs a different person to confirm a self-close', async () => {
    // The assignee closes their own item: they cannot confirm it, even as a leader would.
    await ctx.f.say('#销号 1 已更换屋顶', people.zhangHua);
    const own = await ctx.f.say('#验收 1', people.zhangHua);
    expect(own.text).toContain('抱歉');
    expect((await item(1)).status).toBe('review');
    // A leader closing themselves needs another leader.
    await ctx.f.say('#销号 2 已加装增压泵', people.liMing);
    const self = await ctx.f.say('#验收 2', people.liMing);
    expect(self.outcome.status).toBe('rejected');
    expect(self.text).toContain('是您自己销号的，需由另一位队长或联村领导验收');
    expect((await item(2)).status).toBe('review');
    const other = await ctx.f.say('#验收 三星村 2', people.admin, chats.township);
    expect(other.outcome.status).toBe('handled');
    expect(await item(2)).toMatchObject({ status: 'closed', reviewedBy: '县管理员', closedBy: '李明' });
  });

  it('refuses a cadre, a leader of another village and an item not waiting, changing nothing', async () => {
    await ctx.f.say('#销号 2 已加装增压泵', people.wangFang);
    const cadre = await ctx.f.say('#验收 2', people.zhangHua);
    expect(cadre.text).toContain('张华，抱歉，验收需要本村队长或联村领导来操作');
    const otherVillage = await ctx.f.say('#验收 2', people.chenJing);
    expect(otherVillage.text).toContain('抱歉');
    const villager = await ctx.f.say('#验收 2', people.villager);
    expect(villager.text).toContain('抱歉');
    expect((await item(2)).status).toBe('review');
    const notWaiting = await ctx.f.say('#验收 1', people.liMing);
    expect(notWaiting.text).toContain('#1 还没有提交销号，没有要验收的内容');
    const unknown = await ctx.f.say('#验收 99', people.liMing);
    expect(unknown.text).toContain('三星村没有 #99 号问题');
    expect((await item(1)).status).toBe('open');
  });

  it('closes at once where the township does not ask for review', async () => {
    await ctx.t.db.prisma.township.update({ where: { name: '后叶镇' }, data: { reviewRequired: false } });
    const said = await ctx.f.say('#销号 1 已更换屋顶');
    expect(said.text).toContain('#1 已销号（张华，11月25日）');
    expect(await item(1)).toMatchObject({ status: 'closed', closedBy: '张华' });
  });
});
