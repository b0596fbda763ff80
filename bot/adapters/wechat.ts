// WeChat through Wechaty and a puppet service (wechaty-puppet-service over gRPC). The only
// file (with bot/adapters/wechat/) that knows wechaty: it turns room and private text into
// IncomingMessage, sends OutgoingMessage paced like a person, and keeps the connection up.
import { WechatyBuilder, log as wechatyLog, qrcodeValueToImageUrl, types, type Contact, type Message, type Room, type Wechaty } from 'wechaty';
import { PuppetService } from 'wechaty-puppet-service';
import { wechatText } from '../../prompts/wechat.ts';
import { guard, logErrorHandler, type ErrorHandler } from '../error-boundary.ts';
import { BotError } from '../../core/bot-error.ts';
import type { Logger } from '../../core/logger.ts';
import { SendError } from '../../core/send-error.ts';
import type { Adapter, Receive, SendResult } from '../../core/adapter.ts';
import type { IncomingMessage } from '../../core/message.ts';
import type { OutgoingMessage } from '../../core/reply.ts';
import { connectionError, isConnectionNoise, isNotFoundError } from './wechat/connection-error.ts';
import { createPacer, PacerClosedError } from './wechat/pacer.ts';
import { reconnectDelayMs } from './wechat/reconnect-delay.ts';
import { createSendLedger, type LedgerEntry } from './wechat/send-ledger.ts';
import { splitText } from './wechat/split-text.ts';
import { toIncoming } from './wechat/to-incoming.ts';

export interface WechatAdapterOptions {
  /** WECHATY_PUPPET_SERVICE_TOKEN, e.g. `puppet_padlocal_…` or `insecure_…` for a local service. */
  token: string;
  /** `host:port` of the puppet service. Without it the client asks the Wechaty discovery service (internet). */
  endpoint?: string;
  /** The service speaks plain gRPC (no TLS). */
  noTls: boolean;
  botName: string;
  /** Least time between two sends of this account. */
  sendGapMs: number;
  /** Most sends of this account in a minute. */
  sendsPerMinute: number;
  logger: Logger;
  /** Where SDK listener errors and connection problems are reported (default: the log). */
  onError?: ErrorHandler;
  /** Reconnect backoff: first wait, and the cap. */
  reconnectMinMs?: number;
  reconnectMaxMs?: number;
  /** A message sent this long before the bot first logged in is history the service replays, not news. */
  historyMarginMs?: number;
  /** Longest piece of a reply (characters); longer replies go out as several messages. */
  maxPieceChars?: number;
  now?: () => Date;
}

export interface WechatConnection {
  connected: boolean;
  streamUp: boolean;
  self: { id: string; name: string } | null;
  reconnectAttempt: number;
  reconnects: number;
  lastError: { code: string; message: string; hint: string; at: Date } | null;
}

export type WechatAdapter = Adapter & { connection(): WechatConnection };

/**
 * Wechaty prints its own log lines (brolog) straight to the terminal, which would land in
 * the middle of the console channel and outside the JSON log. They go to our logger
 * instead, one level quieter: the SDK calls routine reconnect noise "ERR".
 */
