import { client, type Queryable, type Tx } from './client.ts';
import { meetingsByIds } from './meetings.ts';

export interface NewIssue {
  category: string;
  description: string;
  assignee: string | null;
  dueOn: string | null;
  source: 'visit' | 'report' | 'rebound' | 'meeting';
  /** 'wish': a household's 微心愿 (from a visit); absent or null: a problem. */
  kind?: 'wish' | null;
  visitId?: number | null;
  /** The meeting it was raised at (source 'meeting'). */
  meetingId?: number | null;
  householdId?: number | null;
  householdName?: string | null;
  group?: string | null;
  reportedBy?: string | null;
  reportedById?: number | null;
  inboxId?: number | null;
  /** The item a 回访 found back (反弹): the new item points at it. */
  reboundOfId?: number | null;
  /** The handler's clock, so a replayed or tested message is dated when it was handled. */
  createdAt?: Date;
}

/**
 * Hands out `count` consecutive ledger numbers of a village and returns the first. The
 * increment is one UPDATE, so on PostgreSQL a second check-in in the same village waits for
 * the row lock and then sees the new value: numbers never repeat and never skip. Call it
 * before writing anything else in the transaction so every check-in takes this lock first.
 */
export async function allocateIssueNos(tx: Tx, villageId: number, count: number): Promise<number> {
  const row = await client(tx).village.update({
    where: { id: villageId },
    data: { lastIssueNo: { increment: count } },
    select: { lastIssueNo: true },
  });
  return row.lastIssueNo - count + 1;
}

/** Puts items on a village's ledger with numbers allocated in the same transaction. */
export async function addIssues(tx: Tx, villageId: number, items: NewIssue[], firstNo?: number): Promise<Array<NewIssue & { no: number }>> {
  if (!items.length) return [];
  const first = firstNo ?? (await allocateIssueNos(tx, villageId, items.length));
  const numbered = items.map((item, i) => ({ ...item, no: first + i }));
  await client(tx).issue.createMany({ data: numbered.map((item) => ({ villageId, ...item })) });
  return numbered;
}

/** Whether a number was given to an item that was then withdrawn (its check-in recalled). */
export async function isWithdrawnNo(db: Queryable, villageId: number, no: number): Promise<boolean> {
  const row = await client(db).issue.findUnique({ where: { villageId_no: { villageId, no } }, select: { status: true } });
  return row?.status === 'withdrawn';
}

/** A ledger item by its number; a withdrawn one (its check-in recalled) is not on the ledger. */
export async function findIssue(db: Queryable, villageId: number, no: number) {
  const row = await client(db).issue.findUnique({ where: { villageId_no: { villageId, no } } });
  return row?.status === 'withdrawn' ? null : row;
}

export async function issueById(db: Queryable, id: number) {
  return client(db).issue.findUniqueOrThrow({ where: { id } });
}

export type IssueRow = NonNullable<Awaited<ReturnType<typeof findIssue>>>;

export interface NoteInput {
  text: string | null;
  author: string;
  authorId: number;
  at: Date;
}

/** A progress note; `changes` carries a deadline or assignee the note set. */
export async function addProgressNote(
  tx: Tx,
  issueId: number,
  note: NoteInput,
  changes: { assignee?: string; dueOn?: string } = {},
): Promise<void> {
  await client(tx).issueNote.create({
    data: { issueId, kind: 'progress', text: note.text, author: note.author, authorId: note.authorId, createdAt: note.at },
  });
  // Touch the item even without changes: updatedAt is when it last moved.
  await client(tx).issue.update({ where: { id: issueId }, data: { ...changes } });
}

/**
 * Closes an open item: for good, or into 待验收 when the township asks for review (`review`).
 * The status check is in the UPDATE itself, so of two closes racing only one wins; the loser
 * is told the item is already closed.
 */
