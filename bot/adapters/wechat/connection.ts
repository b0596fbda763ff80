// The WeChat connection: the puppet-service client (gRPC), login and logout, the reconnect
// loop with backoff, and the room and private text it hands on as IncomingMessage. Sending is
// bot/adapters/wechat/sender.ts; bot/adapters/wechat.ts joins the two into the adapter.
import {
  WechatyBuilder,
  log as wechatyLog,
  qrcodeValueToImageUrl,
  types,
  type Contact,
  type Friendship,
  type Message,
  type Room,
  type RoomInvitation,
  type Wechaty,
} from 'wechaty';
import { PuppetService } from 'wechaty-puppet-service';
import type { ChatEvents, Receive } from '../../../core/adapter.ts';
import { BotError } from '../../../core/bot-error.ts';
import type { Logger } from '../../../core/logger.ts';
import { SendError } from '../../../core/send-error.ts';
import { wechatText } from '../../../prompts/wechat.ts';
import { guard, type ErrorHandler } from '../../error-boundary.ts';
import { connectionError, isConnectionNoise } from './connection-error.ts';
import { reconnectDelayMs } from './reconnect-delay.ts';
import { toIncoming } from './to-incoming.ts';

export interface WechatConnectionOptions {
  token: string;
  endpoint?: string;
  noTls: boolean;
  botName: string;
  logger: Logger;
  onError: ErrorHandler;
  reconnectMinMs: number;
  reconnectMaxMs: number;
  historyMarginMs: number;
  now: () => Date;
}

export interface WechatConnection {
  connected: boolean;
  streamUp: boolean;
  self: { id: string; name: string } | null;
  reconnectAttempt: number;
  reconnects: number;
  lastError: { code: string; message: string; hint: string; at: Date } | null;
}

