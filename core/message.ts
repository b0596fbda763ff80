import type { Platform } from './platform.ts';

/** The one shape a message has past its adapter. */
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
  /**
   * Pictures and files that came with the message (a Lark `post`'s images, a WeChat picture).
   * They are never text: the platform's key is kept, and the file is fetched later by its
   * adapter, so a slow download never holds the message up.
   */
  attachments?: readonly Attachment[];
  /**
   * A button clicked on one of the bot's cards. It is its own variant: the router hands it to
   * its command with the target the button carried, and `text` only records it.
   */
  cardAction?: CardAction;
  /**
   * A message was taken back (撤回 on WeChat or Feishu). Its own variant, stored and routed like
   * any message: a check-in taken back in time is undone. `text` is empty. On Feishu the event
   * does not name who took it back (the sender, or a group or tenant manager): the sender is empty.
   */
  recall?: Recall;
}

/** Which message was taken back, by the platform's id of that message. */
export interface Recall {
  messageId: string;
}

/**
 * A card button as clicked: what it does (销号, 验收 of a close-out, or 接办 of an item a village
 * passed up) and on which item of which village.
 */
export interface CardAction {
  action: 'close' | 'review' | 'take-over';
  issueNo: number;
  /** The village the card's row belongs to (a township group's card lists several). */
  villageId: number | null;
  /** The platform's id of the card message, whose row is updated once the action is done. */
  cardMessageId: string;
}

/** A picture or file as its platform names it; fetched by the adapter that received it. */
export interface Attachment {
  kind: 'image' | 'file' | 'audio' | 'video';
  /** The platform's own handle (Lark `image_key`/`file_key`, a WeChat message id). */
  key: string;
  name?: string | null;
}
