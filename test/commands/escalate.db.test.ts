// 三级化解 (村 → 乡): `#上报 12 原因` passes an open item the village cannot solve up to the
// township; the township group is told, a township person takes it with `#接办 三星村 12`, and
// the village group is told who took it. Bad input changes nothing.
import ExcelJS from 'exceljs';
import { beforeEach, afterEach, describe, expect, it, vi } from 'vitest';
import type { IncomingMessage } from '../../core/message.ts';
import { ledgerWorkbook } from '../../sheets/ledger-workbook.ts';
import { ledgerForExport } from '../../storage/issues.ts';
import { groupMessage } from '../support/messages.ts';
import { createTestBot, handled } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const AT = new Date('2026-12-10T10:00:00+08:00');
const villageRoom = { chatId: 'sanxing-room', chatName: '三星村工作群' };
const townshipRoom = { chatId: 'houye-room', chatName: '后叶镇联村群' };
const people = {
  liming: { senderId: 'wx-liming', senderName: '李明' },
  zhaogang: { senderId: 'wx-zhaogang', senderName: '赵刚' },
  zhou: { senderId: 'wx-zhou', senderName: '周镇长' },
  wu: { senderId: 'wx-wu', senderName: '吴干事' },
};

describe('#上报 and #接办', () => {
  let t: TestDb;
  let made: ReturnType<typeof createTestBot>;

  const say = async (text: string, over: Partial<IncomingMessage>) => {
    const from = made.adapter.sent.length;
    const outcome = await handled(made.bot, groupMessage(text, { platform: 'wechat', sentAt: AT, ...over }));
    await made.outbox.drainOnce();
    const sent = made.adapter.sent.slice(from);
    const inChat = (chatId: string) =>
      sent
        .filter((m) => m.chatId === chatId)
        .map((m) => m.text)
        .join('\n');
    return { status: outcome.status, sent, inChat };
  };
  const item = (no: number) => t.db.prisma.issue.findFirstOrThrow({ where: { no, village: { name: '三星村' } } });

  beforeEach(async () => {
    t = await createTestDb();
    made = createTestBot(t.db, { platform: 'wechat', now: () => AT });
    const p = t.db.prisma;
    const township = await p.township.create({ data: { name: '后叶镇' } });
    const sanxing = await p.village.create({ data: { name: '三星村', townshipId: township.id, lastIssueNo: 2 } });
    const wuxing = await p.village.create({ data: { name: '五星村', townshipId: township.id } });
    await p.chatGroup.create({ data: { platform: 'wechat', chatId: villageRoom.chatId, kind: 'village', villageId: sanxing.id } });
    await p.chatGroup.create({ data: { platform: 'wechat', chatId: townshipRoom.chatId, kind: 'township', townshipId: township.id } });
    const member = (who: keyof typeof people, role: string, villageId: number | null) =>
      p.member.create({
        data: {
          name: people[who].senderName,
          role,
          villageId,
          townshipId: township.id,
          accounts: { create: { platform: 'wechat', platformUserId: people[who].senderId, via: 'roster' } },
        },
      });
    await member('liming', 'cadre', sanxing.id);
    await member('zhaogang', 'cadre', wuxing.id);
    await member('zhou', 'leader', null);
    await member('wu', 'cadre', null);
    const data = { villageId: sanxing.id, category: '住房', source: 'report', dueOn: '2026-12-31', createdAt: AT };
    await p.issue.create({ data: { ...data, no: 1, description: '屋顶漏雨', householdName: '王德福', assignee: '李明' } });
    await p.issue.create({ data: { ...data, no: 2, description: '墙体开裂', status: 'closed', closedAt: AT, resolution: '已修' } });
  });
  afterEach(async () => {
    await made.bot.stop();
    await t.destroy();
  });

  it('passes an open item up: marked on the same item, the township group told 村, 编号, 问题, 原因, 上报人', async () => {
    const before = await t.db.prisma.issue.count();
    const r = await say('#上报 1 需协调住建部门，村里没有资金', { ...people.liming, ...villageRoom });
    expect(r.status).toBe('handled');
    expect(r.inChat(villageRoom.chatId)).toContain('已上报后叶镇：三星村 #1');
    expect(r.inChat(villageRoom.chatId)).toContain('已通知乡镇工作群');
    const notice = r.inChat(townshipRoom.chatId);
    expect(notice).toContain('【村级上报】三星村 #1');
    expect(notice).toContain('问题：住房：屋顶漏雨（王德福）');
    expect(notice).toContain('原因：需协调住建部门，村里没有资金');
    expect(notice).toContain('上报人：李明');
    expect(notice).toContain('#接办 三星村 1');
    const one = await item(1);
    expect(one).toMatchObject({
      status: 'open',
      no: 1,
      escalatedTo: 'township',
      escalatedBy: '李明',
      escalationReason: '需协调住建部门，村里没有资金',
      escalatedAt: AT,
    });
    expect(await t.db.prisma.issue.count()).toBe(before);

    // The village's list marks it; the item in full says who, when and why.
    expect((await say('#台账', { ...people.liming, ...villageRoom })).inChat(villageRoom.chatId)).toMatch(/#1 .*屋顶漏雨.*【已上报乡镇】/);
    const detail = (await say('#台账 1', { ...people.liming, ...villageRoom })).inChat(villageRoom.chatId);
    expect(detail).toContain('已上报乡镇：李明，12月10日，原因：需协调住建部门，村里没有资金；待乡镇接办');
    expect(detail).toContain('上报乡镇：需协调住建部门');
  });

  it('asks for the reason when none is written, and changes nothing', async () => {
    const r = await say('#上报 1', { ...people.liming, ...villageRoom });
    expect(r.status).toBe('rejected');
    expect(r.inChat(villageRoom.chatId)).toContain('上报要写明原因');
    expect(r.inChat(villageRoom.chatId)).toContain('#上报 1 需协调住建部门');
    expect(r.inChat(townshipRoom.chatId)).toBe('');
    expect((await item(1)).escalatedAt).toBeNull();
    expect(await t.db.prisma.issueNote.count()).toBe(0);
  });

  it('refuses an item outside the sender’s village, and a closed one, changing nothing', async () => {
    const other = await say('#上报 1 村里解决不了', { ...people.zhaogang, ...villageRoom });
    expect(other.status).toBe('rejected');
    expect(other.inChat(villageRoom.chatId)).toContain('抱歉');
    expect(other.inChat(villageRoom.chatId)).toContain('没有做任何改动');
    const closed = await say('#上报 2 村里解决不了', { ...people.liming, ...villageRoom });
    expect(closed.inChat(villageRoom.chatId)).toContain('#2 已经销号，不能上报');
    expect(closed.inChat(townshipRoom.chatId)).toBe('');
    expect(await t.db.prisma.issue.count({ where: { escalatedAt: { not: null } } })).toBe(0);
  });

  it('says an item already passed up was passed up, and changes nothing', async () => {
    await say('#上报 1 需协调住建部门', { ...people.liming, ...villageRoom });
    const again = await say('#上报 1 再报一次', { ...people.liming, ...villageRoom });
    expect(again.status).toBe('rejected');
    expect(again.inChat(villageRoom.chatId)).toContain('#1 已于12月10日由李明上报乡镇，正等乡镇接办，无需再报');
    expect(again.inChat(townshipRoom.chatId)).toBe('');
    expect((await item(1)).escalationReason).toBe('需协调住建部门');
    expect(await t.db.prisma.issueNote.count({ where: { kind: 'escalate' } })).toBe(1);
  });

  it('keeps #上报 without a number as a new problem (#问题)', async () => {
    const r = await say('#上报 三星村4组路灯坏了', { ...people.liming, ...villageRoom });
    expect(r.status).toBe('handled');
    expect(await t.db.prisma.issue.count()).toBe(3);
  });

  it('lets a township leader take it: 责任人 changes, the village group is told who took it', async () => {
    await say('#上报 1 需协调住建部门', { ...people.liming, ...villageRoom });
    // The township's #台账 lists what its villages passed up.
    const list = (await say('#台账', { ...people.zhou, ...townshipRoom })).inChat(townshipRoom.chatId);
    expect(list).toContain('已上报乡镇 1 项');
    expect(list).toContain('三星村 #1 屋顶漏雨（原因：需协调住建部门） 待接办');

    // The village's own cadre cannot take it.
    const own = await say('#接办 1', { ...people.liming, ...villageRoom });
    expect(own.status).toBe('rejected');
    expect(own.inChat(villageRoom.chatId)).toContain('需要乡镇干部或领导');
    expect((await item(1)).takenBy).toBeNull();

    const r = await say('#接办 三星村 1', { ...people.zhou, ...townshipRoom });
    expect(r.status).toBe('handled');
    expect(r.inChat(townshipRoom.chatId)).toContain('已接办：三星村 #1，责任人改为周镇长');
    expect(r.inChat(villageRoom.chatId)).toContain('【乡镇接办】三星村 #1 住房：屋顶漏雨（王德福）');
    expect(r.inChat(villageRoom.chatId)).toContain('已由周镇长接办');
    expect(await item(1)).toMatchObject({ assignee: '周镇长', takenBy: '周镇长', takenAt: AT, status: 'open' });

    // A second taker is told; the first stays.
    const second = await say('#接办 三星村 1', { ...people.wu, ...townshipRoom });
    expect(second.inChat(townshipRoom.chatId)).toContain('#1 已由周镇长接办');
    expect((await item(1)).takenBy).toBe('周镇长');
    expect((await say('#台账', { ...people.zhou, ...townshipRoom })).inChat(townshipRoom.chatId)).toContain('周镇长接办');
    const detail = (await say('#台账 三星村 1', { ...people.zhou, ...townshipRoom })).inChat(townshipRoom.chatId);
    expect(detail).toContain('周镇长已接办');
    expect(detail).toContain('乡镇接办（原责任人李明）');

    // The export shows the escalation.
    const items = await ledgerForExport(t.db.prisma, {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await ledgerWorkbook(items, '2026-12-10').xlsx.writeBuffer());
    const sheet = wb.getWorksheet('问题台账')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const cell = String(sheet.getRow(2).getCell(header.indexOf('上报乡镇') + 1).value);
    expect(cell).toContain('2026-12-10 李明：需协调住建部门');
    expect(cell).toContain('周镇长接办');
  });

  it('refuses taking an item nobody passed up', async () => {
    const r = await say('#接办 三星村 1', { ...people.wu, ...townshipRoom });
    expect(r.status).toBe('rejected');
    expect(r.inChat(townshipRoom.chatId)).toContain('#1 没有上报乡镇');
    expect((await item(1)).assignee).toBe('李明');
  });
  it('lets a township cadre take it in a private chat, naming the village', async () => {
    await say('#上报 1 需协调住建部门', { ...people.liming, ...villageRoom });
    const r = await say('#接办 三星村 1', { ...people.wu, chatId: people.wu.senderId, chatName: null, isPrivate: true });
    expect(r.status).toBe('handled');
    expect(r.inChat(people.wu.senderId)).toContain('已接办：三星村 #1，责任人改为吴干事');
    expect(r.inChat(villageRoom.chatId)).toContain('已由吴干事接办');
    expect((await item(1)).assignee).toBe('吴干事');
  });
  it('puts the items passed up in the township’s dispatch: a line in the message, a column in the xlsx', async () => {
    await say('#上报 1 需协调住建部门', { ...people.liming, ...villageRoom });
    const r = await say('#调度', { ...people.zhou, ...townshipRoom });
    expect(r.inChat(townshipRoom.chatId)).toContain('上报乡镇：未销号1件，其中待接办1件');
    const file = r.sent.find((m) => m.file)?.file;
    expect(file).toBeTruthy();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file!.path);
    const sheet = wb.getWorksheet('问题清单')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = [2, 3].map((n) => sheet.getRow(n)).find((x) => x.getCell(header.indexOf('编号') + 1).value === 1)!;
    expect(row.getCell(header.indexOf('上报乡镇') + 1).value).toBe('已上报，待接办');
  });
});
