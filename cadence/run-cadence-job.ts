import type { CadenceSettings } from './cadence-settings.ts';
import { findCadenceRun, finishCadenceRun, insertCadenceRun } from '../storage/cadence-runs.ts';
import { saveEscalationNotice } from '../storage/escalation-notices.ts';
import { isUniqueViolation } from '../storage/unique-violation.ts';
import { inTransaction, type Db } from '../storage/client.ts';
import { enqueueReplies } from '../storage/outbox.ts';
import type { ReplyImage } from '../core/reply.ts';
import { chatKey, type CadenceJob, type PlannedMessage } from './cadence-job.ts';
import type { DrawImages } from './draw-digest-images.ts';
import type { DueRun } from './due-runs.ts';
import { mergeDigests } from './merge-digests.ts';

export interface RunOutcome {
  job: CadenceJob['name'];
  title: string;
  key: string;
  dueAt: Date;
  /** ran: this call claimed and queued it; done-before: another run (or instance) had; preview: --dry-run. */
  status: 'ran' | 'done-before' | 'preview';
  /** What the job planned; a chat several runs of one batch write to gets them merged into one message. */
  messages: PlannedMessage[];
  /** The keys of the runs it went out with, when several ran at once (each chat got one message). */
  batch?: string[];
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
function withImages(planned: PlannedMessage[], images: Map<string, ReplyImage> | undefined): PlannedMessage[] {
  if (!images?.size) return planned;
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
 * What a batch of runs sends: per chat, one message when several runs write to it (after a
 * long holiday the visit day, the inspection, the dispatches and the nudges all fall due on
 * the same morning), with one dedupe key made of the runs' keys; a chat only one run writes
 * to keeps that run's own key.
 */
export function batchMessages(
  planned: Array<{ key: string; messages: PlannedMessage[] }>,
): Array<{ dedupeKey: string; replies: PlannedMessage[] }> {
  const chats = new Map<string, Array<{ key: string; messages: PlannedMessage[] }>>();
  for (const run of planned)
    for (const [chat, messages] of byChat(run.messages)) chats.set(chat, [...(chats.get(chat) ?? []), { key: run.key, messages }]);
  return [...chats.entries()].map(([chat, runs]) =>
    runs.length === 1
      ? { dedupeKey: `${runs[0].key}:${chat}`, replies: runs[0].messages }
      : { dedupeKey: `${runs.map((r) => r.key).join('+')}:${chat}`, replies: [mergeDigests(runs.flatMap((r) => r.messages))] },
  );
}

/**
 * Runs one due run exactly once across instances (see runCadenceBatch).
 */
export async function runCadenceJob(
  deps: { db: Db; config: CadenceSettings; instance: string; drawImages?: DrawImages },
  job: CadenceJob,
  due: DueRun,
  now: Date,
  options: { dryRun?: boolean } = {},
): Promise<RunOutcome> {
  const [outcome] = await runCadenceBatch(deps, [{ job, due }], now, options);
  return outcome;
}

/**
 * Runs the runs due at one instant, each exactly once across instances. The run rows (unique
 * keys) are inserted first, then the jobs read the ledger and their messages go to the outbox,
 * all in one transaction: an instance that loses the insert race gets a unique violation and
 * does nothing, and a crash midway leaves neither the rows nor half the messages.
 */
export async function runCadenceBatch(
  deps: { db: Db; config: CadenceSettings; instance: string; drawImages?: DrawImages },
  runs: Array<{ job: CadenceJob; due: DueRun }>,
  now: Date,
  options: { dryRun?: boolean } = {},
): Promise<RunOutcome[]> {
  const { db, config } = deps;
  const base = (r: { job: CadenceJob; due: DueRun }) => ({ job: r.job.name, title: r.job.title, key: r.due.key, dueAt: r.due.dueAt });
  const done: RunOutcome[] = [];
  const todo: typeof runs = [];
  for (const r of runs) {
    if (await findCadenceRun(db, r.due.key)) done.push({ ...base(r), status: 'done-before', messages: [] });
    else todo.push(r);
  }
  if (!todo.length) return done;
  const batch = todo.length > 1 ? todo.map((r) => r.due.key) : undefined;
  // Pictures are drawn from a first plan outside the transaction, then put on the messages the
  // transaction plans (the same figures unless the ledger moved in between).
  const images = new Map<string, Map<string, ReplyImage>>();
  const drafts = new Map<string, PlannedMessage[]>();
  if (deps.drawImages)
    for (const r of todo) {
      const draft = await r.job.plan(db, now, config);
      drafts.set(r.due.key, draft);
      images.set(r.due.key, await drawnByChat(deps.drawImages, draft));
    }
  if (options.dryRun) {
    const previews: RunOutcome[] = [];
    for (const r of todo) {
      const messages = drafts.get(r.due.key) ?? (await r.job.plan(db, now, config));
      previews.push({ ...base(r), status: 'preview', messages: withImages(messages, images.get(r.due.key)), batch });
    }
    return [...done, ...previews];
  }
  try {
    const planned = await inTransaction(
      db,
      async (tx) => {
        for (const r of todo)
          await insertCadenceRun(
            tx,
            { key: r.due.key, job: r.job.name, period: r.due.period, dueAt: r.due.dueAt, instance: deps.instance },
            now,
          );
        const out: Array<{ key: string; messages: PlannedMessage[] }> = [];
        for (const r of todo) out.push({ key: r.due.key, messages: withImages(await r.job.plan(tx, now, config), images.get(r.due.key)) });
        // One dedupe key per run (or batch) and chat: the outbox itself refuses a second copy. Sendable
        // from the run's own clock, not the database's (tests drive time; the two agree in service).
        for (const { dedupeKey, replies } of batchMessages(out)) await enqueueReplies(tx, replies, { dedupeKey, notBefore: now });
        for (const m of out.flatMap((p) => p.messages)) if (m.escalation) await saveEscalationNotice(tx, m.escalation);
        for (const p of out) await finishCadenceRun(tx, p.key, p.messages.length, now);
        return out;
      },
      { timeout: 60_000, maxWait: 30_000 },
    );
    return [...done, ...todo.map((r, i) => ({ ...base(r), status: 'ran' as const, messages: planned[i].messages, batch }))];
  } catch (err) {
    if (isUniqueViolation(err)) return [...done, ...todo.map((r) => ({ ...base(r), status: 'done-before' as const, messages: [] }))];
    throw err;
  }
}
