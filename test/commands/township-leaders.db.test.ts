// Township leaders and 联村领导 as users: the roster's 乡镇领导 sheet, a 镇长 named on household
// rows, `#任命` in chat, reading the ledger from the township group or privately, and the
// overdue escalation reaching a township leader's private chat through the outbox.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../bot/cli/import.ts';
import { cadenceJobs } from '../../cadence/cadence-jobs.ts';
import { runCadenceJob } from '../../cadence/run-cadence-job.ts';
import type { IncomingMessage } from '../../core/message.ts';
import { groupMessage } from '../support/messages.ts';
import { createTestBot, handled, testConfig } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

const AT = new Date('2026-12-10T10:00:00+08:00');
const HOUSEHOLD_HEADER = ['乡镇', '村', '组', '户主', '户类', '帮扶责任人', '职务', '责任人微信ID'];

async function writeRoster(file: string) {
  const wb = new ExcelJS.Workbook();
  const households = wb.addWorksheet('花名册');
  households.addRow(HOUSEHOLD_HEADER);
  households.addRow(['后叶镇', '三星村', '1组', '王德福', '脱贫户', '李明', '第一书记', 'wx-liming']);
  households.addRow(['后叶镇', '三星村', '2组', '刘大山', '脱贫户', '周镇长', '镇长', 'wx-zhou']);
  households.addRow(['后叶镇', '五星村', '1组', '赵六', '监测户', '周镇长', '镇长', 'wx-zhou']);
  households.addRow(['后叶镇', '红岩村', '1组', '钱七', '脱贫户', '陈静', '驻村工作队员', 'wx-chenjing']);
  const leaders = wb.addWorksheet('乡镇领导');
  leaders.addRow(['姓名', '职务', '乡镇', '联系村', '微信ID']);
  leaders.addRow(['王委员', '联村领导', '后叶镇', '三星村、五星村', 'wx-wang']);
  leaders.addRow(['吴书记', '党委书记', '后叶镇', '', 'wx-wu']);
  leaders.addRow(['', '联村领导', '后叶镇', '红岩村', '']);
  await wb.xlsx.writeFile(file);
}

const admin = { platform: 'wechat' as const, senderId: 'wx-admin', senderName: '县管理员' };
const township = { chatId: 'houye-room', chatName: '后叶镇联村群' };
const privately = (senderId: string) => ({ chatId: senderId, chatName: null, isPrivate: true });

