/** A send the platform did not take; the outbox keeps the message and retries it when it can help. */
export class SendError extends Error {
  /** Milliseconds the platform asked us to wait (rate limits), if it said. */
  readonly retryAfterMs?: number;
  /** False when retrying cannot help (chat gone, bot removed). */
  readonly retryable: boolean;

  constructor(message: string, options: { retryAfterMs?: number; retryable?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SendError';
    this.retryAfterMs = options.retryAfterMs;
    this.retryable = options.retryable ?? true;
  }
}
