import { beforeEach, describe, expect, it, vi } from 'vitest';
import { planWeeklyInspection } from '../../cadence/jobs/weekly-inspection.ts';
import { testConfig } from '../support/test-bot.ts';
import { people, useLedgerFixture } from './ledger-fixture.ts';

// Database tests share a small machine with other suites; the defaults (5 s / 10 s) are too tight.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

// 回头看: a closed item comes back after REVIEW_AFTER_DAYS as 待回访 for whoever closed it;
// `#回访 12 正常` records it, `#回访 12 反弹 …` opens a new item linked to the old one.
// `#台账 12` shows one item in full.
const LATER = new Date('2027-01-25T10:00:00+08:00'); // 61 days after the fixture's 11月25日

describe('#回访 and #台账 12', () => {
  const ctx = useLedgerFixture();
  beforeEach(async () => {
    await ctx.f.say('#走访 王德福 三星村4组 收入√ 吃穿√ 教育√ 医疗√ 住房×（屋顶漏雨） 饮水×（水压不足） 责任人张华 11月30日前');
    await ctx.f.say('#销号 1 已更换屋顶瓦片');
    await ctx.f.say('#验收 1', people.liMing);
  });

  const item = (no: number) =>
    ctx.t.db.prisma.issue.findFirstOrThrow({ where: { no, village: { name: '三星村' } }, include: { followUps: true } });
  const weekly = async (now: Date) =>
    (await planWeeklyInspection(ctx.t.db.prisma, now, testConfig())).find((m) => m.to.chatId === 'sx-team')?.text ?? '';

  it('lists the item as 待回访 after 60 days, and records a normal 回访 with 满意度', async () => {
    expect(await weekly(new Date('2027-01-18T09:00:00+08:00'))).not.toContain('待回访');
    const due = await weekly(LATER);
    expect(due).toContain('待回访：1件');
    expect(due).toContain('· #1 屋顶漏雨（王德福）11月25日销号，张华回访');

    ctx.f.at(LATER);
    const said = await ctx.f.say('#回访 1 正常 满意度：基本满意');
    expect(said.outcome.status).toBe('handled');
    expect(said.text).toContain('已记录 #1 回访（张华，1月25日）：正常，满意度：基本满意');
    expect((await item(1)).followUps).toMatchObject([{ outcome: 'normal', satisfaction: '基本满意', by: '张华', newIssueId: null }]);
    expect(await weekly(LATER)).not.toContain('待回访');
  });

  it('opens a linked item for the same household and category on a 反弹, shown both ways in #台账 12', async () => {
    ctx.f.at(LATER);
    const said = await ctx.f.say('#回访 1 反弹 又漏雨了');
    expect(said.text).toContain('已记录 #1 回访：问题反弹，已重新登记为 #3（关联 #1）');
    expect(said.text).toContain('#3 住房：又漏雨了（责任人待定，时限待定）');
    const old = await item(1);
    const fresh = await item(3);
    expect(fresh).toMatchObject({
      status: 'open',
      category: old.category,
      householdId: old.householdId,
      householdName: '王德福',
      group: old.group,
      description: '又漏雨了',
      reboundOfId: old.id,
      source: 'rebound',
      reportedBy: '张华',
    });
    expect(old.followUps).toMatchObject([{ outcome: 'rebound', text: '又漏雨了', newIssueId: fresh.id }]);

    const newOne = await ctx.f.say('#台账 3');
    expect(newOne.text).toContain('关联：由 #1 回访反弹重新登记');
    const oldOne = await ctx.f.say('#台账 1');
    expect(oldOne.text.split('\n')).toEqual([
      '三星村 #1（已销号）',
      '王德福 住房：屋顶漏雨',
      '责任人：张华',
      '时限：11月30日前',
      '登记：张华，11月25日',
      '验收人：李明，11月25日',
      '关联：回访反弹，已重新登记为 #3',
      '经过：',
      '· 11月25日 张华 销号：已更换屋顶瓦片',
      '· 11月25日 李明 验收通过',
      '· 1月25日 张华 回访：反弹，又漏雨了',
    ]);
  });

  it('shows 时限 changes and a returned review in #台账 12', async () => {
    const hour = (h: number) => new Date(ctx.f.now.getTime() + h * 3600_000);
    ctx.f.at(hour(1));
    await ctx.f.say('#延期 2 12月15日前 水泵缺货');
    await ctx.f.say('#同意延期 2', people.liMing);
    ctx.f.at(hour(2));
    await ctx.f.say('#销号 2 已加装增压泵', people.wangFang);
    ctx.f.at(hour(3));
    await ctx.f.say('#验收 2 退回 水压还是不够', people.liMing);
    const said = await ctx.f.say('#台账 2');
    expect(said.text.split('\n')).toEqual([
      '三星村 #2（未销号）',
      '王德福 饮水：水压不足',
      '责任人：张华',
      '时限：12月15日前（原定11月30日前）',
      '登记：张华，11月25日',
      '经过：',
      '· 11月25日 张华 申请延期：11月30日前 → 12月15日前，水泵缺货（李明同意）',
      '· 11月25日 王芳 销号：已加装增压泵',
      '· 11月25日 李明 验收退回：水压还是不够',
    ]);
  });

  it('answers bad input with what to write, changing nothing', async () => {
    const open = await ctx.f.say('#回访 2 正常');
    expect(open.text).toContain('#2 还没有验收销号，销号后才能回访');
    const noOutcome = await ctx.f.say('#回访 1');
    expect(noOutcome.text).toContain('请写明回访结果：#回访 1 正常');
    const noText = await ctx.f.say('#回访 1 反弹');
    expect(noText.text).toContain('反弹要写明又出现了什么问题');
    const unknown = await ctx.f.say('#台账 99');
    expect(unknown.text).toContain('三星村没有 #99 号问题');
    const villager = await ctx.f.say('#回访 1 正常', people.villager);
    expect(villager.text).toContain('抱歉');
    const otherVillage = await ctx.f.say('#回访 1 正常', people.chenJing);
    expect(otherVillage.text).toContain('抱歉');
    expect(await ctx.t.db.prisma.issueFollowUp.count()).toBe(0);
    expect(await ctx.t.db.prisma.issue.count()).toBe(2);
  });
});
