// Village meetings (院坝会, 恳谈会) and where a ledger item raised at one came from.
import { client, type Queryable, type Tx } from './client.ts';

export interface NewMeeting {
  villageId: number;
  kind: string;
  group: string | null;
  heldOn: string;
  attendees: number | null;
  minutes: string | null;
  recordedBy: string | null;
  inboxId: number | null;
}

export async function addMeeting(tx: Tx, meeting: NewMeeting, now: Date): Promise<number> {
  const row = await client(tx).meeting.create({ data: { ...meeting, createdAt: now }, select: { id: true } });
  return row.id;
}

/** The meetings these ids name: kind, day, 组. */
export async function meetingsByIds(
  db: Queryable,
  ids: number[],
): Promise<Map<number, { kind: string; heldOn: string; group: string | null }>> {
  if (!ids.length) return new Map();
  const rows = await client(db).meeting.findMany({
    where: { id: { in: ids } },
    select: { id: true, kind: true, heldOn: true, group: true },
  });
  return new Map(rows.map((r) => [r.id, r]));
}
