import pino, { type Logger } from 'pino';
import { SECRET_KEYS } from './config.ts';
import { maskPii } from '../core/mask-pii.ts';

const SECRET_FIELDS = ['token', 'appSecret', 'secret', 'password', 'encryptKey', 'verificationToken', ...SECRET_KEYS];
const REDACT = [...SECRET_FIELDS, ...SECRET_FIELDS.map((k) => `*.${k}`), 'config.wechat', 'config.lark'];

export type { Logger };

/** msgId, chatId, senderId, platformMessageId, outboxId, …: platform ids, never a person's number. */
const ID_FIELD = /^(?:id|.*Id|.*Ids|key)$/;

/**
 * Structured JSON logs (one line each, with the message id on per-message children).
 * Secrets are redacted by key; phone and ID numbers are masked in every string logged.
 */
export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: undefined,
      redact: { paths: REDACT, censor: '[redacted]' },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? maskPii(a) : a)) as Parameters<typeof method>);
        },
      },
      formatters: {
        // String values only: a numeric field (a count, a timestamp) is no phone, and masking
        // the JSON text itself would turn such a number into invalid JSON. Id fields are platform
        // ids (a WeChat message id is a long digit string) that a maintainer must be able to follow.
        log: (obj) =>
          JSON.parse(
            JSON.stringify(obj, (key, value: unknown) => (typeof value === 'string' && !ID_FIELD.test(key) ? maskPii(value) : value)),
          ),
      },
    },
    options.destination ?? pino.destination({ dest: 2, sync: false }),
  );
}
