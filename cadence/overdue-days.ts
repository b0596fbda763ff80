import type { LedgerItem } from '../storage/cadence-issues.ts';
import { daysBetween } from '../core/shanghai-calendar.ts';

/** Days past the deadline on `today` (0 when not overdue: due today is still on time). */
export function overdueDays(item: Pick<LedgerItem, 'dueOn' | 'status'>, today: string): number {
  if (item.status === 'closed' || !item.dueOn || !/^\d{4}-\d{2}-\d{2}$/.test(item.dueOn)) return 0;
  return Math.max(0, daysBetween(item.dueOn, today));
}

/** Overdue items, most overdue first. */
export function overdueItems<T extends Pick<LedgerItem, 'dueOn' | 'status' | 'no'>>(
  items: T[],
  today: string,
): Array<T & { overdueDays: number }> {
  return items
    .map((i) => ({ ...i, overdueDays: overdueDays(i, today) }))
    .filter((i) => i.overdueDays > 0)
    .sort((a, b) => b.overdueDays - a.overdueDays || a.no - b.no);
}
