import type { Attachment, IncomingMessage } from '../../../core/message.ts';

/**
 * A decrypted 智能机器人 (API mode) message callback. `chatid` is there only in group chats;
 * `response_url` lets the bot answer this message once, within an hour.
 */
export interface WecomCallback {
  msgid?: string;
  aibotid?: string;
  chatid?: string;
  chattype?: 'single' | 'group';
  from?: { userid?: string };
  response_url?: string;
  msgtype?: string;
  text?: { content?: string };
  mixed?: { msg_item?: Array<{ msgtype?: string; text?: { content?: string }; image?: { url?: string } }> };
  image?: { url?: string };
  create_time?: number;
}

/** Where a reply to this callback goes: the group, or the person's one-to-one chat with the bot. */
export function chatKey(chat: { private: boolean; chatId: string }): string {
  return `${chat.private ? 'single' : 'group'}:${chat.chatId}`;
}

/**
 * The platform-neutral message, or null for what is not a person's message (events, stream
 * refreshes). WeCom delivers a group message to the bot only when it is @-mentioned, so every
 * group message mentions it; the leading `@name` WeCom writes into the text is removed.
 */
export function messageToIncoming(cb: WecomCallback, options: { botName: string; receivedAt: Date }): IncomingMessage | null {
  const userId = cb.from?.userid;
  if (!cb.msgid || !userId) return null;
  const isPrivate = cb.chattype !== 'group';
  const chatId = isPrivate ? userId : cb.chatid;
  if (!chatId) return null;
  const parts: string[] = [];
  const attachments: Attachment[] = [];
  if (cb.msgtype === 'text') parts.push(cb.text?.content ?? '');
  else if (cb.msgtype === 'mixed') {
    for (const item of cb.mixed?.msg_item ?? []) {
      if (item.msgtype === 'text' && item.text?.content) parts.push(item.text.content);
      if (item.msgtype === 'image' && item.image?.url) attachments.push({ kind: 'image', key: item.image.url });
    }
  } else if (cb.msgtype === 'image' && cb.image?.url) attachments.push({ kind: 'image', key: cb.image.url });
  else return null;
  const raw = parts.join('\n');
  const text = isPrivate ? raw.trim() : withoutBotMention(raw, options.botName);
  return {
    platform: 'wecom',
    messageId: cb.msgid,
    chatId,
    chatName: null,
    senderId: userId,
    // The callback carries no display name; the userid is what the tenant knows the person by.
    senderName: userId,
    text,
    mentionsBot: !isPrivate,
    sentAt: cb.create_time ? new Date(cb.create_time * 1000) : options.receivedAt,
    isPrivate,
    ...(attachments.length ? { attachments } : {}),
  };
}

/** `@小助手 #台账` → `#台账`; the bot's own name first, else the first @-word WeCom put in front. */
function withoutBotMention(text: string, botName: string): string {
  const own = `@${botName}`;
  const at = text.indexOf(own);
  if (at >= 0) return `${text.slice(0, at)}${text.slice(at + own.length)}`.replace(/^[\s\u2005]+/, '').trim();
  return text.replace(/^\s*@\S+[\s\u2005]*/, '').trim();
}
