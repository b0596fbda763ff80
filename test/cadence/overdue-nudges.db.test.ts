import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { planOverdueNudges } from '../../cadence/jobs/overdue-nudges.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { cadenceConfig, sh } from './cadence-support.ts';
import { SANXING_GROUP, resetTables, seedVillage, TOWNSHIP_GROUP } from './seed-village.ts';

describe('overdue nudges', () => {
  let t: TestDb;
  let seed: Awaited<ReturnType<typeof seedVillage>>;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t.destroy();
  });
  beforeEach(async () => {
    seed = await seedVillage(t.db.prisma);
  });
  afterEach(async () => {
    await resetTables(t.db.prisma);
  });

  const plan = (at = '2026-11-23 10:00', env: Record<string, string> = {}) => planOverdueNudges(t.db.prisma, sh(at), cadenceConfig(env));

  it('sends one digest per village group for all its overdue items, @-mentioning each assignee', async () => {
    const group = (await plan()).filter((m) => m.to.chatId === SANXING_GROUP);
    expect(group).toHaveLength(1);
    expect(group[0].text.split('\n')).toEqual([
      '【逾期提醒】三星村',
      '以下2件问题已过办理期限：',
      '· #2 水管破裂，全组停水（赵六）逾期11天，刘主任',
      '· #1 屋顶漏雨（王德福）逾期5天，李明',
      '请责任人尽快办理，办完发“#销号 编号 办理结果”。',
    ]);
    expect(group[0].mentions).toEqual([
      { id: null, name: '刘主任' },
      { id: 'wxid_liming', name: '李明' },
    ]);
  });

  it('sends the village team leader a private note', async () => {
    const note = (await plan()).find((m) => m.to.private && m.to.chatId === 'wxid_zhao');
    expect(note?.to).toEqual({ platform: 'wechat', chatId: 'wxid_zhao', private: true });
    expect(note?.text).toContain('您联系的村有2件问题已过办理期限：');
  });

  it("sends no private note to a WeCom account (the bot cannot open that chat), but to the leader's WeChat one when there is", async () => {
    await t.db.prisma.memberAccount.create({
      data: { memberId: seed.zhao.id, platform: 'wecom', platformUserId: 'ZhaoShuji', via: 'roster' },
    });
    await t.db.prisma.chatGroup.create({ data: { platform: 'wecom', chatId: 'wrk-sanxing', kind: 'village', villageId: seed.sanxing.id } });
    const both = (await plan()).filter((m) => m.to.private && m.text.includes('您联系的村'));
    expect(both.map((m) => m.to)).toEqual([{ platform: 'wechat', chatId: 'wxid_zhao', private: true }]);
    await t.db.prisma.memberAccount.deleteMany({ where: { memberId: seed.zhao.id, platform: 'wechat' } });
    const wecomOnly = (await plan()).filter((m) => m.to.private && m.text.includes('您联系的村'));
    expect(wecomOnly).toEqual([]);
  });

  it('escalates an item overdue 7 days or more to the township leader and the township group', async () => {
    const messages = await plan();
    const escalated = messages.filter((m) => m.text.startsWith('【逾期升级】'));
    expect(escalated.map((m) => m.to)).toEqual([
      { platform: 'wechat', chatId: 'wxid_zhou', private: true },
      { platform: 'wechat', chatId: TOWNSHIP_GROUP },
    ]);
    expect(escalated[0].text).toContain('· 三星村 #2 水管破裂，全组停水（赵六）逾期11天，刘主任');
    expect(escalated[0].text).not.toContain('#1 ');
  });

  it('does not escalate before ESCALATE_AFTER_DAYS', async () => {
    const messages = await plan('2026-11-18 10:00');
    expect(messages.some((m) => m.text.startsWith('【逾期升级】'))).toBe(false);
    expect(await plan('2026-11-19 10:00').then((ms) => ms.some((m) => m.text.startsWith('【逾期升级】')))).toBe(true);
  });

  it('follows ESCALATE_AFTER_DAYS from config', async () => {
    const escalated = (await plan('2026-11-23 10:00', { ESCALATE_AFTER_DAYS: '3' })).find((m) => m.to.chatId === TOWNSHIP_GROUP);
    expect(escalated?.text).toContain('#1 屋顶漏雨');
  });

  it('sends the township leader the note when the village has no team leader of its own', async () => {
    await t.db.prisma.member.delete({ where: { id: seed.zhao.id } });
    const notes = (await plan('2026-11-16 10:00')).filter((m) => m.to.private);
    expect(notes.map((m) => m.to.chatId)).toEqual(['wxid_zhou']);
  });

  it('sends nothing when no item is past its deadline', async () => {
    expect(await plan('2026-11-12 10:00')).toEqual([]);
  });

  it('treats an item due today as on time', async () => {
    const messages = await plan('2026-11-18 10:00');
    expect(messages.find((m) => m.to.chatId === SANXING_GROUP)?.text).not.toContain('#1 ');
  });
});
