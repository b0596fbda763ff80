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

  it('chases items without 时限 or 责任人 every day, and the team leader after MISSING_ESCALATE_DAYS', async () => {
    const p = t.db.prisma;
    await p.issue.create({
      data: {
        villageId: seed.sanxing.id,
        no: 6,
        source: 'report',
        category: '基础设施',
        description: '4组路灯坏了',
        reportedBy: '张强',
        createdAt: sh('2026-11-19 10:00'),
      },
    });
    await p.issue.create({
      data: {
        villageId: seed.sanxing.id,
        no: 7,
        source: 'report',
        category: '饮水',
        description: '水压不足',
        reportedBy: '王芳',
        assignee: '王芳',
        createdAt: sh('2026-11-10 10:00'),
      },
    });
    const group = (await plan()).find((m) => m.to.chatId === SANXING_GROUP)!;
    expect(group.text).toContain('以下2件问题还没有时限或责任人：');
    expect(group.text).toContain('· #6 4组路灯坏了缺时限、责任人，张强登记');
    expect(group.text).toContain('· #7 水压不足缺时限，王芳登记');
    expect(group.text).toContain('请补上：#进展 编号 时限12月10日前 责任人张三');
    expect(group.mentions).toContainEqual({ id: 'wxid_zhangqiang', name: '张强' });

    // #6 has neither and is 4 days old: the team leader is told privately; #7 has an assignee.
    const note = (await plan()).find((m) => m.to.private && m.to.chatId === 'wxid_zhao')!;
    expect(note.text).toContain('以下1件问题登记超过3天，仍没有时限和责任人，请定人定时限：');
    expect(note.text).toContain('· #6 4组路灯坏了缺时限、责任人，张强登记');
    expect(note.text).not.toContain('#7 ');
    const later = (await plan('2026-11-23 10:00', { MISSING_ESCALATE_DAYS: '5' })).find((m) => m.to.chatId === 'wxid_zhao')!;
    expect(later.text).not.toContain('#6 ');

    // With nothing overdue, the chase still goes out; filled in, the item drops off.
    await p.issue.updateMany({ where: { no: { in: [1, 2, 3] } }, data: { status: 'closed', closedAt: sh('2026-11-22 10:00') } });
    await p.issue.updateMany({ where: { no: 7 }, data: { dueOn: '2026-12-10' } });
    const onlyChase = (await plan()).find((m) => m.to.chatId === SANXING_GROUP)!;
    expect(onlyChase.text.split('\n')).toEqual([
      '【逾期提醒】三星村',
      '以下1件问题还没有时限或责任人：',
      '· #6 4组路灯坏了缺时限、责任人，张强登记',
      '请补上：#进展 编号 时限12月10日前 责任人张三',
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
