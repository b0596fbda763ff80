import type { Attachment, CardAction, IncomingMessage } from '../core/message.ts';
import { client, type Queryable, type Tx } from './client.ts';
import { toPlatform } from './to-platform.ts';
import { isUniqueViolation } from './unique-violation.ts';

export type InboxStatus = 'received' | 'handled' | 'ignored' | 'rejected' | 'failed';

export interface Accepted {
  inboxId: number;
  /** True when this platform message id was already stored: a redelivery. */
  duplicate: boolean;
  /** Status of the stored row (a redelivered message may still be waiting to be handled). */
  status: string;
}

/**
 * Stores a message before anything else happens to it. Idempotent on the platform's
 * message id: a redelivery returns the stored row instead of a second one.
 */
export async function recordIncoming(prisma: Queryable, msg: IncomingMessage): Promise<Accepted> {
  const where = { platform_messageId: { platform: msg.platform, messageId: msg.messageId } };
  // Insert first: nearly every message is new, and the unique index answers for the rest.
  try {
    const row = await client(prisma).inboxMessage.create({ data: inboxRow(msg), select: { id: true, status: true } });
    return { inboxId: row.id, duplicate: false, status: row.status };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // A redelivery, or two deliveries that raced: the row is already there.
    const row = await client(prisma).inboxMessage.findUniqueOrThrow({ where, select: { id: true, status: true } });
    return { inboxId: row.id, duplicate: true, status: row.status };
  }
}

/**
 * Stores messages that arrived together, in the caller's transaction: one read for those already
 * stored (redeliveries), one insert for the rest. Answers in the order given. A message given twice
 * is stored once; the second is its redelivery. Throws, storing nothing, when any row cannot be
 * stored (the caller then stores them one by one, so only that one fails).
 */
export async function recordIncomingBatch(tx: Tx, msgs: IncomingMessage[]): Promise<Accepted[]> {
  const key = (platform: string, messageId: string) => `${platform}\u0000${messageId}`;
  const q = client(tx).inboxMessage;
  const stored = await q.findMany({
    where: { OR: msgs.map((m) => ({ platform: m.platform, messageId: m.messageId })) },
    select: { id: true, status: true, platform: true, messageId: true },
  });
  const known = new Map(stored.map((r) => [key(r.platform, r.messageId), { inboxId: r.id, duplicate: true, status: r.status }]));
  const fresh = new Map<string, IncomingMessage>();
  for (const m of msgs) if (!known.has(key(m.platform, m.messageId))) fresh.set(key(m.platform, m.messageId), m);
  const created = fresh.size
    ? await q.createManyAndReturn({
        data: [...fresh.values()].map(inboxRow),
        select: { id: true, status: true, platform: true, messageId: true },
      })
    : [];
  const firstSeen = new Map(created.map((r) => [key(r.platform, r.messageId), { inboxId: r.id, duplicate: false, status: r.status }]));
  return msgs.map((m) => {
    const k = key(m.platform, m.messageId);
    const first = firstSeen.get(k);
    if (first) {
      // Any later copy of it in this batch is a redelivery of the row just made.
      firstSeen.delete(k);
      known.set(k, { ...first, duplicate: true });
      return first;
    }
    const found = known.get(k);
    if (!found) throw new Error(`inbox batch: ${m.platform} message ${m.messageId} was not stored`);
    return found;
  });
}

function inboxRow(msg: IncomingMessage) {
  return {
    platform: msg.platform,
    messageId: msg.messageId,
    chatId: msg.chatId,
    chatName: msg.chatName,
    senderId: msg.senderId,
    senderName: msg.senderName,
    // Stored as typed, however long or odd: nothing a person sends is lost.
    text: msg.text,
    mentionsBot: msg.mentionsBot,
    sentAt: msg.sentAt,
    senderTenantId: msg.senderTenantId ?? null,
    senderMobile: msg.senderMobile ?? null,
    isPrivate: msg.isPrivate ?? null,
    recallOf: msg.recall?.messageId ?? null,
    cardAction: msg.cardAction ? JSON.stringify(msg.cardAction) : null,
  };
}

/**
 * Takes a stored message for handling, as the first statement of the handler's transaction:
 * a compare-and-set from `received`. False means another run has already settled it, so
 * this one must do nothing. On PostgreSQL a run that arrives while another holds the row
 * waits for that transaction, then finds the status changed (read committed re-checks the
 * WHERE on the new row); on SQLite transactions take turns. Either way one run wins.
 */
