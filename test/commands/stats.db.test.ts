import { beforeEach, describe, expect, it } from 'vitest';
import { useLedgerFixture, people } from './ledger-fixture.ts';

describe('#统计: this week in the village', () => {
  const ctx = useLedgerFixture();
  beforeEach(async () => {
    await ctx.f.say('#走访 王德福 收入√ 吃穿√ 教育√ 医疗√ 住房×（屋顶漏雨） 饮水√ 责任人李书记 11月30日前');
    await ctx.f.say('#走访 李秀英 收入√ 吃穿√ 教育√ 医疗√ 住房√ 饮水×（水压不足）');
    await ctx.f.say('#走访 张国强 全部达标', people.wangFang);
    await ctx.f.say('#走访 王德福 全部达标', people.wangFang); // the same household again counts once for coverage
    await ctx.f.say('#走访 吴大海 11月20日 全部达标'); // last week
    await ctx.f.say('#销号 1 已更换屋顶');
    await ctx.f.say('#验收 1', people.liMing);
    await ctx.t.db.prisma.issue.update({
      where: { villageId_no: { villageId: await ctx.f.villageId('三星村'), no: 2 } },
      data: { dueOn: '2026-11-24' },
    });
  });

  it('counts visits per cadre, coverage of the roster and the items new, closed, open and overdue', async () => {
    const said = await ctx.f.say('#统计');
    expect(said.text.split('\n')).toEqual([
      '三星村 本周（11月23日—11月29日）',
      '走访 4 次：王芳 2，张华 2',
      '覆盖 3/10 户（30%）',
      '问题：新增 2，销号 1；未销号 1（逾期 1）',
      '累计 2 项，已销号 1 项，销号率 50%',
    ]);
  });

  it('sends the same figures as a card', async () => {
    const { replies } = await ctx.f.say('#统计');
    expect(replies[0].card?.title).toBe('三星村 本周（11月23日—11月29日）');
    expect(replies[0].card?.rows.map((r) => r.text)).toContain('覆盖 3/10 户（30%）');
  });
});
