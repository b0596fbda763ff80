// #院坝会 / #恳谈会: a meeting is recorded, each opinion becomes a ledger item whose source is
// the meeting, and the exported ledger's 来源 names it.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerWorkbook } from '../../sheets/ledger-workbook.ts';
import { ledgerForExport } from '../../storage/issues.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { ledgerFixture, people, type LedgerFixture } from './ledger-fixture.ts';

describe('meetings', () => {
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

  it('records a 院坝会 and puts each opinion on the ledger, sourced to it', async () => {
    const said = await f.say('#院坝会 三星村2组 11月24日 参会32人 意见：路灯不亮；低保评议要公开', people.zhangHua);
    expect(said.text.split('\n')).toEqual([
      '已记录院坝会：三星村2组 11月24日 参会32人。',
      '2条意见已列入问题台账（来源：本次会议）：',
      '· #1 路灯不亮',
      '· #2 低保评议要公开',
      '请指定责任人和时限：#进展 编号 责任人张三 12月20日前',
    ]);
    const [meeting] = await t.db.prisma.meeting.findMany();
    expect(meeting).toMatchObject({ kind: '院坝会', group: '2组', heldOn: '2026-11-24', attendees: 32, recordedBy: '张华' });
    const items = await t.db.prisma.issue.findMany({ orderBy: { no: 'asc' } });
    expect(items.map((i) => [i.no, i.description, i.source, i.meetingId, i.group])).toEqual([
      [1, '路灯不亮', 'meeting', meeting.id, '2组'],
      [2, '低保评议要公开', 'meeting', meeting.id, '2组'],
    ]);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await ledgerWorkbook(await ledgerForExport(t.db), '2026-11-25').xlsx.writeBuffer()) as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).indexOf('来源');
    expect(header).toBeGreaterThan(0);
    expect([sheet.getRow(2).getCell(header).value, sheet.getRow(3).getCell(header).value]).toEqual([
      '院坝会（11月24日 2组）',
      '院坝会（11月24日 2组）',
    ]);
  });

  it('keeps a 恳谈会 纪要 and its opinion', async () => {
    const said = await f.say('#恳谈会 三星村 11月25日 参会15人 纪要：通报产业奖补政策 意见：奖补到账慢', people.liMing);
    expect(said.text).toContain('已记录恳谈会：三星村 11月25日 参会15人。');
    expect(said.text).toContain('纪要已存档。');
    expect(said.text).toContain('· #3 奖补到账慢');
    const talk = await t.db.prisma.meeting.findFirstOrThrow({ where: { kind: '恳谈会' } });
    expect(talk.minutes).toBe('通报产业奖补政策');
  });

  it('answers a meeting with nothing said at it with what to write, and stores nothing', async () => {
    const before = await t.db.prisma.meeting.count();
    const said = await f.say('#院坝会 三星村2组 11月24日 参会32人', people.zhangHua);
    expect(said.outcome.status).toBe('rejected');
    expect(said.text).toContain('意见：路灯不亮；低保评议要公开');
    expect(await t.db.prisma.meeting.count()).toBe(before);
  });
});