export async function closeIssue(
  tx: Tx,
  issueId: number,
  close: NoteInput,
  options: { review: boolean } = { review: false },
): Promise<boolean> {
  const res = await client(tx).issue.updateMany({
    where: { id: issueId, status: 'open' },
    data: {
      status: options.review ? 'review' : 'closed',
      closedAt: options.review ? null : close.at,
      closedBy: close.author,
      closedById: close.authorId,
      resolution: close.text,
    },
  });
  if (res.count !== 1) return false;
  await client(tx).issueNote.create({
    data: { issueId, kind: 'close', text: close.text, author: close.author, authorId: close.authorId, createdAt: close.at },
  });
  return true;
}

/**
 * 验收: a reviewer confirms a close-out waiting for review (the item is closed from now) or
 * sends it back with a reason (open again, the close kept in its history). Guarded by the
 * status in the UPDATE like a close, so two reviewers racing decide once.
 */
export async function decideReview(tx: Tx, issueId: number, decision: 'confirm' | 'return', by: NoteInput): Promise<boolean> {
  const data =
    decision === 'confirm'
      ? { status: 'closed', closedAt: by.at, reviewedBy: by.author, reviewedById: by.authorId, reviewedAt: by.at }
      : { status: 'open', closedAt: null, closedBy: null, closedById: null, resolution: null };
  const res = await client(tx).issue.updateMany({ where: { id: issueId, status: 'review' }, data });
  if (res.count !== 1) return false;
  await client(tx).issueNote.create({
    data: {
      issueId,
      kind: decision === 'confirm' ? 'review-confirm' : 'review-return',
      text: by.text,
      author: by.author,
      authorId: by.authorId,
      createdAt: by.at,
    },
  });
  return true;
}

export interface OpenIssue {
  villageId: number;
  villageName: string;
  no: number;
  householdName: string | null;
  category: string;
  description: string;
  assignee: string | null;
  dueOn: string | null;
  /** Passed up to the township (#上报): marked on the village's list. */
  escalated?: boolean;
}

/**
 * Open items of some villages: overdue first (most overdue at the top), then by deadline,
 * then those without one; ties by village and number.
 */
/** What a ledger line shows of an item (the open list, the township's 上报 list). */
const ITEM_LINE = {
  villageId: true,
  no: true,
  householdName: true,
  category: true,
  description: true,
  assignee: true,
  dueOn: true,
  village: { select: { name: true } },
} as const;

export async function openIssues(
  db: Queryable,
  villageIds: number[],
  today: string,
  status: 'open' | 'review' = 'open',
): Promise<OpenIssue[]> {
  const rows = await client(db).issue.findMany({
    where: { villageId: { in: villageIds }, status },
    select: {
      ...ITEM_LINE,
      escalatedAt: true,
    },
  });
  const rank = (due: string | null) => (due === null ? 2 : due < today ? 0 : 1);
  return rows
    .map(({ village, escalatedAt, ...r }) => ({ villageName: village.name, ...r, escalated: escalatedAt !== null }))
    .sort(
      (a, b) =>
        rank(a.dueOn) - rank(b.dueOn) ||
        (a.dueOn ?? '').localeCompare(b.dueOn ?? '') ||
        a.villageName.localeCompare(b.villageName, 'zh-CN') ||
        a.no - b.no,
    );
}

/** Every item with its village and history, for the spreadsheet a township files. */
export async function ledgerForExport(db: Queryable, filter: { villageId?: number } = {}) {
  const items = await client(db).issue.findMany({
    where: { ...(filter.villageId ? { villageId: filter.villageId } : {}), status: { not: 'withdrawn' } },
    include: {
      village: { select: { name: true } },
      notes: { orderBy: { id: 'asc' } },
      followUps: { orderBy: { id: 'asc' } },
    },
    orderBy: [{ villageId: 'asc' }, { no: 'asc' }],
  });
  // The meeting an item was raised at, for its 来源.
  const meetings = await meetingsByIds(db, [...new Set(items.flatMap((i) => (i.meetingId ? [i.meetingId] : [])))]);
  return items.map((i) => ({ ...i, meeting: i.meetingId ? (meetings.get(i.meetingId) ?? null) : null }));
}

