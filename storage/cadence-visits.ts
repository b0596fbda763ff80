// Read-only visit queries for the cadence. Days are 'YYYY-MM-DD' strings (Shanghai).
import { client, type Queryable } from './client.ts';

/** Visits per cadre (member id, null = not linked) between two days, inclusive. */
export async function visitCountsByCadre(
  db: Queryable,
  villageId: number,
  fromDay: string,
  toDay: string,
): Promise<Map<number | null, number>> {
  const rows = await client(db).visit.groupBy({
    by: ['cadreId'],
    where: { villageId, withdrawnAt: null, visitedOn: { gte: fromDay, lte: toDay } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.cadreId, r._count._all]));
}

export interface HouseholdVisitState {
  id: number;
  headName: string;
  group: string | null;
  cadreId: number | null;
  cadreName: string | null;
  /** The last visit day, or null when never visited. */
  lastVisitedOn: string | null;
}

/** Every household of a village with its cadre and last visit day. */
export async function householdsLastVisited(db: Queryable, villageId: number): Promise<HouseholdVisitState[]> {
  const [households, last] = await Promise.all([
    client(db).household.findMany({ where: { villageId }, include: { cadre: { select: { name: true } } }, orderBy: { id: 'asc' } }),
    client(db).visit.groupBy({
      by: ['householdId'],
      where: { villageId, householdId: { not: null }, withdrawnAt: null },
      _max: { visitedOn: true },
    }),
  ]);
  const lastBy = new Map(last.map((r) => [r.householdId, r._max.visitedOn]));
  return households.map((h) => ({
    id: h.id,
    headName: h.headName,
    group: h.group,
    cadreId: h.cadreId,
    cadreName: h.cadre?.name ?? null,
    lastVisitedOn: lastBy.get(h.id) ?? null,
  }));
}
