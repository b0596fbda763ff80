import cron from 'node-cron';
import type { CadenceSettings } from './cadence-settings.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../storage/client.ts';
import type { CadenceJob, JobName } from './cadence-job.ts';
import { cadenceJobs } from './cadence-jobs.ts';
import { cronSchedule, type CronSchedule } from './cron-schedule.ts';
import { latestDueRun, type CadenceTiming } from './due-runs.ts';
import { parseQuietHours } from './quiet-hours.ts';
import type { DrawImages } from './draw-digest-images.ts';
import { runCadenceBatch, type RunOutcome } from './run-cadence-job.ts';
import { SHANGHAI_TIMEZONE } from '../core/shanghai-calendar.ts';
import { createWorkCalendar } from './work-calendar.ts';

export interface SchedulerDeps {
  db: Db;
  config: CadenceSettings;
  logger: Logger;
  /** Recorded on each run it claims (INSTANCE_ID by default). */
  instance?: string;
  /** The clock; tests drive time through it (and through runDue's `now`). */
  clock?: () => Date;
  /** Called after a run queued messages (the bot kicks its outbox). */
  onEnqueued?: () => void;
  /** Draws the digests' pictures (a child process); without it digests go as text only. */
  drawImages?: DrawImages;
  jobs?: CadenceJob[];
  /** A run that failed (database away) is tried again after this long. */
  retryMs?: number;
}

export type Scheduler = ReturnType<typeof createScheduler>;

const MINUTE_MS = 60_000;

/**
 * The cadence's clock work. `runDue(now)` runs what is due at that minute; `catchUp(now)`
 * runs, per job, the latest run missed while the bot was down; `start()` puts node-cron
 * tasks (Asia/Shanghai) on every minute a run can fall on, each evaluating what became due
 * since it last looked. Whether a run already happened is the database's call (a unique
 * run key), so any number of instances may do this at once.
 */
