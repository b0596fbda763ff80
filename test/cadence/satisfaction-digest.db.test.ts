import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planHalfMonthlyDispatch } from '../../cadence/jobs/half-monthly-dispatch.ts';
import { planWeeklyInspection } from '../../cadence/jobs/weekly-inspection.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { cadenceConfig, sh } from './cadence-support.ts';
import { SANXING_GROUP, seedVillage, TOWNSHIP_GROUP } from './seed-village.ts';

// A seeded November of verdicts in 三星村 (the seed's own visits carry none). Shares below are
// worked out by hand from this table; each household counts once, by its latest verdict in a period.
//
//   household  1–15 Nov                      16–22 Nov        23–29 Nov       30 Nov
//   王德福     11-02 不满意 (revisited 11-17 by the seed, no verdict)
//   孙四       11-03 满意                    11-17 满意
//   周五       11-05 满意                    11-18 基本满意   11-26 满意
//   冯十       11-08 不满意                                   11-24 不满意
//   吴八       11-10 不满意 (after the seed's 11-10 visit)
//   郑九       11-12 基本满意                                 11-27 满意
//   赵六                                     11-20 不满意 (after the seed's 11-20 visit)
//   钱七                                                      11-25 基本满意
describe('满意度 in the weekly inspection and the dispatch', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    const { sanxing } = await seedVillage(t.db.prisma);
    const households = new Map((await t.db.prisma.household.findMany({ where: { villageId: sanxing.id } })).map((h) => [h.headName, h]));
    const verdict = async (name: string, visitedOn: string, satisfaction: string, satisfactionReason: string | null = null) => {
      const h = households.get(name)!;
      await t.db.prisma.visit.create({
        data: {
          villageId: sanxing.id,
          householdId: h.id,
          householdName: name,
          method: '入户',
          visitedOn,
          satisfaction,
          satisfactionReason,
        },
      });
    };
    await verdict('王德福', '2026-11-02', '不满意', '危房改造没批');
    await verdict('孙四', '2026-11-03', '满意');
    await verdict('周五', '2026-11-05', '满意');
    await verdict('冯十', '2026-11-08', '不满意', '路没修');
    await verdict('吴八', '2026-11-10', '不满意', '低保没评上');
    await verdict('郑九', '2026-11-12', '基本满意');
    await verdict('孙四', '2026-11-17', '满意');
    await verdict('周五', '2026-11-18', '基本满意');
    await verdict('赵六', '2026-11-20', '不满意', '吃水难');
    await verdict('冯十', '2026-11-24', '不满意', '路还没修');
    await verdict('钱七', '2026-11-25', '基本满意');
    await verdict('周五', '2026-11-26', '满意');
    await verdict('郑九', '2026-11-27', '满意');
    // Two open 微心愿 and one fulfilled.
    const wish = (no: number, status: string) =>
      t.db.prisma.issue.create({
        data: { villageId: sanxing.id, no, kind: 'wish', category: '微心愿', description: `心愿${no}`, source: 'visit', status },
      });
    await wish(6, 'open');
    await wish(7, 'open');
    await wish(8, 'closed');
  });
  afterAll(async () => {
    await t.destroy();
  });

  const reasons = /危房改造没批|路没修|路还没修|低保没评上|吃水难/;

  it('weekly (23–29 Nov): shares of the week, the trend on 16–22 Nov, return visits and wishes, no reasons', async () => {
    const messages = await planWeeklyInspection(t.db.prisma, sh('2026-11-30 09:00'), cadenceConfig());
    const m = messages.find((x) => x.to.chatId === SANXING_GROUP)!;
    const lines = m.text.split('\n');
    // This week 冯十 不满意, 钱七 基本满意, 周五 满意, 郑九 满意: 2/4, 1/4, 1/4, 满意率 75%.
    // Last week 孙四 满意, 周五 基本满意, 赵六 不满意: 满意率 67%. 75 − 67 = 8.
    expect(lines).toContain('满意度 4 户：满意 50%·基本满意 25%·不满意 25%，满意率 75%，较上期↑8个百分点');
    // Not revisited: 冯十 (due 12-09), 赵六 (due 12-05), 吴八 (due 11-25, past); 王德福 was revisited.
    expect(lines).toContain('不满意待回访 3 户（1 户已过回访期限），名单请私聊我发 #待回访');
    expect(lines).toContain('微心愿未实现 2 项');
    expect(m.text).not.toMatch(reasons);
    expect(m.card?.rows.map((r) => r.text)).toContain('微心愿未实现 2 项');
  });

  it('dispatch (16–30 Nov against 1–15 Nov): one line for the village, the quiet village left out', async () => {
    const [m] = await planHalfMonthlyDispatch(t.db.prisma, sh('2026-12-01 09:00'), cadenceConfig());
    expect(m.to).toEqual({ platform: 'wechat', chatId: TOWNSHIP_GROUP });
    const lines = m.text.split('\n');
    // 16–30 Nov: 孙四 满意, 周五 满意 (26th), 冯十 不满意, 赵六 不满意, 钱七 基本满意, 郑九 满意 → 4/6 = 67%.
    // 1–15 Nov: 王德福 不满意, 孙四 满意, 周五 满意, 冯十 不满意, 吴八 不满意, 郑九 基本满意 → 3/6 = 50%.
    const at = lines.indexOf('【满意度】');
    expect(at).toBeGreaterThan(0);
    // The block, then only the line naming the attached pack (the dispatch's last line).
    expect(lines.slice(at)).toEqual([
      '【满意度】',
      '三星村：满意率 67%（不满意 2 户），较上期↑17个百分点；待回访 3 户（逾期 1）；微心愿 2 项未实现',
      expect.stringMatching(/^完整清单见附件：调度清单_后叶镇_/),
    ]);
    expect(m.text).not.toMatch(reasons);
    expect(m.text).not.toMatch(/王德福|冯十|吴八|赵六/);
  });

  it('follows UNSATISFIED_REVISIT_DAYS', async () => {
    // With 3 days, 冯十 (11-24) and 赵六 (11-20) are past due on 30 Nov too.
    const messages = await planWeeklyInspection(t.db.prisma, sh('2026-11-30 09:00'), cadenceConfig({ UNSATISFIED_REVISIT_DAYS: '3' }));
    const m = messages.find((x) => x.to.chatId === SANXING_GROUP)!;
    expect(m.text).toContain('不满意待回访 3 户（3 户已过回访期限）');
  });
});
