// A township with one busy village (三星村) and one quiet one (五星村), seeded directly
// through Prisma so these tests do not depend on the ledger or visit handlers.
import type { Prisma } from '../../storage/client.ts';

export const SANXING_GROUP = 'room-sanxing@chatroom';
export const WUXING_GROUP = 'room-wuxing@chatroom';
export const TOWNSHIP_GROUP = 'room-houye@chatroom';

const at = (iso: string) => new Date(iso);

export async function seedVillage(prisma: Prisma) {
  const township = await prisma.township.create({ data: { name: '后叶镇' } });
  const sanxing = await prisma.village.create({ data: { name: '三星村', townshipId: township.id, lastIssueNo: 5 } });
  const wuxing = await prisma.village.create({ data: { name: '五星村', townshipId: township.id } });
  await prisma.chatGroup.createMany({
    data: [
      { platform: 'wechat', chatId: SANXING_GROUP, name: '三星村工作队', kind: 'village', villageId: sanxing.id },
      { platform: 'wechat', chatId: WUXING_GROUP, name: '五星村工作队', kind: 'village', villageId: wuxing.id },
      { platform: 'wechat', chatId: TOWNSHIP_GROUP, name: '后叶镇联村群', kind: 'township', townshipId: township.id },
    ],
  });
  // People with a WeChat account linked (as a roster id would link it); 王芳 and 刘主任 have none yet.
  const wechat = (platformUserId: string) => ({ accounts: { create: { platform: 'wechat', platformUserId, via: 'roster' } } });
  const member = (name: string, role: string, extra: Record<string, unknown> = {}) =>
    prisma.member.create({ data: { name, role, villageId: sanxing.id, townshipId: township.id, ...extra } });
  const liMing = await member('李明', 'cadre', wechat('wxid_liming'));
  const wangFang = await member('王芳', 'cadre');
  const zhangQiang = await member('张强', 'cadre', wechat('wxid_zhangqiang'));
  await member('刘主任', 'cadre', { title: '村主任' });
  const zhao = await member('赵书记', 'leader', { title: '第一书记', ...wechat('wxid_zhao') });
  const zhou = await prisma.member.create({
    data: { name: '周镇长', role: 'leader', title: '联村领导', townshipId: township.id, ...wechat('wxid_zhou') },
  });

  const household = (headName: string, cadreId: number | null, group = '4组') =>
    prisma.household.create({ data: { villageId: sanxing.id, headName, group, category: '脱贫户', cadreId } });
  const wdf = await household('王德福', liMing.id);
  const lds = await household('刘大山', liMing.id);
  const ce = await household('陈二', liMing.id);
  await household('孙四', liMing.id);
  await household('周五', liMing.id);
  await household('冯十', liMing.id);
  const zl = await household('赵六', wangFang.id, '5组');
  const qq = await household('钱七', wangFang.id, '5组');
  const wb = await household('吴八', zhangQiang.id, '6组');
  await household('郑九', null, '6组');

  const visit = (h: { id: number; headName: string }, cadreId: number, visitedOn: string) =>
    prisma.visit.create({
      data: { villageId: sanxing.id, householdId: h.id, householdName: h.headName, method: '入户', visitedOn, cadreId },
    });
  await visit(wdf, liMing.id, '2026-11-17');
  await visit(lds, liMing.id, '2026-11-18');
  await visit(zl, wangFang.id, '2026-11-20');
  await visit(ce, liMing.id, '2026-10-01');
  await visit(qq, wangFang.id, '2026-10-20');
  await visit(wb, zhangQiang.id, '2026-11-10');

  const issue = (no: number, data: Record<string, unknown>) =>
    prisma.issue.create({ data: { villageId: sanxing.id, no, source: 'visit', category: '住房', description: '', ...data } as never });
  await issue(1, {
    category: '住房',
    description: '屋顶漏雨',
    householdId: wdf.id,
    householdName: '王德福',
    assignee: '李明',
    dueOn: '2026-11-18',
    createdAt: at('2026-11-10T10:00:00+08:00'),
  });
  await issue(2, {
    category: '饮水',
    description: '水管破裂，全组停水',
    householdId: zl.id,
    householdName: '赵六',
    assignee: '刘主任',
    dueOn: '2026-11-12',
    createdAt: at('2026-11-02T10:00:00+08:00'),
  });
  await issue(3, {
    category: '产业',
    description: '申请产业奖补',
    assignee: '王芳',
    dueOn: '2026-11-30',
    createdAt: at('2026-11-16T08:00:00+08:00'),
  });
  await issue(4, {
    category: '教育',
    description: '助学金未到账',
    assignee: '王芳',
    dueOn: '2026-11-10',
    status: 'closed',
    closedAt: at('2026-11-05T15:00:00+08:00'),
    createdAt: at('2026-10-20T10:00:00+08:00'),
  });
  await issue(5, {
    category: '医疗',
    description: '慢病卡办理',
    assignee: '李明',
    dueOn: '2026-10-30',
    status: 'closed',
    closedAt: at('2026-10-25T15:00:00+08:00'),
    createdAt: at('2026-10-10T10:00:00+08:00'),
  });

  return { township, sanxing, wuxing, liMing, wangFang, zhangQiang, zhao, zhou };
}

/** Empties every table these tests write, children first, so each test starts clean. */
export async function resetTables(prisma: Prisma): Promise<void> {
  await prisma.issueNote.deleteMany({});
  await prisma.issueFollowUp.deleteMany({});
  await prisma.issueDeadlineRequest.deleteMany({});
  await prisma.issue.deleteMany({});
  await prisma.visit.deleteMany({});
  await prisma.household.deleteMany({});
  await prisma.memberAccount.deleteMany({});
  await prisma.member.deleteMany({});
  await prisma.chatGroup.deleteMany({});
  await prisma.village.deleteMany({});
  await prisma.township.deleteMany({});
  await prisma.outboxMessage.deleteMany({});
  await prisma.cadenceRun.deleteMany({});
  await prisma.escalationNotice.deleteMany({});
}
