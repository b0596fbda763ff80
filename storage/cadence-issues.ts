// Read-only ledger queries for the cadence (the ledger's own storage belongs to its handlers).
import { client, type Queryable } from './client.ts';

export interface LedgerItem {
  id: number;
  villageId: number;
  no: number;
  category: string;
  description: string;
  householdName: string | null;
  assignee: string | null;
  dueOn: string | null;
  status: string;
  createdAt: Date;
  closedAt: Date | null;
  reportedBy: string | null;
  closedBy: string | null;
}

const select = {
  id: true,
  villageId: true,
  no: true,
  category: true,
  description: true,
  householdName: true,
  assignee: true,
  dueOn: true,
  status: true,
  createdAt: true,
  closedAt: true,
  reportedBy: true,
  closedBy: true,
} as const;

/** Items still to work on (not closed, not waiting for review), oldest deadline first (items without one last). */
export async function openItems(db: Queryable, villageIds: number[], status: 'open' | 'review' = 'open'): Promise<LedgerItem[]> {
  if (!villageIds.length) return [];
  const rows = await client(db).issue.findMany({
    where: { villageId: { in: villageIds }, status },
    select,
    orderBy: [{ villageId: 'asc' }, { no: 'asc' }],
  });
  return rows.sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.no - b.no);
}

/** Items created or closed in [from, to): what a dispatch reports on. */
export async function itemsTouchedBetween(
  db: Queryable,
  villageIds: number[],
  from: Date,
  to: Date,
): Promise<{ created: LedgerItem[]; closed: LedgerItem[] }> {
  if (!villageIds.length) return { created: [], closed: [] };
  const [created, closed] = await Promise.all([
    client(db).issue.findMany({
      where: { villageId: { in: villageIds }, status: { not: 'withdrawn' }, createdAt: { gte: from, lt: to } },
      select,
    }),
    client(db).issue.findMany({ where: { villageId: { in: villageIds }, status: 'closed', closedAt: { gte: from, lt: to } }, select }),
  ]);
  return { created, closed };
}

/** Items created before `at` and not closed by then: the ledger as it stood at an instant. */
export async function itemsOpenAt(db: Queryable, villageIds: number[], at: Date): Promise<LedgerItem[]> {
  if (!villageIds.length) return [];
  return client(db).issue.findMany({
    where: {
      villageId: { in: villageIds },
      status: { not: 'withdrawn' },
      createdAt: { lt: at },
      OR: [{ status: { not: 'closed' } }, { closedAt: { gte: at } }],
    },
    select,
  });
}

/**
 * All-time totals per village, for the 销号率. Items waiting for review (待验收) count neither
 * as open nor as closed: they are left out of `total` and counted in `review`.
 */
export async function itemTotals(
  db: Queryable,
  villageIds: number[],
): Promise<Map<number, { total: number; closed: number; review: number }>> {
  const out = new Map<number, { total: number; closed: number; review: number }>();
  if (!villageIds.length) return out;
  const rows = await client(db).issue.groupBy({
    by: ['villageId', 'status'],
    where: { villageId: { in: villageIds }, status: { not: 'withdrawn' } },
    _count: { _all: true },
  });
  for (const r of rows) {
    const t = out.get(r.villageId) ?? { total: 0, closed: 0, review: 0 };
    if (r.status === 'review') {
      t.review += r._count._all;
      out.set(r.villageId, t);
      continue;
    }
    t.total += r._count._all;
    if (r.status === 'closed') t.closed += r._count._all;
    out.set(r.villageId, t);
  }
  return out;
}

/** Open items whose deadline day is before `today`, with their village and township (an item in 待验收 is done, waiting for its reviewer). */
export async function itemsPastDeadline(db: Queryable, today: string) {
  return client(db).issue.findMany({
    where: { status: 'open', dueOn: { not: null, lt: today } },
    select: { ...select, village: { select: { id: true, name: true, townshipId: true } } },
    orderBy: [{ villageId: 'asc' }, { no: 'asc' }],
  });
}

/** Open items still without a 时限 or a 责任人 (either), oldest first, with their village: to chase. */
export async function itemsMissingOwner(db: Queryable) {
  return client(db).issue.findMany({
    where: { status: 'open', OR: [{ dueOn: null }, { assignee: null }] },
    select: { ...select, village: { select: { id: true, name: true, townshipId: true } } },
    orderBy: [{ villageId: 'asc' }, { createdAt: 'asc' }, { no: 'asc' }],
  });
}
