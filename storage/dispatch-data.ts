// What a dispatch pack (半月一调度) is made from, read in one go for a set of villages: every
// ledger item that was open during the period or touched in it, the households, the period's
// visits and the cadres. Figures are computed above storage (sheets/dispatch-pack.ts).
import { client, type Queryable } from './client.ts';

export interface PackItem {
  villageId: number;
  no: number;
  category: string;
  description: string;
  householdName: string | null;
  group: string | null;
  assignee: string | null;
  dueOn: string | null;
  status: string;
  createdAt: Date;
  closedAt: Date | null;
  /** Passed up to the township (#上报), and who took it there (#接办). */
  escalatedAt: Date | null;
  takenBy: string | null;
}

export interface PackHousehold {
  id: number;
  villageId: number;
  group: string | null;
  category: string | null;
  cadreId: number | null;
}

export interface PackVisit {
  householdId: number | null;
  villageId: number | null;
  cadreId: number | null;
}

export interface PackCadre {
  id: number;
  name: string;
  villageId: number;
}

export interface DispatchData {
  villages: Array<{ id: number; name: string }>;
  /** Items created before `to` and not closed before `from`: the period's ledger. */
  items: PackItem[];
  /** All-time totals per village (every item ever, and those closed), for the 累计 figure. */
  totals: Map<number, { total: number; closed: number }>;
  households: PackHousehold[];
  visits: PackVisit[];
  cadres: PackCadre[];
}

/** Reads a pack's records for villages and the period [from, to) (visit days `fromDay`…`lastDay`). */
export async function dispatchData(
  db: Queryable,
  villages: Array<{ id: number; name: string }>,
  period: { from: Date; to: Date; fromDay: string; lastDay: string },
): Promise<DispatchData> {
  const ids = villages.map((v) => v.id);
  const c = client(db);
  const [items, all, closedAll, households, visits, cadres] = await Promise.all([
    c.issue.findMany({
      where: {
        villageId: { in: ids },
        status: { not: 'withdrawn' },
        createdAt: { lt: period.to },
        OR: [{ closedAt: null }, { closedAt: { gte: period.from } }],
      },
      select: {
        villageId: true,
        no: true,
        category: true,
        description: true,
        householdName: true,
        group: true,
        assignee: true,
        dueOn: true,
        status: true,
        createdAt: true,
        closedAt: true,
        escalatedAt: true,
        takenBy: true,
      },
      orderBy: [{ villageId: 'asc' }, { no: 'asc' }],
    }),
    c.issue.groupBy({
      by: ['villageId'],
      where: { villageId: { in: ids }, status: { not: 'withdrawn' }, createdAt: { lt: period.to } },
      _count: { _all: true },
    }),
    // Closed by the period's end: a later close-out is not this pack's.
    c.issue.groupBy({
      by: ['villageId'],
      where: { villageId: { in: ids }, status: 'closed', closedAt: { lt: period.to } },
      _count: { _all: true },
    }),
    c.household.findMany({
      where: { villageId: { in: ids } },
      select: { id: true, villageId: true, group: true, category: true, cadreId: true },
    }),
    c.visit.findMany({
      where: { villageId: { in: ids }, withdrawnAt: null, visitedOn: { gte: period.fromDay, lte: period.lastDay } },
      select: { householdId: true, villageId: true, cadreId: true },
    }),
    c.member.findMany({
      where: { villageId: { in: ids }, role: { in: ['cadre', 'leader'] } },
      select: { id: true, name: true, villageId: true },
      orderBy: { id: 'asc' },
    }),
  ]);
  const totals = new Map<number, { total: number; closed: number }>();
  for (const r of all) totals.set(r.villageId, { total: r._count._all, closed: 0 });
  for (const r of closedAll) {
    const t = totals.get(r.villageId);
    if (t) t.closed = r._count._all;
  }
  return {
    villages,
    items,
    totals,
    households,
    visits,
    cadres: cadres.flatMap((m) => (m.villageId === null ? [] : [{ ...m, villageId: m.villageId }])),
  };
}
