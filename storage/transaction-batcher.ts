import { client, inTransaction, type Db, type TransactionOptions, type Tx } from './client.ts';
import { createGroupCommit } from './group-commit.ts';

type Work = (tx: Tx) => Promise<unknown>;
type Settled = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface TransactionBatcherOptions {
  /** An error of the database being away: the whole batch fails with it, nothing is retried here. */
  isTransient: (err: unknown) => boolean;
  maxBatch?: number;
  /** Batches in flight at once (1 for SQLite's one connection; a few for PostgreSQL's pool). */
  concurrency?: number;
  /** For the batch's transaction; a batch of 100 check-ins takes well under a second. */
  transaction?: TransactionOptions;
  /** Told the number of units of each transaction run (tests, benchmarks). */
  onBatch?: (size: number) => void;
}

/**
 * Runs units of work (a message's handling) that arrive together in one transaction, each inside a
 * SAVEPOINT: a unit that throws is rolled back to its savepoint, the others go on, and after the
 * commit it runs again alone in a transaction of its own, so it fails, or succeeds, as it would
 * have without its neighbours. `run` resolves only after the transaction holding the unit committed.
 * Units of one batch run one after another; the caller keeps a chat's messages in separate batches
 * (its chat queue submits the next only when the last has resolved).
 */
export function createTransactionBatcher(db: Db, options: TransactionBatcherOptions) {
  const txOptions = options.transaction ?? { timeout: 30_000, maxWait: 20_000 };
  const alone = async (work: Work): Promise<Settled> => {
    try {
      return { ok: true, value: await inTransaction(db, work, txOptions) };
    } catch (error) {
      return { ok: false, error };
    }
  };
  const group = createGroupCommit<Work, Settled>({
    isTransient: options.isTransient,
    maxBatch: options.maxBatch,
    concurrency: options.concurrency,
    onBatch: options.onBatch,
    writeOne: alone,
    async writeBatch(works) {
      const settled: (Settled | null)[] = await inTransaction(
        db,
        async (tx) => {
          const q = client(tx);
          const out: (Settled | null)[] = [];
          for (const [i, work] of works.entries()) {
            await q.$executeRawUnsafe(`SAVEPOINT unit${i}`);
            try {
              out.push({ ok: true, value: await work(tx) });
              await q.$executeRawUnsafe(`RELEASE SAVEPOINT unit${i}`);
            } catch (err) {
              // The database is gone: the transaction with it. Everything is retried later.
              if (options.isTransient(err)) throw err;
              await q.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT unit${i}`);
              await q.$executeRawUnsafe(`RELEASE SAVEPOINT unit${i}`);
              out.push(null);
            }
          }
          return out;
        },
        txOptions,
      );
      // The units that failed inside the batch, each alone now that the batch is committed.
      for (const [i, s] of settled.entries()) {
        if (s) continue;
        settled[i] = await alone(works[i]);
        options.onBatch?.(1);
      }
      return settled as Settled[];
    },
  });
  return {
    async run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      const settled = await group.submit(work);
      if (!settled.ok) throw settled.error;
      return settled.value as T;
    },
    get pending() {
      return group.pending;
    },
  };
}