export async function claimInbox(tx: Tx, inboxId: number): Promise<boolean> {
  // Raw: it runs for every message, and Prisma's updateMany costs about twice the statement.
  const count = await client(tx).$executeRaw`
    UPDATE "InboxMessage" SET "attempts" = "attempts" + 1 WHERE "id" = ${inboxId} AND "status" = 'received'`;
  return count === 1;
}

/**
 * Records how a claimed message ended. Inside the transaction that claimed it (claimInbox),
 * so the row is already ours; outside one, use settleInbox.
 */
export async function markInbox(
  tx: Tx,
  inboxId: number,
  status: InboxStatus,
  fields: { kind?: string; reason?: string | null } = {},
): Promise<void> {
  // Raw, as claimInbox: once per message. A kind not given leaves the stored one.
  await client(tx).$executeRaw`
    UPDATE "InboxMessage"
    SET "status" = ${status}, "kind" = COALESCE(${fields.kind ?? null}, "kind"), "reason" = ${fields.reason ?? null}, "handledAt" = ${new Date()}
    WHERE "id" = ${inboxId}`;
}

/**
 * Claims and settles in one statement, for a message that needs no handler (ordinary chat,
 * a stale replay, an unknown #word). False when another run already settled it: the caller
 * then says nothing.
 */
export async function settleInbox(
  tx: Queryable,
  inboxId: number,
  status: Exclude<InboxStatus, 'received'>,
  fields: { kind?: string; reason?: string | null } = {},
): Promise<boolean> {
  const { count } = await client(tx).inboxMessage.updateMany({
    where: { id: inboxId, status: 'received' },
    data: { status, kind: fields.kind, reason: fields.reason ?? null, handledAt: new Date(), attempts: { increment: 1 } },
  });
  return count === 1;
}

/**
 * Messages stored but not yet handled (the process stopped between the two, or the db was
 * away), each with the attachments stored with it: a picture handled on this path must still
 * find the items it belongs to.
 */
export async function unhandledInbox(prisma: Queryable, limit = 500) {
  const rows = await client(prisma).inboxMessage.findMany({ where: { status: 'received' }, orderBy: { id: 'asc' }, take: limit });
  if (!rows.length) return [];
  const kept = await client(prisma).evidence.findMany({
    where: { inboxId: { in: rows.map((r) => r.id) } },
    select: { inboxId: true, kind: true, key: true, name: true },
    orderBy: { id: 'asc' },
  });
  const byInbox = new Map<number, Attachment[]>();
  for (const a of kept) {
    if (a.inboxId === null) continue;
    const list = byInbox.get(a.inboxId) ?? [];
    list.push({ kind: a.kind as Attachment['kind'], key: a.key, name: a.name });
    byInbox.set(a.inboxId, list);
  }
  return rows.map((r) => ({ ...r, attachments: byInbox.get(r.id) ?? [] }));
}

export function toIncoming(row: {
  platform: string;
  messageId: string;
  chatId: string;
  chatName: string | null;
  senderId: string;
  senderName: string | null;
  text: string;
  mentionsBot: boolean;
  sentAt: Date;
  senderTenantId?: string | null;
  senderMobile?: string | null;
  isPrivate?: boolean | null;
  recallOf?: string | null;
  cardAction?: string | null;
  attachments?: readonly Attachment[];
}): IncomingMessage {
  return {
    platform: toPlatform(row.platform),
    messageId: row.messageId,
    chatId: row.chatId,
    chatName: row.chatName,
    senderId: row.senderId,
    senderName: row.senderName ?? '',
    text: row.text,
    mentionsBot: row.mentionsBot,
    sentAt: row.sentAt,
    senderTenantId: row.senderTenantId ?? null,
    senderMobile: row.senderMobile ?? null,
    ...(row.isPrivate ? { isPrivate: true } : {}),
    ...(row.attachments?.length ? { attachments: row.attachments } : {}),
    ...(row.recallOf ? { recall: { messageId: row.recallOf } } : {}),
    ...(row.cardAction ? { cardAction: JSON.parse(row.cardAction) as CardAction } : {}),
  };
}

/** Replaces a secret the sender typed (a robot key) in the stored text, so the inbox keeps the message but not the secret. */
export async function redactInboxText(tx: Tx, inboxId: number, secret: string, shownAs: string): Promise<void> {
  const row = await client(tx).inboxMessage.findUnique({ where: { id: inboxId }, select: { text: true } });
  if (!row?.text.includes(secret)) return;
  await client(tx).inboxMessage.update({ where: { id: inboxId }, data: { text: row.text.split(secret).join(shownAs) } });
}
