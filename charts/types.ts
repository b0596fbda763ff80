// What the charts draw: plain figures a storage query or a digest already has, with calendar
// days as 'YYYY-MM-DD' (Asia/Shanghai), and what a chart becomes before it is drawn.
import type { EChartsOption } from 'echarts';

/** A reporting period, both days included: a week for the inspection, half a month for the dispatch. */
export interface Period {
  from: string;
  to: string;
}

/** One village's ledger figures for a period. */
export interface VillageLedgerRow {
  village: string;
  /** Items opened in the period. */
  created: number;
  /** Items closed out (销号) in the period. */
  closed: number;
  /** Items past their deadline at the period's end. */
  overdue: number;
  /** Items waiting for the township's check (待验收); leave it out where there is no such step. */
  awaitingCheck?: number;
}

export interface VillageLedgerInput {
  /** Which digest the chart goes with: its heading names it. */
  cadence: 'weekly' | 'dispatch';
  /** Whose figures: a township for the dispatch, a village for the inspection. */
  scope: string;
  period: Period;
  villages: VillageLedgerRow[];
}

/** One village's visits against the households that had to be visited. */
export interface VisitCoverageRow {
  village: string;
  /** Households of the target kind visited at least once in the period. */
  visited: number;
  /** Households of the target kind (e.g. every 脱贫户 and 监测户 of the village). */
  total: number;
}

export interface VisitCoverageInput {
  scope: string;
  period: Period;
  /** Which households count, as people say it: '脱贫户、监测户'. */
  households: string;
  /** The share to reach, 0–1 (1 = every household). */
  target: number;
  villages: VisitCoverageRow[];
}

/** The ledger at the end of one period. */
export interface LedgerTrendPoint extends Period {
  open: number;
  overdue: number;
  /** 整改率 as a share, 0–1; null when there was nothing to close. */
  closeRate: number | null;
}

export interface LedgerTrendInput {
  scope: string;
  /** Oldest first. */
  periods: LedgerTrendPoint[];
}

/** A chart ready to draw: the ECharts option and the picture's size in pixels. */
export interface ChartSpec {
  option: EChartsOption;
  width: number;
  height: number;
}

export interface RenderedChart {
  svg: string;
  png: Buffer;
  width: number;
  height: number;
}
