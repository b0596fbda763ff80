// The 满意度 lines of the weekly inspection and the dispatch: kept in their own block so the
// digests they join can change around them. Shares and counts only; never a household's name.
import { addDays, daysBetween } from '../core/shanghai-calendar.ts';
import { satisfactionText as t } from '../prompts/satisfaction.ts';
import type { Queryable } from '../storage/client.ts';
import { type DayRange, satisfactionFigures } from '../storage/satisfaction.ts';

/** The period of the same length just before this one (days inclusive). */
export function previousPeriod(current: DayRange): DayRange {
  const length = daysBetween(current.from, current.to) + 1;
  return { from: addDays(current.from, -length), to: addDays(current.from, -1) };
}

/** One village's lines (weekly inspection). */
export async function villageSatisfactionLines(
  db: Queryable,
  villageId: number,
  period: DayRange,
  today: string,
  revisitDays: number,
): Promise<string[]> {
  const figures = await satisfactionFigures(db, [villageId], { current: period, previous: previousPeriod(period) }, today, revisitDays);
  return t.villageLines(figures.get(villageId)!);
}

/** A township's lines (dispatch): a heading and one line per village with anything to say. */
export async function townshipSatisfactionLines(
  db: Queryable,
  villages: ReadonlyArray<{ id: number; name: string }>,
  period: DayRange,
  today: string,
  revisitDays: number,
): Promise<string[]> {
  if (!villages.length) return [];
  const figures = await satisfactionFigures(
    db,
    villages.map((v) => v.id),
    { current: period, previous: previousPeriod(period) },
    today,
    revisitDays,
  );
  const lines = villages.flatMap((v) => t.dispatchLine(v.name, figures.get(v.id)!) ?? []);
  return lines.length ? [t.dispatchHead, ...lines] : [];
}
