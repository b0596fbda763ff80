import { SendError } from '../../../core/send-error.ts';

/**
 * What a refused group-robot or response_url post means for the outbox, from WeCom's global
 * error codes: 45009 is the 20-a-minute limit (wait, then send again); 93000 an invalid
 * webhook key (the robot was removed or the key mistyped: only a new key helps); 40008,
 * 44004, 40058 a malformed message (retrying the same body cannot help); -1 and HTTP 5xx a
 * busy server (try again).
 */
export interface WecomFailure {
  kind: 'rate-limit' | 'robot-gone' | 'permanent' | 'transient';
  message: string;
  code?: number;
}

const ROBOT_GONE = new Set([93000, 93004, 93008]);
const MALFORMED = new Set([40008, 40058, 44004, 45002, 40054, 40035]);

export const RATE_LIMIT_WAIT_MS = 60_000;

export function classifyAnswer(answer: { errcode?: number; errmsg?: string }, where: string): WecomFailure | null {
  const code = answer.errcode;
  if (code === 0 || code === undefined) return null;
  const message = `wecom ${where}: errcode ${code}, ${answer.errmsg ?? ''}`.trim();
  if (code === 45009) return { kind: 'rate-limit', message, code };
  if (ROBOT_GONE.has(code)) return { kind: 'robot-gone', message, code };
  if (MALFORMED.has(code)) return { kind: 'permanent', message, code };
  return { kind: 'transient', message, code };
}

export function classifyHttp(status: number, where: string): WecomFailure {
  const message = `wecom ${where}: HTTP ${status}`;
  if (status === 429) return { kind: 'rate-limit', message };
  if (status >= 500) return { kind: 'transient', message };
  return { kind: 'permanent', message };
}

export function toSendError(failure: WecomFailure, cause?: unknown): SendError {
  return new SendError(failure.message, {
    retryAfterMs: failure.kind === 'rate-limit' ? RATE_LIMIT_WAIT_MS : failure.kind === 'robot-gone' ? 10 * 60_000 : undefined,
    // A removed robot can be registered again (#绑定机器人): the message waits for it.
    retryable: failure.kind !== 'permanent',
    cause,
  });
}
