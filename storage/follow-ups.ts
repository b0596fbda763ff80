// 回访 (回头看): closed items checked again after a while, and what was found.
import { addIssues } from './issues.ts';
import { client, type Queryable, type Tx } from './client.ts';

export interface FollowUpInput {
  outcome: 'normal' | 'rebound';
  satisfaction: string | null;
  text: string | null;
  by: string;
  byId: number;
  at: Date;
}

export async function followUpsOf(db: Queryable, issueId: number) {
  return client(db).issueFollowUp.findMany({ where: { issueId }, orderBy: { id: 'asc' } });
}

/** A normal 回访: recorded on the item, nothing else changes. */
export async function recordFollowUp(tx: Tx, issueId: number, input: FollowUpInput, newIssueId: number | null = null): Promise<void> {
  await client(tx).issueFollowUp.create({ data: { issueId, ...input, newIssueId } });
}

/**
 * A 反弹: a new item in the same village, for the same household and category, pointing at
 * the old one, and the 回访 that found it. Returns the new item's number.
 */
export async function recordRebound(tx: Tx, issueId: number, input: FollowUpInput & { description: string }): Promise<number> {
  const old = await client(tx).issue.findUniqueOrThrow({ where: { id: issueId } });
  const [added] = await addIssues(tx, old.villageId, [
    {
      category: old.category,
      description: input.description,
      assignee: null,
      dueOn: null,
      source: 'rebound',
      householdId: old.householdId,
      householdName: old.householdName,
      group: old.group,
      reportedBy: input.by,
      reportedById: input.byId,
      reboundOfId: old.id,
      createdAt: input.at,
    },
  ]);
  const created = await client(tx).issue.findUniqueOrThrow({ where: { villageId_no: { villageId: old.villageId, no: added.no } } });
  const { description: _description, ...followUp } = input;
  await recordFollowUp(tx, issueId, followUp, created.id);
  return added.no;
}

export interface DueFollowUp {
  villageId: number;
  no: number;
  description: string;
  householdName: string | null;
  closedBy: string | null;
  closedAt: Date;
}

/** Closed items of some villages closed before `closedBefore` and never followed up: 待回访. */
export async function dueFollowUps(db: Queryable, villageIds: number[], closedBefore: Date): Promise<DueFollowUp[]> {
  if (!villageIds.length) return [];
  const rows = await client(db).issue.findMany({
    where: { villageId: { in: villageIds }, status: 'closed', closedAt: { lt: closedBefore }, followUps: { none: {} } },
    select: { villageId: true, no: true, description: true, householdName: true, closedBy: true, closedAt: true },
    orderBy: [{ closedAt: 'asc' }, { no: 'asc' }],
  });
  return rows.map((r) => ({ ...r, closedAt: r.closedAt ?? closedBefore }));
}
