// WeCom (企业微信) through its 智能机器人 in API mode (encrypted callbacks, replies through each
// message's response_url) and the group robots' webhooks. The only module (with ./wecom/)
// that imports @wecom/crypto.
import type { Adapter, Receive, SendResult } from '../../core/adapter.ts';
import { BotError } from '../../core/bot-error.ts';
import type { Logger } from '../../core/logger.ts';
import type { OutgoingMessage } from '../../core/reply.ts';
import { SendError } from '../../core/send-error.ts';
import { wecomText } from '../../prompts/wecom.ts';
import type { ErrorHandler } from '../error-boundary.ts';
import { createSeenCache } from './lark/create-seen-cache.ts';
import { createCallbackCrypto } from './wecom/callback-crypto.ts';
import { classifyAnswer, classifyHttp, toSendError, type WecomFailure } from './wecom/classify-failure.ts';
import { createGroupRobot, RobotFailure, robotTag } from './wecom/group-robot.ts';
import { chatKey, messageToIncoming, type WecomCallback } from './wecom/message-to-incoming.ts';
import { renderMarkdown, splitMarkdown } from './wecom/render-markdown.ts';
import { createResponseUrls } from './wecom/response-urls.ts';
import { startCallbackServer, type CallbackServer } from './wecom/start-callback-server.ts';

export interface WecomAdapterOptions {
  token: string;
  encodingAesKey: string;
  port: number;
  host?: string;
  /** The callback URL's path, as entered in the 智能机器人's settings. */
  path: string;
  /** https://qyapi.weixin.qq.com, or a local stand-in in tests. */
  apiBase: string;
  botName?: string;
  /** The group robot registered for a group chat, if any (#绑定机器人). */
  robotKeyFor: (chatId: string) => Promise<string | null>;
  logger: Logger;
  onError?: ErrorHandler;
  /** The robots' limit window (a minute); tests shorten it instead of waiting. */
  robotWindowMs?: number;
  now?: () => Date;
}

export type WecomAdapter = Adapter & { readonly port: number | null };

/** How long a message with no way out waits before the outbox tries it again (a robot may be registered meanwhile). */
const NO_ROUTE_RETRY_MS = 5 * 60_000;

