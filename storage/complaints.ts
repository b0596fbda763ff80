// 意见箱: a township's designated recipient, and the complaints sent to them with their answers.
// The sender's chat is kept only to carry the answer back; no function here returns it except
// `complaintForAnswer`, which the answer command uses to address the reply and never shows.
import type { Platform } from '../core/platform.ts';
import { client, type Queryable, type Tx } from './client.ts';
import { toPlatform } from './to-platform.ts';

export async function findTownship(db: Queryable, name: string) {
  return client(db).township.findUnique({ where: { name } });
}

/** Sets (or replaces) the township's recipient. */
export async function setComplaintRecipient(tx: Tx, townshipId: number, memberId: number, setBy: string, at: Date): Promise<void> {
  await client(tx).complaintRecipient.upsert({
    where: { townshipId },
    create: { townshipId, memberId, setBy, setAt: at },
    update: { memberId, setBy, setAt: at },
  });
}

/** The member who receives the township's complaints, or null when none is set. */
export async function complaintRecipientOf(db: Queryable, townshipId: number): Promise<number | null> {
  return (await client(db).complaintRecipient.findUnique({ where: { townshipId } }))?.memberId ?? null;
}

/** Every township that has a recipient (a villager tied to no place is sent to the only one). */
export async function townshipsWithRecipient(db: Queryable): Promise<number[]> {
  return (await client(db).complaintRecipient.findMany({ select: { townshipId: true } })).map((r) => r.townshipId);
}

export interface NewComplaint {
  townshipId: number;
  recipientId: number;
  anonymous: boolean;
  text: string;
  /** Null for an anonymous complaint: no name and no member is kept. */
  senderMemberId: number | null;
  senderName: string | null;
  senderPlatform: Platform;
  senderChatId: string;
  inboxId: number;
  receivedAt: Date;
}

/** Stores a complaint; its id is the receipt number. */
export async function addComplaint(tx: Tx, complaint: NewComplaint): Promise<number> {
  return (await client(tx).complaint.create({ data: complaint, select: { id: true } })).id;
}

export interface ComplaintToAnswer {
  id: number;
  recipientId: number;
  answeredAt: Date | null;
  /** Where the answer goes: the sender's private chat. */
  replyTo: { platform: Platform; chatId: string; private: true };
}

export async function complaintForAnswer(db: Queryable, id: number): Promise<ComplaintToAnswer | null> {
  const row = await client(db).complaint.findUnique({ where: { id } });
  if (!row) return null;
  return {
    id: row.id,
    recipientId: row.recipientId,
    answeredAt: row.answeredAt,
    replyTo: { platform: toPlatform(row.senderPlatform), chatId: row.senderChatId, private: true },
  };
}

/** Records the answer (a later answer replaces it; the first answer's day stays the answered day). */
export async function answerComplaint(tx: Tx, id: number, answer: string, by: string, at: Date): Promise<void> {
  const row = await client(tx).complaint.findUniqueOrThrow({ where: { id }, select: { answeredAt: true } });
  await client(tx).complaint.update({ where: { id }, data: { answer, answeredBy: by, answeredAt: row.answeredAt ?? at } });
}

export interface ComplaintCounts {
  received: number;
  answered: number;
  /** Unanswered and received before `overdueBefore`, whenever that was. */
  overdue: number;
}

/** A township's complaints as counts only: received and answered in [from, to), overdue now. */
export async function complaintCounts(
  db: Queryable,
  townshipId: number,
  window: { from: Date; to: Date },
  overdueBefore: Date,
): Promise<ComplaintCounts> {
  const c = client(db).complaint;
  const [received, answered, overdue] = await Promise.all([
    c.count({ where: { townshipId, receivedAt: { gte: window.from, lt: window.to } } }),
    c.count({ where: { townshipId, answeredAt: { gte: window.from, lt: window.to } } }),
    c.count({ where: { townshipId, answeredAt: null, receivedAt: { lt: overdueBefore } } }),
  ]);
  return { received, answered, overdue };
}
