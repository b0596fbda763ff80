import { beforeEach, describe, expect, it, vi } from 'vitest';
import { planOverdueNudges } from '../../cadence/jobs/overdue-nudges.ts';
import { testConfig } from '../support/test-bot.ts';
import { chats, people, useLedgerFixture } from './ledger-fixture.ts';

// Database tests share a small machine with other suites; the defaults (5 s / 10 s) are too tight.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

// 延期 is a request: the 时限 moves only when a leader of the village approves it, and every
// request keeps the 时限 it asked to move, who asked, who decided, when and why.
describe('#延期, #同意延期, #不同意延期', () => {
  const ctx = useLedgerFixture();
  beforeEach(async () => {
    await ctx.f.say('#走访 王德福 三星村4组 收入√ 吃穿√ 教育√ 医疗√ 住房×（屋顶漏雨） 饮水×（水压不足） 责任人张华 11月30日前');
  });

  const item = (no: number) =>
    ctx.t.db.prisma.issue.findFirstOrThrow({ where: { no, village: { name: '三星村' } }, include: { deadlineRequests: true } });

  it('asks, and moves the 时限 only on approval, keeping the original', async () => {
    const asked = await ctx.f.say('#延期 1 12月15日前 瓦片缺货');
    expect(asked.outcome.status).toBe('handled');
    expect(asked.text).toContain('已提交 #1 延期申请（张华）：11月30日前 → 12月15日前，原因：瓦片缺货');
    expect(asked.text).toContain('#同意延期 1');
    expect(await item(1)).toMatchObject({ dueOn: '2026-11-30', originalDueOn: null });

    const again = await ctx.f.say('#延期 1 12月20日前 还是缺货', people.wangFang);
    expect(again.text).toContain('已有一条延期申请在等审批（张华申请延至12月15日前）');

    const cadre = await ctx.f.say('#同意延期 1', people.wangFang);
    expect(cadre.text).toContain('王芳，抱歉，同意延期需要本村队长或联村领导来操作');
    expect((await item(1)).dueOn).toBe('2026-11-30');

    const approved = await ctx.f.say('#同意延期 1', people.liMing);
    expect(approved.text).toContain('已同意 #1 延期（李明）：时限由11月30日前改为12月15日前');
    const moved = await item(1);
    expect(moved).toMatchObject({ dueOn: '2026-12-15', originalDueOn: '2026-11-30' });
    expect(moved.deadlineRequests).toMatchObject([
      { fromDueOn: '2026-11-30', toDueOn: '2026-12-15', reason: '瓦片缺货', requestedBy: '张华', status: 'approved', decidedBy: '李明' },
    ]);
    expect(moved.deadlineRequests[0].decidedAt?.toISOString()).toBe(ctx.f.now.toISOString());

    // A second approved 延期 keeps the first 时限 as the original.
    await ctx.f.say('#延期 1 12月25日前 雨天无法施工');
    await ctx.f.say('#同意延期 1', people.liMing);
    expect(await item(1)).toMatchObject({ dueOn: '2026-12-25', originalDueOn: '2026-11-30' });
  });

  it('refuses with a reason; the 时限 stands and overdue still counts', async () => {
    await ctx.f.say('#延期 2 12月20日前 等水泵', people.liMing);
    const own = await ctx.f.say('#同意延期 2', people.liMing);
    expect(own.text).toContain('#2 的延期是您自己申请的');
    const noReason = await ctx.f.say('#不同意延期 三星村 2', people.admin, chats.township);
    expect(noReason.text).toContain('不同意延期要写明理由');
    expect((await item(2)).deadlineRequests[0].status).toBe('pending');

    // Pending, the request moves nothing: the item is overdue by its old 时限.
    const nudges = await planOverdueNudges(ctx.t.db.prisma, new Date('2026-12-03T10:00:00+08:00'), testConfig());
    expect(nudges.map((m) => m.text).join('\n')).toMatch(/#2 水压不足.*逾期3天/);

    const refused = await ctx.f.say('#不同意延期 三星村 2 水泵已到货', people.admin, chats.township);
    expect(refused.text).toContain('未同意 #2 延期（县管理员）：水泵已到货。时限仍为11月30日前');
    expect(await item(2)).toMatchObject({
      dueOn: '2026-11-30',
      originalDueOn: null,
      deadlineRequests: [{ status: 'refused', decidedBy: '县管理员', decisionReason: '水泵已到货', toDueOn: '2026-12-20' }],
    });
  });

  it('no longer lets #进展 move a 时限, and says to use #延期', async () => {
    const said = await ctx.f.say('#进展 1 延期到1月15日前');
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('需要延期请发：#延期 1 1月15日前 原因');
    expect(await item(1)).toMatchObject({ dueOn: '2026-11-30' });
    expect(await ctx.t.db.prisma.issueNote.count()).toBe(0);
  });

  it('answers bad input with what to write, changing nothing', async () => {
    const noDate = await ctx.f.say('#延期 1 材料未到');
    expect(noDate.text).toContain('请写上新的时限和原因，例如：#延期 1 1月15日前 材料未到');
    const noReason = await ctx.f.say('#延期 1 12月15日前');
    expect(noReason.text).toContain('请写上延期原因');
    const earlier = await ctx.f.say('#延期 1 11月28日前 提前');
    expect(earlier.text).toContain('新时限要晚于现在的时限（11月30日前）');
    const impossible = await ctx.f.say('#延期 1 2月30日前 材料未到');
    expect(impossible.text).toContain('时限“2月30日前”有误');
    const unknown = await ctx.f.say('#延期 99 12月15日前 材料未到');
    expect(unknown.text).toContain('三星村没有 #99 号问题');
    const noRequest = await ctx.f.say('#同意延期 1', people.liMing);
    expect(noRequest.text).toContain('#1 没有待审批的延期申请');
    const villager = await ctx.f.say('#延期 1 12月15日前 材料未到', people.villager);
    expect(villager.text).toContain('抱歉');
    const otherVillage = await ctx.f.say('#延期 1 12月15日前 材料未到', people.chenJing);
    expect(otherVillage.text).toContain('抱歉');
    expect(await ctx.t.db.prisma.issueDeadlineRequest.count()).toBe(0);
    expect(await item(1)).toMatchObject({ dueOn: '2026-11-30' });
  });
});
