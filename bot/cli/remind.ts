// `npm run cli -- remind --now ISO [--dry-run]`: runs the cadence due at that instant and
// prints every message with where it goes, so a leader can preview the rhythm.
import { calendarWarnings } from '../../cadence/calendar-warnings.ts';
import { cadenceJobs } from '../../cadence/cadence-jobs.ts';
import { cronSchedule } from '../../cadence/cron-schedule.ts';
import { effectiveInstant } from '../../cadence/due-runs.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createImageDrawer, type DrawImages } from '../../cadence/draw-digest-images.ts';
import { createScheduler } from '../../cadence/scheduler.ts';
import { atShanghai, shanghaiClock, shanghaiDay, weekdayOf } from '../../core/shanghai-calendar.ts';
import { calendarText, remindText } from '../../prompts/cadence.ts';
import type { Db } from '../../storage/client.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../../core/logger.ts';
import type { CliArgs } from './with-bot.ts';

export async function runRemind(
  deps: { config: Config; logger: Logger; db: Db; kick: () => Promise<unknown>; drawImages?: DrawImages },
  args: CliArgs,
  out: (line: string) => void,
): Promise<number> {
  const raw = args.values.now;
  const now = typeof raw === 'string' ? new Date(raw) : new Date();
  if (raw !== undefined && (typeof raw !== 'string' || Number.isNaN(now.getTime()))) {
    // A mistyped instant must not silently become "now" and send today's reminders.
    out(`${remindText.badNow(String(raw))}\n${remindText.usage}`);
    return 2;
  }
  const dryRun = args.values['dry-run'] === true;
  const scheduler = createScheduler({
    db: deps.db,
    config: deps.config,
    logger: deps.logger,
    drawImages: deps.drawImages ?? createImageDrawer(deps.logger),
    onEnqueued: () => {
      void deps.kick().catch(() => 0);
    },
  });
  const day = shanghaiDay(now);
  out(remindText.at(day, shanghaiClock(now), remindText.weekdays[weekdayOf(day)], dryRun));
  if (scheduler.timing.quiet.contains(now)) out(remindText.quiet(deps.config.QUIET_HOURS));
  const calendar = scheduler.timing.calendar;
  for (const warning of calendarWarnings(calendar, now)) out(warning);
  const off = calendar.dayOff(day);
  if (off) {
    const next = calendar.nextWorkday(day);
    out(remindText.offDay(next, calendarText.reason(off)));
    // The runs this day would have had, each named with its time, so the move is visible.
    const moved = cadenceJobs.flatMap((job) => {
      const schedule = cronSchedule(deps.config[job.cronKey], job.cronKey);
      if (!schedule.matchesDay(day)) return [];
      return schedule.minutesOfDay.map((m) => {
        const at = effectiveInstant(atShanghai(day, m), scheduler.timing);
        return remindText.movedRun(job.title, m, `${shanghaiDay(at)} ${shanghaiClock(at)}`);
      });
    });
    if (moved.length) out(remindText.moved(moved));
  }

  const outDir = typeof args.values.out === 'string' ? args.values.out : null;
  const outcomes = await scheduler.runDue(now, { dryRun });
  if (!outcomes.length) out(remindText.nothing);
  let written = 0;
  for (const o of outcomes) {
    out('');
    out(remindText.run(o.title, o.key, o.status, o.messages.length));
    if (o.status !== 'done-before' && !o.messages.length) out(remindText.empty);
    for (const m of o.messages) {
      out(m.to.private ? remindText.private(m.label, m.to.platform, m.to.chatId) : remindText.group(m.label, m.to.platform, m.to.chatId));
      const at = (m.mentions ?? []).map((x) => `@${x.name} `).join('');
      out(`${at}${m.text}`);
      if (m.image && outDir) {
        // One file per digest, named by run and chat, so a second preview overwrites the first.
        mkdirSync(outDir, { recursive: true });
        const file = path.join(outDir, `${o.key}-${m.to.platform}-${m.to.chatId}.png`.replace(/[^\w.\-\u4e00-\u9fff]/g, '_'));
        writeFileSync(file, m.image.png);
        out(remindText.image(file, m.image.alt));
        written++;
      } else if (m.image) out(remindText.imageNotWritten(m.image.alt));
      out('');
    }
  }
  if (outDir) out(remindText.imagesWritten(written, outDir));
  return 0;
}
