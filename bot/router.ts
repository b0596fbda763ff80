import { parseMessage } from '../commands/parse/parse-message.ts';
import type { ParseResult } from '../commands/parse/types.ts';
import type { FaqService, Handler, HandlerResult } from '../commands/handler.ts';
import { mayRun } from '../commands/permissions.ts';
import { refusal } from '../commands/refusal.ts';
import { common } from '../prompts/common.ts';
import { inTransaction, type Db, type Tx } from '../storage/client.ts';
import { findGroupBinding } from '../storage/groups.ts';
import { claimInbox, markInbox, recordIncoming, settleInbox, type InboxStatus } from '../storage/inbox.ts';
import { isUniqueViolation } from '../storage/unique-violation.ts';
import { resolveSender } from '../storage/members.ts';
import type { Role } from '../core/role.ts';
import { enqueueReplies } from '../storage/outbox.ts';
import { decideAddressing, type Addressing } from './addressing/decide-addressing.ts';
import { gateGroupSpeech } from './addressing/gate-group-speech.ts';
import type { Config } from './config.ts';
import { isTransientDbError } from './db-errors.ts';
import type { Logger } from '../core/logger.ts';
import type { IncomingMessage } from '../core/message.ts';
import type { Reply } from '../core/reply.ts';

export interface RouterDeps {
  db: Db;
  config: Config;
  logger: Logger;
  faq: FaqService;
  handlers: Partial<Record<ParseResult['kind'], Handler>>;
  now?: () => Date;
  /** Role for a first-time sender with no roster entry (the console channel trusts its operator). */
  defaultRoleFor?: (msg: IncomingMessage) => Role;
}

export type Outcome =
  | { status: 'duplicate' | 'stale' | 'ignored'; inboxId: number; replies: [] }
  | { status: 'handled' | 'rejected' | 'failed'; inboxId: number; replies: Reply[] }
  | { status: 'deferred'; inboxId: number; replies: []; error: unknown };

export interface Router {
  /** Stores the message (idempotent on its id). Returns null when it must not be handled. */
  accept(msg: IncomingMessage): Promise<{ inboxId: number; fresh: boolean; stale: boolean }>;
  /** Parses, checks roles, runs the handler and queues its replies, all in one transaction. */
  process(inboxId: number, msg: IncomingMessage): Promise<Outcome>;
}

