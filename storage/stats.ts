import { client, type Queryable } from './client.ts';

export interface WeekStats {
  visits: number;
  /** Visits per cadre, most first. */
  byCadre: Array<{ name: string; visits: number }>;
  /** Roster households visited this week (the coverage numerator). */
  householdsVisited: number;
  /** Distinct households visited, on the roster or not. */
  namesVisited: number;
  households: number;
  newIssues: number;
  closedIssues: number;
  totalIssues: number;
  closedTotal: number;
  /** 待验收: closed out, not yet confirmed; neither open nor closed in the 销号率. */
  awaitingReview: number;
  open: number;
  overdue: number;
}

export interface WeekRange {
  /** Calendar days, Monday and Sunday (visits are dated by the day of the visit). */
  monday: string;
  sunday: string;
  /** Instants bounding the week, for records stamped with a time (new and closed items). */
  from: Date;
  to: Date;
  today: string;
}

/** The week's figures for some villages (one village, or every village of a township). */
export async function weekStats(db: Queryable, villageIds: number[], week: WeekRange): Promise<WeekStats> {
  const inVillages = { villageId: { in: villageIds } };
  const visitWhere = { ...inVillages, withdrawnAt: null, visitedOn: { gte: week.monday, lte: week.sunday } };
  const [perCadre, visited, households, newIssues, closedIssues, totalIssues, open, overdue, closedTotal, awaitingReview] =
    await Promise.all([
      client(db).visit.groupBy({ by: ['cadreId'], where: visitWhere, _count: { _all: true } }),
      // A household counts once however often it was visited.
      client(db).visit.groupBy({ by: ['householdId', 'householdName'], where: visitWhere }),
      client(db).household.count({ where: inVillages }),
      client(db).issue.count({ where: { ...inVillages, status: { not: 'withdrawn' }, createdAt: { gte: week.from, lt: week.to } } }),
      client(db).issue.count({ where: { ...inVillages, closedAt: { gte: week.from, lt: week.to } } }),
      client(db).issue.count({ where: { ...inVillages, status: { not: 'withdrawn' } } }),
      client(db).issue.count({ where: { ...inVillages, status: 'open' } }),
      client(db).issue.count({ where: { ...inVillages, status: 'open', dueOn: { lt: week.today } } }),
      client(db).issue.count({ where: { ...inVillages, status: 'closed' } }),
      client(db).issue.count({ where: { ...inVillages, status: 'review' } }),
    ]);
  const ids = perCadre.map((r) => r.cadreId).filter((id): id is number => id !== null);
  const names = new Map(
    (await client(db).member.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((m) => [m.id, m.name]),
  );
  const byCadre = perCadre
    .map((r) => ({ name: (r.cadreId !== null && names.get(r.cadreId)) || '未知', visits: r._count._all }))
    .sort((a, b) => b.visits - a.visits || a.name.localeCompare(b.name, 'zh-CN'));
  const householdsVisited = new Set(visited.filter((v) => v.householdId !== null).map((v) => v.householdId)).size;
  const namesVisited = new Set(visited.map((v) => (v.householdId !== null ? `#${v.householdId}` : v.householdName))).size;
  return {
    visits: byCadre.reduce((n, c) => n + c.visits, 0),
    byCadre,
    householdsVisited,
    namesVisited,
    households,
    newIssues,
    closedIssues,
    totalIssues,
    closedTotal,
    awaitingReview,
    open,
    overdue,
  };
}
