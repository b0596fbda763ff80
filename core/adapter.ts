import type { IncomingMessage } from './message.ts';
import type { Platform } from './platform.ts';
import type { OutgoingMessage } from './reply.ts';

export interface SendResult {
  platformMessageId?: string;
}

/**
 * An adapter only translates: platform events in, `OutgoingMessage` out. It must throw
 * `SendError` when a send fails so the outbox keeps the message and retries it.
 */
export interface Adapter {
  readonly platform: Platform;
  start(onMessage: (msg: IncomingMessage) => Promise<void>): Promise<void>;
  send(msg: OutgoingMessage): Promise<SendResult>;
  stop(): Promise<void>;
  /** For the health endpoint. */
  status(): { connected: boolean; detail?: string };
}
