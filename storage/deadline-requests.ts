// 延期 requests: asked by whoever works the item, decided by a leader. The item's dueOn moves
// only on approval, and the first 时限 is kept in originalDueOn the first time it moves.
import { client, type Queryable, type Tx } from './client.ts';

export interface DeadlineRequestInput {
  toDueOn: string;
  reason: string | null;
  by: string;
  byId: number;
  at: Date;
}

export type DeadlineRequestRow = NonNullable<Awaited<ReturnType<typeof pendingDeadlineRequest>>>;

export async function pendingDeadlineRequest(db: Queryable, issueId: number) {
  return client(db).issueDeadlineRequest.findFirst({ where: { issueId, status: 'pending' }, orderBy: { id: 'desc' } });
}

export async function deadlineRequests(db: Queryable, issueId: number) {
  return client(db).issueDeadlineRequest.findMany({ where: { issueId }, orderBy: { id: 'asc' } });
}

export async function requestDeadline(tx: Tx, issueId: number, fromDueOn: string | null, input: DeadlineRequestInput): Promise<void> {
  await client(tx).issueDeadlineRequest.create({
    data: {
      issueId,
      fromDueOn,
      toDueOn: input.toDueOn,
      reason: input.reason,
      requestedBy: input.by,
      requestedById: input.byId,
      requestedAt: input.at,
    },
  });
}

export interface Decision {
  by: string;
  byId: number;
  at: Date;
  reason: string | null;
}

/**
 * Approves or refuses a pending request. Approval moves the item's 时限 and keeps the first
 * one; the status guard in the UPDATE makes two leaders deciding at once decide once.
 */
export async function decideDeadline(tx: Tx, request: DeadlineRequestRow, approve: boolean, decision: Decision): Promise<boolean> {
  const res = await client(tx).issueDeadlineRequest.updateMany({
    where: { id: request.id, status: 'pending' },
    data: {
      status: approve ? 'approved' : 'refused',
      decidedBy: decision.by,
      decidedById: decision.byId,
      decidedAt: decision.at,
      decisionReason: decision.reason,
    },
  });
  if (res.count !== 1) return false;
  if (approve) {
    const issue = await client(tx).issue.findUniqueOrThrow({
      where: { id: request.issueId },
      select: { dueOn: true, originalDueOn: true },
    });
    await client(tx).issue.update({
      where: { id: request.issueId },
      data: { dueOn: request.toDueOn, originalDueOn: issue.originalDueOn ?? issue.dueOn },
    });
  }
  return true;
}
