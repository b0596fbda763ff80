export interface PacerOptions {
  /** Least time between two sends, whatever the chat. */
  gapMs: number;
  /** Most sends in any minute (a token bucket refilled evenly). */
  perMinute: number;
  /** Most sends in a row before the minute's rate holds them back (the bucket's size); default `perMinute`. */
  burst?: number;
  now?: () => number;
}

export class PacerClosedError extends Error {
  constructor() {
    super('pacer closed');
    this.name = 'PacerClosedError';
  }
}

/**
 * WeChat throttles and bans accounts that send fast ("发送消息过于频繁"), per account, not
 * per group: every send of the adapter waits its turn here, one at a time, in call order.
 * The gap spaces sends out; the bucket caps a burst (a cadence run over many groups).
 */
export function createPacer(options: PacerOptions) {
  const now = options.now ?? Date.now;
  const perMinute = Math.max(1, options.perMinute);
  const refillPerMs = perMinute / 60_000;
  const capacity = Math.max(1, options.burst ?? perMinute);
  let tokens = capacity;
  let refilledAt = now();
  let lastSendAt = -Infinity;
  let chain: Promise<void> = Promise.resolve();
  const abort = new AbortController();

  function refill() {
    const t = now();
    tokens = Math.min(capacity, tokens + (t - refilledAt) * refillPerMs);
    refilledAt = t;
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      if (abort.signal.aborted) return reject(new PacerClosedError());
      const onAbort = () => {
        clearTimeout(timer);
        reject(new PacerClosedError());
      };
      const timer = setTimeout(() => {
        abort.signal.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      abort.signal.addEventListener('abort', onAbort, { once: true });
    });
  }

  async function take(): Promise<void> {
    for (;;) {
      if (abort.signal.aborted) throw new PacerClosedError();
      refill();
      const gapWait = lastSendAt + options.gapMs - now();
      const bucketWait = tokens >= 1 ? 0 : Math.ceil((1 - tokens) / refillPerMs);
      const wait = Math.max(gapWait, bucketWait);
      if (wait <= 0) break;
      await sleep(wait);
    }
    tokens -= 1;
    lastSendAt = now();
  }

  return {
    /** Resolves when this caller may send one message (and counts that send). */
    turn(): Promise<void> {
      const mine = chain.then(take);
      chain = mine.catch(() => {});
      return mine;
    },
    /** Rejects every waiting and future turn, and frees the timers, so a stop does not hang. */
    close() {
      abort.abort();
    },
  };
}
