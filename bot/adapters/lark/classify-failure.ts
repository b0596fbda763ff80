import { SendError } from '../../../core/send-error.ts';

/**
 * What a failed Lark call means for the outbox. The SDK's Channel module has a classifier
 * too, but it files 99991400 (the app's request-frequency limit) under "permission denied",
 * so a rate-limited reply would never be retried; this one follows the open-platform codes.
 */
export interface LarkFailure {
  kind: 'rate-limit' | 'auth' | 'permanent' | 'transient';
  message: string;
  code?: number;
  status?: number;
  retryAfterMs?: number;
}

/** 99991400: app request frequency; 230020: the group's message frequency; 11232: send frequency (older API). */
const RATE_LIMIT_CODES = new Set([99991400, 230020, 11232]);
/** Tenant token missing/invalid/expired, and the token endpoint refusing the app id or secret. */
const AUTH_CODES = new Set([99991661, 99991663, 99991664, 99991665, 99991668, 10003, 10014]);
/** The chat or the bot's place in it is gone, or the message itself is malformed: retrying cannot help. */
const PERMANENT_CODES = new Set([230001, 230002, 230006, 230013, 230017, 230099, 99992402]);

const DEFAULT_RATE_LIMIT_WAIT_MS = 1000;

interface HttpLikeError {
  message?: string;
  code?: string | number;
  response?: { status?: number; data?: { code?: number; msg?: string }; headers?: Record<string, unknown> };
}

/** Classifies a thrown error (axios, the SDK's token manager) or a `{ code, msg }` body with a non-zero code. */
export function classifyFailure(err: unknown): LarkFailure {
  const e = (err ?? {}) as HttpLikeError & { msg?: string };
  const status = e.response?.status;
  const body = e.response?.data;
  const code = typeof body?.code === 'number' ? body.code : typeof e.code === 'number' ? e.code : tokenErrorCode(e.message);
  const message = body?.msg ?? e.msg ?? e.message ?? String(err);
  const described = `lark: ${code !== undefined ? `code ${code}, ` : ''}${status ? `HTTP ${status}, ` : ''}${message}`;
  if (status === 429 || (code !== undefined && RATE_LIMIT_CODES.has(code))) {
    return {
      kind: 'rate-limit',
      message: described,
      code,
      status,
      retryAfterMs: retryAfter(e.response?.headers) ?? DEFAULT_RATE_LIMIT_WAIT_MS,
    };
  }
  if (status === 401 || (code !== undefined && AUTH_CODES.has(code)) || /failed to get (tenant|app)_access_token/.test(e.message ?? '')) {
    return { kind: 'auth', message: described, code, status };
  }
  if ((code !== undefined && PERMANENT_CODES.has(code)) || status === 400 || status === 404) {
    return { kind: 'permanent', message: described, code, status };
  }
  return { kind: 'transient', message: described, code, status };
}

export function toSendError(failure: LarkFailure, cause?: unknown): SendError {
  return new SendError(failure.message, {
    retryAfterMs: failure.retryAfterMs ?? (failure.kind === 'auth' ? 30_000 : undefined),
    retryable: failure.kind !== 'permanent',
    cause,
  });
}

/** The token manager throws `failed to get tenant_access_token, code: 10014, msg: …`. */
function tokenErrorCode(message?: string): number | undefined {
  const m = message?.match(/access_token, code: (\d+)/);
  return m ? Number(m[1]) : undefined;
}

/** Lark's gateway says how long to wait in x-ogw-ratelimit-reset (seconds); some paths use Retry-After. */
function retryAfter(headers?: Record<string, unknown>): number | undefined {
  if (!headers) return undefined;
  for (const name of ['x-ogw-ratelimit-reset', 'retry-after']) {
    const raw = headers[name] ?? headers[name.toLowerCase()];
    const seconds = Number(Array.isArray(raw) ? raw[0] : raw);
    if (Number.isFinite(seconds) && seconds > 0) return Math.min(seconds * 1000, 10 * 60_000);
  }
  return undefined;
}
