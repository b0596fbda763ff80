import { itemDetailText as t } from '../../prompts/close-out.ts';
import { ledgerText } from '../../prompts/ledger.ts';
import { shanghaiDay } from '../../core/shanghai-calendar.ts';
import type { IssueDetail } from '../../storage/issues.ts';

interface Event {
  at: Date;
  who: string | null;
  what: string;
}

/**
 * `#台账 12`: one item in full. The head (what, who, 时限 as agreed and as now, review, photos kept
 * as evidence, links),
 * then every event in time order: notes (progress, close, review), 延期 requests with their
 * decision, and 回访.
 */
export function itemDetailLines(village: string, item: IssueDetail, photos = 0): string[] {
  const lines = [
    t.head(village, item.no, item.status),
    t.what(item.category, item.description, item.householdName),
    t.assignee(item.assignee),
    t.due(item.dueOn, item.originalDueOn),
    t.reported(item.reportedBy, shanghaiDay(item.createdAt)),
  ];
  if (item.escalatedAt) lines.push(t.escalated(item.escalatedBy, shanghaiDay(item.escalatedAt), item.escalationReason, item.takenBy));
  if (item.reviewedBy && item.reviewedAt) lines.push(t.reviewed(item.reviewedBy, shanghaiDay(item.reviewedAt)));
  if (photos) lines.push(ledgerText.photosAttached(photos));
  if (item.reboundOfNo !== null) lines.push(t.reboundOf(item.reboundOfNo));
  if (item.reboundToNos.length) lines.push(t.reboundTo(item.reboundToNos));
  const events: Event[] = [
    ...item.notes.map((n) => ({ at: n.createdAt, who: n.author, what: (t.noteKinds[n.kind] ?? t.noteKinds.progress)(n.text) })),
    ...item.deadlineRequests.map((r) => ({
      at: r.requestedAt,
      who: r.requestedBy,
      what: t.extension(r.fromDueOn, r.toDueOn, r.reason, r.status, r.decidedBy, r.decisionReason),
    })),
    ...item.followUps.map((f) => ({ at: f.at, who: f.by, what: t.followUp(f.outcome, f.satisfaction, f.text) })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  if (events.length) {
    lines.push(t.historyHead);
    for (const e of events) lines.push(t.note(shanghaiDay(e.at), e.who, e.what));
  }
  return lines;
}
