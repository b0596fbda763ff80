import type { CadenceSettings } from './cadence-settings.ts';
import type { Logger } from '../core/logger.ts';
import type { Db } from '../storage/client.ts';
import { calendarWarnings } from './calendar-warnings.ts';
import { createImageDrawer } from './draw-digest-images.ts';
import { createScheduler } from './scheduler.ts';

/**
 * Starts the cadence for `npm start`: node-cron tasks in Asia/Shanghai and one catch-up of
 * what was missed while the bot was down. Returns the function that stops every task.
 */
export async function startCadence(deps: {
  config: CadenceSettings;
  logger: Logger;
  db: Db /** Sends what a run queued (the outbox's kick). */;
  kick: () => Promise<unknown>;
  clock?: () => Date;
}): Promise<() => Promise<void>> {
  const logger = deps.logger.child({ part: 'cadence' });
  const scheduler = createScheduler({
    db: deps.db,
    config: deps.config,
    logger,
    clock: deps.clock,
    drawImages: createImageDrawer(logger),
    onEnqueued: () => {
      void deps.kick().catch((err) => logger.warn({ err: (err as Error).message }, 'outbox kick failed'));
    },
  });
  for (const warning of calendarWarnings(scheduler.timing.calendar, deps.clock?.() ?? new Date()))
    logger.warn({ calendar: warning }, 'holiday data missing; using the fixed statutory days');
  const caught = await scheduler.start();
  const ran = caught.filter((o) => o.status === 'ran');
  if (ran.length) logger.info({ runs: ran.map((o) => o.key) }, 'cadence caught up');
  return () => scheduler.stop();
}
