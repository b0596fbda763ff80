import type { Platform } from '../core/platform.ts';
import { client, type Queryable, type Tx } from './client.ts';

/** What one stored message recorded: its visit(s) and the ledger items it opened, and whether any was worked on since. */
export interface CheckInRecords {
  /** The inbox row of the message; null when the bot never stored it. */
  inboxId: number | null;
  /** How the bot took the message: its status and kind (`ignored`: not for the bot). */
  status: string | null;
  kind: string | null;
  sentAt: Date | null;
  senderName: string | null;
  visits: Array<{ id: number; householdName: string; withdrawn: boolean }>;
  issues: Array<{ id: number; no: number; withdrawn: boolean; touched: boolean }>;
}

/** The records a message (by the platform's id) left, for a recall to undo or keep. */
export async function checkInRecords(db: Queryable, platform: Platform, messageId: string): Promise<CheckInRecords> {
  const row = await client(db).inboxMessage.findUnique({
    where: { platform_messageId: { platform, messageId } },
    select: { id: true, status: true, kind: true, sentAt: true, senderName: true },
  });
  if (!row) return { inboxId: null, status: null, kind: null, sentAt: null, senderName: null, visits: [], issues: [] };
  const [visits, issues] = await Promise.all([
    client(db).visit.findMany({
      where: { inboxId: row.id },
      select: { id: true, householdName: true, withdrawnAt: true },
      orderBy: { id: 'asc' },
    }),
    client(db).issue.findMany({
      where: { inboxId: row.id },
      select: {
        id: true,
        no: true,
        status: true,
        withdrawnAt: true,
        _count: { select: { notes: true, deadlineRequests: true, followUps: true } },
      },
      orderBy: { no: 'asc' },
    }),
  ]);
  return {
    inboxId: row.id,
    status: row.status,
    kind: row.kind,
    sentAt: row.sentAt,
    senderName: row.senderName,
    visits: visits.map((v) => ({ id: v.id, householdName: v.householdName, withdrawn: v.withdrawnAt !== null })),
    issues: issues.map((i) => ({
      id: i.id,
      no: i.no,
      withdrawn: i.withdrawnAt !== null,
      // Worked on since it was opened: a note (progress, 销号), a 延期 request or a 回访.
      touched: !['open', 'withdrawn'].includes(i.status) || i._count.notes + i._count.deadlineRequests + i._count.followUps > 0,
    })),
  };
}

/**
 * Withdraws a message's visit(s) and open items: the rows stay (for audit) with `withdrawnAt`
 * set, the items' status becomes `withdrawn` and their numbers are never handed out again.
 * A compare-and-set on `withdrawnAt: null`, so a recall handled twice withdraws once: false
 * when nothing was left to withdraw.
 */
export async function withdrawCheckIn(tx: Tx, inboxId: number, at: Date): Promise<boolean> {
  const visits = await client(tx).visit.updateMany({ where: { inboxId, withdrawnAt: null }, data: { withdrawnAt: at } });
  const issues = await client(tx).issue.updateMany({
    where: { inboxId, withdrawnAt: null, status: 'open' },
    data: { withdrawnAt: at, status: 'withdrawn' },
  });
  if (visits.count + issues.count === 0) return false;
  // Pictures sent after the check-in no longer belong to its items.
  await client(tx).evidenceTarget.deleteMany({ where: { inboxId } });
  return true;
}
