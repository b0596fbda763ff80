import type { CadenceSettings } from './cadence-settings.ts';
import { findCadenceRun, finishCadenceRun, insertCadenceRun } from '../storage/cadence-runs.ts';
import { isUniqueViolation } from '../storage/unique-violation.ts';
import { inTransaction, type Db } from '../storage/client.ts';
import type { ReplyImage } from '../core/reply.ts';
import { enqueueReplies } from '../storage/outbox.ts';
import { chatKey, type CadenceJob, type PlannedMessage } from './cadence-job.ts';
import type { DrawImages } from './draw-digest-images.ts';
import type { DueRun } from './due-runs.ts';

export interface RunOutcome {
  job: CadenceJob['name'];
  title: string;
  key: string;
  dueAt: Date;
  /** ran: this call claimed and queued it; done-before: another run (or instance) had; preview: --dry-run. */
  status: 'ran' | 'done-before' | 'preview';
  messages: PlannedMessage[];
}

/**
 * Draws the pictures of a run's digests before its transaction (drawing takes a second or
 * two, which a transaction should not be held open for), keyed by chat.
 */
async function drawnByChat(draw: DrawImages | undefined, planned: PlannedMessage[]): Promise<Map<string, ReplyImage>> {
  const out = new Map<string, ReplyImage>();
  const withChart = planned.filter((m) => m.chart);
  if (!draw || !withChart.length) return out;
  const images = await draw(withChart.map((m) => m.chart as NonNullable<PlannedMessage['chart']>));
  withChart.forEach((m, i) => {
    const image = images[i];
    if (image) out.set(chatKey(m.to), image);
  });
  return out;
}

/** The planned messages with their pictures: a chat's digest gets the one drawn for that chat. */
function withImages(planned: PlannedMessage[], images: Map<string, ReplyImage>): PlannedMessage[] {
  return planned.map((m) => {
    const image = m.chart ? images.get(chatKey(m.to)) : undefined;
    return image ? { ...m, image } : m;
  });
}

function byChat(messages: PlannedMessage[]): Map<string, PlannedMessage[]> {
  const out = new Map<string, PlannedMessage[]>();
  for (const m of messages) out.set(chatKey(m.to), [...(out.get(chatKey(m.to)) ?? []), m]);
  return out;
}

/**
 * Runs one due run exactly once across instances. The run row (unique key) is inserted
 * first, then the job reads the ledger and its messages go to the outbox, all in one
 * transaction: an instance that loses the insert race gets a unique violation and does
 * nothing, and a crash midway leaves neither the row nor half the messages.
 */
export async function runCadenceJob(
  deps: { db: Db; config: CadenceSettings; instance: string; drawImages?: DrawImages },
  job: CadenceJob,
  due: DueRun,
  now: Date,
  options: { dryRun?: boolean } = {},
): Promise<RunOutcome> {
  const { db, config } = deps;
  const base = { job: job.name, title: job.title, key: due.key, dueAt: due.dueAt };
  if (await findCadenceRun(db, due.key)) return { ...base, status: 'done-before', messages: [] };
  const drafts = deps.drawImages ? await job.plan(db, now, config) : [];
  const images = await drawnByChat(deps.drawImages, drafts);
  if (options.dryRun)
    return { ...base, status: 'preview', messages: withImages(drafts.length ? drafts : await job.plan(db, now, config), images) };
  try {
    const messages = await inTransaction(
      db,
      async (tx) => {
        await insertCadenceRun(tx, { key: due.key, job: job.name, period: due.period, dueAt: due.dueAt, instance: deps.instance }, now);
        const planned = withImages(await job.plan(tx, now, config), images);
        // One dedupe key per run and chat: the outbox itself refuses a second copy. Sendable from
        // the run's own clock, not the database's (tests drive time; the two agree in service).
        for (const [chat, replies] of byChat(planned))
          await enqueueReplies(tx, replies, { dedupeKey: `${due.key}:${chat}`, notBefore: now });
        await finishCadenceRun(tx, due.key, planned.length, now);
        return planned;
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
    return { ...base, status: 'ran', messages };
  } catch (err) {
    if (isUniqueViolation(err)) return { ...base, status: 'done-before', messages: [] };
    throw err;
  }
}
