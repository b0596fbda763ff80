import type { Attachment, IncomingMessage } from '../core/message.ts';
import type { Platform } from '../core/platform.ts';
import { client, type Queryable, type Tx } from './client.ts';
import { toPlatform } from './to-platform.ts';
import { isUniqueViolation } from './unique-violation.ts';

/** One picture or file kept as evidence, as the fetch job and the ledger views see it. */
export interface EvidenceRecord {
  id: number;
  platform: Platform;
  messageId: string;
  key: string;
  kind: Attachment['kind'];
  name: string | null;
  status: string;
  tries: number;
  localPath: string | null;
  bytes: number | null;
  sentAt: Date;
}

/**
 * Keeps the attachments of a stored message, unlinked. Idempotent per (platform, message,
 * key), so a redelivered message adds nothing and a crash between storing the message and
 * this call is mended by the redelivery.
 */
export async function recordAttachments(db: Queryable, inboxId: number, msg: IncomingMessage): Promise<void> {
  for (const attachment of msg.attachments ?? []) {
    try {
      await client(db).evidence.create({
        data: {
          platform: msg.platform,
          messageId: msg.messageId,
          key: attachment.key,
          kind: attachment.kind,
          name: attachment.name ?? null,
          chatId: msg.chatId,
          senderId: msg.senderId,
          inboxId,
          sentAt: msg.sentAt,
        },
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
    }
  }
}

/**
 * Remembers which ledger items a handled message was about (a check-in's new items, the
 * item a 销号 closed), and links that message's own attachments to them.
 */
export async function recordEvidenceTargets(tx: Tx, inboxId: number, msg: IncomingMessage, issueIds: readonly number[]): Promise<number> {
  const ids = [...new Set(issueIds)];
  if (!ids.length) return 0;
  await client(tx).evidenceTarget.createMany({
    data: ids.map((issueId) => ({
      inboxId,
      issueId,
      platform: msg.platform,
      chatId: msg.chatId,
      senderId: msg.senderId,
      at: msg.sentAt,
    })),
  });
  return linkMessageEvidence(tx, msg, ids);
}

/**
 * A message that carries attachments but no command: when the same person, in the same chat,
 * sent a check-in, #问题 or #销号 within `windowMinutes` before it, its attachments go on that
 * message's items. Returns the items' ids (empty when nothing was linked).
 */
export async function linkLateEvidence(tx: Tx, msg: IncomingMessage, windowMinutes: number): Promise<number[]> {
  if (!msg.attachments?.length) return [];
  const since = new Date(msg.sentAt.getTime() - windowMinutes * 60_000);
  const latest = await client(tx).evidenceTarget.findFirst({
    where: { platform: msg.platform, chatId: msg.chatId, senderId: msg.senderId, at: { gte: since, lte: msg.sentAt } },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    select: { inboxId: true },
  });
  if (!latest) return [];
  const targets = await client(tx).evidenceTarget.findMany({ where: { inboxId: latest.inboxId }, select: { issueId: true } });
  const ids = [...new Set(targets.map((t) => t.issueId))];
  await linkMessageEvidence(tx, msg, ids);
  return ids;
}

async function linkMessageEvidence(tx: Tx, msg: IncomingMessage, issueIds: readonly number[]): Promise<number> {
  const keys = (msg.attachments ?? []).map((a) => a.key);
  if (!keys.length || !issueIds.length) return 0;
  const rows = await client(tx).evidence.findMany({
    where: { platform: msg.platform, messageId: msg.messageId, key: { in: keys } },
    select: { id: true, status: true },
  });
  for (const row of rows) {
    for (const issueId of issueIds) {
      const linked = await client(tx).evidenceItem.findUnique({ where: { evidenceId_issueId: { evidenceId: row.id, issueId } } });
      if (!linked) await client(tx).evidenceItem.create({ data: { evidenceId: row.id, issueId } });
    }
  }
  // Linked now: the fetch job picks it up.
  await client(tx).evidence.updateMany({ where: { id: { in: rows.map((r) => r.id) }, status: 'unlinked' }, data: { status: 'pending' } });
  return rows.length;
}

/** The ledger items a message opened (a check-in's problems, a #问题's items). */
export async function issuesOpenedBy(db: Queryable, inboxId: number): Promise<number[]> {
  const rows = await client(db).issue.findMany({ where: { inboxId }, select: { id: true } });
  return rows.map((r) => r.id);
}

/** How many photos an item has (pictures only; files and voice are listed, not counted). */
export async function countEvidence(db: Queryable, issueId: number): Promise<number> {
  return client(db).evidenceItem.count({ where: { issueId, evidence: { kind: 'image' } } });
}

/** Photo counts of many items at once (the ledger export), by issue id; items with none are absent. */
export async function countEvidenceByIssue(db: Queryable, issueIds: readonly number[]): Promise<Map<number, number>> {
  if (!issueIds.length) return new Map();
  const rows = await client(db).evidenceItem.groupBy({
    by: ['issueId'],
    where: { issueId: { in: [...issueIds] }, evidence: { kind: 'image' } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.issueId, r._count._all]));
}

/** Everything kept on an item, oldest first (for the one-item ledger view). */
export async function listEvidence(db: Queryable, issueId: number): Promise<EvidenceRecord[]> {
  const rows = await client(db).evidence.findMany({
    where: { items: { some: { issueId } } },
    orderBy: [{ sentAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map(toRecord);
}

/** Linked evidence due for a fetch on `platform`: pending, and its retry time come. */
export async function dueEvidence(db: Queryable, platform: Platform, now: Date, limit = 10): Promise<EvidenceRecord[]> {
  const rows = await client(db).evidence.findMany({
    where: { platform, status: 'pending', nextTryAt: { lte: now } },
    orderBy: { id: 'asc' },
    take: limit,
  });
  return rows.map(toRecord);
}

export async function markEvidenceFetched(db: Queryable, id: number, fields: { localPath: string; bytes: number }): Promise<void> {
  await client(db).evidence.update({
    where: { id },
    data: { status: 'fetched', localPath: fields.localPath, bytes: fields.bytes, lastError: null },
  });
}

/** Over the size cap: kept as a record (the item still shows it), never fetched again. */
export async function markEvidenceTooLarge(db: Queryable, id: number, bytes: number | null): Promise<void> {
  await client(db).evidence.update({ where: { id }, data: { status: 'too-large', bytes, lastError: null } });
}

/** A failed fetch: stays pending, tried again at `retryAt`. Nothing is given up on. */
export async function markEvidenceRetry(db: Queryable, id: number, error: string, retryAt: Date): Promise<void> {
  await client(db).evidence.update({
    where: { id },
    data: { tries: { increment: 1 }, lastError: error.slice(0, 500), nextTryAt: retryAt },
  });
}

function toRecord(row: {
  id: number;
  platform: string;
  messageId: string;
  key: string;
  kind: string;
  name: string | null;
  status: string;
  tries: number;
  localPath: string | null;
  bytes: number | null;
  sentAt: Date;
}): EvidenceRecord {
  return { ...row, platform: toPlatform(row.platform), kind: row.kind as Attachment['kind'] };
}
