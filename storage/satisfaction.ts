// 满意度 read back from the visits: each household's verdict over a period, the households whose
// latest verdict is 不满意 (to be visited again), and the open 微心愿. Days are 'YYYY-MM-DD'
// (Shanghai). A household is its roster row when linked, else its name within the village.
import { SATISFACTION_LEVELS, type Satisfaction } from '../core/checkin.ts';
import { addDays } from '../core/shanghai-calendar.ts';
import { client, type Queryable } from './client.ts';

export type SatisfactionCounts = Record<Satisfaction, number>;

interface VerdictRow {
  id: number;
  villageId: number | null;
  householdId: number | null;
  householdName: string;
  group: string | null;
  visitedOn: string;
  satisfaction: string | null;
  satisfactionReason: string | null;
  cadreId: number | null;
}

const householdKey = (v: Pick<VerdictRow, 'villageId' | 'householdId' | 'householdName'>) =>
  v.householdId !== null ? `h${v.householdId}` : `v${v.villageId}:${v.householdName}`;

const isLevel = (s: string | null): s is Satisfaction => !!s && (SATISFACTION_LEVELS as readonly string[]).includes(s);

const emptyCounts = (): SatisfactionCounts => ({ 满意: 0, 基本满意: 0, 不满意: 0 });

/**
 * Per village, the households visited between two days (inclusive) that gave a verdict, each
 * counted once by its latest verdict in those days.
 */
export async function satisfactionCounts(
  db: Queryable,
  villageIds: number[],
  fromDay: string,
  toDay: string,
): Promise<Map<number, SatisfactionCounts>> {
  const rows = await client(db).visit.findMany({
    where: { villageId: { in: villageIds }, withdrawnAt: null, visitedOn: { gte: fromDay, lte: toDay }, satisfaction: { not: null } },
    select: { id: true, villageId: true, householdId: true, householdName: true, visitedOn: true, satisfaction: true },
    orderBy: [{ visitedOn: 'asc' }, { id: 'asc' }],
  });
  const latest = new Map<string, { villageId: number; level: Satisfaction }>();
  for (const r of rows) {
    if (r.villageId === null || !isLevel(r.satisfaction)) continue;
    latest.set(householdKey(r), { villageId: r.villageId, level: r.satisfaction });
  }
  const out = new Map<number, SatisfactionCounts>(villageIds.map((id) => [id, emptyCounts()]));
  for (const { villageId, level } of latest.values()) out.get(villageId)![level]++;
  return out;
}

export interface UnsatisfiedHousehold {
  villageId: number;
  householdId: number | null;
  householdName: string;
  group: string | null;
  reason: string | null;
  /** The day of the visit that recorded 不满意. */
  visitedOn: string;
  /** Whoever made that visit, and the household's own cadre on the roster. */
  visitCadreId: number | null;
  householdCadreId: number | null;
  /** Names of those two, for the private list. */
  cadreName: string | null;
  /** A visit after that one (which did not record a verdict): someone went back. */
  revisited: boolean;
}

/**
 * Households whose latest recorded verdict is 不满意, oldest first. A later visit that records
 * 满意 or 基本满意 takes a household off; a later visit without a verdict marks it revisited.
 */
