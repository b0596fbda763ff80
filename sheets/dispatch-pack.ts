// The figures of a dispatch pack (半月一调度), computed from its records: the short message,
// the Lark card and the xlsx all read this one object, so they cannot disagree. "Period"
// figures count [from, to); "all-time" ones count every item ever created before `to`.
import { daysBetween } from '../core/shanghai-calendar.ts';
import type { DispatchData, PackItem } from '../storage/dispatch-data.ts';

export interface PackVillage {
  id: number;
  name: string;
  created: number;
  closed: number;
  /** Period: items closed in it ÷ items that were open at some time in it, in percent; null when none. */
  periodRate: number | null;
  open: number;
  overdue: number;
  longest: number;
  /** All-time closed ÷ all-time items, in percent; null when the village has none. */
  allTimeRate: number | null;
  households: number;
  visited: number;
}

export interface PackOverdue extends PackItem {
  villageName: string;
  days: number;
}

export interface PackPerson {
  name: string;
  open: number;
  overdue: number;
}

export interface PackCoverage {
  village: string;
  group: string;
  category: string;
  households: number;
  visited: number;
}

export interface DispatchPack {
  fromDay: string;
  lastDay: string;
  today: string;
  period: { created: number; closed: number; workload: number; rate: number | null };
  allTime: { total: number; closed: number; rate: number | null; open: number; overdue: number };
  villages: PackVillage[];
  /** Open items past their deadline, longest first. */
  overdue: PackOverdue[];
  /** The period's ledger (problem list), by village and number, with the village's name. */
  items: Array<PackItem & { villageName: string; overdueDays: number /** Closed by the period's end. */; closedByEnd: boolean }>;
  people: PackPerson[];
  coverage: { households: number; visited: number };
  coverageRows: PackCoverage[];
  idleCadres: Array<{ village: string; name: string; households: number }>;
  missing: { dueOn: number; assignee: number };
  /** Open items the villages passed up to the township (#上报), and those nobody there took yet. */
  escalated: { open: number; waiting: number };
}

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : null);
const NONE = '（未填）';

export function dispatchPack(
  data: DispatchData,
  period: { from: Date; to: Date; fromDay: string; lastDay: string },
  today: string,
): DispatchPack {
  const nameOf = new Map(data.villages.map((v) => [v.id, v.name]));
  const inPeriod = (at: Date | null) => !!at && at >= period.from && at < period.to;
  // Open at the period's end: an item closed later was still open then.
  const isOpen = (i: PackItem) => i.status !== 'closed' || !i.closedAt || i.closedAt >= period.to;
  const late = (i: PackItem) => (isOpen(i) && i.dueOn && i.dueOn < today ? daysBetween(i.dueOn, today) : 0);
  const items = data.items.map((i) => ({
    ...i,
    villageName: nameOf.get(i.villageId) ?? '',
    overdueDays: late(i),
    closedByEnd: !isOpen(i),
  }));
  const open = items.filter(isOpen);
  const overdue = open
    .filter((i) => i.overdueDays > 0)
    .map((i) => ({ ...i, days: i.overdueDays }))
    .sort((a, b) => b.days - a.days || a.villageName.localeCompare(b.villageName, 'zh') || a.no - b.no);
  const visitedIds = new Set(data.visits.flatMap((v) => (v.householdId === null ? [] : [v.householdId])));

  const villages: PackVillage[] = data.villages.map((v) => {
    const mine = items.filter((i) => i.villageId === v.id);
    const closed = mine.filter((i) => inPeriod(i.closedAt)).length;
    const lateOnes = overdue.filter((i) => i.villageId === v.id);
    const homes = data.households.filter((h) => h.villageId === v.id);
    const tot = data.totals.get(v.id);
    return {
      id: v.id,
      name: v.name,
      created: mine.filter((i) => inPeriod(i.createdAt)).length,
      closed,
      periodRate: percent(closed, mine.length),
      open: mine.filter(isOpen).length,
      overdue: lateOnes.length,
      longest: lateOnes[0]?.days ?? 0,
      allTimeRate: tot ? percent(tot.closed, tot.total) : null,
      households: homes.length,
      visited: homes.filter((h) => visitedIds.has(h.id)).length,
    };
  });
  villages.sort((a, b) => b.overdue - a.overdue || b.longest - a.longest || b.open - a.open || a.name.localeCompare(b.name, 'zh'));

  const closedInPeriod = items.filter((i) => inPeriod(i.closedAt)).length;
  let total = 0;
  let closedAll = 0;
  for (const t of data.totals.values()) {
    total += t.total;
    closedAll += t.closed;
  }

  const people = new Map<string, PackPerson>();
  for (const i of open) {
    const name = i.assignee ?? NONE;
    const p = people.get(name) ?? { name, open: 0, overdue: 0 };
    p.open++;
    if (i.overdueDays > 0) p.overdue++;
    people.set(name, p);
  }

  const coverage = new Map<string, PackCoverage>();
  for (const h of data.households) {
    const village = nameOf.get(h.villageId) ?? '';
    const key = `${village}|${h.group ?? ''}|${h.category ?? ''}`;
    const row = coverage.get(key) ?? { village, group: h.group ?? NONE, category: h.category ?? NONE, households: 0, visited: 0 };
    row.households++;
    if (visitedIds.has(h.id)) row.visited++;
    coverage.set(key, row);
  }

  const visitors = new Set(data.visits.flatMap((v) => (v.cadreId === null ? [] : [v.cadreId])));
  const idleCadres = data.cadres
    .filter((c) => !visitors.has(c.id))
    .map((c) => ({
      village: nameOf.get(c.villageId) ?? '',
      name: c.name,
      households: data.households.filter((h) => h.cadreId === c.id).length,
    }));

  return {
    fromDay: period.fromDay,
    lastDay: period.lastDay,
    today,
    period: {
      created: items.filter((i) => inPeriod(i.createdAt)).length,
      closed: closedInPeriod,
      workload: items.length,
      rate: percent(closedInPeriod, items.length),
    },
    allTime: { total, closed: closedAll, rate: percent(closedAll, total), open: open.length, overdue: overdue.length },
    villages,
    overdue,
    items,
    people: [...people.values()].sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.name.localeCompare(b.name, 'zh')),
    coverage: { households: data.households.length, visited: data.households.filter((h) => visitedIds.has(h.id)).length },
    coverageRows: [...coverage.values()].sort(
      (a, b) =>
        a.village.localeCompare(b.village, 'zh') || a.group.localeCompare(b.group, 'zh') || a.category.localeCompare(b.category, 'zh'),
    ),
    idleCadres,
    missing: { dueOn: open.filter((i) => !i.dueOn).length, assignee: open.filter((i) => !i.assignee).length },
    escalated: { open: open.filter((i) => i.escalatedAt).length, waiting: open.filter((i) => i.escalatedAt && !i.takenBy).length },
  };
}