export function createWecomAdapter(options: WecomAdapterOptions): WecomAdapter {
  const { logger } = options;
  const now = options.now ?? (() => new Date());
  const botName = options.botName ?? '小助手';
  const crypto = createCallbackCrypto({ token: options.token, encodingAesKey: options.encodingAesKey });
  const responseUrls = createResponseUrls({ now: () => now().getTime() });
  const robot = createGroupRobot({ apiBase: options.apiBase, windowMs: options.robotWindowMs });
  const seen = createSeenCache();
  // Pieces of a long reply already delivered, per outbox row: a retry continues after them.
  const piecesSent = createSeenCache<number>({ ttlMs: 24 * 3600_000, maxEntries: 5_000 });
  let deliver: Receive | null = null;
  let server: CallbackServer | null = null;
  let lastError: string | null = null;

  function report(code: string, message: string, hint: string): void {
    const error = new BotError(code, message, hint);
    if (options.onError) options.onError({ error, where: 'wecom.send' });
    else logger.error({ code, hint }, message);
  }

  // ── inbound ─────────────────────────────────────────────────────────
  async function onCallback(plaintext: string): Promise<void> {
    let cb: WecomCallback;
    try {
      cb = JSON.parse(plaintext) as WecomCallback;
    } catch {
      logger.warn('wecom callback plaintext is not JSON; acknowledged and dropped');
      return;
    }
    if (!cb.msgid || seen.has(cb.msgid)) return;
    if (!deliver) throw new Error('wecom adapter is not running');
    const receivedAt = now();
    const msg = messageToIncoming(cb, { botName, receivedAt });
    if (!msg) {
      seen.set(cb.msgid, true);
      return;
    }
    if (cb.response_url)
      responseUrls.add(chatKey({ private: msg.isPrivate === true, chatId: msg.chatId }), cb.response_url, receivedAt.getTime());
    // Stored in the inbox when this resolves; WeCom hears back only then.
    await deliver(msg);
    seen.set(cb.msgid, true);
  }

  // ── outbound ────────────────────────────────────────────────────────
  async function postResponseUrl(url: string, content: string): Promise<WecomFailure | null> {
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ msgtype: 'markdown', markdown: { content } }),
        signal: AbortSignal.timeout(15_000),
      });
      if (!res.ok) return classifyHttp(res.status, 'response_url');
      const answer = (await res.json().catch(() => ({ errcode: -1, errmsg: 'answer is not JSON' }))) as {
        errcode?: number;
        errmsg?: string;
      };
      return classifyAnswer(answer, 'response_url');
    } catch (err) {
      return { kind: 'transient', message: `wecom response_url: ${(err as Error).name}` };
    }
  }

  /** One piece: the chat's newest valid response_url, else the group's robot; throws SendError when neither takes it. */
  async function sendPiece(msg: OutgoingMessage, content: string): Promise<void> {
    const key = chatKey({ private: msg.private, chatId: msg.chatId });
    for (let url = responseUrls.take(key); url; url = responseUrls.take(key)) {
      const failure = await postResponseUrl(url, content);
      if (!failure) return;
      // Expired, used or refused: that URL is spent either way; the next way is tried.
      logger.info(
        { outboxId: msg.id, chat: msg.chatId, err: failure.message },
        'wecom response_url did not take the reply; trying the next way',
      );
    }
    if (msg.private) {
      report('WECOM_NO_ROUTE', wecomText.noPrivateRoute(msg.chatId), wecomText.noPrivateRouteHint);
      throw new SendError(`wecom: no valid response_url for private chat ${msg.chatId}`, { retryAfterMs: NO_ROUTE_RETRY_MS });
    }
    const robotKey = await options.robotKeyFor(msg.chatId);
    if (!robotKey) {
      report('WECOM_NO_ROUTE', wecomText.noRoute(msg.chatId), wecomText.noRouteHint);
      throw new SendError(`wecom: no valid response_url and no group robot for chat ${msg.chatId}`, { retryAfterMs: NO_ROUTE_RETRY_MS });
    }
    try {
      await robot.send(robotKey, content);
      logger.debug({ outboxId: msg.id, chat: msg.chatId, robot: robotTag(robotKey) }, 'wecom sent through the group robot');
    } catch (err) {
      if (!(err instanceof RobotFailure)) throw err;
      if (err.failure.kind === 'robot-gone') report('WECOM_ROBOT_GONE', wecomText.robotGone(msg.chatId), wecomText.robotGoneHint);
      throw toSendError(err.failure);
    }
  }

  async function send(msg: OutgoingMessage): Promise<SendResult> {
    // A card goes as its text rendering: neither way out takes our cards.
    const pieces = splitMarkdown(renderMarkdown(msg.text, msg.mentions));
    let done = piecesSent.get(String(msg.id)) ?? 0;
    try {
      for (; done < pieces.length; done++) {
        await sendPiece(msg, pieces[done]);
        piecesSent.set(String(msg.id), done + 1);
      }
    } catch (err) {
      lastError = (err as Error).message;
      throw err;
    }
    lastError = null;
    piecesSent.delete(String(msg.id));
    return {};
  }

  // ── lifecycle ───────────────────────────────────────────────────────
  async function start(receive: Receive): Promise<void> {
    deliver = receive;
    server = await startCallbackServer({
      port: options.port,
      host: options.host,
      path: options.path,
      crypto,
      logger,
      onCallback,
    });
    logger.info({ port: server.port, path: options.path }, 'wecom callback listening');
  }

  async function stop(): Promise<void> {
    deliver = null;
    await server?.close();
    server = null;
    await robot.stop();
  }

  return {
    platform: 'wecom',
    start,
    send,
    stop,
    status: () => ({ connected: server !== null, detail: lastError ?? undefined }),
    get port() {
      return server?.port ?? null;
    },
  };
}