function routeSdkLog(logger: Logger) {
  const sdk = logger.child({ sdk: 'wechaty' });
  wechatyLog.textPrinter = (level, text) => {
    if (level === 'ERR') sdk.warn(text);
    else if (level === 'WARN' || level === 'INFO') sdk.debug(text);
    else sdk.trace(text);
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => { timer = setTimeout(() => resolve(undefined), ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function createWechatAdapter(options: WechatAdapterOptions): WechatAdapter {
  const { logger, botName } = options;
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? logErrorHandler(logger);
  const reconnectMinMs = options.reconnectMinMs ?? 1000;
  const reconnectMaxMs = options.reconnectMaxMs ?? 60_000;
  const historyMarginMs = options.historyMarginMs ?? 60_000;
  const maxPieceChars = options.maxPieceChars ?? 1500;
  const pacer = createPacer({ gapMs: options.sendGapMs, perMinute: options.sendsPerMinute });
  const ledger = createSendLedger();

  let puppet: PuppetService | undefined;
  let wechaty: Wechaty | undefined;
  let deliver: Receive | undefined;
  let stopping = false;
  let streamUp = false;
  let self: { id: string; name: string } | null = null;
  /** When this process first logged in; older messages are replayed history. */
  let firstLoginAt: number | null = null;
  let lastError: WechatConnection['lastError'] = null;
  let lastReportedCode: string | null = null;
  let attempt = 0;
  let reconnects = 0;
  let everConnected = false;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let connecting: Promise<void> | null = null;
  /** The dead client being released after a drop; the next attempt waits for it. */
  let teardown: Promise<unknown> | null = null;
  /** Bumped per connection, so events from an old gRPC client do not touch the new one. */
  let generation = 0;

  function report(error: BotError) {
    lastError = { code: error.code, message: error.message, hint: error.hint, at: now() };
    // The first failure of a kind is an error with its fix; the same one again is a line in the log.
    if (error.code !== lastReportedCode) {
      lastReportedCode = error.code;
      onError({ error, where: 'wechat.connection' });
    } else {
      logger.warn({ code: error.code, attempt }, error.message);
    }
  }

  function scheduleReconnect() {
    if (stopping || reconnectTimer) return;
    attempt++;
    const delayMs = reconnectDelayMs(attempt, reconnectMinMs, reconnectMaxMs);
    logger.info({ attempt, delayMs }, 'wechat: reconnecting to the puppet service');
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      void runConnect();
    }, delayMs);
  }

  function runConnect(): Promise<void> {
    connecting ??= connectOnce()
      .then((ok) => { if (!ok) scheduleReconnect(); })
      .finally(() => { connecting = null; });
    return connecting;
  }

  /** One attempt: (re)start the puppet-service client. False when it did not connect. */
  async function connectOnce(): Promise<boolean> {
    const p = puppet;
    if (!p || stopping) return false;
    const gen = ++generation;
    try {
      if (teardown) await teardown;
      teardown = null;
      if (stopping) return false;
      await p.start();
      if (stopping) return false;
      const grpc = p.grpcManager;
      const onDrop = (err: unknown) => { if (gen === generation) dropped(err); };
      grpc.once('end', () => onDrop(new BotError('WECHAT_DISCONNECTED', wechatText.dropped, wechatText.droppedHint)));
      grpc.on('error', onDrop);
      streamUp = true;
      if (everConnected) reconnects++;
      everConnected = true;
      if (lastReportedCode) logger.info({ attempts: attempt }, 'wechat: connected to the puppet service again');
      else logger.info({ endpoint: options.endpoint ?? '(discovery)' }, 'wechat: connected to the puppet service');
      attempt = 0;
      lastReportedCode = null;
      return true;
    } catch (err) {
      if (stopping) return false;
      report(connectionError(err));
      return false;
    }
  }

  function dropped(err: unknown) {
    if (stopping || !streamUp) return;
    streamUp = false;
    report(connectionError(err));
    // Release the dead client at once, while its server is surely gone: its stop call then
    // fails fast, instead of reaching a restarted service later and stopping the puppet there.
    if (puppet) teardown = withTimeout(puppet.stop().catch(() => {}), 10_000);
    if (!connecting) scheduleReconnect();
  }

  function currentSelf(w: Wechaty): Contact | null {
    try {
      return w.isLoggedIn ? w.currentUser : null;
    } catch {
      return null;
    }
  }

  function wire(w: Wechaty, p: PuppetService) {
    // The puppet's own login event comes before any message of the session, which the
    // Wechaty-level one (after a contact lookup) does not promise.
    p.on('login', guard(onError, 'wechat.puppet-login', () => { firstLoginAt ??= now().getTime(); }));
    w.on('login', guard(onError, 'wechat.login', (user: Contact) => {
      self = { id: user.id, name: user.name() };
      logger.info({ wechatId: user.id, name: user.name() }, `wechat: logged in as ${user.name()}`);
      if (lastError?.code === 'WECHAT_LOGGED_OUT') lastError = null;
    }));
    w.on('logout', guard(onError, 'wechat.logout', (user: Contact, reason?: string) => {
      self = null;
      // Our own stop (shutdown or reconnect) also logs out locally; only the service's logout is news.
      if (!stopping && streamUp) {
        report(new BotError('WECHAT_LOGGED_OUT', `${wechatText.loggedOut}：${user.name()}（${reason ?? ''}）`, wechatText.loggedOutHint));
      }
    }));
    w.on('scan', guard(onError, 'wechat.scan', (qrcode: string, status: types.ScanStatus) => {
      if (status === types.ScanStatus.Waiting || status === types.ScanStatus.Timeout) {
        logger.warn({ status: types.ScanStatus[status] }, wechatText.scan(qrcodeValueToImageUrl(qrcode)));
      }
    }));
    w.on('error', guard(onError, 'wechat.error', (err: Error) => {
      // Connection failures are reported by the connect loop; the rest is worth a line.
      if (isConnectionNoise(err) || stopping) logger.debug({ err: err?.message }, 'wechat: sdk error');
      else logger.warn({ err: err?.message }, 'wechat: sdk error');
    }));
    w.on('message', guard(onError, 'wechat.message', async (message: Message) => {
      if (!deliver || stopping) return;
      const me = currentSelf(w);
      if (!me) return;
      const incoming = await toIncoming(message, { contact: me, botName });
      if ('skip' in incoming) {
        logger.debug({ msgId: message.id, reason: incoming.skip }, 'wechat: message skipped');
        return;
      }
      if (firstLoginAt !== null && incoming.sentAt.getTime() < firstLoginAt - historyMarginMs) {
        logger.info({ msgId: incoming.messageId, chat: incoming.chatId, sentAt: incoming.sentAt }, 'wechat: history from before login; not handled');
        return;
      }
      await deliver(incoming);
    }, (message: Message) => ({ platform: 'wechat', messageId: message.id, chatId: message.room()?.id ?? message.talker().id })));
  }

  function requireReady(): { w: Wechaty; me: Contact } {
    const me = wechaty && streamUp ? currentSelf(wechaty) : null;
    if (!wechaty || !me) throw new SendError(wechatText.notConnected, { retryAfterMs: 5000 });
    return { w: wechaty, me };
  }

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
    let say: (text: string, first: boolean) => Promise<Message | void>;
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
    } else {
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
    const pieces = splitText(text, maxPieceChars);
    for (let i = entry.piecesSent; i < pieces.length; i++) {
      try {
        await pacer.turn();
      } catch (err) {
        throw sendFailure(err, 'pacing');
      }
      requireReady();
      let sent: Message | void;
      try {
        sent = await say(pieces[i], i === 0);
      } catch (err) {
        throw sendFailure(err, `send ${i + 1}/${pieces.length}`);
      }
      if (i === 0 && sent) entry.firstMessageId = sent.id;
      entry.piecesSent = i + 1;
    }
    logger.debug({ outboxId: msg.id, chat: msg.chatId, pieces: pieces.length }, 'wechat: sent');
    return { platformMessageId: entry.firstMessageId };
  }

  function connection(): WechatConnection {
    return { connected: streamUp && self !== null, streamUp, self, reconnectAttempt: attempt, reconnects, lastError };
  }

  return {
    platform: 'wechat',
    async start(onMessage) {
      deliver = onMessage;
      stopping = false;
      routeSdkLog(logger);
      puppet = new PuppetService({ token: options.token, endpoint: options.endpoint, tls: { disable: options.noTls } });
      wechaty = WechatyBuilder.build({ puppet });
      wire(wechaty, puppet);
      // Wechaty's own start() would swallow a refused token; starting the puppet ourselves
      // keeps the reason, and a failure here does not stop the bot: it keeps trying.
      await wechaty.init();
      await runConnect();
    },
    send(msg) {
      return ledger.once(msg.id, (entry) => sendRow(msg, entry));
    },
    async stop() {
      stopping = true;
      clearTimeout(reconnectTimer);
      reconnectTimer = undefined;
      pacer.close();
      generation++;
      streamUp = false;
      if (connecting) await withTimeout(connecting, 15_000);
      if (puppet) await withTimeout(puppet.stop().catch(() => {}), 10_000);
      if (wechaty) await withTimeout(wechaty.stop().catch(() => {}), 5_000);
      self = null;
      deliver = undefined;
    },
    status() {
      const c = connection();
      const state = c.connected
        ? `已登录：${c.self?.name}（${c.self?.id}）`
        : stopping ? '已停止' : c.streamUp ? '已连接，等待登录' : `未连接${c.reconnectAttempt ? `，第 ${c.reconnectAttempt} 次重连中` : ''}`;
      const error = c.lastError ? `；最近错误 [${c.lastError.code}] ${c.lastError.message}（${c.lastError.hint}）` : '';
      return { connected: c.connected, detail: state + error };
    },
    connection,
  };
}
