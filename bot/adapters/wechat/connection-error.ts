import { wechatText } from '../../../prompts/wechat.ts';
import { BotError } from '../../../core/bot-error.ts';

/** gRPC status codes the puppet-service client reports (numbers, as grpc-js gives them). */
const GRPC = { CANCELLED: 1, UNKNOWN: 2, DEADLINE_EXCEEDED: 4, NOT_FOUND: 5, UNAVAILABLE: 14, UNAUTHENTICATED: 16 } as const;

function codeOf(err: unknown): number | undefined {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'number' ? code : undefined;
}

function messageOf(err: unknown): string {
  const e = err as { message?: unknown; details?: unknown };
  return [e?.message, e?.details].filter((x) => typeof x === 'string').join(' ') || String(err);
}

/**
 * Turns whatever the puppet-service client threw or emitted into a BotError an operator can
 * act on: a stable code, what happened, and which setting to check.
 */
export function connectionError(err: unknown): BotError {
  if (err instanceof BotError) return err;
  const code = codeOf(err);
  const text = messageOf(err);
  const make = (c: string, message: string, hint: string) => new BotError(c, `${message}（${text.slice(0, 200)}）`, hint, err);
  if (
    code === GRPC.UNAUTHENTICATED ||
    /Invalid Wechaty TOKEN|UNAUTHENTICATED|No Authorization found|Invalid authorization type/i.test(text)
  ) {
    return make('WECHAT_TOKEN_REFUSED', wechatText.tokenRefused, wechatText.tokenRefusedHint);
  }
  if (/requires a SNI|WECHATY_PUPPET_SERVICE_TOKEN not found/i.test(text)) {
    return make('WECHAT_TOKEN_FORMAT', wechatText.tokenFormat, wechatText.tokenFormatHint);
  }
  if (/ssl|tls|handshake|certificate|wrong version number|Connection dropped/i.test(text)) {
    return make('WECHAT_TLS_MISMATCH', wechatText.tlsMismatch, wechatText.tlsMismatchHint);
  }
  if (/wechaty:\/\/|discover|resolution failed|Name resolution|api\.chatie\.io/i.test(text)) {
    return make('WECHAT_SERVICE_DISCOVERY', wechatText.discovery, wechatText.discoveryHint);
  }
  if (
    code === GRPC.UNAVAILABLE ||
    code === GRPC.DEADLINE_EXCEEDED ||
    /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|No connection established/i.test(text)
  ) {
    return make('WECHAT_SERVICE_UNREACHABLE', wechatText.unreachable, wechatText.unreachableHint);
  }
  return make('WECHAT_DISCONNECTED', wechatText.dropped, wechatText.droppedHint);
}

/** A transport failure (the call never reached a working service): retrying can help. */
export function isTransportError(err: unknown): boolean {
  const code = codeOf(err);
  if (code === GRPC.CANCELLED || code === GRPC.DEADLINE_EXCEEDED || code === GRPC.UNAVAILABLE) return true;
  return /ECONNREFUSED|ECONNRESET|No connection established|NO CLIENT|no grpc manager|not logged in/i.test(messageOf(err));
}

/** The service answered that the room or contact does not exist. */
export function isNotFoundError(err: unknown): boolean {
  if (isTransportError(err)) return false;
  return codeOf(err) === GRPC.NOT_FOUND || /not found|no payload|not exist|不存在/i.test(messageOf(err));
}

/** Errors the SDK emits while a connection fails or drops; the connect loop reports those itself. */
export function isConnectionNoise(err: unknown): boolean {
  return isTransportError(err) || codeOf(err) === GRPC.UNAUTHENTICATED || /Timeout after \d+ ?ms|UNAUTHENTICATED/i.test(messageOf(err));
}
