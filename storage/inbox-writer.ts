import type { IncomingMessage } from '../core/message.ts';
import { inTransaction, type Db } from './client.ts';
import { createGroupCommit } from './group-commit.ts';
import { recordIncoming, recordIncomingBatch, type Accepted } from './inbox.ts';

export interface InboxWriterOptions {
  /** An error of the database being away: the batch fails as a whole (the bot holds its messages). */
  isTransient: (err: unknown) => boolean;
  maxBatch?: number;
  concurrency?: number;
  onBatch?: (size: number) => void;
}

/**
 * Stores incoming messages with group commit (storage/group-commit.ts): messages arriving while a
 * write is in flight are stored together, and each `record` resolves once its row is committed,
 * so an adapter acknowledges a message only when it is on disk. A row that cannot be stored fails
 * alone; the rest of its batch is stored.
 */
export function createInboxWriter(db: Db, options: InboxWriterOptions) {
  const group = createGroupCommit<IncomingMessage, Accepted>({
    ...options,
    writeOne: (msg) => recordIncoming(db, msg),
    writeBatch: (msgs) => inTransaction(db, (tx) => recordIncomingBatch(tx, msgs)),
  });
  return { record: (msg: IncomingMessage) => group.submit(msg) };
}

export type InboxWriter = ReturnType<typeof createInboxWriter>;