/** A logged-in client to send through. */
export interface Ready {
  w: Wechaty;
  me: Contact;
}

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
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function createWechatConnection(options: WechatConnectionOptions) {
  const { logger, botName, onError, now, reconnectMinMs, reconnectMaxMs, historyMarginMs } = options;
  let puppet: PuppetService | undefined;
  let wechaty: Wechaty | undefined;
  let deliver: Receive | undefined;
  let chatEvents: ChatEvents | undefined;
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
      .then((ok) => {
        if (!ok) scheduleReconnect();
      })
      .finally(() => {
        connecting = null;
      });
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
      const onDrop = (err: unknown) => {
        if (gen === generation) dropped(err);
      };
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
    if (puppet)
      teardown = withTimeout(
        puppet.stop().catch(() => {}),
        10_000,
      );
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
    p.on(
      'login',
      guard(onError, 'wechat.puppet-login', () => {
        firstLoginAt ??= now().getTime();
      }),
    );
    w.on(
      'login',
      guard(onError, 'wechat.login', (user: Contact) => {
        self = { id: user.id, name: user.name() };
        logger.info({ wechatId: user.id, name: user.name() }, `wechat: logged in as ${user.name()}`);
        if (lastError?.code === 'WECHAT_LOGGED_OUT') lastError = null;
      }),
    );
    w.on(
      'logout',
      guard(onError, 'wechat.logout', (user: Contact, reason?: string) => {
        self = null;
        // Our own stop (shutdown or reconnect) also logs out locally; only the service's logout is news.
        if (!stopping && streamUp) {
          report(new BotError('WECHAT_LOGGED_OUT', `${wechatText.loggedOut}：${user.name()}（${reason ?? ''}）`, wechatText.loggedOutHint));
        }
      }),
    );
    w.on(
      'scan',
      guard(onError, 'wechat.scan', (qrcode: string, status: types.ScanStatus) => {
        if (status === types.ScanStatus.Waiting || status === types.ScanStatus.Timeout) {
          logger.warn({ status: types.ScanStatus[status] }, wechatText.scan(qrcodeValueToImageUrl(qrcode)));
        }
      }),
    );
    w.on(
      'error',
      guard(onError, 'wechat.error', (err: Error) => {
        // Connection failures are reported by the connect loop; the rest is worth a line.
        if (isConnectionNoise(err) || stopping) logger.debug({ err: err?.message }, 'wechat: sdk error');
        else logger.warn({ err: err?.message }, 'wechat: sdk error');
      }),
    );
    // A group's life: renamed, the bot removed from it (or leaving), the bot back in it.
    w.on(
      'room-topic',
      guard(onError, 'wechat.room-topic', async (room: Room, topic: string) => {
        if (!stopping && topic) await chatEvents?.renamed(room.id, topic);
      }),
    );
    w.on(
      'room-leave',
      guard(onError, 'wechat.room-leave', async (room: Room, leavers: Contact[]) => {
        const me = currentSelf(w);
        if (!stopping && me && leavers.some((c) => c.id === me.id)) await chatEvents?.removed(room.id);
      }),
    );
    w.on(
      'room-join',
      guard(onError, 'wechat.room-join', async (room: Room, joiners: Contact[]) => {
        const me = currentSelf(w);
        if (!stopping && me && joiners.some((c) => c.id === me.id)) await chatEvents?.rejoined(room.id);
      }),
    );
    // Friend requests and group invitations: accepted when the bot says so (WECHAT_AUTO_ACCEPT:
    // admins and roster people), else left for someone at the phone.
    w.on(
      'friendship',
      guard(onError, 'wechat.friendship', async (friendship: Friendship) => {
        if (stopping || !chatEvents?.mayAccept || friendship.type() !== types.Friendship.Receive) return;
        const contact = friendship.contact();
        if (await chatEvents.mayAccept({ kind: 'friend', fromId: contact.id, fromName: contact.name() })) await friendship.accept();
      }),
    );
    w.on(
      'room-invite',
      guard(onError, 'wechat.room-invite', async (invitation: RoomInvitation) => {
        if (stopping || !chatEvents?.mayAccept) return;
        const [inviter, topic] = await Promise.all([invitation.inviter(), invitation.topic().catch(() => '')]);
        if (await chatEvents.mayAccept({ kind: 'group', fromId: inviter.id, fromName: inviter.name(), groupName: topic || null })) {
          await invitation.accept();
        }
      }),
    );
    w.on(
      'message',
      guard(
        onError,
        'wechat.message',
        async (message: Message) => {
          if (!deliver || stopping) return;
          const me = currentSelf(w);
          if (!me) return;
          const incoming = await toIncoming(message, { contact: me, botName });
          if ('skip' in incoming) {
            logger.debug({ msgId: message.id, reason: incoming.skip }, 'wechat: message skipped');
            return;
          }
          if (firstLoginAt !== null && incoming.sentAt.getTime() < firstLoginAt - historyMarginMs) {
            logger.info(
              { msgId: incoming.messageId, chat: incoming.chatId, sentAt: incoming.sentAt },
              'wechat: history from before login; not handled',
            );
            return;
          }
          await deliver(incoming);
        },
        (message: Message) => ({ platform: 'wechat', messageId: message.id, chatId: message.room()?.id ?? message.talker().id }),
      ),
    );
  }

  /** The client and the bot's own contact, or a SendError to retry when the service is away or not logged in. */
  function ready(): Ready {
    const me = wechaty && streamUp ? currentSelf(wechaty) : null;
    if (!wechaty || !me) throw new SendError(wechatText.notConnected, { retryAfterMs: 5000 });
    return { w: wechaty, me };
  }

  function snapshot(): WechatConnection {
    return { connected: streamUp && self !== null, streamUp, self, reconnectAttempt: attempt, reconnects, lastError };
  }

  async function start(receive: Receive, events?: ChatEvents): Promise<void> {
    deliver = receive;
    chatEvents = events;
    stopping = false;
    routeSdkLog(logger);
    puppet = new PuppetService({ token: options.token, endpoint: options.endpoint, tls: { disable: options.noTls } });
    wechaty = WechatyBuilder.build({ puppet });
    wire(wechaty, puppet);
    // Wechaty's own start() would swallow a refused token; starting the puppet ourselves
    // keeps the reason, and a failure here does not stop the bot: it keeps trying.
    await wechaty.init();
    await runConnect();
  }

  async function stop(): Promise<void> {
    stopping = true;
    clearTimeout(reconnectTimer);
    reconnectTimer = undefined;
    generation++;
    streamUp = false;
    if (connecting) await withTimeout(connecting, 15_000);
    if (puppet)
      await withTimeout(
        puppet.stop().catch(() => {}),
        10_000,
      );
    if (wechaty)
      await withTimeout(
        wechaty.stop().catch(() => {}),
        5_000,
      );
    self = null;
    deliver = undefined;
  }

  return { start, stop, ready, snapshot, stopping: () => stopping };
}
