// The 意见箱 line of the dispatch: counts only (received, answered, overdue), never a complaint's
// content or sender. Nothing when the township has had no complaints to count.
import { complaintText } from '../prompts/complaint.ts';
import type { Queryable } from '../storage/client.ts';
import { complaintCounts } from '../storage/complaints.ts';

const DAY_MS = 24 * 3600 * 1000;

export async function townshipComplaintLines(
  db: Queryable,
  townshipId: number,
  window: { from: Date; to: Date },
  now: Date,
  answerDays: number,
): Promise<string[]> {
  const counts = await complaintCounts(db, townshipId, window, new Date(now.getTime() - answerDays * DAY_MS));
  if (!counts.received && !counts.answered && !counts.overdue) return [];
  return [complaintText.dispatchLine(counts, answerDays)];
}
