import type { SendResult } from '../../../core/adapter.ts';

export interface LedgerEntry {
  /** Pieces of this row already delivered: a retry continues after them. */
  piecesSent: number;
  firstMessageId?: string;
}

/**
 * Remembers outbox rows this adapter has sent. The outbox claims a row before sending it,
 * but a lease can run out while a send waits for its turn, and a retry after a half-sent
 * long reply must not repeat its first pieces: a row is sent once, piece by piece.
 */
export function createSendLedger(limit = 5000) {
  const rows = new Map<number | string, LedgerEntry & { done?: SendResult; running?: Promise<SendResult> }>();

  function trim() {
    for (const [id, entry] of rows) {
      if (rows.size <= limit) return;
      if (!entry.running) rows.delete(id);
    }
  }

  return {
    /** Runs `send` for a row not sent yet; a repeat gets the first result, a concurrent one shares the send in flight. */
    once(id: number | string, send: (entry: LedgerEntry) => Promise<SendResult>): Promise<SendResult> {
      let entry = rows.get(id);
      if (!entry) {
        entry = { piecesSent: 0 };
        rows.set(id, entry);
        trim();
      }
      if (entry.done) return Promise.resolve(entry.done);
      if (entry.running) return entry.running;
      const e = entry;
      e.running = send(e)
        .then((result) => {
          e.done = result;
          return result;
        })
        .finally(() => {
          e.running = undefined;
        });
      return e.running;
    },
    size: () => rows.size,
  };
}
