import type { Logger as SdkLogger } from '@larksuiteoapi/node-sdk';
import type { Logger } from '../../../core/logger.ts';

const SECRET_KEY = /secret|token|authorization|encrypt|password/i;

/**
 * The SDK's logger calls, into ours. The SDK logs whole axios errors, whose request config
 * carries `app_secret` when the token call fails, so every argument is flattened to short
 * text with secret-looking keys blanked. Its errors come as warnings: the adapter reports
 * what a person must act on itself (LARK_AUTH, send failures), once and with a hint.
 */
export function sdkLogger(logger: Logger): SdkLogger {
  const line = (args: unknown[]) => args.flat().map(describe).join(' ').slice(0, 1000);
  return {
    error: (...args) => logger.warn({ sdk: true }, line(args)),
    warn: (...args) => logger.warn({ sdk: true }, line(args)),
    info: (...args) => logger.debug({ sdk: true }, line(args)),
    debug: (...args) => logger.debug({ sdk: true }, line(args)),
    trace: (...args) => logger.trace({ sdk: true }, line(args)),
  };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) {
    const res = (value as { response?: { status?: number; data?: { code?: number; msg?: string } } }).response;
    return res ? `${value.message} (HTTP ${res.status ?? '?'}, code ${res.data?.code ?? '?'}: ${res.data?.msg ?? ''})` : value.message;
  }
  try {
    return JSON.stringify(value, (key, v) => (SECRET_KEY.test(key) ? '[redacted]' : v)) ?? String(value);
  } catch {
    return String(value);
  }
}
