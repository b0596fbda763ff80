import { describe, expect, it } from 'vitest';
import { bindGroup } from '../../storage/groups.ts';
import { useLedgerFixture, people } from './ledger-fixture.ts';

describe('check-ins arriving at the same time', () => {
  const ctx = useLedgerFixture();

  it('numbers 20 concurrent check-ins in one village 1 to 20 with no duplicate and no gap', async () => {
    // Twenty roster cadres, each speaking for the first time in a group of their own, so the
    // bot's per-chat queue does not serialize them and every one is linked (by the WeChat id
    // the roster lists for them) as it arrives.
    const village = await ctx.t.db.prisma.village.findUniqueOrThrow({ where: { name: '三星村' } });
    const villageId = village.id;
    await ctx.t.db.prisma.member.createMany({
      data: Array.from({ length: 20 }, (_, i) => ({
        name: `队员${i}`,
        role: 'cadre',
        villageId,
        townshipId: village.townshipId,
        rosterWechatId: `wx-${i}`,
      })),
    });
    await ctx.t.db.prisma.$transaction(async (tx) => {
      for (let i = 0; i < 20; i++) await bindGroup(tx, { platform: 'wechat', chatId: `sx-${i}`, name: `三星村${i}组群`, villageId });
    });
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        ctx.f.say(
          `#走访 王德福 住房×（屋顶漏雨${i}） 责任人张华 12月5日前`,
          { senderId: `wx-${i}`, senderName: `队员${i}` },
          { chatId: `sx-${i}`, chatName: `三星村${i}组群` },
        ),
      ),
    );
    expect(outcomes.map((o) => o.outcome.status)).toEqual(Array(20).fill('handled'));
    const nos = (await ctx.t.db.prisma.issue.findMany({ where: { villageId }, select: { no: true } }))
      .map((i) => i.no)
      .sort((a, b) => a - b);
    expect(nos).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect((await ctx.t.db.prisma.village.findUniqueOrThrow({ where: { id: villageId } })).lastIssueNo).toBe(20);
  });

  it('gives each concurrent check-in a consecutive run of numbers for its items', async () => {
    const villageId = await ctx.f.villageId('三星村');
    await ctx.f.say('#台账'); // 张华 is known before the burst
    await ctx.t.db.prisma.$transaction(async (tx) => {
      for (let i = 0; i < 10; i++) await bindGroup(tx, { platform: 'wechat', chatId: `sx-${i}`, name: null, villageId });
    });
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        ctx.f.say('#走访 王德福 住房×（屋顶漏雨） 饮水×（水压不足） 责任人张华 12月5日前', people.zhangHua, {
          chatId: `sx-${i}`,
          chatName: null,
        }),
      ),
    );
    const visits = await ctx.t.db.prisma.visit.findMany({ include: { issues: { select: { no: true }, orderBy: { no: 'asc' } } } });
    for (const v of visits) expect(v.issues[1].no - v.issues[0].no).toBe(1);
    expect(visits.flatMap((v) => v.issues.map((i) => i.no)).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});
