// `#统计` / `#周报`: this week's figures, one screen.
import { monthDay } from '../core/shanghai-calendar.ts';
import type { WeekStats } from '../storage/stats.ts';

const percent = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : '—');

/** The lines of the weekly figures; the same lines make the card's rows. */
export function statsLines(label: string, monday: string, sunday: string, s: WeekStats): { title: string; rows: string[] } {
  const perCadre = s.byCadre.length ? `：${s.byCadre.map((c) => `${c.name} ${c.visits}`).join('，')}` : '';
  const coverage = s.households
    ? `覆盖 ${s.householdsVisited}/${s.households} 户（${percent(s.householdsVisited, s.households)}）`
    : `走访 ${s.namesVisited} 户（未导入花名册，无法算覆盖率）`;
  return {
    title: `${label} 本周（${monthDay(monday)}—${monthDay(sunday)}）`,
    rows: [
      `走访 ${s.visits} 次${perCadre}`,
      coverage,
      `问题：新增 ${s.newIssues}，销号 ${s.closedIssues}；未销号 ${s.open}（逾期 ${s.overdue}）`,
      // 待验收 items are neither open nor closed: they leave the 销号率's base until decided.
      `累计 ${s.totalIssues} 项，已销号 ${s.closedTotal} 项，销号率 ${percent(s.closedTotal, s.totalIssues - s.awaitingReview)}`,
      ...(s.awaitingReview ? [`${s.awaitingReview} 项待验收`] : []),
    ],
  };
}
