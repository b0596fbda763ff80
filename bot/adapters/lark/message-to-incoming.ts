import { normalize, type NormalizedMessage } from '@larksuiteoapi/node-sdk';
import type { IncomingMessage } from '../../../core/message.ts';
import type { BotIdentity, UserProfile } from './create-directory.ts';

/** `im.message.receive_v1` as the SDK's dispatcher hands it over (header fields merged in). */
export type MessageEvent = Parameters<typeof normalize>[0] & { event_id?: string; sender: { sender_type?: string } };

/** Text-bearing message types; images, stickers, files and the rest are not for the bot. */
const TEXT_TYPES = new Set(['text', 'post']);

export function isTextMessage(event: MessageEvent): boolean {
  return TEXT_TYPES.has(event.message?.message_type);
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
 * One Lark message as the bot's IncomingMessage. The SDK's `normalize` does the Lark part:
 * it reads text and rich-text content, replaces the `@_user_1` placeholders with `@name`,
 * strips the bot's own mention and says whether the bot was mentioned.
 */
export async function messageToIncoming(
  event: MessageEvent,
  context: { bot: BotIdentity | null; senderName: string | null; chatName: string | null; sender?: UserProfile | null },
): Promise<IncomingMessage> {
  const normalized: NormalizedMessage = await normalize(event, {
    botIdentity: context.bot ?? { openId: '', name: '' },
    stripBotMentions: true,
  });
  const createdMs = normalized.createTime || Date.now();
  return {
    platform: 'lark',
    messageId: normalized.messageId,
    chatId: normalized.chatId,
    chatName: context.chatName,
    senderId: normalized.senderId,
    senderName: context.senderName || normalized.senderId,
    text: normalized.content,
    mentionsBot: normalized.mentionedBot,
    sentAt: new Date(createdMs),
    isPrivate: normalized.chatType === 'p2p',
    // The event carries the user_id too when the app may read it; the directory's answer comes first.
    senderTenantId: context.sender?.userId ?? event.sender?.sender_id?.user_id ?? null,
    senderMobile: context.sender?.mobile ?? null,
  };
}
