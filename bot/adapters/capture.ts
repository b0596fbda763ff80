import type { Adapter, Receipt, Receive, SendResult } from '../../core/adapter.ts';
import type { IncomingMessage } from '../../core/message.ts';
import type { OutgoingMessage } from '../../core/reply.ts';
import type { Platform } from '../../core/platform.ts';
import { SendError } from '../../core/send-error.ts';

/**
 * An adapter that keeps what it is asked to send: the cli prints it, tests assert on it.
 * `failNext(n)` makes the next n sends fail, to exercise the outbox's retries; `merge` makes it
 * a paced platform's stand-in, taking merged messages (core/adapter.ts).
 */
export function createCaptureAdapter(platform: Platform = 'console', options: { merge?: { maxChars: number } } = {}) {
  const sent: OutgoingMessage[] = [];
  let failures = 0;
  let inbound: Receive | undefined;
  const adapter = {
    platform,
    merge: options.merge,
    sent,
    attempts: 0,
    failNext(n: number) {
      failures = n;
    },
    /** Delivers a message as the platform would (through the bot's error boundary); resolves once stored. */
    async deliver(msg: IncomingMessage): Promise<Receipt | undefined> {
      return inbound?.(msg);
    },
    async start(receive: Receive) {
      inbound = receive;
    },
    async send(msg: OutgoingMessage): Promise<SendResult> {
      adapter.attempts++;
      if (failures > 0) {
        failures--;
        throw new SendError('platform refused (test)', { retryAfterMs: 0 });
      }
      sent.push(msg);
      return { platformMessageId: `${platform}-out-${msg.id}` };
    },
    async stop() {},
    status: () => ({ connected: true }),
  } satisfies Adapter & Record<string, unknown>;
  return adapter;
}
