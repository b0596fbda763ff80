// Dates that exist but are probably slips: a deadline already past (`2025-11-30前` written in
// 2026) or a visit dated in the future (`2030年1月1日`). Read as written, they are reported so
// the handler can ask before storing them. A deadline without a year never lands here: it is
// next year's when this year's has passed.
import type { ParsedIssue, ParsedVisit, ParseWarning } from '../../core/checkin.ts';

function spoken(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function dateWarnings(visit: ParsedVisit | null, issues: readonly ParsedIssue[], todayIso: string): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  if (visit && visit.visitedOn > todayIso) {
    warnings.push({ field: 'visitedOn', date: visit.visitedOn, message: `走访日期${spoken(visit.visitedOn)}还没到` });
  }
  const past = new Set<string>();
  for (const issue of issues) if (issue.dueOn && issue.dueOn < todayIso) past.add(issue.dueOn);
  for (const date of [...past].sort()) warnings.push({ field: 'dueOn', date, message: `时限${spoken(date)}已过` });
  return warnings;
}
