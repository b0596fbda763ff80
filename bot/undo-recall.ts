import type { IncomingMessage } from '../core/message.ts';
import type { Reply } from '../core/reply.ts';
import { recallText } from '../prompts/recall.ts';
import type { Tx } from '../storage/client.ts';
import { checkInRecords, withdrawCheckIn } from '../storage/withdraw-check-in.ts';

/**
 * A check-in taken back within two minutes of being sent is undone. Two minutes is WeChat's own
 * limit for 撤回; Feishu lets a message be taken back for longer, but the same window holds
 * there, so a ledger entry others may have read and acted on does not vanish hours later.
 */
export const RECALL_UNDO_MS = 2 * 60_000;

/** What the bot answers to nobody: messages that never were for it, and questions or look-ups that changed nothing. */
const SAYS_NOTHING = new Set(['help', 'faq', 'ledger', 'stats', 'pending', 'revisits', 'board', 'dispatch', 'none']);

/** Kinds whose records a recall may undo: a #走访 check-in and a #问题 report. */
const UNDOABLE = new Set(['visit', 'issue']);

export interface RecallResult {
  /** `wait`: the message taken back is stored but not handled yet; the recall waits for it (nothing changed). */
  status: 'handled' | 'ignored' | 'wait';
  reason: string;
  replies: Reply[];
}

/**
 * A recall, inside the transaction that claimed it: a check-in (its visit and new items)
 * taken back within two minutes, none of its items worked on since, is withdrawn; otherwise
 * it stays and the group is told how to correct it. A recall of chatter, or of a question,
 * is not answered. A second recall of the same message finds nothing left and says nothing.
 */
export async function undoRecall(tx: Tx, msg: IncomingMessage & { recall: { messageId: string } }, now: Date): Promise<RecallResult> {
  const found = await checkInRecords(tx, msg.platform, msg.recall.messageId);
  // Stored and not handled yet (the database was away, a crash): the recovery pass handles it
  // first (in arrival order), then this recall again, which then finds what it recorded.
  if (found.status === 'received') return { status: 'wait', reason: `recall of inbox ${found.inboxId}: not handled yet`, replies: [] };
  if (found.inboxId === null || found.status === 'ignored') {
    return {
      status: 'ignored',
      reason: `recall of ${found.inboxId === null ? 'a message never stored' : `inbox ${found.inboxId} (${found.status})`}`,
      replies: [],
    };
  }
  const who = found.senderName || msg.senderName;
  // Who took it back, when the platform says only that it was not the sender (a Feishu group
  // manager: no id, a description); a recall with a sender id is the sender's own.
  const by = !msg.senderId && msg.senderName ? msg.senderName : undefined;
  const live = { visits: found.visits.filter((v) => !v.withdrawn), issues: found.issues.filter((i) => !i.withdrawn) };
  const records = { households: live.visits.map((v) => v.householdName), nos: live.issues.map((i) => i.no) };
  if (!live.visits.length && !live.issues.length) {
    // Withdrawn already (a second recall), or a look-up: nothing to say.
    if (found.visits.length || found.issues.length || SAYS_NOTHING.has(found.kind ?? 'none')) {
      return { status: 'ignored', reason: `recall of inbox ${found.inboxId}: nothing to undo`, replies: [] };
    }
    return { status: 'handled', reason: `recall of inbox ${found.inboxId}: no record`, replies: [{ text: recallText.noRecord(who, by) }] };
  }
  const touched = live.issues.filter((i) => i.touched).map((i) => i.no);
  const recalledAt = msg.sentAt.getTime();
  const late = !found.sentAt || recalledAt - found.sentAt.getTime() > RECALL_UNDO_MS;
  if (!UNDOABLE.has(found.kind ?? '')) {
    return {
      status: 'handled',
      reason: `recall of inbox ${found.inboxId}: kept, ${found.kind} not undone`,
      replies: [{ text: recallText.notUndone(who, records, by) }],
    };
  }
  if (touched.length) {
    return {
      status: 'handled',
      reason: `recall of inbox ${found.inboxId}: kept, items worked on`,
      replies: [{ text: recallText.touched(who, records, touched, by) }],
    };
  }
  if (late) {
    return {
      status: 'handled',
      reason: `recall of inbox ${found.inboxId}: kept, too late`,
      replies: [{ text: recallText.tooLate(who, records, by) }],
    };
  }
  if (!(await withdrawCheckIn(tx, found.inboxId, now))) {
    return { status: 'ignored', reason: `recall of inbox ${found.inboxId}: withdrawn already`, replies: [] };
  }
  return {
    status: 'handled',
    reason: `recall of inbox ${found.inboxId}: withdrawn`,
    replies: [{ text: recallText.withdrawn(who, records) }],
  };
}
