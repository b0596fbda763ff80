// The one path of a message through the bot, as named steps:
//   accept:  store (idempotent on the platform's message id) → stale? (kept, not answered)
//   process: parse → addressed to the bot? → in one transaction: claim the stored message →
//            group binding → group speech → sender → permission → handler (bot/route-steps.ts)
//            → replies into the outbox → inbox row marked
// Nothing is sent here: the outbox worker sends what the transaction committed.
import type { CommandSettings } from '../commands/command-settings.ts';
import type { FaqService, HandlerResult } from '../commands/handler.ts';
import { parseMessage } from '../commands/parse/parse-message.ts';
import { commands as registered, type Command, type ParseResult } from '../commands/registry.ts';
import type { Logger } from '../core/logger.ts';
import type { IncomingMessage, Recall } from '../core/message.ts';
import type { Reply } from '../core/reply.ts';
import type { Role } from '../core/role.ts';
import { addressingText } from '../prompts/addressing.ts';
import { common } from '../prompts/common.ts';
import type { Db, Tx } from '../storage/client.ts';
import { issuesOpenedBy, linkLateEvidence, recordAttachments, recordEvidenceTargets } from '../storage/evidence.ts';
import { claimInbox, markInbox, settleInbox, type InboxStatus } from '../storage/inbox.ts';
import { createInboxWriter } from '../storage/inbox-writer.ts';
import { createTransactionBatcher } from '../storage/transaction-batcher.ts';
import { enqueueReplies } from '../storage/outbox.ts';
import { isUniqueViolation } from '../storage/unique-violation.ts';
import { decideAddressing, type Addressing } from './addressing/decide-addressing.ts';
import { isTransientDbError } from './db-errors.ts';
import { routeSteps, type Turn } from './route-steps.ts';
import { undoRecall } from './undo-recall.ts';

export interface RouterDeps {
  db: Db;
  /** What handlers read of the configuration. */
  settings: CommandSettings;
  /** Older messages (a reconnect replaying history) are kept, not answered; 0 answers all. */
  staleAfterSeconds: number;
  logger: Logger;
  faq: FaqService;
  /** The commands (the registry's by default; the benchmark times them). */
  commands?: readonly Command[];
  now?: () => Date;
  /** Role for a first-time sender with no roster entry (the console channel trusts its operator). */
  defaultRoleFor?: (msg: IncomingMessage) => Role;
  /**
   * Most messages stored, or handled, in one transaction (group commit); 1 gives each its own.
   * Default 100.
   */
  maxBatch?: number;
  /**
   * Handling on PostgreSQL: messages per transaction and transactions in flight. Default one message
   * each, ten at once (the pool): batched handling runs each message's round trips one after another,
   * and measured slower there (bench: 96–130 msg/s against 150 unbatched). SQLite batches up to
   * `maxBatch`, one transaction at a time.
   */
  pgHandling?: { maxBatch: number; concurrency: number };
  pgConcurrency?: number;
  /** Told the size of each committed batch of inbox writes and of handling (tests, benchmarks). */
  onBatch?: (what: 'store' | 'handle', size: number) => void;
}

export type Outcome =
  | { status: 'duplicate' | 'stale' | 'ignored'; inboxId: number; replies: [] }
  | { status: 'handled' | 'rejected' | 'failed'; inboxId: number; replies: Reply[] }
  | { status: 'deferred'; inboxId: number; replies: []; error: unknown };

export interface Router {
  /** Stores the message (idempotent on its id): `fresh` when it is to be handled now. */
  accept(msg: IncomingMessage): Promise<{ inboxId: number; fresh: boolean; stale: boolean }>;
  /** Parses, checks roles, runs the handler and queues its replies, all in one transaction. */
  process(inboxId: number, msg: IncomingMessage): Promise<Outcome>;
}