export function createScheduler(deps: SchedulerDeps) {
  const { db, config, logger } = deps;
  const clock = deps.clock ?? (() => new Date());
  const instance = deps.instance ?? config.INSTANCE_ID;
  // Parsed up front, so a bad CRON_* stops start-up with a message naming the key.
  const entries: Array<{ job: CadenceJob; schedule: CronSchedule }> = (deps.jobs ?? cadenceJobs).map((job) => ({
    job,
    schedule: cronSchedule(config[job.cronKey], job.cronKey),
  }));
  const timing: CadenceTiming = {
    calendar: createWorkCalendar({ extraHolidays: config.EXTRA_HOLIDAYS, extraWorkdays: config.EXTRA_WORKDAYS }),
    quiet: parseQuietHours(config.QUIET_HOURS),
    // After a holiday everything held goes at the cadence's earliest time of day, together.
    afterHolidayMinute: Math.min(...entries.flatMap((e) => e.schedule.minutesOfDay)),
  };
  const lastLooked = new Map<JobName, Date>();
  const tasks: Array<ReturnType<typeof cron.schedule>> = [];
  const retries = new Set<NodeJS.Timeout>();
  let stopped = false;

  function report(outcomes: RunOutcome[]): void {
    for (const outcome of outcomes) {
      if (outcome.status === 'ran')
        logger.info({ run: outcome.key, messages: outcome.messages.length, batch: outcome.batch, instance }, 'cadence run');
      else if (outcome.status === 'done-before') logger.debug({ run: outcome.key }, 'cadence run already done');
    }
    if (outcomes.some((o) => o.status === 'ran' && o.messages.length)) deps.onEnqueued?.();
  }

  /** Runs, as one batch, what is due at `now` of the given jobs (each looking back to its own `since`). */
  async function evaluate(
    due: Array<{ entry: { job: CadenceJob; schedule: CronSchedule }; since: Date | null }>,
    now: Date,
    dryRun: boolean,
  ): Promise<RunOutcome[]> {
    const runs = due.flatMap(({ entry, since }) => {
      const run = latestDueRun(entry.job.name, entry.schedule, timing, now, since, { sameDay: entry.job.sameDayOnly });
      return run ? [{ job: entry.job, due: run }] : [];
    });
    if (!runs.length) return [];
    const outcomes = await runCadenceBatch({ db, config, instance, drawImages: deps.drawImages }, runs, now, { dryRun });
    report(outcomes);
    // In the jobs' order, whatever order the database answered in.
    return runs.map((r) => outcomes.find((o) => o.key === r.due.key)).filter((o): o is RunOutcome => o !== undefined);
  }

  /**
   * Runs every job due at `now`: by default those whose run falls within now's minute;
   * with `since`, those that fell due after it; with `since: null`, the latest missed one.
   * Runs due together go out together: one message per chat.
   */
  async function runDue(now: Date = clock(), options: { dryRun?: boolean; since?: Date | null } = {}): Promise<RunOutcome[]> {
    const since = options.since === undefined ? new Date(Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS - 1) : options.since;
    return evaluate(
      entries.map((entry) => ({ entry, since })),
      now,
      options.dryRun ?? false,
    );
  }

  /** On start: each job's latest missed run, once (see latestDueRun for what is too old). */
  function catchUp(now: Date = clock()): Promise<RunOutcome[]> {
    return runDue(now, { since: null });
  }

  /** One job's look at the clock: runs what fell due since its last look. */
  async function tick(name: JobName, now: Date = clock()): Promise<RunOutcome | null> {
    const outcomes = await look([name], now);
    return outcomes[0] ?? null;
  }

  /** Every job's look at the clock at once, so runs due together are sent together. */
  function tickAll(now: Date = clock()): Promise<RunOutcome[]> {
    return look(
      entries.map((e) => e.job.name),
      now,
    );
  }

  // One look at a time: two cron tasks firing in the same minute must not run a batch twice.
  let busy: Promise<unknown> = Promise.resolve();
  function look(names: JobName[], now: Date): Promise<RunOutcome[]> {
    const next = busy.then(async () => {
      // Inside quiet hours nothing runs and nothing is marked seen: it all waits for the end.
      if (stopped || timing.quiet.contains(now)) return [];
      const chosen = entries.filter((e) => names.includes(e.job.name));
      try {
        const outcomes = await evaluate(
          chosen.map((entry) => ({ entry, since: lastLooked.get(entry.job.name) ?? null })),
          now,
          false,
        );
        for (const e of chosen) lastLooked.set(e.job.name, now);
        return outcomes;
      } catch (err) {
        logger.error({ err, jobs: names }, 'cadence run failed; will retry');
        if (!stopped) {
          const timer = setTimeout(() => {
            retries.delete(timer);
            void look(names, clock());
          }, deps.retryMs ?? MINUTE_MS);
          timer.unref();
          retries.add(timer);
        }
        return [];
      }
    });
    busy = next.catch(() => {});
    return next;
  }

  /** Cron patterns covering every minute a job's run can fall on: its own times and the end of quiet hours. */
  function patternsFor(schedule: CronSchedule): string[] {
    const hours = [...new Set(schedule.minutesOfDay.map((m) => Math.floor(m / 60)))];
    const minutes = [...new Set(schedule.minutesOfDay.map((m) => m % 60))];
    const patterns = [`${minutes.join(',')} ${hours.join(',')} * * *`];
    const q = timing.quiet.endMinute;
    if (!schedule.minutesOfDay.includes(q)) patterns.push(`${q % 60} ${Math.floor(q / 60)} * * *`);
    return patterns;
  }

  /** Starts the node-cron tasks, then catches up once. */
  async function start(): Promise<RunOutcome[]> {
    stopped = false;
    for (const entry of entries) {
      for (const [i, pattern] of patternsFor(entry.schedule).entries()) {
        tasks.push(
          cron.schedule(
            pattern,
            () => {
              void tickAll();
            },
            { timezone: SHANGHAI_TIMEZONE, name: `cadence:${entry.job.name}:${i}`, noOverlap: true },
          ),
        );
      }
    }
    return tickAll();
  }

  /** Stops every cron task and pending retry, and waits for a run in progress. */
  async function stop(): Promise<void> {
    stopped = true;
    for (const task of tasks.splice(0)) {
      await task.stop();
      await task.destroy();
    }
    for (const timer of retries) clearTimeout(timer);
    retries.clear();
    await busy;
  }

  return { runDue, catchUp, tick, tickAll, start, stop, timing, tasks: () => tasks.length };
}
