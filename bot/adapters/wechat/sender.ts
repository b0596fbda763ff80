// Sending on WeChat: paced like a person (WeChat throttles and bans accounts that send fast),
// long replies split at line breaks, real @-mentions for members named by id, and each outbox
// row's pieces sent once even when a send is retried (bot/adapters/wechat/send-ledger.ts).
import { existsSync } from 'node:fs';
import { FileBox } from 'file-box';
import type { Contact, Message, Room, Wechaty } from 'wechaty';
import type { SendResult } from '../../../core/adapter.ts';
import type { Logger } from '../../../core/logger.ts';
import type { OutgoingMessage, ReplyFile, ReplyImage } from '../../../core/reply.ts';
import { SendError } from '../../../core/send-error.ts';
import { wechatText } from '../../../prompts/wechat.ts';
import type { Ready } from './connection.ts';
import { isNotFoundError } from './connection-error.ts';
import { createPacer, PacerClosedError } from './pacer.ts';
import { createSendLedger, type LedgerEntry } from './send-ledger.ts';
import { splitText } from './split-text.ts';

export interface WechatSenderOptions {
  /** The connection's logged-in client; throws a retryable SendError when there is none. */
  ready: () => Ready;
  sendGapMs: number;
  sendsPerMinute: number;
  maxPieceChars: number;
  logger: Logger;
}

