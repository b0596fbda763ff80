import type { CadenceSettings } from './cadence-settings.ts';
import { findCadenceRun, finishCadenceRun, insertCadenceRun } from '../storage/cadence-runs.ts';
import { isUniqueViolation } from '../storage/unique-violation.ts';
import { inTransaction, type Db } from '../storage/client.ts';
import { enqueueReplies } from '../storage/outbox.ts';
import { chatKey, type CadenceJob, type PlannedMessage } from './cadence-job.ts';
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
  deps: { db: Db; config: CadenceSettings; instance: string },
  job: CadenceJob,
  due: DueRun,
  now: Date,
  options: { dryRun?: boolean } = {},
): Promise<RunOutcome> {
  const { db, config } = deps;
  const base = { job: job.name, title: job.title, key: due.key, dueAt: due.dueAt };
  if (await findCadenceRun(db, due.key)) return { ...base, status: 'done-before', messages: [] };
  if (options.dryRun) return { ...base, status: 'preview', messages: await job.plan(db, now, config) };
  try {
    const messages = await inTransaction(
      db,
      async (tx) => {
        await insertCadenceRun(tx, { key: due.key, job: job.name, period: due.period, dueAt: due.dueAt, instance: deps.instance }, now);
        const planned = await job.plan(tx, now, config);
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
