import { types, type Contact, type Message } from 'wechaty';
import type { Attachment, IncomingMessage } from '../../../core/message.ts';

/** WeChat message types kept as attachments (evidence); stickers, links and the rest are skipped. */
const ATTACHMENT_KINDS = new Map<types.Message, Attachment['kind']>([
  [types.Message.Image, 'image'],
  [types.Message.Attachment, 'file'],
  [types.Message.Audio, 'audio'],
  [types.Message.Video, 'video'],
]);

/** WeChat puts U+2005 (four-per-em space) after an @-mention; the parser expects plain spaces. */
const MENTION_SEPARATOR = /\u2005/g;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Removes a leading "@bot" (by any of its names) and says whether there was one. */
export function stripLeadingMention(text: string, names: string[]): { text: string; mentioned: boolean } {
  const usable = [...new Set(names.map((n) => n.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!usable.length) return { text, mentioned: false };
  const re = new RegExp(`^\\s*@(?:${usable.map(escapeRegExp).join('|')})(?:[\\s\\u2005]+|$)`);
  const stripped = text.replace(re, '');
  return { text: stripped, mentioned: stripped !== text };
}

export type Skip = { skip: string };

/**
 * A WeChat message as the bot's one message shape, or why it is skipped: the bot's own
 * messages, stickers, links and the like say nothing; pictures, files, voice and video come as
 * attachments with no text; private messages come through marked private.
 */
export async function toIncoming(message: Message, self: { contact: Contact; botName: string }): Promise<IncomingMessage | Skip> {
  if (message.self()) return { skip: 'own message' };
  // A message taken back (撤回): the service sends a message of its own whose text is the id of
  // the one taken back (what Message.toRecalled() looks up). It is handed on as a recall, not text.
  if (message.type() === types.Message.Recalled) {
    const recalled = (message.text() ?? '').trim();
    if (!recalled) return { skip: 'recall without the id of the message taken back' };
    const talker = message.talker();
    const room = message.room();
    return {
      platform: 'wechat',
      messageId: message.id,
      senderId: talker.id,
      sentAt: message.date(),
      chatId: room ? room.id : talker.id,
      chatName: room ? (await room.topic()) || null : talker.name(),
      senderName: (room ? await room.alias(talker).catch(() => undefined) : undefined) || talker.name() || talker.id,
      text: '',
      mentionsBot: false,
      ...(room ? {} : { isPrivate: true }),
      recall: { messageId: recalled },
    };
  }
  const kind = ATTACHMENT_KINDS.get(message.type());
  if (message.type() !== types.Message.Text && !kind) return { skip: `not text (type ${types.Message[message.type()] ?? message.type()})` };
  // A picture, file, voice or video: no words, the message id is the handle to fetch it by.
  const attachments: Attachment[] = kind ? [{ kind, key: message.id, name: null }] : [];
  const talker = message.talker();
  const room = message.room();
  const raw = kind ? '' : (message.text() ?? '');
  const base = { platform: 'wechat' as const, messageId: message.id, senderId: talker.id, sentAt: message.date() };
  if (!room) {
    // Official accounts and service notices also arrive as one-to-one text; they are not people.
    if (talker.type() !== types.Contact.Individual) return { skip: 'private message from a non-person account' };
    const name = talker.name();
    const { text, mentioned } = stripLeadingMention(raw, [self.contact.name(), self.botName]);
    return {
      ...base,
      chatId: talker.id,
      chatName: name,
      senderName: name,
      text: text.replace(MENTION_SEPARATOR, ' ').trim() || raw,
      mentionsBot: mentioned,
      isPrivate: true,
      ...(attachments.length ? { attachments } : {}),
    };
  }
  const [topic, senderAlias, selfAlias, mentionSelf] = await Promise.all([
    room.topic(),
    room.alias(talker).catch(() => undefined),
    room.alias(self.contact).catch(() => undefined),
    message.mentionSelf().catch(() => false),
  ]);
  // Strip by every name the bot goes by here: a puppet that fills no mention list still
  // leaves the "@小助手" in the text, and that counts as a mention too.
  const { text, mentioned } = stripLeadingMention(raw, [selfAlias ?? '', self.contact.name(), self.botName]);
  return {
    ...base,
    chatId: room.id,
    chatName: topic || null,
    senderName: senderAlias || talker.name() || talker.id,
    text: text.replace(MENTION_SEPARATOR, ' ').trim() || raw,
    mentionsBot: mentionSelf || mentioned,
    ...(attachments.length ? { attachments } : {}),
  };
}