describe('township leaders and 联村领导', () => {
  let t: TestDb;
  let dir: string;
  let made: ReturnType<typeof createTestBot>;
  const importOut: string[] = [];
  let importCode: number;

  const say = async (text: string, over: Partial<IncomingMessage>) => {
    const from = made.adapter.sent.length;
    const outcome = await handled(made.bot, groupMessage(text, { platform: 'wechat', sentAt: AT, ...over }));
    await made.outbox.drainOnce();
    return { status: outcome.status, sent: made.adapter.sent.slice(from) };
  };

  beforeAll(async () => {
    t = await createTestDb();
    dir = mkdtempSync(path.join(tmpdir(), 'township-'));
    const file = path.join(dir, '花名册.xlsx');
    await writeRoster(file);
    importCode = await runImport(t.db, { values: {}, positionals: [file] }, (l) => importOut.push(l));
    made = createTestBot(t.db, { platform: 'wechat', config: testConfig({ ADMIN_IDS: 'wechat:wx-admin' }), now: () => AT });
    await say('#绑定 乡镇 后叶镇', { ...admin, ...township });
    const sanxing = await t.db.prisma.village.findUniqueOrThrow({ where: { name: '三星村' } });
    const hongyan = await t.db.prisma.village.findUniqueOrThrow({ where: { name: '红岩村' } });
    const item = (villageId: number, no: number, description: string, dueOn: string) =>
      t.db.prisma.issue.create({
        data: {
          villageId,
          no,
          category: '住房',
          description,
          source: 'report',
          assignee: '李明',
          dueOn,
          createdAt: new Date('2026-11-20T10:00:00+08:00'),
        },
      });
    await item(sanxing.id, 1, '屋顶漏雨', '2026-11-30');
    await item(hongyan.id, 1, '水渠堵塞', '2026-12-01');
  });
  afterAll(async () => {
    await made.bot.stop();
    await t.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads township leaders from the roster: a 镇长 is one township leader, not a village leader', async () => {
    expect(importOut.join('\n')).toContain('乡镇领导：2 人，联系村 2 个');
    // The row without a name is reported and left out.
    expect(importOut.join('\n')).toMatch(/第 4 行：乡镇领导表：姓名、职务、乡镇都要填/);
    expect(importCode).toBe(1);
    const zhou = await t.db.prisma.member.findMany({ where: { name: '周镇长' }, include: { township: true, leadVillages: true } });
    expect(zhou).toHaveLength(1);
    expect(zhou[0]).toMatchObject({ role: 'leader', villageId: null, title: '镇长', township: { name: '后叶镇' }, leadVillages: [] });
    // Still the 帮扶责任人 of their households in both villages.
    expect(await t.db.prisma.household.count({ where: { cadreId: zhou[0].id } })).toBe(2);
    const wang = await t.db.prisma.member.findFirstOrThrow({
      where: { name: '王委员' },
      include: { leadVillages: { include: { village: true } } },
    });
    expect(wang).toMatchObject({ role: 'leader', villageId: null, title: '联村领导' });
    expect(wang.leadVillages.map((l) => l.village.name).sort()).toEqual(['三星村', '五星村']);
    expect(await t.db.prisma.member.findFirstOrThrow({ where: { name: '吴书记' } })).toMatchObject({ role: 'leader', villageId: null });
  });

  it('a re-import changes nothing: the same people, the same links', async () => {
    const before = await t.db.prisma.member.count();
    const links = await t.db.prisma.leaderVillage.count();
    await runImport(t.db, { values: {}, positionals: [path.join(dir, '花名册.xlsx')] }, () => {});
    expect(await t.db.prisma.member.count()).toBe(before);
    expect(await t.db.prisma.leaderVillage.count()).toBe(links);
  });

  it('lets a 镇长 read the whole township privately and in the township group', async () => {
    const own = await say('#台账', { platform: 'wechat', senderId: 'wx-zhou', senderName: '周镇长', ...privately('wx-zhou') });
    expect(own.sent[0]).toMatchObject({ chatId: 'wx-zhou', private: true });
    expect(own.sent[0].text).toContain('后叶镇');
    expect(own.sent[0].text).toContain('屋顶漏雨');
    expect(own.sent[0].text).toContain('水渠堵塞');
    const group = await say('#统计', { platform: 'wechat', senderId: 'wx-zhou', senderName: '周镇长', ...township });
    expect(group.status).toBe('handled');
    expect(group.sent[0].text).toContain('后叶镇');
  });

  it('lets a 联村领导 read their 联系村 only', async () => {
    const wang = { platform: 'wechat' as const, senderId: 'wx-wang', senderName: '王委员' };
    const own = await say('#台账', { ...wang, ...privately('wx-wang') });
    expect(own.sent[0].text).toContain('屋顶漏雨');
    expect(own.sent[0].text).not.toContain('水渠堵塞');
    const inGroup = await say('#台账', { ...wang, ...township });
    expect(inGroup.sent[0].text).toContain('三星村、五星村');
    expect(inGroup.sent[0].text).not.toContain('水渠堵塞');
    const other = await say('#台账 红岩村', { ...wang, ...township });
    expect(other.status).toBe('rejected');
    expect(other.sent[0].text).toContain('红岩村');
  });

  it('#任命 by an admin makes a township leader and a 联村领导; anyone else is refused and nothing changes', async () => {
    const refused = await say('#任命 孙镇长 乡镇领导 后叶镇', {
      platform: 'wechat',
      senderId: 'wx-liming',
      senderName: '李明',
      ...township,
    });
    expect(refused.status).toBe('rejected');
    expect(refused.sent[0].text).toContain('管理员');
    expect(await t.db.prisma.member.count({ where: { name: '孙镇长' } })).toBe(0);

    const sun = await say('#任命 孙镇长 乡镇领导 后叶镇', { ...admin, ...township });
    expect(sun.sent[0].text).toContain('已任命：孙镇长为后叶镇乡镇领导');
    expect(sun.sent[0].text).toContain('#认领 孙镇长');
    expect(await t.db.prisma.member.findFirstOrThrow({ where: { name: '孙镇长' }, include: { township: true } })).toMatchObject({
      role: 'leader',
      villageId: null,
      title: '乡镇领导',
      township: { name: '后叶镇' },
    });

    const li = await say('#任命 李委员 联村领导 红岩村,五星村', { ...admin, ...township });
    expect(li.sent[0].text).toContain('已任命：李委员为红岩村、五星村联村领导');
    const links = await t.db.prisma.leaderVillage.findMany({ where: { member: { name: '李委员' } }, include: { village: true } });
    expect(links.map((l) => l.village.name).sort()).toEqual(['五星村', '红岩村']);

    // Appointing again replaces the 联系村 instead of adding a second person.
    await say('#任命 李委员 联村领导 红岩村', { ...admin, ...township });
    expect(await t.db.prisma.member.count({ where: { name: '李委员' } })).toBe(1);
    expect(await t.db.prisma.leaderVillage.count({ where: { member: { name: '李委员' } } })).toBe(1);
  });

  it('#任命 with an unknown place or no title says what to write and appoints nobody', async () => {
    const before = await t.db.prisma.member.count();
    expect((await say('#任命 钱镇长 乡镇领导 前进乡', { ...admin, ...township })).sent[0].text).toContain(
      '没有找到乡镇“前进乡”（已有：后叶镇）',
    );
    expect((await say('#任命 钱委员 联村领导 青石村', { ...admin, ...township })).sent[0].text).toContain('没有找到村：青石村');
    expect((await say('#任命 钱镇长 后叶镇', { ...admin, ...township })).sent[0].text).toContain('#任命 周镇长 乡镇领导 后叶镇');
    expect(await t.db.prisma.member.count()).toBe(before);
  });

  it("escalates an item overdue a week to the 镇长's private chat, through the outbox", async () => {
    // 周镇长's WeChat account is linked by the roster's id on their first message (above).
    const job = cadenceJobs.find((j) => j.name === 'nudge')!;
    const now = new Date('2026-12-10T10:00:00+08:00');
    const outcome = await runCadenceJob(
      { db: t.db, config: made.config, instance: 'test' },
      job,
      { job: 'nudge', key: 'nudge:2026-12-10', period: '2026-12-10', slot: now, dueAt: now },
      now,
    );
    expect(outcome.status).toBe('ran');
    const from = made.adapter.sent.length;
    await made.outbox.drainOnce();
    const toZhou = made.adapter.sent.slice(from).filter((m) => m.chatId === 'wx-zhou');
    expect(toZhou).toHaveLength(1);
    expect(toZhou[0].private).toBe(true);
    expect(toZhou[0].text).toContain('【逾期升级】后叶镇');
    expect(toZhou[0].text).toContain('屋顶漏雨');
    expect(toZhou[0].text).toContain('水渠堵塞');
    // The 联村领导 gets the items of their own villages only.
    const toWang = made.adapter.sent.slice(from).filter((m) => m.chatId === 'wx-wang');
    expect(toWang).toHaveLength(1);
    expect(toWang[0].text).toContain('屋顶漏雨');
    expect(toWang[0].text).not.toContain('水渠堵塞');
    // And the township group hears it too.
    expect(made.adapter.sent.slice(from).some((m) => m.chatId === township.chatId && m.text.includes('逾期升级'))).toBe(true);
  });
});
