// The picture that goes with a digest: per village new, closed and overdue items; visit
// coverage against the target; and the ledger over the last periods, stacked into one image.
// Planned here from the database (plain figures); drawn later, apart (see draw-digest-images).
import type { ChartRequest, ImageRequest } from '../charts/chart-request.ts';
import type { LedgerTrendPoint } from '../charts/types.ts';
import { addDays, shanghaiDay } from '../core/shanghai-calendar.ts';
import { digestImageText } from '../prompts/charts.ts';
import type { Queryable } from '../storage/client.ts';
import { periodFigures, type FigureRange, type VillageFigures } from '../storage/period-figures.ts';
import { periodWindow } from './cron-schedule.ts';

export interface DigestChart {
  alt: string;
  request: ImageRequest;
}

/** Periods on the trend line, the digest's own period last. */
export const TREND_PERIODS = 6;
/** Every household of the roster visited in the period. */
export const COVERAGE_TARGET = 1;

const DAY_MS = 24 * 3600_000;

/** The run's period and the ones before it, oldest first, as the cron expression cuts them. */
export function periodsBefore(cron: string, now: Date, count: number): FigureRange[] {
  const out: FigureRange[] = [];
  let at = now;
  for (let k = 0; k < count; k++) {
    const w = periodWindow(cron, at);
    out.unshift({ from: w.from, to: w.to, fromDay: shanghaiDay(w.from), toDay: addDays(shanghaiDay(w.to), -1) });
    // The last instant of the period's first day: the slot that opened it is the latest one then.
    at = new Date(w.from.getTime() + DAY_MS - 1);
  }
  return out;
}

export async function planDigestChart(
  db: Queryable,
  digest: { cadence: 'weekly' | 'dispatch'; heading: string; scope: string; villages: Array<{ id: number; name: string }> },
  cron: string,
  now: Date,
): Promise<DigestChart> {
  const ids = digest.villages.map((v) => v.id);
  const periods = periodsBefore(cron, now, TREND_PERIODS);
  const figures = await Promise.all(periods.map((p) => periodFigures(db, ids, p)));
  const current = periods[periods.length - 1];
  const latest = figures[figures.length - 1];
  const period = { from: current.fromDay, to: current.toDay };
  const of = (id: number) => latest.get(id) as VillageFigures;
  const parts: ChartRequest[] = [
    {
      chart: 'village-ledger',
      input: {
        cadence: digest.cadence,
        scope: digest.scope,
        period,
        villages: digest.villages.map((v) => ({
          village: v.name,
          created: of(v.id).created,
          closed: of(v.id).closed,
          overdue: of(v.id).overdue,
        })),
      },
    },
    {
      chart: 'visit-coverage',
      input: {
        scope: digest.scope,
        period,
        households: digestImageText.households,
        target: COVERAGE_TARGET,
        villages: digest.villages.map((v) => ({ village: v.name, visited: of(v.id).visited, total: of(v.id).households })),
      },
    },
    { chart: 'ledger-trend', input: { scope: digest.scope, periods: periods.map((p, k) => trendPoint(p, figures[k])) } },
  ];
  return {
    alt: digestImageText.alt(digest.heading, digest.scope, period.from, period.to),
    request: { chart: 'stack', parts },
  };
}

function trendPoint(range: FigureRange, figures: Map<number, VillageFigures>): LedgerTrendPoint {
  let open = 0;
  let overdue = 0;
  let closed = 0;
  let base = 0;
  for (const f of figures.values()) {
    open += f.open;
    overdue += f.overdue;
    closed += f.closed;
    base += f.toClose;
  }
  return { from: range.fromDay, to: range.toDay, open, overdue, closeRate: base ? closed / base : null };
}