export function createRouter(deps: RouterDeps): Router {
  const { db, config, logger } = deps;
  const now = deps.now ?? (() => new Date());

  async function accept(msg: IncomingMessage) {
    const stored = await recordIncoming(db, msg);
    if (stored.duplicate) return { inboxId: stored.inboxId, fresh: stored.status === 'received', stale: false };
    const ageSeconds = (now().getTime() - msg.sentAt.getTime()) / 1000;
    const stale = config.STALE_AFTER_SECONDS > 0 && ageSeconds > config.STALE_AFTER_SECONDS;
    if (stale) {
      // Replayed history (a reconnect, a backlog): keep it, answer nothing.
      await settleInbox(db, stored.inboxId, 'ignored', { reason: `stale: sent ${Math.round(ageSeconds)}s ago` });
    }
    return { inboxId: stored.inboxId, fresh: !stale, stale };
  }

  async function process(inboxId: number, received: IncomingMessage): Promise<Outcome> {
    let msg = received;
    const log = logger.child({ msgId: msg.messageId, inboxId, chat: msg.chatId });
    let parsed: ParseResult;
    let addressing: Addressing;
    try {
      parsed = parseMessage(msg.text, msg.sentAt, { mentionsBot: msg.mentionsBot });
      // Whether the message is for the bot at all (bot/addressing/decide-addressing.ts).
      addressing = decideAddressing(msg, parsed);
    } catch (err) {
      // Neither is meant to throw; if one does, the message is kept and the sender told.
      log.error({ err }, 'parser threw');
      return settle(inboxId, msg, 'failed', { reason: `parser: ${(err as Error).message}` }, [{ text: common.unreadable }]);
    }
    if (addressing.to === 'nobody') {
      return settle(inboxId, msg, 'ignored', { kind: parsed.kind, reason: addressing.reason });
    }
    if (addressing.to === 'bot') {
      parsed = addressing.parsed;
      msg = addressing.msg;
    } else {
      parsed = { ...parsed, kind: 'none' };
    }
    const finish = async (tx: Tx, result: HandlerResult): Promise<Outcome> => {
      await enqueueReplies(tx, result.replies, { defaultTo: { platform: msg.platform, chatId: msg.chatId, private: msg.isPrivate ?? false }, inboxId, notBefore: now() });
      const status = result.status ?? 'handled';
      await markInbox(tx, inboxId, status, { kind: parsed.kind, reason: result.reason ?? null });
      log.info({ kind: parsed.kind, status, replies: result.replies.length, reason: result.reason }, 'handled');
      return { status, inboxId, replies: result.replies } as Outcome;
    };
    try {
      return await withConflictRetry(() => inTransaction(db,
        async (tx) => {
          // A second scheduling of this message (recovery racing a live run) stops here.
          if (!(await claimInbox(tx, inboxId))) return alreadySettled(inboxId);
          const group = await findGroupBinding(tx, msg.platform, msg.chatId);
          const gated = await gateGroupSpeech(tx, { msg, group, addressing, adminIds: config.ADMIN_IDS, now: now() });
          if (gated) return finish(tx, gated);
          const sender = await resolveSender(tx, msg, {
            villageId: group?.villageId ?? null,
            townshipId: group?.townshipId ?? null,
            adminIds: config.ADMIN_IDS,
            defaultRole: deps.defaultRoleFor?.(msg),
            now: now(),
            inboxId,
          });
          let result: HandlerResult;
          const handler = deps.handlers[parsed.kind];
          if (!mayRun(sender.role, parsed.kind)) {
            result = await refusal(tx, sender, parsed.kind, kindWords[parsed.kind]);
          } else if (!handler) {
            result = { replies: [], status: 'ignored', reason: `no handler for ${parsed.kind}` };
          } else {
            result = await handler({ tx, msg, inboxId, parsed, sender, group, now: now(), settings: config, logger: log, faq: deps.faq });
          }
          return finish(tx, result);
        },
        { timeout: 20_000, maxWait: 20_000 },
      ));
    } catch (err) {
      if (isTransientDbError(err)) {
        // The database is away: the message stays 'received' and is retried when it returns.
        log.warn({ err: (err as Error).message }, 'database unavailable; message deferred');
        return { status: 'deferred', inboxId, replies: [], error: err };
      }
      log.error({ err }, 'handler failed');
      return settle(inboxId, msg, 'failed', { kind: parsed.kind, reason: (err as Error).message?.slice(0, 500) }, [{ text: common.failed }]).catch((settleErr) => {
        // Still `received`: the recovery pass tries it again.
        log.warn({ err: (settleErr as Error).message }, 'could not record the failure');
        return { status: 'failed', inboxId, replies: [] } as Outcome;
      });
    }
  }

  /**
   * Ends a message no handler runs for, with its replies, in one transaction and only if no
   * other run has settled it first (then nothing is said twice).
   */
  async function settle(inboxId: number, msg: IncomingMessage, status: Exclude<InboxStatus, 'received' | 'handled'>, fields: { kind?: string; reason?: string }, replies: Reply[] = []): Promise<Outcome> {
    const settled = replies.length
      ? await inTransaction(db, async (tx) => {
          if (!(await settleInbox(tx, inboxId, status, fields))) return false;
          await enqueueReplies(tx, replies, { defaultTo: { platform: msg.platform, chatId: msg.chatId, private: msg.isPrivate ?? false }, inboxId, notBefore: now() });
          return true;
        })
      : await settleInbox(db, inboxId, status, fields);
    if (!settled) return alreadySettled(inboxId);
    return (status === 'ignored' ? { status, inboxId, replies: [] } : { status, inboxId, replies }) satisfies Outcome;
  }

  return { accept, process };
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

const kindWords: Record<ParseResult['kind'], string> = {
  visit: '走访打卡', issue: '上报问题', progress: '记录整改进展', close: '销号', ledger: '查看台账', stats: '查看统计',
  help: '查看帮助', faq: '提问', none: '这个操作', bind: '绑定群', pending: '查看待答问题', answer: '回答问题',
  claim: '认领身份', claimCode: '发认领码', unlink: '解除账号绑定',
};
