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
}