export function createWechatSender(options: WechatSenderOptions) {
  const { logger, maxPieceChars } = options;
  const requireReady = options.ready;
  const pacer = createPacer({ gapMs: options.sendGapMs, perMinute: options.sendsPerMinute });
  const ledger = createSendLedger();

  function sendFailure(err: unknown, what: string): SendError {
    if (err instanceof SendError) return err;
    if (err instanceof PacerClosedError) return new SendError(wechatText.stopping, { cause: err });
    const text = (err as Error)?.message ?? String(err);
    // WeChat's own throttle: wait a minute before the next try.
    if (/频繁|too (many|frequent)|rate.?limit/i.test(text)) return new SendError(`${what}: ${text}`, { retryAfterMs: 60_000, cause: err });
    return new SendError(`${what}: ${text}`, { cause: err });
  }

  /** The room to send to; 'gone' when the service says there is no such room. */
  async function findRoom(w: Wechaty, me: Contact, chatId: string): Promise<Room | 'gone'> {
    // Asked of the puppet first: Room.find() swallows the reason a room cannot be loaded,
    // and "gone" (do not retry) must be told apart from "service away" (retry).
    try {
      await w.puppet.roomPayload(chatId);
    } catch (err) {
      if (isNotFoundError(err)) return 'gone';
      throw sendFailure(err, 'room lookup');
    }
    const room = await w.Room.find({ id: chatId });
    if (!room) throw new SendError(`room lookup: ${chatId}`);
    let member: boolean;
    try {
      member = await room.has(me);
    } catch (err) {
      throw sendFailure(err, 'room members');
    }
    if (!member) throw new SendError(wechatText.notInRoom(chatId), { retryable: false });
    return room;
  }

  async function findContact(w: Wechaty, chatId: string): Promise<Contact> {
    try {
      await w.puppet.contactPayload(chatId);
    } catch (err) {
      if (isNotFoundError(err)) throw new SendError(wechatText.contactGone(chatId), { retryable: false, cause: err });
      throw sendFailure(err, 'contact lookup');
    }
    const contact = await w.Contact.find({ id: chatId });
    if (!contact) throw new SendError(`contact lookup: ${chatId}`);
    return contact;
  }

  async function sendRow(msg: OutgoingMessage, entry: LedgerEntry): Promise<SendResult> {
    const { w, me } = requireReady();
    // biome-ignore lint/suspicious/noConfusingVoidType: wechaty types say() as Promise<void | Message>.
    let say: (text: string, first: boolean) => Promise<Message | void>;
    // biome-ignore lint/suspicious/noConfusingVoidType: as say().
    let show: (file: FileBox) => Promise<Message | void>;
    let text = msg.text;
    const room = msg.private ? 'gone' : await findRoom(w, me, msg.chatId);
    if (room === 'gone') {
      // A reply to a one-to-one chat may come without the private mark (its chat id is then
      // a person's, not a room's): the person is where it goes.
      let contact: Contact;
      try {
        contact = await findContact(w, msg.chatId);
      } catch (err) {
        if (msg.private || (err instanceof SendError && err.retryable)) throw err;
        throw new SendError(wechatText.roomGone(msg.chatId), { retryable: false, cause: err });
      }
      // The person is the chat: no @-mentions in a one-to-one message.
      say = (t) => contact.say(t);
      show = (file) => contact.say(file);
    } else {
      show = (file) => room.say(file);
      // Real @-mentions for members named by id; anyone else is named in the text.
      let members: Contact[] = [];
      if (msg.mentions.some((m) => m.id)) members = await room.memberAll().catch(() => []);
      const contacts: Contact[] = [];
      const asText: string[] = [];
      for (const m of msg.mentions) {
        const member = m.id ? members.find((c) => c.id === m.id) : undefined;
        if (member) contacts.push(member);
        else asText.push(`@${m.name}`);
      }
      if (asText.length) text = `${asText.join(' ')} ${text}`;
      say = (t, first) => (first && contacts.length ? room.say(t, ...contacts) : room.say(t));
    }
    if (msg.image) return sendImage(msg, msg.image, show, entry);
    const pieces = splitText(text, maxPieceChars);
    for (let i = entry.piecesSent; i < pieces.length; i++) {
      try {
        await pacer.turn();
      } catch (err) {
        throw sendFailure(err, 'pacing');
      }
      requireReady();
      // biome-ignore lint/suspicious/noConfusingVoidType: what say() resolves to.
      let sent: Message | void;
      try {
        sent = await say(pieces[i], i === 0);
      } catch (err) {
        throw sendFailure(err, `send ${i + 1}/${pieces.length}`);
      }
      if (i === 0 && sent) entry.firstMessageId = sent.id;
      entry.piecesSent = i + 1;
    }
    // The file (the dispatch pack's xlsx) is the row's last piece: a retry after it went sends nothing.
    if (msg.file && entry.piecesSent === pieces.length) await sendFile(msg, msg.file, show, entry);
    logger.debug({ outboxId: msg.id, chat: msg.chatId, pieces: pieces.length }, 'wechat: sent');
    return { platformMessageId: entry.firstMessageId };
  }

  /** A file after its text, as a file message (FileBox from disk), paced like a piece of text. */
  async function sendFile(
    msg: OutgoingMessage,
    file: ReplyFile,
    // biome-ignore lint/suspicious/noConfusingVoidType: as say().
    show: (file: FileBox) => Promise<Message | void>,
    entry: LedgerEntry,
  ): Promise<void> {
    // A file gone from disk (cleaned up before a late retry) cannot come back: the text went, so the row is done.
    if (!existsSync(file.path)) {
      logger.warn({ outboxId: msg.id, file: file.path }, 'wechat: file to send is gone; text sent without it');
      entry.piecesSent += 1;
      return;
    }
    try {
      await pacer.turn();
    } catch (err) {
      throw sendFailure(err, 'pacing');
    }
    requireReady();
    try {
      await show(FileBox.fromFile(file.path, file.name));
    } catch (err) {
      throw sendFailure(err, 'send file');
    }
    entry.piecesSent += 1;
  }

  /** A picture goes as an image message (FileBox), paced like any other send; its text is not sent. */
  async function sendImage(
    msg: OutgoingMessage,
    image: ReplyImage,
    // biome-ignore lint/suspicious/noConfusingVoidType: as say().
    show: (file: FileBox) => Promise<Message | void>,
    entry: LedgerEntry,
  ): Promise<SendResult> {
    // Sent before, its record lost: not sent twice.
    if (entry.piecesSent >= 1) return { platformMessageId: entry.firstMessageId };
    try {
      await pacer.turn();
    } catch (err) {
      throw sendFailure(err, 'pacing');
    }
    requireReady();
    // biome-ignore lint/suspicious/noConfusingVoidType: what say() resolves to.
    let sent: Message | void;
    try {
      sent = await show(FileBox.fromBuffer(Buffer.from(image.png), `chart-${msg.id}.png`));
    } catch (err) {
      throw sendFailure(err, 'send image');
    }
    if (sent) entry.firstMessageId = sent.id;
    entry.piecesSent = 1;
    logger.debug({ outboxId: msg.id, chat: msg.chatId }, 'wechat: sent image');
    return { platformMessageId: entry.firstMessageId };
  }

  return {
    // A merged message is its set of rows: the same rows merged differently are another send.
    send: (msg: OutgoingMessage) => ledger.once(msg.mergedIds?.join(',') ?? msg.id, (entry) => sendRow(msg, entry)),
    /** Pending turns end; a send in progress stops before its next piece. */
    close: () => pacer.close(),
  };
}
