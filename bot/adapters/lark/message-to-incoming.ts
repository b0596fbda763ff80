import type { normalize } from '@larksuiteoapi/node-sdk';
import type { IncomingMessage } from '../../../core/message.ts';
import type { BotIdentity, UserProfile } from './create-directory.ts';
import { readContent } from './read-content.ts';

/** `im.message.receive_v1` as the SDK's dispatcher hands it over (header fields merged in). */
export type MessageEvent = Parameters<typeof normalize>[0] & { event_id?: string; sender: { sender_type?: string } };

/** Message types the bot reads: words, and pictures, files, voice and video kept as attachments. */
const READ_TYPES = new Set(['text', 'post', 'image', 'file', 'audio', 'media']);

export function isReadMessage(event: MessageEvent): boolean {
  return READ_TYPES.has(event.message?.message_type);
}

/**
 * The bot's identity for mention detection. When the bot-info call failed at start, an
 * @-mention whose name is the bot's name identifies it (Lark gives the bot's open_id there).
 */
export function identityFor(event: MessageEvent, known: BotIdentity | null, botName: string): BotIdentity | null {
  if (known) return known;
  const mention = event.message.mentions?.find((m) => m.name === botName && m.id?.open_id);
  return mention?.id.open_id ? { openId: mention.id.open_id, name: botName } : null;
}

/**
 * One Lark message as the bot's IncomingMessage: text and rich text read alike
 * (lark/read-content.ts), the `@_user_1` placeholders as `@name`, the bot's own mention
 * removed and flagged, pictures and files as attachments.
 */
export function messageToIncoming(
  event: MessageEvent,
  context: { bot: BotIdentity | null; senderName: string | null; chatName: string | null; sender?: UserProfile | null },
): IncomingMessage {
  const { message } = event;
  const read = readContent(message.message_type, message.content, message.mentions, context.bot?.openId ?? null);
  const createdMs = Number.parseInt(message.create_time ?? '', 10) || Date.now();
  const senderId = event.sender.sender_id?.open_id ?? event.sender.sender_id?.user_id ?? event.sender.sender_id?.union_id ?? '';
  return {
    platform: 'lark',
    messageId: message.message_id,
    chatId: message.chat_id,
    chatName: context.chatName,
    senderId,
    senderName: context.senderName || senderId,
    text: read.text,
    mentionsBot: read.mentionsBot,
    sentAt: new Date(createdMs),
    isPrivate: message.chat_type === 'p2p',
    ...(read.attachments.length ? { attachments: read.attachments } : {}),
    // The event carries the user_id too when the app may read it; the directory's answer comes first.
    senderTenantId: context.sender?.userId ?? event.sender?.sender_id?.user_id ?? null,
    senderMobile: context.sender?.mobile ?? null,
  };
}