export function createRouter(deps: RouterDeps): Router {
  const { db, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const stepDeps = { settings: deps.settings, faq: deps.faq, commands: deps.commands ?? registered, defaultRoleFor: deps.defaultRoleFor };
  // Group commit: what arrives while a commit is in flight shares the next one, at most `maxBatch`.
  const maxBatch = deps.maxBatch ?? 100;
  const handling = db.provider === 'postgresql' ? (deps.pgHandling ?? { maxBatch: 1, concurrency: 10 }) : { maxBatch, concurrency: 1 };
  const inbox = createInboxWriter(db, {
    isTransient: isTransientDbError,
    maxBatch,
    // One batch at a time on both: batches then commit, and the bot schedules their messages, in the
    // order they arrived. Two in flight let a chat's second message overtake its first (a test caught it).
    concurrency: 1,
    onBatch: deps.onBatch && ((size) => deps.onBatch!('store', size)),
  });
  const batcher = createTransactionBatcher(db, {
    isTransient: isTransientDbError,
    maxBatch: handling.maxBatch,
    concurrency: handling.concurrency,
    transaction: { timeout: 30_000, maxWait: 20_000 },
    onBatch: deps.onBatch && ((size) => deps.onBatch!('handle', size)),
  });

  async function accept(msg: IncomingMessage) {
    // store
    const stored = await inbox.record(msg);
    // Pictures and files are kept from the start (idempotent, so a redelivery mends a crash here).
    if (msg.attachments?.length) await recordAttachments(db, stored.inboxId, msg);
    if (stored.duplicate) return { inboxId: stored.inboxId, fresh: stored.status === 'received', stale: false };
    // stale?
    const ageSeconds = (now().getTime() - msg.sentAt.getTime()) / 1000;
    const stale = deps.staleAfterSeconds > 0 && ageSeconds > deps.staleAfterSeconds;
    if (stale) {
      // Replayed history (a reconnect, a backlog): keep it, answer nothing.
      await settleInbox(db, stored.inboxId, 'ignored', { reason: `stale: sent ${Math.round(ageSeconds)}s ago` });
    }
    return { inboxId: stored.inboxId, fresh: !stale, stale };
  }

  async function process(inboxId: number, received: IncomingMessage): Promise<Outcome> {
    // A private chat's id is the person's own account: logs name the group only (an anonymous
    // complaint must not be traceable from the logs; the inbox row is the record).
    const log = logger.child({ msgId: received.messageId, inboxId, chat: received.isPrivate ? 'private' : received.chatId });
    // A message taken back (撤回): a check-in taken back in time is undone; never read as text.
    if (received.recall) return settleRecall(inboxId, { ...received, recall: received.recall });
    // A picture, file or voice message with no words: evidence when it follows a check-in, else
    // (privately) a one-line hint of what the bot reads; never an answer in a group.
    if (!received.text.trim() && received.attachments?.length) return settleEvidence(inboxId, received, 'none', 'attachment only');
    // parse, and addressed to the bot?
    let read: { parsed: ParseResult; addressing: Addressing };
    try {
      read = readMessage(received);
    } catch (err) {
      // Neither is meant to throw; if one does, the message is kept and the sender told.
      log.error({ err }, 'parser threw');
      return settle(inboxId, received, 'failed', { reason: `parser: ${(err as Error).message}` }, [{ text: common.unreadable }]);
    }
    const { addressing } = read;
    if (addressing.to === 'nobody') {
      // A picture sent right after a check-in, #问题 or #销号 is evidence for its items. The group
      // is not answered either way: a burst of nine photos must not bring nine replies.
      if (received.attachments?.length) return settleEvidence(inboxId, received, read.parsed.kind, addressing.reason);
      return settle(inboxId, received, 'ignored', { kind: read.parsed.kind, reason: addressing.reason });
    }
    const msg = addressing.to === 'bot' ? addressing.msg : received;
    const parsed: ParseResult =
      addressing.to === 'bot' ? addressing.parsed : { kind: 'none', ok: read.parsed.ok, errors: read.parsed.errors };
    try {
      // In a transaction shared with other chats' messages, inside a savepoint of its own.
      return await withConflictRetry(() =>
        batcher.run(async (tx) => {
          // A second scheduling of this message (recovery racing a live run) stops here.
          if (!(await claimInbox(tx, inboxId))) return alreadySettled(inboxId);
          const turn: Turn = { inboxId, msg, parsed, addressing, tx, now: now(), log };
          for (const [, step] of routeSteps) {
            const result = await step(turn, stepDeps);
            if (result) return finish(turn, result);
          }
          throw new Error('the handler step returned nothing');
        }),
      );
    } catch (err) {
      if (isTransientDbError(err)) {
        // The database is away: the message stays 'received' and is retried when it returns.
        log.warn({ err: (err as Error).message }, 'database unavailable; message deferred');
        return { status: 'deferred', inboxId, replies: [], error: err };
      }
      log.error({ err }, 'handler failed');
      return settle(inboxId, msg, 'failed', { kind: parsed.kind, reason: (err as Error).message?.slice(0, 500) }, [
        { text: common.failed },
      ]).catch((settleErr) => {
        // Still `received`: the recovery pass tries it again.
        log.warn({ err: (settleErr as Error).message }, 'could not record the failure');
        return { status: 'failed', inboxId, replies: [] } as Outcome;
      });
    }
  }

  /** The turn's result: its replies into the outbox and the inbox row marked, in the turn's transaction. */
  async function finish(turn: Turn, result: HandlerResult): Promise<Outcome> {
    const { tx, msg, inboxId, parsed } = turn;
    await enqueueReplies(tx, result.replies, { defaultTo: replyTo(msg), inboxId, notBefore: turn.now });
    const status = result.status ?? 'handled';
    if (status === 'handled' && EVIDENCE_KINDS.has(parsed.kind)) {
      // What the message was about, so its own pictures and the ones sent right after find the items.
      const items = [...(result.evidenceFor ?? []), ...(await issuesOpenedBy(tx, inboxId))];
      await recordEvidenceTargets(tx, inboxId, msg, items);
    }
    await markInbox(tx, inboxId, status, { kind: parsed.kind, reason: result.reason ?? null });
    turn.log.info({ kind: parsed.kind, status, replies: result.replies.length, reason: result.reason }, 'handled');
    return { status, inboxId, replies: result.replies } as Outcome;
  }

  /**
   * Ends a message no handler runs for, with its replies, in one transaction and only if no
   * other run has settled it first (then nothing is said twice).
   */
  async function settle(
    inboxId: number,
    msg: IncomingMessage,
    status: Exclude<InboxStatus, 'received' | 'handled'>,
    fields: { kind?: string; reason?: string },
    replies: Reply[] = [],
  ): Promise<Outcome> {
    const settled = replies.length
      ? await batcher.run(async (tx: Tx) => {
          if (!(await settleInbox(tx, inboxId, status, fields))) return false;
          await enqueueReplies(tx, replies, { defaultTo: replyTo(msg), inboxId, notBefore: now() });
          return true;
        })
      : await batcher.run((tx) => settleInbox(tx, inboxId, status, fields));
    if (!settled) return alreadySettled(inboxId);
    return (status === 'ignored' ? { status, inboxId, replies: [] } : { status, inboxId, replies }) satisfies Outcome;
  }

  /** A message with attachments and no command: linked to the sender's latest item(s), or kept unlinked. */
  async function settleEvidence(inboxId: number, msg: IncomingMessage, kind: string, why: string): Promise<Outcome> {
    const linked = await batcher.run(async (tx) => {
      if (!(await claimInbox(tx, inboxId))) return null;
      const items = await linkLateEvidence(tx, msg, deps.settings.EVIDENCE_LINK_MINUTES);
      const reason = items.length ? `evidence for issue ${items.join(',')}` : why;
      const replies: Reply[] = !items.length && msg.isPrivate && !msg.text.trim() ? [{ text: addressingText.wordsOnly }] : [];
      await enqueueReplies(tx, replies, { defaultTo: replyTo(msg), inboxId, notBefore: now() });
      // A hint is an answer: the row says so (rejected: nothing was recorded from it).
      await markInbox(tx, inboxId, replies.length ? 'rejected' : 'ignored', { kind, reason: replies.length ? 'no words to read' : reason });
      return replies;
    });
    if (!linked) return alreadySettled(inboxId);
    return linked.length ? { status: 'rejected', inboxId, replies: linked } : { status: 'ignored', inboxId, replies: [] };
  }

  /** A recall, in one transaction: claimed, its check-in undone or kept (bot/undo-recall.ts), the group told. */
  async function settleRecall(inboxId: number, msg: IncomingMessage & { recall: Recall }): Promise<Outcome> {
    const result = await batcher.run(async (tx: Tx) => {
      if (!(await claimInbox(tx, inboxId))) return null;
      const done = await undoRecall(tx, msg, now());
      // Left `received` (a claim only counts the attempt): the recovery pass tries it again after the message it undoes.
      if (done.status === 'wait') return done;
      await enqueueReplies(tx, done.replies, { defaultTo: replyTo(msg), inboxId, notBefore: now() });
      await markInbox(tx, inboxId, done.status, { kind: 'recall', reason: done.reason });
      return done;
    });
    if (!result) return alreadySettled(inboxId);
    logger.info({ inboxId, status: result.status, reason: result.reason }, 'recall');
    if (result.status === 'wait') return { status: 'deferred', inboxId, replies: [], error: new Error(result.reason) };
    return result.status === 'ignored'
      ? { status: 'ignored', inboxId, replies: [] }
      : { status: 'handled', inboxId, replies: result.replies };
  }

  return { accept, process };
}

/** Commands whose items a picture sent with them, or right after, belongs to. */
const EVIDENCE_KINDS = new Set(['visit', 'issue', 'close']);

/** What the message says, and whether it is for the bot at all (bot/addressing/decide-addressing.ts). */
function readMessage(msg: IncomingMessage): { parsed: ParseResult; addressing: Addressing } {
  if (msg.cardAction) {
    // A card button: its command and target as the button carried them, not read back from text.
    const { issueNo, villageId, action } = msg.cardAction;
    const common = { ok: true, errors: [], target: { issueNo, text: null }, ...(villageId ? { villageId } : {}) };
    // A 验收 button confirms; sending back needs a reason, so it is typed (#验收 12 退回 理由).
    // A 接办 button is `#接办 村 编号` with the row's village: the same command, roles and checks.
    const parsed: ParseResult =
      action === 'review'
        ? { kind: 'review', ...common, decision: 'confirm', remark: null }
        : action === 'take-over'
          ? { kind: 'takeOver', ...common }
          : { kind: 'close', ...common };
    return { parsed, addressing: { to: 'bot', parsed, msg } };
  }
  const parsed = parseMessage(msg.text, msg.sentAt, { mentionsBot: msg.mentionsBot });
  return { parsed, addressing: decideAddressing(msg, parsed) };
}

/** Replies without a destination answer in the chat the message came from. */
function replyTo(msg: IncomingMessage) {
  return { platform: msg.platform, chatId: msg.chatId, private: msg.isPrivate ?? false };
}

/** Another run of the same message got there first: this one changes and says nothing. */
function alreadySettled(inboxId: number): Outcome {
  return { status: 'duplicate', inboxId, replies: [] };
}

/**
 * Two transactions creating the same village, household or member at once: one wins, the
 * other hits the unique index. Running the loser again finds the row and goes on.
 */
async function withConflictRetry<T>(run: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (attempt >= attempts || !isUniqueViolation(err)) throw err;
    }
  }
}
