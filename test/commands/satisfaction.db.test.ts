import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { unsatisfiedHouseholds } from '../../storage/satisfaction.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { chats, type LedgerFixture, ledgerFixture, people } from './ledger-fixture.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

// One database for the file (the machine is shared): each test works on its own households.
// The fixture's clock is Wednesday 2026-11-25 10:00 (Shanghai); UNSATISFIED_REVISIT_DAYS is 15.
describe('满意度 and 微心愿 recorded at a visit', () => {
  let t: TestDb;
  let f: LedgerFixture;
  beforeAll(async () => {
    t = await createTestDb();
    f = await ledgerFixture(t.db);
  });
  afterAll(async () => {
    await f?.bot.stop();
    await t?.destroy();
  });

  const sanxing = () => f.villageId('三星村');

  it('files a 微心愿 as an item of its own kind that #进展 and #销号 carry to fulfilment', async () => {
    const said = await f.say('#走访 李秀英 三星村4组 全部达标 微心愿：想要一台轮椅');
    expect(said.outcome.status).toBe('handled');
    const wish = await t.db.prisma.issue.findFirstOrThrow({ where: { householdName: '李秀英' }, include: { visit: true } });
    expect(wish).toMatchObject({ kind: 'wish', category: '微心愿', description: '想要一台轮椅', source: 'visit', status: 'open' });
    expect(wish.visit?.householdName).toBe('李秀英');
    expect(said.text).toContain(`#${wish.no} 微心愿：想要一台轮椅`);

    expect((await f.say(`#进展 ${wish.no} 已联系残联，下周送到`)).outcome.status).toBe('handled');
    expect((await f.say(`#销号 ${wish.no} 轮椅已送到`)).outcome.status).toBe('handled');
    const after = await t.db.prisma.issue.findUniqueOrThrow({ where: { id: wish.id }, include: { notes: true } });
    // A wish fulfilled waits for 验收 like any item a cadre closes.
    expect(after.status).toBe('review');
    expect(after.notes.map((n) => n.kind)).toEqual(['progress', 'close']);
  });

  it('keeps a problem written with the wish as an ordinary item', async () => {
    await f.say('#走访 吴大海 三星村4组 住房×（屋顶漏雨） 微心愿：孙子想要书包');
    const items = await t.db.prisma.issue.findMany({ where: { householdName: '吴大海' }, orderBy: { no: 'asc' } });
    expect(items.map((i) => [i.category, i.kind])).toEqual([
      ['微心愿', 'wish'],
      ['住房', null],
    ]);
  });

  it('stores the verdict on the visit and does not repeat it in the group', async () => {
    const said = await f.say('#走访 张国强 三星村3组 全部达标 满意度：不满意（低保评定有意见）', people.wangFang);
    const visit = await t.db.prisma.visit.findFirstOrThrow({ where: { householdName: '张国强' } });
    expect(visit).toMatchObject({ satisfaction: '不满意', satisfactionReason: '低保评定有意见', notes: null });
    expect(said.text).toContain('满意度已记录');
    expect(said.text).not.toMatch(/不满意|低保评定/);
  });

  it('names the verdict and the return-visit day in a private check-in', async () => {
    const said = await f.say(
      '#走访 周桂芳 三星村3组 11月20日 全部达标 满意度：不满意（路灯没修）',
      people.wangFang,
      chats.privately(people.wangFang),
    );
    expect(said.outcome.status).toBe('handled');
    // 11月20日 + 15 days.
    expect(said.text).toContain('满意度：不满意（路灯没修），请在12月5日前回访');
  });

  it('lists a 不满意 household for a return visit until a later visit records otherwise', async () => {
    const village = await sanxing();
    await f.say('#走访 陈志明 三星村1组 11月2日 全部达标 满意度：不满意（自来水没通）');
    let listed = (await unsatisfiedHouseholds(t.db.prisma, [village])).find((h) => h.householdName === '陈志明');
    expect(listed).toMatchObject({ reason: '自来水没通', visitedOn: '2026-11-02', revisited: false, cadreName: '张华' });

    // A later visit with no verdict: revisited, still listed.
    await f.say('#走访 陈志明 三星村1组 11月10日 全部达标');
    listed = (await unsatisfiedHouseholds(t.db.prisma, [village])).find((h) => h.householdName === '陈志明');
    expect(listed).toMatchObject({ revisited: true, reason: '自来水没通' });

    // A later verdict takes it off.
    await f.say('#走访 陈志明 三星村1组 11月24日 全部达标 满意度：基本满意');
    listed = (await unsatisfiedHouseholds(t.db.prisma, [village])).find((h) => h.householdName === '陈志明');
    expect(listed).toBeUndefined();
  });

  it('#待回访 in private: the responsible cadre sees their households with reason and due day, overdue marked', async () => {
    await f.say('#走访 王德福 三星村4组 11月5日 全部达标 满意度：不满意（危房改造还没批）');
    const said = await f.say('#待回访', people.zhangHua, chats.privately(people.zhangHua));
    expect(said.outcome.status).toBe('handled');
    // 11月5日 + 15 = 11月20日, before the fixture's 11月25日.
    expect(said.text).toContain('王德福（三星村4组）11月5日 不满意：危房改造还没批；已过11月20日回访期限，责任人 张华');
    // 张国强 and 周桂芳 are 王芳's households: not in 张华's list.
    expect(said.text).not.toContain('张国强');
  });

  it('#待回访 in private: the village leader sees every 不满意 household of the village', async () => {
    const said = await f.say('#待回访', people.liMing, chats.privately(people.liMing));
    for (const name of ['王德福', '张国强', '周桂芳']) expect(said.text).toContain(name);
    expect(said.text).toContain('周桂芳（三星村3组）11月20日 不满意：路灯没修；请在12月5日前回访');
  });

  it('#待回访 in a group names nobody and changes nothing', async () => {
    const said = await f.say('#待回访', people.liMing);
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('私聊');
    expect(said.text).not.toMatch(/王德福|张国强|周桂芳|不满意：/);
  });

  it('#统计 in the group shows shares and counts, never a household', async () => {
    // This week (11月23日—29日) 三星村 has: 张国强 不满意 (11月25日), 陈志明 基本满意 (11月24日),
    // and 满意 from 杨春花 below: 1/3 each. Last week (11月16日—22日): 周桂芳 不满意 only → 0%.
    await f.say('#走访 杨春花 三星村1组 全部达标 满意度：满意');
    const said = await f.say('#统计', people.liMing);
    expect(said.text).toContain('满意度 3 户：满意 33%·基本满意 33%·不满意 33%，满意率 67%，较上期↑67个百分点');
    // Not revisited since the 不满意 visit: 张国强, 周桂芳, 王德福 (陈志明 was taken off).
    expect(said.text).toContain('不满意待回访 3 户（1 户已过回访期限）');
    // 李秀英's wish was fulfilled; 吴大海's is open.
    expect(said.text).toContain('微心愿未实现 1 项');
    expect(said.text).not.toMatch(/张国强|周桂芳|王德福|杨春花/);
  });
});
