// Feishu/Lark through @larksuiteoapi/node-sdk. The only module (with ./lark/) that imports the SDK.
import type { ErrorHandler } from '../error-boundary.ts';
import * as lark from '@larksuiteoapi/node-sdk';
import { larkText } from '../../prompts/lark.ts';
import { BotError } from '../../core/bot-error.ts';
import { clipText } from '../../core/clip-text.ts';
import type { Logger } from '../../core/logger.ts';
import type { Adapter, AttachmentRef, Handled, Receive, SendResult } from '../../core/adapter.ts';
import { AttachmentTooLarge } from '../../core/attachment-too-large.ts';
import type { IncomingMessage } from '../../core/message.ts';
import type { Card, Mention, OutgoingMessage, ReplyFile } from '../../core/reply.ts';
import { existsSync, readFileSync } from 'node:fs';
import { clickToIncoming, closeTarget, readCardClick, type CardClick } from './lark/card-click.ts';
import { classifyFailure, toSendError, type LarkFailure } from './lark/classify-failure.ts';
import { createDirectory, fetchBotIdentity, within, type BotIdentity } from './lark/create-directory.ts';
import { createPacer } from './lark/create-pacer.ts';
import { fetchResource } from './lark/fetch-resource.ts';
import { createSeenCache } from './lark/create-seen-cache.ts';
import { identityFor, isReadMessage, messageToIncoming, type MessageEvent } from './lark/message-to-incoming.ts';
import { recallMessageId, recallToIncoming, type RecallEvent } from './lark/recall-to-incoming.ts';
import { closeRow, renderCard, renderImageCard } from './lark/render-card.ts';
import { renderText } from './lark/render-text.ts';
import { sdkLogger } from './lark/sdk-logger.ts';
import { startWebhookServer, type WebhookServer } from './lark/start-webhook-server.ts';

export interface LarkAdapterOptions {
  appId: string;
  appSecret: string;
  /** 'ws': the SDK's long connection (no public address needed); 'webhook': HTTP endpoints on `port`. */
  mode?: 'ws' | 'webhook';
  /** 'feishu', 'lark', or a base URL (a local stand-in for the open API in tests). */
  domain?: string;
  encryptKey?: string;
  verificationToken?: string;
  port?: number;
  host?: string;
  botName?: string;
  /** Per chat; Lark allows about 5 messages a second in one group. */
  sendsPerSecond?: number;
  logger: Logger;
  /** Where connection and credential problems are reported (the log, and admins elsewhere). */
  onError?: ErrorHandler;
  /** How long a card click may wait for its outcome before Lark's 3 s callback limit. */
  cardAnswerWithinMs?: number;
  /**
   * Long connection: seconds to wait for the server's answer to a ping before the connection
   * is taken for dead and opened again (the SDK's `wsConfig.pingTimeout`; it is off unless set,
   * and then a server that stopped answering would go unnoticed).
   */
  pingTimeoutSeconds?: number;
  /** Long connection: how long opening it may take (the SDK's `handshakeTimeoutMs`). */
  handshakeTimeoutMs?: number;
  /**
   * The cards the bot sent, by Lark message id, kept with their outbox rows: a click after a
   * restart finds its card there and updates it (this process's own sends are also in memory).
   */
  cardStore?: CardStore;
  /** The clock a click and a recall are stamped with (the bot's own, so tests can set the day). */
  now?: () => Date;
}

export interface CardStore {
  /** The card as it now shows, with the people it @s (they stay @-ed on every update). */
  find(messageId: string): Promise<SentCard | null>;
  save(messageId: string, card: Card): Promise<void>;
}

/** A card as sent: its rows, and the mentions rendered into it (inline `<at>` and the last row). */
export interface SentCard {
  card: Card;
  mentions: readonly Mention[];
}

export type LarkAdapter = Adapter & {
  /** The webhook server's port once started (0 in options picks a free one). */
  readonly port: number | null;
};

