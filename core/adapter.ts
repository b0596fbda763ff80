import type { Attachment, IncomingMessage } from './message.ts';
import type { Platform } from './platform.ts';
import type { OutgoingMessage } from './reply.ts';

export interface SendResult {
  platformMessageId?: string;
}

/** How a message ended, as far as an adapter needs to know (a Lark card click updates its card). */
export interface Handled {
  status: string;
  replies: ReadonlyArray<{ text: string }>;
}

/** The bot's answer to a message an adapter hands it: stored (safe to acknowledge), and handled later. */
export interface Receipt {
  /** Resolves once the message's replies are in the outbox. */
  handled: Promise<Handled>;
}

/** Where an adapter delivers messages; resolves once the message is stored. */
export type Receive = (msg: IncomingMessage) => Promise<Receipt>;

/**
 * An adapter only translates: platform events in, `OutgoingMessage` out. It must throw
 * `SendError` when a send fails so the outbox keeps the message and retries it.
 */
export interface Adapter {
  readonly platform: Platform;
  /**
   * Set where sends are paced (WeChat): plain-text replies waiting for the same chat go out
   * as one message of at most `maxChars` characters, so a burst costs fewer sends.
   */
  readonly merge?: { maxChars: number };
  /** `events`: what happens to the bot's groups besides messages (renamed, bot removed or back). */
  start(receive: Receive, events?: ChatEvents): Promise<void>;
  send(msg: OutgoingMessage): Promise<SendResult>;
  stop(): Promise<void>;
  /** For the health endpoint. */
  status(): { connected: boolean; detail?: string };
  /**
   * Downloads a picture or file this adapter received (kept as evidence). Rejects with
   * AttachmentTooLarge (core/attachment-too-large.ts) past `maxBytes`, with anything else
   * when the platform failed (then it is tried again later).
   */
  fetchAttachment?(ref: AttachmentRef, maxBytes: number): Promise<Uint8Array>;
  /**
   * A message this adapter delivered, handled by the recovery pass (stored before a crash, or
   * while the database was away): nobody waits on its receipt any more, so what the adapter does
   * with a live outcome is done here (a Lark card click updates its card).
   */
  recovered?(msg: IncomingMessage, outcome: Handled): Promise<void>;
}

/** A group's life as its platform tells it, by chat id on the adapter's platform. */
export interface ChatEvents {
  /** The group was renamed. */
  renamed(chatId: string, name: string): Promise<void>;
  /** The bot was removed from the group, or left it. */
  removed(chatId: string): Promise<void>;
  /** The bot is in the group again. */
  rejoined(chatId: string): Promise<void>;
  /** A friend request or a group invitation: whether to accept it (from whom the platform says). */
  mayAccept?(request: AcceptRequest): Promise<boolean>;
}

/** Someone asking the bot's account to be their friend, or inviting it into a group. */
export interface AcceptRequest {
  kind: 'friend' | 'group';
  /** The person asking (the friend to be, or the one who invites), by their platform id and name. */
  fromId: string;
  fromName: string;
  /** The group's name, for an invitation. */
  groupName?: string | null;
}

/** An attachment as stored: the message it came in and the platform's key. */
export interface AttachmentRef {
  messageId: string;
  key: string;
  kind: Attachment['kind'];
}
