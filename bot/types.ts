// The one shape a message has past its adapter, and the one shape a reply has before it.

export type Platform = 'console' | 'wechat' | 'lark';

export interface IncomingMessage {
  platform: Platform;
  /** The platform's own id; redelivery of the same id is handled once. */
  messageId: string;
  chatId: string;
  chatName: string | null;
  senderId: string;
  senderName: string;
  text: string;
  /** True when the bot itself was @-mentioned. */
  mentionsBot: boolean;
  sentAt: Date;
  /** A one-to-one chat with the bot rather than a group. */
  isPrivate?: boolean;
  /**
   * Lark: the sender's user id in the tenant and their mobile, from the contact API (Lark
   * vouches for them; the sender cannot type them). Links the account to the roster.
   */
  senderTenantId?: string | null;
  senderMobile?: string | null;
}

export interface Mention {
  /** Platform user id when known; a name-only mention is rendered as text. */
  id: string | null;
  name: string;
}

/** A platform-neutral card; the Lark adapter renders it, others fall back to `text`. */
export interface Card {
  title: string;
  template?: 'blue' | 'green' | 'orange' | 'red' | 'grey';
  rows: CardRow[];
  footer?: string;
}

export interface CardRow {
  text: string;
  /** A button that sends this action back to the bot (e.g. close a ledger item). */
  action?: { label: string; value: Record<string, string | number> };
}

export interface Reply {
  /** Where it goes; handlers leave it out to answer in the chat the message came from. */
  to?: { platform: Platform; chatId: string; private?: boolean };
  text: string;
  mentions?: Mention[];
  card?: Card;
}

/** A reply ready for an adapter: the outbox row it came from. */
export interface OutgoingMessage {
  id: number;
  platform: Platform;
  chatId: string;
  private: boolean;
  text: string;
  mentions: Mention[];
  card: Card | null;
}

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
