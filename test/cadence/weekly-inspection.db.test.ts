import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { planWeeklyInspection } from '../../cadence/jobs/weekly-inspection.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { cadenceConfig, sh } from './cadence-support.ts';
import { SANXING_GROUP, resetTables, seedVillage, WUXING_GROUP } from './seed-village.ts';

describe('weekly inspection', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t.destroy();
  });
  beforeEach(async () => {
    await seedVillage(t.db.prisma);
  });
  afterEach(async () => {
    await resetTables(t.db.prisma);
  });

  const plan = () => planWeeklyInspection(t.db.prisma, sh('2026-11-23 09:00'), cadenceConfig());
  const to = async (chatId: string) => (await plan()).find((m) => m.to.chatId === chatId)!;

  it('sends one digest to each village-bound group', async () => {
    expect((await plan()).map((m) => m.to.chatId).sort()).toEqual([SANXING_GROUP, WUXING_GROUP].sort());
  });

  it("counts last week's visits per cadre and names the cadre who made none", async () => {
    const { text } = await to(SANXING_GROUP);
    expect(text).toContain('【每周督查】三星村 11月16日—22日');
    expect(text).toContain('走访：本周共3户（李明2户，王芳1户）');
    expect(text).toContain('本周未走访：张强');
  });

  it('lists households not visited for 30 days by cadre, a few each, counting the rest', async () => {
    const { text } = await to(SANXING_GROUP);
    expect(text).toContain('30天未走访：共6户');
    expect(text).toContain('· 李明：孙四、周五、冯十等4户');
    expect(text).toContain('· 王芳：钱七');
    expect(text).toContain('· 未分配干部：郑九');
  });

  it('lists overdue items with their assignee and @-mentions them, by platform id when linked', async () => {
    const m = await to(SANXING_GROUP);
    expect(m.text).toContain('台账：未销号3件，其中逾期2件');
    expect(m.text).toContain('· #2 水管破裂，全组停水（赵六）逾期11天，刘主任');
    expect(m.text).toContain('· #1 屋顶漏雨（王德福）逾期5天，李明');
    expect(m.mentions).toEqual([
      { id: null, name: '刘主任' },
      { id: 'wxid_liming', name: '李明' },
    ]);
    // 刘主任 has no WeChat account the bot knows: named, and the group told why nobody was @-ed.
    expect(m.text).toContain('未关联账号、无法提醒：刘主任（请本人在群里发“#认领 姓名”）');
    expect(m.text).not.toContain('无法提醒：刘主任、李明');
  });

  it('lists items waiting for 验收 and closed items due a 回访 (回头看) for whoever closed them', async () => {
    const p = t.db.prisma;
    await p.issue.updateMany({ where: { no: 3 }, data: { status: 'review', closedBy: '王芳', resolution: '已报镇里' } });
    await p.issue.updateMany({ where: { no: 5 }, data: { closedBy: '李明' } });
    await p.issue.updateMany({ where: { no: 4 }, data: { closedBy: '王芳' } });
    // 12月28日: #5 was closed 10月25日 (64 days), #4 on 11月5日 (53 days, not yet due).
    const weekly = async () =>
      (await planWeeklyInspection(p, sh('2026-12-28 09:00'), cadenceConfig())).find((m) => m.to.chatId === SANXING_GROUP)!;
    const m = await weekly();
    const lines = m.text.split('\n');
    expect(lines).toContain('待验收：1件（请队长或联村领导发 #验收 编号）');
    expect(lines).toContain('· #3 申请产业奖补，王芳提交销号');
    expect(lines).toContain('待回访：1件（销号满60天，请销号人回访：#回访 编号 正常）');
    expect(lines).toContain('· #5 慢病卡办理10月25日销号，李明回访');
    expect(m.text).not.toContain('#4 ');
    expect(m.mentions).toContainEqual({ id: 'wxid_liming', name: '李明' });
    // 待验收 is neither open nor closed: the open count leaves it out.
    expect(m.text).toContain('台账：未销号2件');

    // Once followed up, the item is not listed again; #4 comes due a week later.
    const liMing = await p.member.findFirstOrThrow({ where: { name: '李明' } });
    const five = await p.issue.findFirstOrThrow({ where: { no: 5 } });
    await p.issueFollowUp.create({
      data: { issueId: five.id, outcome: 'normal', by: '李明', byId: liMing.id, at: sh('2026-12-29 10:00') },
    });
    const later = (await planWeeklyInspection(p, sh('2027-01-04 09:00'), cadenceConfig())).find((x) => x.to.chatId === SANXING_GROUP)!;
    expect(later.text).not.toContain('#5 ');
    expect(later.text).toContain('· #4 助学金未到账11月5日销号，王芳回访');
  });

  it('lists items still without 时限 or 责任人, with who reported them', async () => {
    const p = t.db.prisma;
    const village = await p.village.findUniqueOrThrow({ where: { name: '三星村' } });
    await p.issue.create({
      data: { villageId: village.id, no: 6, source: 'report', category: '基础设施', description: '4组路灯坏了', reportedBy: '张强' },
    });
    await p.issue.create({
      data: {
        villageId: village.id,
        no: 7,
        source: 'report',
        category: '饮水',
        description: '水压不足',
        reportedBy: '王芳',
        assignee: '王芳',
      },
    });
    const { text } = await to(SANXING_GROUP);
    expect(text).toContain('缺时限或责任人：2件');
    expect(text).toContain('· #6 4组路灯坏了缺时限、责任人，张强登记');
    expect(text).toContain('· #7 水压不足缺时限，王芳登记');
  });

  it('gives a group with nothing to report one short line', async () => {
    const m = await to(WUXING_GROUP);
    expect(m.text).toBe('【每周督查】五星村 11月16日—22日\n本周无逾期问题，台账无待办。');
    expect(m.mentions).toEqual([]);
  });

  it('says so in one line when items are open but none is overdue', async () => {
    await t.db.prisma.issue.updateMany({ where: { status: 'open' }, data: { dueOn: '2026-12-31' } });
    expect((await to(SANXING_GROUP)).text).toContain('台账：未销号3件，本周无逾期问题');
  });

  it('attaches a card with the same lines for Lark', async () => {
    const m = await to(SANXING_GROUP);
    expect(m.card?.title).toBe('每周督查 · 三星村 11月16日—22日');
    expect(m.card?.template).toBe('orange');
    expect(m.card?.rows.map((r) => r.text)).toEqual(m.text.split('\n').slice(1));
  });
});
