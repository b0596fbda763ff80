// The cadence in 2027, a year chinese-days 1.5.7 has no arrangement for: the fixed statutory
// days hold the runs, what piled up goes out as one message per group, the township group sees
// an unchanged 逾期升级 list once a week, and the warning shows in `cli remind` and /health.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runRemind } from '../../bot/cli/remind.ts';
import { createFaqService } from '../../bot/faq-service.ts';
import { calendarWarnings } from '../../cadence/calendar-warnings.ts';
import { createWorkCalendar } from '../../cadence/work-calendar.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { createBotAndOutbox, silentLogger, testConfig } from '../support/test-bot.ts';
import { cadenceConfig, quietLogger, sh, testScheduler } from './cadence-support.ts';
import { resetTables, SANXING_GROUP, seedVillage, TOWNSHIP_GROUP } from './seed-village.ts';

describe('calendar fallback, merged runs and the weekly escalation', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t.destroy();
  });
  afterEach(async () => {
    await resetTables(t.db.prisma);
  });

  const ranAt = async (s: ReturnType<typeof testScheduler>['scheduler'], at: string) =>
    (await s.runDue(sh(at))).filter((o) => o.status === 'ran').map((o) => o.key);
  const rowsTo = async (chatId: string) =>
    t.db.prisma.outboxMessage.findMany({ where: { chatId }, orderBy: { id: 'asc' }, select: { text: true, dedupeKey: true, card: true } });

  describe('with a seeded village', () => {
    beforeEach(async () => {
      await seedVillage(t.db.prisma);
    });

    it('holds the runs of 元旦 2027 (a Friday chinese-days calls a workday) for Monday 2027-01-04', async () => {
      const { scheduler: s } = testScheduler(t.db);
      for (const at of ['2027-01-01 09:00', '2027-01-01 09:30', '2027-01-01 10:00', '2027-01-02 10:00'])
        expect(await ranAt(s, at)).toEqual([]);
      expect(await ranAt(s, '2027-01-04 08:00')).toEqual(['dispatch:2027-01-04', 'monthly:2027-01-04', 'nudge:2027-01-04']);
      // The Monday inspection keeps its own time; the nudge does not run twice.
      expect(await ranAt(s, '2027-01-04 09:00')).toEqual(['weekly:2027-01-04']);
      expect(await ranAt(s, '2027-01-04 10:00')).toEqual([]);
    });

    it('sends nothing from 除夕 through 初三 2027 and merges what piled up into one message per group', async () => {
      const { scheduler: s } = testScheduler(t.db);
      for (const at of ['2027-02-05 10:00', '2027-02-08 09:00', '2027-02-08 10:00']) expect(await ranAt(s, at)).toEqual([]);
      expect(await ranAt(s, '2027-02-09 08:00')).toEqual(['visit-day:2027-02-09', 'weekly:2027-02-09', 'nudge:2027-02-09']);

      const rows = await rowsTo(SANXING_GROUP);
      expect(rows).toHaveLength(1);
      expect(rows[0].dedupeKey).toBe('visit-day:2027-02-09+weekly:2027-02-09+nudge:2027-02-09:wechat:g:room-sanxing@chatroom:0');
      const text = rows[0].text;
      expect(text.split('\n')[0]).toBe('【今日汇总】以下3项提醒一并发送：');
      const at = (heading: string) => text.indexOf(heading);
      expect(at('【周二走访日】三星村')).toBeGreaterThan(0);
      expect(at('【每周督查】三星村')).toBeGreaterThan(at('【周二走访日】'));
      expect(at('【逾期提醒】三星村')).toBeGreaterThan(at('【每周督查】'));
      const card = JSON.parse(rows[0].card ?? '{}') as { title: string; template: string; rows: Array<{ text: string }> };
      expect(card.title).toBe('今日汇总（3项） · 三星村工作队');
      expect(card.template).toBe('orange');
      expect(card.rows.filter((r) => r.text.startsWith('【')).map((r) => r.text)).toEqual([
        '【周二走访日 · 三星村 2月9日】',
        '【每周督查 · 三星村 2月1日—7日】',
        '【逾期提醒 · 三星村】',
      ]);
      // A chat only one run writes to keeps that run's own message and key (the quiet village's
      // group gets the visit day and the inspection, so it is merged too; the township one is not).
      const township = await rowsTo(TOWNSHIP_GROUP);
      expect(township.map((r) => r.dedupeKey)).toEqual(['nudge:2027-02-09:wechat:g:room-houye@chatroom:0']);
      expect(township[0].text.startsWith('【逾期升级】')).toBe(true);
    });

    it('shows the township group an unchanged 逾期升级 list once a week, and again as soon as it changes', async () => {
      const { scheduler: s } = testScheduler(t.db);
      const escalations = async () => (await rowsTo(TOWNSHIP_GROUP)).filter((r) => r.text.startsWith('【逾期升级】'));
      const leaderNotes = async () =>
        (await t.db.prisma.outboxMessage.findMany({ where: { chatId: 'wxid_zhou' } })).filter((r) => r.text.startsWith('【逾期升级】'));

      await s.runDue(sh('2026-11-23 10:00'));
      expect((await escalations()).map((r) => r.text.split('\n')[1])).toEqual(['以下问题逾期7天及以上，请联村领导督办：']);
      // #2 alone, as yesterday: the group is not told again; the leader's private note still comes.
      await s.runDue(sh('2026-11-24 10:00'));
      expect(await escalations()).toHaveLength(1);
      expect(await leaderNotes()).toHaveLength(2);
      // #1 (due 11-18) reaches 7 days overdue on 11-25: the list changed, so it goes.
      await s.runDue(sh('2026-11-25 10:00'));
      const changed = await escalations();
      expect(changed).toHaveLength(2);
      expect(changed[1].text).toContain('#1 屋顶漏雨（王德福）逾期7天');
      for (const day of ['2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01']) await s.runDue(sh(`${day} 10:00`));
      expect(await escalations()).toHaveLength(2);
      // A week after it last saw the list, the group sees it again.
      await s.runDue(sh('2026-12-02 10:00'));
      expect(await escalations()).toHaveLength(3);
    });
  });

  describe('on a fresh database', () => {
    it('`cli remind` on 2027-01-01 says the runs move to the next workday, and why', async () => {
      const lines: string[] = [];
      const code = await runRemind(
        { config: cadenceConfig(), logger: quietLogger, db: t.db, kick: async () => 0 },
        { values: { now: '2027-01-01T09:00:00+08:00', 'dry-run': true }, positionals: [] },
        (l) => lines.push(l),
      );
      expect(code).toBe(0);
      const out = lines.join('\n');
      expect(out).toContain('2027、2028年的节假日安排没有数据（chinese-days 尚未收录），暂按固定法定节日推算');
      expect(out).toContain('今天不是工作日（元旦，按固定法定节日推算），走访日、提醒和调度顺延到 2027-01-04。');
      expect(out).toContain(
        '今天原定的提醒顺延：半月调度（原定9:00）→ 2027-01-04 08:00；月度调度（原定9:30）→ 2027-01-04 08:00；逾期提醒（原定10:00）→ 2027-01-04 08:00。',
      );
      expect(out).toContain('此刻没有到期的督查、调度或提醒。');
      expect(await t.db.prisma.cadenceRun.count()).toBe(0);
    });

    it('GET /health lists the calendar warning without calling the bot degraded', async () => {
      const calendar = createWorkCalendar();
      const config = testConfig();
      const { bot } = createBotAndOutbox({
        config,
        logger: silentLogger,
        db: t.db,
        faq: createFaqService(config),
        now: () => sh('2026-12-20 09:00'),
        warnings: (now) => calendarWarnings(calendar, now),
      });
      const health = await bot.health();
      expect(health.status).toBe('ok');
      expect(health.warnings).toHaveLength(1);
      expect(health.warnings[0]).toContain('2027年的节假日安排没有数据');
    });
  });
});