export async function unsatisfiedHouseholds(db: Queryable, villageIds: number[]): Promise<UnsatisfiedHousehold[]> {
  if (!villageIds.length) return [];
  const rows: VerdictRow[] = await client(db).visit.findMany({
    where: { villageId: { in: villageIds }, withdrawnAt: null },
    select: {
      id: true,
      villageId: true,
      householdId: true,
      householdName: true,
      group: true,
      visitedOn: true,
      satisfaction: true,
      satisfactionReason: true,
      cadreId: true,
    },
    orderBy: [{ visitedOn: 'asc' }, { id: 'asc' }],
  });
  const lastVerdict = new Map<string, VerdictRow>();
  const lastVisit = new Map<string, VerdictRow>();
  for (const r of rows) {
    const key = householdKey(r);
    lastVisit.set(key, r);
    if (isLevel(r.satisfaction)) lastVerdict.set(key, r);
  }
  const listed = [...lastVerdict.entries()].filter(([, r]) => r.satisfaction === '不满意' && r.villageId !== null);
  const householdIds = listed.map(([, r]) => r.householdId).filter((id): id is number => id !== null);
  const households = new Map(
    (await client(db).household.findMany({ where: { id: { in: householdIds } }, select: { id: true, cadreId: true } })).map((h) => [
      h.id,
      h.cadreId,
    ]),
  );
  const cadreIds = new Set<number>();
  for (const [, r] of listed) {
    if (r.cadreId !== null) cadreIds.add(r.cadreId);
    const own = r.householdId !== null ? households.get(r.householdId) : null;
    if (own) cadreIds.add(own);
  }
  const names = new Map(
    (await client(db).member.findMany({ where: { id: { in: [...cadreIds] } }, select: { id: true, name: true } })).map((m) => [
      m.id,
      m.name,
    ]),
  );
  return listed.map(([key, r]) => {
    const householdCadreId = (r.householdId !== null ? households.get(r.householdId) : null) ?? null;
    const responsible = householdCadreId ?? r.cadreId;
    return {
      villageId: r.villageId!,
      householdId: r.householdId,
      householdName: r.householdName,
      group: r.group,
      reason: r.satisfactionReason,
      visitedOn: r.visitedOn,
      visitCadreId: r.cadreId,
      householdCadreId,
      cadreName: responsible !== null ? (names.get(responsible) ?? null) : null,
      revisited: lastVisit.get(key)!.id !== r.id,
    };
  });
}

/** Open 微心愿 per village. */
export async function openWishCounts(db: Queryable, villageIds: number[]): Promise<Map<number, number>> {
  const rows = await client(db).issue.groupBy({
    by: ['villageId'],
    where: { villageId: { in: villageIds }, kind: 'wish', status: 'open' },
    _count: { _all: true },
  });
  return new Map(villageIds.map((id) => [id, rows.find((r) => r.villageId === id)?._count._all ?? 0]));
}

export interface DayRange {
  /** Inclusive calendar days. */
  from: string;
  to: string;
}

export interface SatisfactionFigures {
  /** Households by their latest verdict this period, and in the period before it. */
  current: SatisfactionCounts;
  previous: SatisfactionCounts;
  /** 不满意 households nobody has visited since, and those of them past the return-visit day. */
  awaitingRevisit: number;
  overdueRevisit: number;
  openWishes: number;
}

/**
 * The 满意度 figures of each village: this period against the one before, the 不满意 households
 * not yet revisited (overdue after `revisitDays`), and the open 微心愿.
 */
export async function satisfactionFigures(
  db: Queryable,
  villageIds: number[],
  periods: { current: DayRange; previous: DayRange },
  today: string,
  revisitDays: number,
): Promise<Map<number, SatisfactionFigures>> {
  const [current, previous, unsatisfied, wishes] = await Promise.all([
    satisfactionCounts(db, villageIds, periods.current.from, periods.current.to),
    satisfactionCounts(db, villageIds, periods.previous.from, periods.previous.to),
    unsatisfiedHouseholds(db, villageIds),
    openWishCounts(db, villageIds),
  ]);
  return new Map(
    villageIds.map((id) => {
      const waiting = unsatisfied.filter((u) => u.villageId === id && !u.revisited);
      return [
        id,
        {
          current: current.get(id) ?? emptyCounts(),
          previous: previous.get(id) ?? emptyCounts(),
          awaitingRevisit: waiting.length,
          overdueRevisit: waiting.filter((u) => addDays(u.visitedOn, revisitDays) < today).length,
          openWishes: wishes.get(id) ?? 0,
        },
      ];
    }),
  );
}
