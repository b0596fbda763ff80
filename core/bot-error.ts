/**
 * An error the operator can act on: a stable code, a Chinese message and a fix hint
 * ("Lark secret wrong: check LARK_APP_SECRET"). The original error rides along as `cause`.
 */
export class BotError extends Error {
  readonly code: string;
  readonly hint: string;

  constructor(code: string, message: string, hint: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'BotError';
    this.code = code;
    this.hint = hint;
  }
}

/** One line for a terminal: what went wrong and what to do, never a bare stack trace. */
export function describeError(err: unknown): string {
  if (err instanceof BotError) return `[${err.code}] ${err.message}\n  处理：${err.hint}`;
  const e = err as Error;
  return `${e?.name ?? 'Error'}: ${e?.message ?? String(err)}`;
}