/**
 * One item with everything that happened to it, for `#台账 12`: its notes, 延期 requests and
 * 回访, and the numbers of the items it is linked to by a 反弹.
 */
export async function issueDetail(db: Queryable, villageId: number, no: number) {
  const issue = await client(db).issue.findUnique({
    where: { villageId_no: { villageId, no } },
    include: {
      notes: { orderBy: { id: 'asc' } },
      deadlineRequests: { orderBy: { id: 'asc' } },
      followUps: { orderBy: { id: 'asc' } },
    },
  });
  if (!issue || issue.status === 'withdrawn') return null;
  const linkedIds = [issue.reboundOfId, ...issue.followUps.map((f) => f.newIssueId)].filter((id): id is number => id !== null);
  const linked = linkedIds.length
    ? await client(db).issue.findMany({ where: { id: { in: linkedIds } }, select: { id: true, no: true } })
    : [];
  const noOf = new Map(linked.map((l) => [l.id, l.no]));
  return {
    ...issue,
    reboundOfNo: issue.reboundOfId === null ? null : (noOf.get(issue.reboundOfId) ?? null),
    reboundToNos: issue.followUps.flatMap((f) => (f.newIssueId !== null && noOf.has(f.newIssueId) ? [noOf.get(f.newIssueId)!] : [])),
  };
}

export type IssueDetail = NonNullable<Awaited<ReturnType<typeof issueDetail>>>;

/**
 * 三级化解: an open item the village cannot solve goes up to the township's list (#上报). It
 * stays one item with its number; the guard in the UPDATE (open, not yet escalated) makes a
 * second 上报, or two racing, change nothing.
 */
export async function escalateIssue(tx: Tx, issueId: number, by: NoteInput & { text: string }): Promise<boolean> {
  const res = await client(tx).issue.updateMany({
    where: { id: issueId, status: 'open', escalatedAt: null },
    data: { escalatedTo: 'township', escalatedAt: by.at, escalatedBy: by.author, escalatedById: by.authorId, escalationReason: by.text },
  });
  if (res.count !== 1) return false;
  await client(tx).issueNote.create({
    data: { issueId, kind: 'escalate', text: by.text, author: by.author, authorId: by.authorId, createdAt: by.at },
  });
  return true;
}

/**
 * A township person takes on an escalated item (#接办): they become its 责任人; the one before is
 * kept in the note. Guarded like a close, so of two taking it at once only one does.
 */
export async function takeIssue(tx: Tx, issueId: number, by: NoteInput, previousAssignee: string | null): Promise<boolean> {
  const res = await client(tx).issue.updateMany({
    where: { id: issueId, status: 'open', escalatedAt: { not: null }, takenAt: null },
    data: { takenBy: by.author, takenById: by.authorId, takenAt: by.at, assignee: by.author },
  });
  if (res.count !== 1) return false;
  await client(tx).issueNote.create({
    data: { issueId, kind: 'take', text: previousAssignee, author: by.author, authorId: by.authorId, createdAt: by.at },
  });
  return true;
}

export interface EscalatedIssue extends OpenIssue {
  /** open, or review (销号 submitted, waiting for 验收): only an open one can still be taken on. */
  status: string;
  escalatedBy: string | null;
  escalationReason: string | null;
  takenBy: string | null;
}

/** The open items some villages passed up to the township, oldest 上报 first, for the township's list. */
export async function escalatedIssues(db: Queryable, villageIds: number[]): Promise<EscalatedIssue[]> {
  const rows = await client(db).issue.findMany({
    where: { villageId: { in: villageIds }, status: { in: ['open', 'review'] }, escalatedAt: { not: null } },
    select: {
      ...ITEM_LINE,
      status: true,
      escalatedBy: true,
      escalationReason: true,
      takenBy: true,
    },
    orderBy: [{ escalatedAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map(({ village, ...r }) => ({ villageName: village.name, ...r }));
}
