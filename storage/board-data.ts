// What the ledger board reads: the villages a link may see, a village's open items with their
// history, one item, one household with its visits and items. Read-only.
import type { BoardScope } from '../core/board-token.ts';
import { client, type Queryable } from './client.ts';

export interface BoardVillage {
  id: number;
  name: string;
  townshipId: number | null;
  townshipName: string | null;
}

/** The villages a scope covers, by name. */
export async function villagesInScope(db: Queryable, scope: BoardScope): Promise<BoardVillage[]> {
  const where = scope.kind === 'all' ? {} : scope.kind === 'township' ? { townshipId: scope.id } : { id: scope.id };
  const rows = await client(db).village.findMany({ where, include: { township: { select: { name: true } } }, orderBy: { name: 'asc' } });
  return rows.map((v) => ({ id: v.id, name: v.name, townshipId: v.townshipId, townshipName: v.township?.name ?? null }));
}

/** The name a scope goes by on the page: the township's or village's, or null for all. */
export async function scopeName(db: Queryable, scope: BoardScope): Promise<string | null> {
  if (scope.kind === 'township') return (await client(db).township.findUnique({ where: { id: scope.id } }))?.name ?? null;
  if (scope.kind === 'village') return (await client(db).village.findUnique({ where: { id: scope.id } }))?.name ?? null;
  return null;
}

export interface BoardNote {
  kind: string;
  text: string | null;
  author: string | null;
  at: Date;
}

export interface BoardItem {
  id: number;
  villageId: number;
  no: number;
  category: string;
  description: string;
  householdId: number | null;
  householdName: string | null;
  assignee: string | null;
  dueOn: string | null;
  status: string;
  reportedBy: string | null;
  createdAt: Date;
  closedAt: Date | null;
  closedBy: string | null;
  resolution: string | null;
  notes: BoardNote[];
}

const itemInclude = { notes: { orderBy: { id: 'asc' as const } } };

type ItemRow = Awaited<ReturnType<ReturnType<typeof client>['issue']['findFirstOrThrow']>> & {
  notes: Array<{ kind: string; text: string | null; author: string | null; createdAt: Date }>;
};

function toItem(row: ItemRow): BoardItem {
  return {
    id: row.id,
    villageId: row.villageId,
    no: row.no,
    category: row.category,
    description: row.description,
    householdId: row.householdId,
    householdName: row.householdName,
    assignee: row.assignee,
    dueOn: row.dueOn,
    status: row.status,
    reportedBy: row.reportedBy,
    createdAt: row.createdAt,
    closedAt: row.closedAt,
    closedBy: row.closedBy,
    resolution: row.resolution,
    notes: row.notes.map((n) => ({ kind: n.kind, text: n.text, author: n.author, at: n.createdAt })),
  };
}

/** A village's open items with their history, overdue first (the longest overdue on top), then by deadline. */
export async function openItemsWithHistory(db: Queryable, villageId: number, today: string): Promise<BoardItem[]> {
  const rows = await client(db).issue.findMany({ where: { villageId, status: { notIn: ['closed', 'withdrawn'] } }, include: itemInclude });
  const overdue = (i: { dueOn: string | null }) => i.dueOn !== null && i.dueOn < today;
  return rows
    .map(toItem)
    .sort((a, b) => Number(overdue(b)) - Number(overdue(a)) || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.no - b.no);
}

export async function itemWithHistory(db: Queryable, id: number): Promise<BoardItem | null> {
  const row = await client(db).issue.findUnique({ where: { id }, include: itemInclude });
  // A withdrawn item (its check-in recalled) is on no page of the board.
  return row && row.status !== 'withdrawn' ? toItem(row) : null;
}

export interface BoardHousehold {
  id: number;
  villageId: number;
  headName: string;
  group: string | null;
  category: string | null;
  cadreName: string | null;
  lastVisit: string | null;
}

/** A village's roster households with their last visit, the longest unvisited first. */
export async function householdsOfVillage(db: Queryable, villageId: number): Promise<BoardHousehold[]> {
  const rows = await client(db).household.findMany({
    where: { villageId },
    include: {
      cadre: { select: { name: true } },
      visits: { where: { withdrawnAt: null }, select: { visitedOn: true }, orderBy: { visitedOn: 'desc' }, take: 1 },
    },
  });
  return rows
    .map((h) => ({
      id: h.id,
      villageId: h.villageId,
      headName: h.headName,
      group: h.group,
      category: h.category,
      cadreName: h.cadre?.name ?? null,
      lastVisit: h.visits[0]?.visitedOn ?? null,
    }))
    .sort((a, b) => (a.lastVisit ?? '').localeCompare(b.lastVisit ?? '') || a.headName.localeCompare(b.headName, 'zh'));
}

export interface BoardVisit {
  visitedOn: string;
  method: string;
  cadreName: string | null;
  checks: Array<{ key: 'income' | 'food' | 'education' | 'medical' | 'housing' | 'water'; ok: boolean | null }>;
  notes: string | null;
}

export async function householdDetail(
  db: Queryable,
  id: number,
): Promise<{ household: BoardHousehold; visits: BoardVisit[]; items: BoardItem[] } | null> {
  const h = await client(db).household.findUnique({ where: { id }, include: { cadre: { select: { name: true } } } });
  if (!h) return null;
  const [visits, items] = await Promise.all([
    client(db).visit.findMany({
      where: { householdId: id, withdrawnAt: null },
      include: { cadre: { select: { name: true } } },
      orderBy: { visitedOn: 'desc' },
    }),
    client(db).issue.findMany({ where: { householdId: id, status: { not: 'withdrawn' } }, include: itemInclude, orderBy: { no: 'asc' } }),
  ]);
  const keys = ['income', 'food', 'education', 'medical', 'housing', 'water'] as const;
  return {
    household: {
      id: h.id,
      villageId: h.villageId,
      headName: h.headName,
      group: h.group,
      category: h.category,
      cadreName: h.cadre?.name ?? null,
      lastVisit: visits[0]?.visitedOn ?? null,
    },
    visits: visits.map((v) => ({
      visitedOn: v.visitedOn,
      method: v.method,
      cadreName: v.cadre?.name ?? null,
      checks: keys.map((key) => ({ key, ok: v[key] })),
      notes: v.notes,
    })),
    items: items.map(toItem),
  };
}
