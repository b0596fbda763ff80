// Group commit: work that arrives while a commit is in flight waits and goes into the next one
// together, so a burst costs a commit (an fsync on SQLite, a round trip on PostgreSQL) per batch
// instead of per message. No timer: a lone message is written at once; only work that would have
// waited anyway is batched.

export interface GroupCommitOptions<In, Out> {
  /** Writes a batch in one transaction, answering each input in order; throws to fail the whole batch. */
  writeBatch: (inputs: In[]) => Promise<Out[]>;
  /** Writes one input alone (a batch of one, and each input of a batch that failed). */
  writeOne: (input: In) => Promise<Out>;
  /** An error of the database being away: the batch fails as a whole, without a retry one by one. */
  isTransient: (err: unknown) => boolean;
  maxBatch?: number;
  /** Batches in flight at once (1 for SQLite's one connection; a few for PostgreSQL's pool). */
  concurrency?: number;
  /** Told each batch's size once it committed (tests, benchmarks). */
  onBatch?: (size: number) => void;
}

interface Waiting<In, Out> {
  input: In;
  resolve: (out: Out) => void;
  reject: (err: unknown) => void;
}

/**
 * Each `submit` resolves only once the transaction that holds its input committed. A batch that
 * fails for any reason but an outage is retried one input at a time, so a bad input fails alone
 * and its neighbours are written.
 */
export function createGroupCommit<In, Out>(options: GroupCommitOptions<In, Out>) {
  const maxBatch = options.maxBatch ?? 100;
  const concurrency = options.concurrency ?? 1;
  const queue: Waiting<In, Out>[] = [];
  let running = 0;

  function pump() {
    while (running < concurrency && queue.length) {
      const batch = queue.splice(0, maxBatch);
      running++;
      void write(batch).finally(() => {
        running--;
        pump();
      });
    }
  }

  async function write(batch: Waiting<In, Out>[]): Promise<void> {
    if (batch.length === 1) return alone(batch[0]);
    let outs: Out[];
    try {
      outs = await options.writeBatch(batch.map((w) => w.input));
    } catch (err) {
      if (options.isTransient(err)) {
        for (const w of batch) w.reject(err);
        return;
      }
      // One bad input must not fail the rest: each is written on its own.
      for (const w of batch) await alone(w);
      return;
    }
    options.onBatch?.(batch.length);
    for (const [i, w] of batch.entries()) w.resolve(outs[i]);
  }

  async function alone(w: Waiting<In, Out>): Promise<void> {
    try {
      const out = await options.writeOne(w.input);
      options.onBatch?.(1);
      w.resolve(out);
    } catch (err) {
      w.reject(err);
    }
  }

  return {
    submit(input: In): Promise<Out> {
      return new Promise<Out>((resolve, reject) => {
        queue.push({ input, resolve, reject });
        pump();
      });
    },
    /** Inputs waiting for a batch, and batches in flight. */
    get pending() {
      return queue.length + running;
    },
  };
}
