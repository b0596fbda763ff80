import type { IncomingMessage } from '../../../core/message.ts';
import { recallBy } from '../../../prompts/recall.ts';

/**
 * `im.message.recalled_v1` as the SDK's dispatcher hands it over (header fields merged in):
 * which message was taken back, in which chat, when and by whom in kind. It names no operator.
 */
export interface RecallEvent {
  event_id?: string;
  /** The header's: when Lark made the event (ms, as a string). */
  create_time?: string;
  message_id?: string;
  chat_id?: string;
  /** When the message was taken back (ms, as a string). */
  recall_time?: string;
  recall_type?: 'message_owner' | 'group_owner' | 'group_manager' | 'enterprise_manager';
}

/**
 * The id a recall is stored under. Lark gives the recall no message id of its own; one derived
 * from the message taken back makes a redelivered event (whatever its event id) a duplicate in
 * the inbox, and a message is taken back only once.
 */
export function recallMessageId(recalledId: string): string {
  return `recall:${recalledId}`;
}

/**
 * A Lark recall as the bot's IncomingMessage with `recall`, or null when the event does not
 * say which message or chat. The event does not name who took it back: the sender is left
 * empty when it was the message's own sender (undoing names them from the stored message), and
 * is 群管理员 when a group's owner or manager did.
 */
export function recallToIncoming(event: RecallEvent, context: { chatName: string | null; receivedAt: Date }): IncomingMessage | null {
  const recalled = event.message_id;
  if (!recalled || !event.chat_id) return null;
  // The recall's own time decides whether it came within the undo window; the event's
  // creation time is nearly the same and stands in when it is missing.
  const recalledMs = Number.parseInt(event.recall_time ?? '', 10) || Number.parseInt(event.create_time ?? '', 10);
  return {
    platform: 'lark',
    messageId: recallMessageId(recalled),
    chatId: event.chat_id,
    chatName: context.chatName,
    senderId: '',
    // A group's owner or manager may take back anyone's message; the event says so, not who.
    senderName: event.recall_type && event.recall_type !== 'message_owner' ? recallBy.manager : '',
    text: '',
    mentionsBot: false,
    sentAt: recalledMs ? new Date(recalledMs) : context.receivedAt,
    recall: { messageId: recalled },
  };
}
