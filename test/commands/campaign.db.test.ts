// #专项: a coverage campaign set in chat, and its progress in the weekly inspection and on the
// visit day, by 户类 and 组, with each cadre's households still to visit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planVisitDay } from '../../cadence/jobs/visit-day.ts';
import { planWeeklyInspection } from '../../cadence/jobs/weekly-inspection.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { testConfig } from '../support/test-bot.ts';
import { chats, ledgerFixture, people, type LedgerFixture } from './ledger-fixture.ts';

describe('#专项 走访全覆盖', () => {
  let t: TestDb;
  let f: LedgerFixture;
  beforeAll(async () => {
    t = await createTestDb();
    f = await ledgerFixture(t.db);
  });
  afterAll(async () => {
    await f.bot.stop();
    await t.destroy();
  });

  const campaigns = () => t.db.prisma.campaign.findMany();
  const sanxingLines = (messages: Array<{ to: { chatId: string }; text: string }>) =>
    messages.find((m) => m.to.chatId === chats.sanxing.chatId)?.text.split('\n') ?? [];

  it('refuses a cadre and changes nothing', async () => {
    const said = await f.say('#专项 走访全覆盖 脱贫户,监测户 12月31日前', people.zhangHua);
    expect(said.text).toContain('张华，抱歉，设专项需要工作队队长、联村领导或管理员来操作');
    expect(await campaigns()).toEqual([]);
  });

  it('answers a campaign without a deadline with what to write, and stores nothing', async () => {
    const said = await f.say('#专项 走访全覆盖 脱贫户', people.liMing);
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('12月31日前');
    expect(await campaigns()).toEqual([]);
  });

  it('sets the target for the group village and shows where it stands', async () => {
    const said = await f.say('#专项 走访全覆盖 脱贫户,监测户 12月31日前', people.liMing);
    expect(said.text.split('\n')).toEqual([
      '已设专项：三星村 脱贫户、监测户走访全覆盖，12月31日前完成（只算入户走访，电话、线上不算）。',
      '专项·脱贫户、监测户走访全覆盖（12月31日前，还剩36天）：已访0/5户（0%）（电话、线上联系不计入）',
      '· 按户类：脱贫户0/3，监测户0/2',
      '· 按组：1组0/1，2组0/1，3组0/1，4组0/2',
      '· 张华还需走访：王德福、李秀英',
      '· 李明还需走访：黄建军、杨春花',
      '· 王芳还需走访：周桂芳',
    ]);
    expect(await campaigns()).toMatchObject([
      { categories: '脱贫户,监测户', startsOn: '2026-11-25', dueOn: '2026-12-31', remoteCounts: false, kind: '走访全覆盖' },
    ]);
  });

  it('shows progress by 户类 and 组 in the weekly inspection, counting 入户 visits only', async () => {
    await f.say('#走访 王德福 全部达标', people.zhangHua);
    await f.say('#走访 李秀英 电话回访 全部达标', people.zhangHua);
    await f.say('#走访 周桂芳 全部达标', people.wangFang);
    const phone = await t.db.prisma.visit.findFirstOrThrow({ where: { householdName: '李秀英' } });
    expect(phone.method).toBe('电话');

    const lines = sanxingLines(await planWeeklyInspection(t.db.prisma, new Date('2026-11-30T09:00:00+08:00'), testConfig()));
    const at = lines.indexOf('专项·脱贫户、监测户走访全覆盖（12月31日前，还剩31天）：已访2/5户（40%）（电话、线上联系不计入）');
    expect(at).toBeGreaterThan(0);
    expect(lines.slice(at + 1, at + 5)).toEqual([
      '· 按户类：脱贫户1/3，监测户1/2',
      '· 按组：1组0/1，2组0/1，3组1/1，4组1/2',
      '· 李明还需走访：黄建军、杨春花',
      '· 张华还需走访：李秀英',
    ]);
  });

  it('shows the same on the visit day, and VISIT_EVERY_DAYS sets the rolling rule', async () => {
    const lines = sanxingLines(
      await planVisitDay(t.db.prisma, new Date('2026-12-01T08:00:00+08:00'), testConfig({ VISIT_EVERY_DAYS: '3' })),
    );
    expect(lines[1]).toBe('专项·脱贫户、监测户走访全覆盖（12月31日前，还剩30天）：已访2/5户（40%）（电话、线上联系不计入）');
    // With a 3-day rule, the households visited on 11-25 are due again on 12-01.
    expect(lines).toContain('今天是固定走访日，请优先走访：');
    expect(lines.join('\n')).toContain('周桂芳（6天未访）');
  });

  it('counts a phone visit for a campaign that says 电话算, and ends on its deadline', async () => {
    await f.say('#专项 走访全覆盖 监测户 12月5日前 电话算', people.liMing);
    const lines = sanxingLines(await planWeeklyInspection(t.db.prisma, new Date('2026-11-30T09:00:00+08:00'), testConfig()));
    expect(lines).toContain('专项·监测户走访全覆盖（12月5日前，还剩5天）：已访2/2户（100%）');
    expect(lines).toContain('· 已全部走访到，可回访重点户。');
    const later = sanxingLines(await planWeeklyInspection(t.db.prisma, new Date('2026-12-07T09:00:00+08:00'), testConfig()));
    expect(later.some((l) => l.startsWith('专项·监测户'))).toBe(false);
    expect(later.some((l) => l.startsWith('专项·脱贫户、监测户'))).toBe(true);
  });
  it('lists the running campaigns with a number each and where they stand; a cadre may look', async () => {
    const [all, phone] = await t.db.prisma.campaign.findMany({ orderBy: { id: 'asc' } });
    for (const who of [people.liMing, people.zhangHua]) {
      const said = await f.say('#专项', who);
      expect(said.outcome.status).toBe('handled');
      expect(said.text.split('\n')).toEqual([
        '三星村进行中的专项 2 个：',
        `${phone.id}. 监测户走访全覆盖，12月5日前：已访2/2户（100%）`,
        `${all.id}. 脱贫户、监测户走访全覆盖，12月31日前：已访2/5户（40%）`,
        '取消（队长、联村领导）：#专项 取消 编号',
      ]);
    }
  });

  it('answers a cancel without a usable number, or from a cadre, with what to do, and changes nothing', async () => {
    const [all] = await t.db.prisma.campaign.findMany({ orderBy: { id: 'asc' } });
    const noNumber = await f.say('#专项 取消', people.liMing);
    expect(noNumber.outcome.status).toBe('rejected');
    expect(noNumber.text).toContain('#专项 取消 3');
    const unknown = await f.say('#专项 取消 999', people.liMing);
    expect(unknown.text).toContain('没有编号为 999 的专项');
    const cadre = await f.say(`#专项 取消 ${all.id}`, people.zhangHua);
    expect(cadre.outcome.status).toBe('rejected');
    expect(cadre.text).toContain('张华，抱歉');
    expect(await t.db.prisma.campaign.count({ where: { cancelledAt: { not: null } } })).toBe(0);
  });

  it('ends a campaign on #专项 取消 N: gone from the list and the weekly inspection, once', async () => {
    const [all, phone] = await t.db.prisma.campaign.findMany({ orderBy: { id: 'asc' } });
    const said = await f.say(`#专项 取消 ${all.id}`, people.liMing);
    expect(said.outcome.status).toBe('handled');
    expect(said.text).toBe(`已取消专项 ${all.id}：三星村 脱贫户、监测户走访全覆盖（原定12月31日前）。督查和走访日不再显示它。`);
    expect(await t.db.prisma.campaign.findUniqueOrThrow({ where: { id: all.id } })).toMatchObject({ cancelledAt: f.now });
    const lines = sanxingLines(await planWeeklyInspection(t.db.prisma, new Date('2026-11-30T09:00:00+08:00'), testConfig()));
    expect(lines.some((l) => l.startsWith('专项·脱贫户、监测户'))).toBe(false);
    expect(lines.some((l) => l.startsWith('专项·监测户'))).toBe(true);
    expect((await f.say('#专项', people.liMing)).text).not.toContain(`${all.id}. `);
    const again = await f.say(`#专项 取消 ${all.id}`, people.liMing);
    expect(again.text).toContain('已经取消了');
    expect(again.outcome.status).toBe('rejected');
    expect((await f.say(`#专项 取消 ${phone.id}`, people.liMing)).outcome.status).toBe('handled');
    expect((await f.say('#专项', people.liMing)).text).toBe(
      '三星村目前没有进行中的专项。设专项：#专项 走访全覆盖 脱贫户,监测户 12月31日前',
    );
  });
});
