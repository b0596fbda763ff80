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
import { runCadenceJob, type RunOutcome } from './run-cadence-job.ts';
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
  jobs?: CadenceJob[];
  /** A run that failed (database away) is tried again after this long. */
  retryMs?: number;
  /** Draws the digests' pictures; without it digests go as text only. */
  drawImages?: DrawImages;
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
  const timing: CadenceTiming = {
    calendar: createWorkCalendar({ extraHolidays: config.EXTRA_HOLIDAYS, extraWorkdays: config.EXTRA_WORKDAYS }),
    quiet: parseQuietHours(config.QUIET_HOURS),
  };
  // Parsed up front, so a bad CRON_* stops start-up with a message naming the key.
  const entries: Array<{ job: CadenceJob; schedule: CronSchedule }> = (deps.jobs ?? cadenceJobs).map((job) => ({
    job,
    schedule: cronSchedule(config[job.cronKey], job.cronKey),
  }));
  const lastLooked = new Map<JobName, Date>();
  const busy = new Map<JobName, Promise<unknown>>();
  const tasks: Array<ReturnType<typeof cron.schedule>> = [];
  const retries = new Set<NodeJS.Timeout>();
  let stopped = false;

  async function evaluate(
    entry: { job: CadenceJob; schedule: CronSchedule },
    now: Date,
    since: Date | null,
    dryRun: boolean,
  ): Promise<RunOutcome | null> {
    const due = latestDueRun(entry.job.name, entry.schedule, timing, now, since, { sameDay: entry.job.sameDayOnly });
    if (!due) return null;
    const outcome = await runCadenceJob({ db, config, instance, drawImages: deps.drawImages }, entry.job, due, now, { dryRun });
    if (outcome.status === 'ran') {
      logger.info({ run: outcome.key, messages: outcome.messages.length, instance }, 'cadence run');
      if (outcome.messages.length) deps.onEnqueued?.();
    } else if (outcome.status === 'done-before') {
      logger.debug({ run: outcome.key }, 'cadence run already done');
    }
    return outcome;
  }

  /**
   * Runs every job due at `now`: by default those whose run falls within now's minute;
   * with `since`, those that fell due after it; with `since: null`, the latest missed one.
   */
  async function runDue(now: Date = clock(), options: { dryRun?: boolean; since?: Date | null } = {}): Promise<RunOutcome[]> {
    const since = options.since === undefined ? new Date(Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS - 1) : options.since;
    const outcomes: RunOutcome[] = [];
    for (const entry of entries) {
      const outcome = await evaluate(entry, now, since, options.dryRun ?? false);
      if (outcome) outcomes.push(outcome);
    }
    return outcomes;
  }

  /** On start: each job's latest missed run, once (see latestDueRun for what is too old). */
  function catchUp(now: Date = clock()): Promise<RunOutcome[]> {
    return runDue(now, { since: null });
  }

  /** One job's look at the clock: runs what fell due since its last look. */
  function tick(name: JobName, now: Date = clock()): Promise<RunOutcome | null> {
    const entry = entries.find((e) => e.job.name === name);
    if (!entry) return Promise.resolve(null);
    const previous = busy.get(name) ?? Promise.resolve();
    const next = previous.then(async () => {
      // Inside quiet hours nothing runs and nothing is marked seen: it all waits for the end.
      if (stopped || timing.quiet.contains(now)) return null;
      try {
        const outcome = await evaluate(entry, now, lastLooked.get(name) ?? null, false);
        lastLooked.set(name, now);
        return outcome;
      } catch (err) {
        logger.error({ err, job: name }, 'cadence run failed; will retry');
        if (!stopped) {
          const timer = setTimeout(() => {
            retries.delete(timer);
            void tick(name);
          }, deps.retryMs ?? MINUTE_MS);
          timer.unref();
          retries.add(timer);
        }
        return null;
      }
    });
    busy.set(
      name,
      next.catch(() => {}),
    );
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
              void tick(entry.job.name);
            },
            { timezone: SHANGHAI_TIMEZONE, name: `cadence:${entry.job.name}:${i}`, noOverlap: true },
          ),
        );
      }
    }
    const outcomes: RunOutcome[] = [];
    for (const entry of entries) {
      const outcome = await tick(entry.job.name);
      if (outcome) outcomes.push(outcome);
    }
    return outcomes;
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
    await Promise.all([...busy.values()]);
  }

  return { runDue, catchUp, tick, start, stop, timing, tasks: () => tasks.length };
}