/** Lark's app-wide send limit is 50/s; stay under it whatever the per-chat setting. */
const APP_SENDS_PER_SECOND = 40;
const ACK = { ok: true };
const WS_RESTART_MS = 60_000;
type Toast = { type: 'success' | 'info' | 'warning' | 'error'; content: string };

export function createLarkAdapter(options: LarkAdapterOptions): LarkAdapter {
  const { logger } = options;
  const mode = options.mode ?? 'ws';
  const botName = options.botName ?? '小助手';
  const now = options.now ?? (() => new Date());
  const domain = toDomain(options.domain);
  const sdkLog = sdkLogger(logger);
  const loggerLevel = lark.LoggerLevel.info;
  // Our own token cache (not the SDK's process-wide one), so a refused token can be dropped.
  const cache = new lark.DefaultCache();
  const client = new lark.Client({ appId: options.appId, appSecret: options.appSecret, domain, cache, logger: sdkLog, loggerLevel });
  const directory = createDirectory(client);
  const pacer = createPacer({ perSecond: options.sendsPerSecond ?? 4, totalPerSecond: APP_SENDS_PER_SECOND });
  const seen = createSeenCache();
  const clicks = createSeenCache<Promise<unknown>>({ ttlMs: 3600_000 });
  // Cards this process sent, by Lark message id: a click's answer is the same card with one row closed.
  const cards = createSeenCache<SentCard>({ ttlMs: 7 * 24 * 3600_000, maxEntries: 2_000 });

  let identity: BotIdentity | null = null;
  let deliver: Receive | null = null;
  let ws: lark.WSClient | null = null;
  let server: WebhookServer | null = null;
  let connected = false;
  let lastError: string | null = null;
  let lastAuthReport = 0;
  let restartTimer: NodeJS.Timeout | undefined;

  function noteFailure(failure: LarkFailure, where: string): void {
    lastError = `${where}: ${failure.message}`;
    if (failure.kind !== 'auth') return;
    // A refused token may just be stale; the next call fetches a new one.
    cache.values.clear();
    if (Date.now() - lastAuthReport < 5 * 60_000) return;
    lastAuthReport = Date.now();
    const error = new BotError('LARK_AUTH', larkText.authRefused(failure.message), 'check LARK_APP_ID / LARK_APP_SECRET');
    if (options.onError) options.onError({ error, where: `lark.${where}` });
    else logger.error({ code: error.code, hint: error.hint, where }, error.message);
  }

  // ── inbound messages ────────────────────────────────────────────────
  /**
   * Delivers what an event makes once: a redelivered event (the same event id, or the same
   * message under a new one) is acknowledged and dropped. `read` gives null for an event that
   * is acknowledged and kept nowhere (the bot's own message, a sticker).
   */
  async function deliverOnce(eventId: string | undefined, key: string, read: () => Promise<IncomingMessage | null>): Promise<unknown> {
    if ((eventId && seen.has(eventId)) || seen.has(key)) return ACK;
    // Not answering makes Lark push it again later, rather than losing it while stopping.
    if (!deliver) throw new Error('lark adapter is not running');
    const msg = await read();
    if (msg) {
      if (!deliver) throw new Error('lark adapter is not running');
      // Stored in the inbox when this resolves; handling goes on after Lark has its answer.
      await deliver(msg);
    }
    if (eventId) seen.set(eventId, true);
    seen.set(key, true);
    return ACK;
  }

  async function onMessageEvent(data: MessageEvent): Promise<unknown> {
    const messageId = data.message?.message_id;
    if (!messageId) return ACK;
    return deliverOnce(data.event_id, messageId, async () => {
      if (data.sender?.sender_type === 'app' || !isReadMessage(data)) return null;
      const bot = identityFor(data, identity, botName);
      identity ??= bot;
      const senderId = data.sender.sender_id?.open_id ?? '';
      const [sender, chatName] = await Promise.all([
        senderId ? directory.user(senderId) : Promise.resolve(null),
        directory.chatName(data.message.chat_id),
      ]);
      return messageToIncoming(data, { bot, senderName: sender?.name ?? null, chatName, sender });
    });
  }

  /** A message taken back (撤回): handed on as a recall, which undoes a check-in taken back in time. */
  async function onRecallEvent(data: RecallEvent): Promise<unknown> {
    if (!data.message_id || !data.chat_id) return ACK;
    const chatId = data.chat_id;
    return deliverOnce(data.event_id, recallMessageId(data.message_id), async () =>
      recallToIncoming(data, { chatName: await directory.chatName(chatId), receivedAt: now() }),
    );
  }

  // ── card clicks ─────────────────────────────────────────────────────
  async function onCardEvent(data: Parameters<typeof readCardClick>[0]): Promise<unknown> {
    const click = readCardClick(data);
    if (!click) return {};
    try {
      // A redelivered click gets the first delivery's answer, and is handled once.
      const prior = clicks.get(click.key);
      if (prior) return await prior;
      const answer = answerClick(click);
      clicks.set(click.key, answer);
      return await answer;
    } catch (err) {
      logger.error({ err, click: click.key }, 'lark card click failed');
      // The SDK's card handler reads undefined as a refused call; always answer something.
      return respond(click, { type: 'error', content: larkText.notDoneToast });
    }
  }

  async function answerClick(click: CardClick): Promise<unknown> {
    // Lark shows the clicker an error when the callback is not answered within 3 s.
    const deadline = Date.now() + (options.cardAnswerWithinMs ?? 2500);
    const target = closeTarget(click);
    if (target === null) return respond(click, { type: 'info', content: larkText.unknownAction });
    directory.learnUser(click.operatorId, click.operatorName);
    const [sender, chatName] = await Promise.all([directory.user(click.operatorId), directory.chatName(click.chatId)]);
    const msg = clickToIncoming(
      click,
      target,
      { senderName: sender?.name ?? directory.cachedUser(click.operatorId) ?? null, chatName, sender },
      now(),
    );
    if (!deliver) throw new Error('lark adapter is not running');
    // Stored when this resolves; the card is updated with how the close went.
    const outcome = (await deliver(msg)).handled;
    const settled = await within(Math.max(deadline - Date.now(), 50), outcome).catch(() => null);
    if (settled) return respond(click, ...(await afterClose(click, target.no, settled)));
    // Too slow for the callback: answer now, update the card once the close is done.
    void outcome
      .then(async (late) => {
        const [, card] = await afterClose(click, target.no, late);
        if (card) await patchCard(click.messageId, card);
      })
      .catch((err: unknown) => logger.error({ err, click: click.key }, 'lark card click failed after answering'));
    return respond(click, { type: 'info', content: larkText.pendingToast });
  }

  /** The toast and, when the item was closed and the card is known, the updated card. */
  async function afterClose(click: CardClick, no: number, outcome: Handled): Promise<[Toast, SentCard | null]> {
    if (outcome.status !== 'handled') {
      const said = outcome.replies?.[0]?.text;
      if (outcome.status === 'duplicate') return [{ type: 'info', content: larkText.receivedToast }, null];
      // The toast shows the router's reply directly, not through the outbox: masked here, before the cut.
      return [{ type: 'warning', content: said ? clipText(said, 80) : larkText.notDoneToast }, null];
    }
    const updated = await markRowDone(click.messageId, click.value);
    const toast =
      click.value.action === 'review'
        ? larkText.reviewedToast(no)
        : click.value.action === 'take-over'
          ? larkText.takenToast(no)
          : larkText.closedToast(no);
    return [{ type: 'success', content: toast }, updated];
  }

  /**
   * The card after its row for this action is done, kept as it now shows; null when the card
   * is not known or the row was already done. `value` is the button's (a live click) or the
   * stored click's typed target (action, no, villageId), which is what rows are matched by.
   */
  async function markRowDone(messageId: string, value: Record<string, unknown>): Promise<SentCard | null> {
    // Sent by this process, or before a restart (kept with its outbox row).
    const sent = cards.get(messageId) ?? (await findStoredCard(messageId));
    const closed = sent ? closeRow(sent.card, value) : null;
    // Re-rendered with the mentions it was sent with: an update must not drop the people it @s.
    const updated = sent && closed ? { card: closed, mentions: sent.mentions } : null;
    if (!updated) {
      logger.debug({ message: messageId }, 'lark card not known or already updated; no update');
      return null;
    }
    cards.set(messageId, updated);
    await options.cardStore?.save(messageId, updated.card).catch((err: unknown) => {
      logger.warn({ err: (err as Error).message, message: messageId }, 'lark card update not stored');
    });
    return updated;
  }

  /**
   * A click stored before a crash (or while the database was away) and handled by the recovery
   * pass: its callback was answered long ago (Lark waits 3 s), so the card is updated the way a
   * slow live click's is, through the message update API on the card's message id, which the
   * stored click keeps.
   */
  async function recovered(msg: IncomingMessage, outcome: Handled): Promise<void> {
    const action = msg.cardAction;
    if (!action || outcome.status !== 'handled') return;
    const value = { action: action.action, no: action.issueNo, villageId: action.villageId ?? '' };
    const updated = await markRowDone(action.cardMessageId, value);
    if (updated) await patchCard(action.cardMessageId, updated);
  }

  async function findStoredCard(messageId: string): Promise<SentCard | null> {
    try {
      return (await options.cardStore?.find(messageId)) ?? null;
    } catch (err) {
      logger.warn({ err: (err as Error).message, message: messageId }, 'lark card lookup failed');
      return null;
    }
  }

  function respond(click: CardClick, toast: Toast, sent: SentCard | null = null): unknown {
    // The legacy callback replaces the card with the response body and has no toast.
    if (click.legacy) return sent ? renderCard(sent.card, sent.mentions) : {};
    return sent ? { toast, card: { type: 'raw', data: renderCard(sent.card, sent.mentions) } } : { toast };
  }

  async function patchCard(messageId: string, sent: SentCard): Promise<void> {
    try {
      const res = await client.im.v1.message.patch({
        path: { message_id: messageId },
        data: { content: JSON.stringify(renderCard(sent.card, sent.mentions)) },
      });
      if (res.code !== 0) noteFailure(classifyFailure(res), 'patch');
    } catch (err) {
      noteFailure(classifyFailure(err), 'patch');
    }
  }

  // ── outbound ────────────────────────────────────────────────────────
  async function uploadImage(png: Uint8Array): Promise<string> {
    let res: Awaited<ReturnType<typeof client.im.v1.image.create>>;
    try {
      res = await client.im.v1.image.create({ data: { image_type: 'message', image: Buffer.from(png) } });
    } catch (err) {
      const failure = classifyFailure(err);
      noteFailure(failure, 'image upload');
      throw toSendError(failure, err);
    }
    if (!res?.image_key) {
      const failure = classifyFailure(res ?? { code: -1, msg: 'image upload answered without image_key' });
      noteFailure(failure, 'image upload');
      throw toSendError(failure);
    }
    return res.image_key;
  }

  /** Uploads a file (im.file.create, multipart like the images) and returns its file_key. */
  async function uploadFile(file: ReplyFile): Promise<string> {
    let res: Awaited<ReturnType<typeof client.im.v1.file.create>>;
    try {
      // 'xls' is Lark's type for spreadsheets (xls and xlsx); anything else goes as a plain stream.
      const fileType = /\.xlsx?$/i.test(file.name) ? 'xls' : 'stream';
      res = await client.im.v1.file.create({ data: { file_type: fileType, file_name: file.name, file: readFileSync(file.path) } });
    } catch (err) {
      const failure = classifyFailure(err);
      noteFailure(failure, 'file upload');
      throw toSendError(failure, err);
    }
    if (!res?.file_key) {
      const failure = classifyFailure(res ?? { code: -1, msg: 'file upload answered without file_key' });
      noteFailure(failure, 'file upload');
      throw toSendError(failure);
    }
    return res.file_key;
  }

  /** One im.message.create; its uuid makes a retried create a no-op on Lark's side (within an hour). */
  async function createMessage(
    receiveIdType: 'open_id' | 'chat_id',
    data: { receive_id: string; msg_type: string; content: string; uuid: string },
  ) {
    let res: Awaited<ReturnType<typeof client.im.v1.message.create>>;
    try {
      res = await client.im.v1.message.create({ params: { receive_id_type: receiveIdType }, data });
    } catch (err) {
      const failure = classifyFailure(err);
      noteFailure(failure, 'send');
      throw toSendError(failure, err);
    }
    if (res.code !== 0) {
      const failure = classifyFailure(res);
      noteFailure(failure, 'send');
      throw toSendError(failure);
    }
    return res;
  }

  /**
   * The row's file (the dispatch pack's xlsx) after its text, as a file message. A failure is
   * the row's failure: its retry sends the text again under the same uuid, which Lark drops.
   */
  async function sendFile(msg: OutgoingMessage, file: ReplyFile, receiveIdType: 'open_id' | 'chat_id'): Promise<void> {
    // A file gone from disk (cleaned up before a late retry) cannot come back: the text went, so the row is done.
    if (!existsSync(file.path)) {
      logger.warn({ outboxId: msg.id, file: file.path }, 'lark: file to send is gone; text sent without it');
      return;
    }
    const fileKey = await uploadFile(file);
    await pacer.wait(msg.chatId);
    await createMessage(receiveIdType, {
      receive_id: msg.chatId,
      msg_type: 'file',
      content: JSON.stringify({ file_key: fileKey }),
      uuid: `outbox-${msg.id}-file`,
    });
  }

  async function send(msg: OutgoingMessage): Promise<SendResult> {
    // A private reply to a person is addressed by open_id; a p2p chat the bot is in has a chat_id (oc_…).
    const receiveIdType = msg.private && !msg.chatId.startsWith('oc_') ? 'open_id' : 'chat_id';
    await pacer.wait(msg.chatId);
    // A picture is uploaded first (Lark sends images by key), then shown inside a card.
    const imageKey = msg.image ? await uploadImage(msg.image.png) : null;
    const data = {
      receive_id: msg.chatId,
      msg_type: msg.card || imageKey ? 'interactive' : 'text',
      content:
        imageKey && msg.image
          ? JSON.stringify(renderImageCard(imageKey, msg.image.alt))
          : msg.card
            ? JSON.stringify(renderCard(msg.card, msg.mentions))
            : renderText(msg.text, msg.mentions),
      // Lark drops a second create with the same uuid (within an hour): a retried send is not sent twice.
      uuid: `outbox-${msg.id}`,
    };
    const res = await createMessage(receiveIdType, data);
    const platformMessageId = res.data?.message_id;
    if (msg.card && platformMessageId) cards.set(platformMessageId, { card: msg.card, mentions: msg.mentions });
    if (msg.file) await sendFile(msg, msg.file, receiveIdType);
    if (lastError?.startsWith('send')) lastError = null;
    return { platformMessageId };
  }

  // ── lifecycle ───────────────────────────────────────────────────────
  async function start(receive: Receive): Promise<void> {
    deliver = receive;
    try {
      identity = await within(5000, fetchBotIdentity(client));
      logger.info({ bot: identity.name, openId: identity.openId, mode }, 'lark bot identity');
    } catch (err) {
      // Not fatal: mentions are matched by the bot's name until the identity is known.
      noteFailure(classifyFailure(err), 'bot info');
      logger.warn({ err: (err as Error).message }, 'lark bot info unavailable; matching @-mentions by name');
    }
    const events = new lark.EventDispatcher({
      encryptKey: options.encryptKey,
      verificationToken: options.verificationToken,
      logger: sdkLog,
      loggerLevel,
    }).register({
      'im.message.receive_v1': (data) => onMessageEvent(data as unknown as MessageEvent),
      'im.message.recalled_v1': (data) => onRecallEvent(data as RecallEvent),
      // Card callbacks also come this way: over the long connection, or when the callback URL is the events URL.
      // On the long connection they arrive as `event` frames (type header `event`, event_type
      // card.action.trigger): the SDK's WSClient.handleEventData drops every other frame type,
      // its own MessageType.card included, so the test stand-in pushes clicks as event frames.
      'card.action.trigger': (data: unknown) => onCardEvent(data as Parameters<typeof readCardClick>[0]),
    } as Parameters<lark.EventDispatcher['register']>[0]);

    if (mode === 'webhook') {
      const cardHandler = new lark.CardActionHandler(
        { encryptKey: options.encryptKey, verificationToken: options.verificationToken, logger: sdkLog, loggerLevel },
        (data: unknown) => onCardEvent(data as Parameters<typeof readCardClick>[0]),
      );
      server = await startWebhookServer({
        port: options.port ?? 8790,
        host: options.host,
        events,
        cards: cardHandler,
        encryptKey: options.encryptKey,
        verificationToken: options.verificationToken,
        logger,
      });
      connected = true;
      logger.info({ port: server.port }, 'lark webhook listening on /lark/events and /lark/card');
      return;
    }

    if (!/^cli_[0-9a-fA-F]{16}$/.test(options.appId)) {
      // The WSClient would only log this and never connect.
      const failure: LarkFailure = { kind: 'auth', message: `app id ${options.appId} is not a self-built app id (cli_ and 16 hex digits)` };
      noteFailure(failure, 'ws');
      return;
    }
    ws = new lark.WSClient({
      appId: options.appId,
      appSecret: options.appSecret,
      domain,
      logger: sdkLog,
      loggerLevel,
      autoReconnect: true,
      handshakeTimeoutMs: options.handshakeTimeoutMs ?? 15_000,
      wsConfig: { pingTimeout: options.pingTimeoutSeconds ?? 30 },
      onReady: () => {
        connected = true;
        lastError = null;
        logger.info('lark long connection ready');
      },
      onReconnecting: () => {
        connected = false;
        lastError = 'ws: connection lost or stale (no answer to ping); reconnecting';
        logger.warn('lark long connection lost; reconnecting');
      },
      onReconnected: () => {
        connected = true;
        if (lastError?.startsWith('ws')) lastError = null;
        logger.info('lark long connection back');
      },
      onError: (err) => {
        connected = false;
        noteFailure(classifyFailure(err), 'ws');
        // The WSClient stops for good on a refused connection; a fixed app config or a Lark outage ending should not need a restart
        // of the bot.
        logger.error({ err: err.message, retryInMs: WS_RESTART_MS }, 'lark long connection gave up; trying again later');
        restartTimer = setTimeout(() => void ws?.start({ eventDispatcher: events }), WS_RESTART_MS);
        restartTimer.unref();
      },
    });
    await ws.start({ eventDispatcher: events });
  }

  async function stop(): Promise<void> {
    connected = false;
    deliver = null;
    clearTimeout(restartTimer);
    ws?.close({ force: true });
    ws = null;
    await server?.close();
    server = null;
  }

  async function fetchAttachment(ref: AttachmentRef, maxBytes: number): Promise<Uint8Array> {
    try {
      return await fetchResource(client, ref, maxBytes);
    } catch (err) {
      if (!(err instanceof AttachmentTooLarge)) noteFailure(classifyFailure(err), 'fetch');
      throw err;
    }
  }

  return {
    platform: 'lark',
    start,
    send,
    stop,
    fetchAttachment,
    recovered,
    status: () => ({ connected, detail: lastError ?? (ws ? `ws ${ws.getConnectionStatus().state}` : mode) }),
    get port() {
      return server?.port ?? null;
    },
  };
}

function toDomain(domain: string | undefined): lark.Domain | string {
  if (!domain || domain === 'feishu') return lark.Domain.Feishu;
  if (domain === 'lark') return lark.Domain.Lark;
  return domain.replace(/\/+$/, '');
}
