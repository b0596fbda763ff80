import { BotError } from '../core/bot-error.ts';
import type { Logger } from '../core/logger.ts';
import type { IncomingMessage } from '../core/message.ts';

/** An error with the message it happened on, like grammY's BotError. */
export interface BoundaryError {
  error: unknown;
  where: string;
  message?: Pick<IncomingMessage, 'platform' | 'messageId' | 'chatId'>;
}

export type ErrorHandler = (e: BoundaryError) => void;

export function logErrorHandler(logger: Logger): ErrorHandler {
  return ({ error, where, message }) => {
    const fields = { where, msgId: message?.messageId, chat: message?.chatId, platform: message?.platform };
    if (error instanceof BotError) logger.error({ ...fields, code: error.code, hint: error.hint }, error.message);
    else logger.error({ ...fields, err: error }, 'unhandled error');
  };
}

/**
 * Every SDK listener goes through this: an EventEmitter drops a rejected promise, so the
 * error would vanish (or kill the process on 'unhandledRejection'). Here it is reported
 * with the message it belongs to, and the listener returns normally.
 */
export function guard<A extends unknown[]>(
  onError: ErrorHandler,
  where: string,
  fn: (...args: A) => Promise<void> | void,
  describe?: (...args: A) => BoundaryError['message'],
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (error) {
      let message: BoundaryError['message'];
      try {
        message = describe?.(...args);
      } catch {
        message = undefined;
      }
      onError({ error, where, message });
    }
  };
}
