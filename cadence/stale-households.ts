import type { HouseholdVisitState } from '../storage/cadence-visits.ts';
import { daysBetween } from '../core/shanghai-calendar.ts';

/** Households named per cadre; the rest are counted ("等5户"). */
export const HOUSEHOLDS_PER_CADRE = 3;

export interface CadreStale {
  cadreId: number | null;
  cadreName: string | null;
  households: Array<HouseholdVisitState & { daysSince: number | null }>;
}

/**
 * Households not visited for `everyDays` (VISIT_EVERY_DAYS), by cadre, most overdue first (never visited
 * first); cadres with the most such households first.
 */
export function staleByCadre(households: HouseholdVisitState[], today: string, everyDays: number): CadreStale[] {
  const byCadre = new Map<number | null, CadreStale>();
  for (const h of households) {
    const daysSince = h.lastVisitedOn ? daysBetween(h.lastVisitedOn, today) : null;
    if (daysSince !== null && daysSince < everyDays) continue;
    const entry = byCadre.get(h.cadreId) ?? { cadreId: h.cadreId, cadreName: h.cadreName, households: [] };
    entry.households.push({ ...h, daysSince });
    byCadre.set(h.cadreId, entry);
  }
  const rank = (d: number | null) => (d === null ? Number.MAX_SAFE_INTEGER : d);
  const list = [...byCadre.values()];
  for (const c of list) c.households.sort((a, b) => rank(b.daysSince) - rank(a.daysSince) || a.id - b.id);
  // Unassigned households go last: there is no one to name for them.
  return list.sort(
    (a, b) =>
      Number(a.cadreId === null) - Number(b.cadreId === null) ||
      b.households.length - a.households.length ||
      (a.cadreId ?? 0) - (b.cadreId ?? 0),
  );
}
