import { randomUUID } from 'node:crypto';
import { CONSOLE_GROUP, CONSOLE_SPEAKER } from '../console-setup.ts';
import type { IncomingMessage } from '../../core/message.ts';
import type { Platform } from '../../core/platform.ts';
import { stripBotMention } from './strip-bot-mention.ts';

export interface ChatInput {
  text: string;
  mentionsBot?: boolean;
  as?: string;
  group?: string;
  platform?: Platform;
  senderId?: string;
  chatId?: string;
  private?: boolean;
}

/**
 * One message as its platform's adapter would deliver it: by default the console's speaker in the
 * console's group; the sender id is the name and the chat id the group's name unless given.
 */
export function chatMessage(input: ChatInput, sentAt: Date, botName: string): IncomingMessage {
  const speaker = input.as ?? CONSOLE_SPEAKER;
  const group = input.group ?? CONSOLE_GROUP;
  const senderId = input.senderId ?? speaker;
  const isPrivate = input.private ?? false;
  const mentionsBot = input.mentionsBot ?? false;
  return {
    platform: input.platform ?? 'console',
    messageId: `cli-${randomUUID()}`,
    chatId: input.chatId ?? (isPrivate ? senderId : group),
    chatName: isPrivate ? speaker : group,
    senderId,
    senderName: speaker,
    text: mentionsBot ? stripBotMention(input.text, botName) : input.text,
    mentionsBot,
    sentAt,
    isPrivate,
  };
}
