import cron from 'node-cron';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cadenceJobs } from '../../cadence/cadence-jobs.ts';
import type { CadenceJob } from '../../cadence/cadence-job.ts';
import type { Scheduler } from '../../cadence/scheduler.ts';
import { startCadence } from '../../cadence/start-cadence.ts';
import { openDb } from '../../storage/db.ts';
import type { Db } from '../../storage/client.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { cadenceConfig, drainOutbox, quietLogger, sh, testScheduler } from './cadence-support.ts';
import { resetTables, SANXING_GROUP, seedVillage } from './seed-village.ts';

describe('cadence scheduler', () => {
  let t: TestDb;
  const cleanup: Array<() => Promise<unknown>> = [];
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
    for (const fn of cleanup.splice(0).reverse()) await fn();
    await resetTables(t.db.prisma);
  });

  function scheduler(env: Record<string, string> = {}, db: Db = t.db, jobs?: CadenceJob[]) {
    const s = testScheduler(db, { env, jobs });
    cleanup.push(() => s.scheduler.stop());
    return s;
  }
  const ranAt = async (s: Scheduler, at: string) => (await s.runDue(sh(at))).filter((o) => o.status === 'ran').map((o) => o.key);
  const runKeys = async () => (await t.db.prisma.cadenceRun.findMany({ orderBy: { key: 'asc' } })).map((r) => r.key);
  const outboxKeys = async () => (await t.db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } })).map((r) => r.dedupeKey);

  describe('at the right instants', () => {
    it('runs the weekly inspection on Monday at 09:00, one outbox row per village group', async () => {
      const { scheduler: s } = scheduler();
      expect(await ranAt(s, '2026-11-23 09:00')).toEqual(['weekly:2026-11-23']);
      expect(await outboxKeys()).toEqual([
        'weekly:2026-11-23:wechat:g:room-sanxing@chatroom:0',
        'weekly:2026-11-23:wechat:g:room-wuxing@chatroom:0',
      ]);
    });

    it('runs nothing a minute before or a minute after a slot', async () => {
      const { scheduler: s } = scheduler();
      expect(await ranAt(s, '2026-11-23 08:59')).toEqual([]);
      expect(await ranAt(s, '2026-11-23 09:01')).toEqual([]);
      expect(await runKeys()).toEqual([]);
    });

    it('runs the visit day on Tuesday at 08:00', async () => {
      const { scheduler: s } = scheduler();
      expect(await ranAt(s, '2026-11-24 08:00')).toEqual(['visit-day:2026-11-24']);
    });

    it('runs the half-monthly dispatch at 09:00 on the 16th', async () => {
      const { scheduler: s } = scheduler();
      expect(await ranAt(s, '2026-11-16 09:00')).toEqual(['weekly:2026-11-16', 'dispatch:2026-11-16']);
    });

    it('runs the half-monthly dispatch at 09:00 and the monthly dispatch at 09:30 on the 1st', async () => {
      const { scheduler: s } = scheduler();
      expect(await ranAt(s, '2026-12-01 09:00')).toEqual(['dispatch:2026-12-01']);
      expect(await ranAt(s, '2026-12-01 09:30')).toEqual(['monthly:2026-12-01']);
    });

    it('runs the overdue nudges daily at 10:00 on a workday', async () => {
      const { scheduler: s } = scheduler();
      expect(await ranAt(s, '2026-11-25 10:00')).toEqual(['nudge:2026-11-25']);
    });

    it('kicks the outbox after queueing messages', async () => {
      const { scheduler: s, kicks } = scheduler();
      await s.runDue(sh('2026-11-23 09:00'));
      expect(kicks.count).toBe(1);
    });

    it('hands each queued message to the adapter once', async () => {
      const { scheduler: s } = scheduler();
      await s.runDue(sh('2026-11-23 10:00'));
      // Rows are due from when they were written (the real clock), so the worker runs on it too.
      const sent = await drainOutbox(t.db, new Date());
      expect(sent.map((m) => `${m.private ? 'p' : 'g'}:${m.chatId}`).sort()).toEqual([
        'g:room-houye@chatroom',
        'g:room-sanxing@chatroom',
        'p:wxid_zhao',
        'p:wxid_zhou',
      ]);
      expect(await drainOutbox(t.db, new Date())).toEqual([]);
    });

    it('runs what fell due between two looks of a cron task', async () => {
      const { scheduler: s } = scheduler();
      expect(await s.tick('weekly', sh('2026-11-23 08:59'))).toBeNull();
      expect((await s.tick('weekly', sh('2026-11-23 09:03')))?.key).toBe('weekly:2026-11-23');
    });
  });

  describe('exactly once', () => {
    it('does not run a run twice at the same instant', async () => {
      const { scheduler: s } = scheduler();
      await s.runDue(sh('2026-11-23 09:00'));
      const second = await s.runDue(sh('2026-11-23 09:00'));
      expect(second.map((o) => o.status)).toEqual(['done-before']);
      expect(await outboxKeys()).toHaveLength(2);
    });

    it('sends nothing twice across a restart and catches up what was missed once', async () => {
      const first = scheduler().scheduler;
      await first.runDue(sh('2026-11-23 09:00'));
      await first.runDue(sh('2026-11-23 10:00'));
      await first.stop();
      // Down through Tuesday's visit day and nudges; back at 11:00.
      const second = scheduler().scheduler;
      expect((await second.catchUp(sh('2026-11-24 11:00'))).filter((o) => o.status === 'ran').map((o) => o.key)).toEqual([
        'visit-day:2026-11-24',
        'nudge:2026-11-24',
      ]);
      const third = scheduler().scheduler;
      expect((await third.catchUp(sh('2026-11-24 11:30'))).filter((o) => o.status === 'ran')).toEqual([]);
      expect(await runKeys()).toEqual(['nudge:2026-11-23', 'nudge:2026-11-24', 'visit-day:2026-11-24', 'weekly:2026-11-23']);
      const keys = await outboxKeys();
      expect(new Set(keys).size).toBe(keys.length);
    });

    it('catches up only the latest missed nudge after days down, not one per day', async () => {
      const { scheduler: s } = scheduler();
      await s.catchUp(sh('2026-11-26 11:00'));
      expect((await runKeys()).filter((k) => k.startsWith('nudge:'))).toEqual(['nudge:2026-11-26']);
    });

    it('skips a catch-up too old to be useful', async () => {
      const { scheduler: s } = scheduler();
      await s.catchUp(sh('2026-11-27 15:00'));
      expect((await runKeys()).filter((k) => k.startsWith('weekly:'))).toEqual([]);
    });

    it('leaves neither the run nor any message when a run fails midway, and runs it next time', async () => {
      const weekly = cadenceJobs.find((j) => j.name === 'weekly')!;
      const broken: CadenceJob = {
        ...weekly,
        plan: async (db, now, config) => {
          const planned = await weekly.plan(db, now, config);
          // The second message has no destination: enqueueing it throws after the first is written.
          return [planned[0], { ...planned[1], to: undefined as never }];
        },
      };
      const failing = scheduler({}, t.db, [broken]).scheduler;
      await expect(failing.runDue(sh('2026-11-23 09:00'))).rejects.toThrow();
      expect(await runKeys()).toEqual([]);
      expect(await outboxKeys()).toEqual([]);
      expect(await ranAt(scheduler().scheduler, '2026-11-23 09:00')).toEqual(['weekly:2026-11-23']);
    });

    it('sends nothing from a second instance that fires just after the first', async () => {
      const other = await openDb(t.url, { migrate: false });
      cleanup.push(() => other.close());
      expect(await ranAt(scheduler({}, t.db).scheduler, '2026-11-23 10:00')).toEqual(['nudge:2026-11-23']);
      expect((await scheduler({}, other).scheduler.runDue(sh('2026-11-23 10:00'))).map((o) => o.status)).toEqual(['done-before']);
      expect(await outboxKeys()).toHaveLength(4);
    });

    // Two instances in one process on one SQLite file would block each other's event loop in
    // better-sqlite3's busy wait; on SQLite separate processes queue on the file lock instead.
    it.skipIf(process.env.TEST_DB !== 'postgres')(
      'sends each reminder once when two instances on one PostgreSQL database fire at the same instant',
      async () => {
        const other = await openDb(t.url, { migrate: false });
        cleanup.push(() => other.close());
        // A slow job keeps both instances inside their transactions at once: past the
        // "already done?" check, racing on the run key.
        const slow = cadenceJobs.map((j) => ({
          ...j,
          plan: async (...args: Parameters<CadenceJob['plan']>) => {
            await new Promise((r) => setTimeout(r, 300));
            return j.plan(...args);
          },
        }));
        const a = scheduler({}, t.db, slow).scheduler;
        const b = scheduler({}, other, slow).scheduler;
        const [ra, rb] = await Promise.all([a.runDue(sh('2026-11-23 10:00')), b.runDue(sh('2026-11-23 10:00'))]);
        expect([...ra, ...rb].map((o) => o.status).sort()).toEqual(['done-before', 'ran']);
        expect(await runKeys()).toEqual(['nudge:2026-11-23']);
        const keys = await outboxKeys();
        expect(keys).toHaveLength(4);
        expect(new Set(keys).size).toBe(4);
      },
    );
  });

  describe('quiet hours', () => {
    it('holds a run scheduled inside quiet hours until they end', async () => {
      const { scheduler: s } = scheduler({ CRON_NUDGE: '0 22 * * *' });
      expect(await ranAt(s, '2026-11-23 22:00')).toEqual([]);
      expect(await ranAt(s, '2026-11-24 07:30')).toEqual(['nudge:2026-11-24']);
    });

    it('holds a catch-up at a night-time start until quiet hours end', async () => {
      const { scheduler: s, setNow } = scheduler();
      setNow(sh('2026-11-23 23:00'));
      expect(await s.start()).toEqual([]);
      expect(await runKeys()).toEqual([]);
      expect((await s.tick('weekly', sh('2026-11-24 07:30')))?.key).toBe('weekly:2026-11-23');
    });

    it('follows QUIET_HOURS from config', async () => {
      const { scheduler: s } = scheduler({ QUIET_HOURS: '08:30-09:30' });
      expect(await ranAt(s, '2026-11-23 09:00')).toEqual([]);
      expect(await ranAt(s, '2026-11-23 09:30')).toEqual(['weekly:2026-11-23']);
    });
  });

  describe('holidays', () => {
    it('sends nothing during the National Day holiday', async () => {
      const { scheduler: s } = scheduler();
      for (const at of [
        '2026-10-01 09:00',
        '2026-10-01 09:30',
        '2026-10-01 10:00',
        '2026-10-05 09:00',
        '2026-10-06 08:00',
        '2026-10-07 10:00',
      ])
        expect(await ranAt(s, at)).toEqual([]);
    });

    it('runs every job held by National Day once, together, at the first workday at the earliest cadence time', async () => {
      const { scheduler: s } = scheduler();
      expect(await ranAt(s, '2026-10-08 07:59')).toEqual([]);
      expect(await ranAt(s, '2026-10-08 08:00')).toEqual([
        'visit-day:2026-10-08',
        'weekly:2026-10-08',
        'dispatch:2026-10-08',
        'monthly:2026-10-08',
        'nudge:2026-10-08',
      ]);
      for (const at of ['2026-10-08 09:00', '2026-10-08 09:30', '2026-10-08 10:00']) expect(await ranAt(s, at)).toEqual([]);
    });

    it('runs the nudges on the 调休 Saturday 2026-10-10', async () => {
      const { scheduler: s } = scheduler();
      expect(await ranAt(s, '2026-10-10 10:00')).toEqual(['nudge:2026-10-10']);
    });

    it("holds an ordinary weekend's nudges for Monday and runs them there once", async () => {
      const { scheduler: s } = scheduler();
      expect(await ranAt(s, '2026-11-21 10:00')).toEqual([]);
      expect(await ranAt(s, '2026-11-22 10:00')).toEqual([]);
      expect(await ranAt(s, '2026-11-23 10:00')).toEqual(['nudge:2026-11-23']);
    });

    it('moves the visit day off a local holiday in EXTRA_HOLIDAYS', async () => {
      const { scheduler: s } = scheduler({ EXTRA_HOLIDAYS: '2026-11-24' });
      expect(await ranAt(s, '2026-11-24 08:00')).toEqual([]);
      // The holiday's nudge is held for the same morning and goes with it.
      expect(await ranAt(s, '2026-11-25 08:00')).toEqual(['visit-day:2026-11-25', 'nudge:2026-11-25']);
      expect(await ranAt(s, '2026-11-25 10:00')).toEqual([]);
    });

    it('runs the nudges on a Saturday listed in EXTRA_WORKDAYS', async () => {
      const { scheduler: s } = scheduler({ EXTRA_WORKDAYS: '2026-11-28' });
      expect(await ranAt(s, '2026-11-28 10:00')).toEqual(['nudge:2026-11-28']);
    });
  });

  describe('start and stop', () => {
    it('starts node-cron tasks in Asia/Shanghai and stops every one of them', async () => {
      const before = cron.getTasks().size;
      const { scheduler: s, setNow } = scheduler();
      setNow(sh('2026-11-23 08:00'));
      await s.start();
      const mine = [...cron.getTasks().values()].filter((task) => task.name?.startsWith('cadence:'));
      expect(mine.map((task) => task.getPattern()).sort()).toContain('0 9 * * *');
      expect(mine[0].getNextRun()).not.toBeNull();
      await s.stop();
      expect(cron.getTasks().size).toBe(before);
    });

    it('startCadence catches up once and returns a stop function', async () => {
      const kicks = { count: 0 };
      const kick = async () => {
        kicks.count++;
        return 0;
      };
      const stop = await startCadence({
        config: cadenceConfig(),
        logger: quietLogger,
        db: t.db,
        kick,
        clock: () => sh('2026-11-23 11:00'),
      });
      cleanup.push(stop);
      expect(await runKeys()).toEqual(['nudge:2026-11-23', 'weekly:2026-11-23']);
      // Caught up together, as one batch: one kick.
      expect(kicks.count).toBe(1);
    });

    it('keeps running after a failed catch-up (database away) instead of failing start-up', async () => {
      const broken = cadenceJobs.map((j) => ({
        ...j,
        plan: async () => {
          throw new Error('db away');
        },
      }));
      const { scheduler: s, setNow } = scheduler({}, t.db, broken);
      setNow(sh('2026-11-23 11:00'));
      await expect(s.start()).resolves.toEqual([]);
    });
  });

  it('names the village group in the outbox row', async () => {
    const { scheduler: s } = scheduler();
    await s.runDue(sh('2026-11-23 09:00'));
    const row = await t.db.prisma.outboxMessage.findFirst({ where: { chatId: SANXING_GROUP } });
    expect(row?.text.startsWith('【每周督查】三星村')).toBe(true);
    expect(JSON.parse(row!.card!).title).toBe('每周督查 · 三星村 11月16日—22日');
  });
});
