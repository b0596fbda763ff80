// A period's ledger and visit figures per village: what the digests' pictures and the ledger
// board show. Read in three queries and counted here (a township has hundreds of items, not
// millions), so every figure comes from the same rows.
import { shanghaiDay } from '../core/shanghai-calendar.ts';
import { client, type Queryable } from './client.ts';

/** A period: instants for records stamped with a time, days for visits (both days included). */
export interface FigureRange {
  from: Date;
  /** The end, exclusive; for a period still running, the present instant. */
  to: Date;
  fromDay: string;
  toDay: string;
}

export interface VillageFigures {
  villageId: number;
  /** Items opened in the period. */
  created: number;
  /** Items closed out (销号) in the period. */
  closed: number;
  /** Items open at the period's end. */
  open: number;
  /** Of those, past their deadline at the period's end. */
  overdue: number;
  /** Roster households of the village, and those visited at least once in the period. */
  households: number;
  visited: number;
  /** Items to work on in the period: open at its start plus opened in it. */
  toClose: number;
  /** 整改率: closed in the period ÷ toClose; null when there was nothing to close. */
  closeRate: number | null;
}

export async function periodFigures(db: Queryable, villageIds: number[], range: FigureRange): Promise<Map<number, VillageFigures>> {
  const out = new Map<number, VillageFigures>();
  if (!villageIds.length) return out;
  const inVillages = { villageId: { in: villageIds } };
  const [items, households, visits] = await Promise.all([
    client(db).issue.findMany({
      where: { ...inVillages, status: { not: 'withdrawn' }, createdAt: { lt: range.to } },
      select: { villageId: true, createdAt: true, closedAt: true, status: true, dueOn: true },
    }),
    client(db).household.groupBy({ by: ['villageId'], where: inVillages, _count: { _all: true } }),
    client(db).visit.groupBy({
      by: ['villageId', 'householdId'],
      where: { ...inVillages, householdId: { not: null }, withdrawnAt: null, visitedOn: { gte: range.fromDay, lte: range.toDay } },
    }),
  ]);
  for (const id of villageIds)
    out.set(id, { villageId: id, created: 0, closed: 0, open: 0, overdue: 0, households: 0, visited: 0, toClose: 0, closeRate: null });
  // The day the period ends on: a deadline before it was missed.
  const endDay = shanghaiDay(range.to);
  const openAtStart = new Map<number, number>();
  for (const item of items) {
    const f = out.get(item.villageId);
    if (!f) continue;
    const closedBy = (at: Date) => item.status === 'closed' && item.closedAt !== null && item.closedAt < at;
    if (item.createdAt >= range.from) f.created++;
    else if (!closedBy(range.from)) openAtStart.set(item.villageId, (openAtStart.get(item.villageId) ?? 0) + 1);
    if (item.status === 'closed' && item.closedAt && item.closedAt >= range.from && item.closedAt < range.to) f.closed++;
    if (!closedBy(range.to)) {
      f.open++;
      if (item.dueOn !== null && item.dueOn < endDay) f.overdue++;
    }
  }
  for (const h of households) {
    const f = out.get(h.villageId);
    if (f) f.households = h._count._all;
  }
  for (const v of visits) {
    const f = v.villageId === null ? undefined : out.get(v.villageId);
    if (f) f.visited++;
  }
  for (const f of out.values()) {
    f.toClose = (openAtStart.get(f.villageId) ?? 0) + f.created;
    f.closeRate = f.toClose ? f.closed / f.toClose : null;
  }
  return out;
}
