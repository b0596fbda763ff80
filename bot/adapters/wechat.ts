// WeChat through Wechaty and a puppet service (wechaty-puppet-service over gRPC). This file and
// bot/adapters/wechat/ are the only ones that know wechaty: the connection (login, reconnect,
// lifecycle; wechat/connection.ts) turns room and private text into IncomingMessage, and the
// sender (pacing, splitting; wechat/sender.ts) sends OutgoingMessage like a person.
import type { Adapter } from '../../core/adapter.ts';
import { AttachmentTooLarge } from '../../core/attachment-too-large.ts';
import type { Logger } from '../../core/logger.ts';
import { logErrorHandler, type ErrorHandler } from '../error-boundary.ts';
import { createWechatConnection, type WechatConnection } from './wechat/connection.ts';
import { createWechatSender } from './wechat/sender.ts';

export type { WechatConnection } from './wechat/connection.ts';

export interface WechatAdapterOptions {
  /** WECHATY_PUPPET_SERVICE_TOKEN, e.g. `puppet_workpro_…` (hosted) or `insecure_…` for a self-hosted gateway. */
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

export type WechatAdapter = Adapter & { connection(): WechatConnection };

export function createWechatAdapter(options: WechatAdapterOptions): WechatAdapter {
  const { logger } = options;
  const connection = createWechatConnection({
    token: options.token,
    endpoint: options.endpoint,
    noTls: options.noTls,
    botName: options.botName,
    logger,
    onError: options.onError ?? logErrorHandler(logger),
    reconnectMinMs: options.reconnectMinMs ?? 1000,
    reconnectMaxMs: options.reconnectMaxMs ?? 60_000,
    historyMarginMs: options.historyMarginMs ?? 60_000,
    now: options.now ?? (() => new Date()),
  });
  const maxPieceChars = options.maxPieceChars ?? 1500;
  const sender = createWechatSender({
    ready: connection.ready,
    sendGapMs: options.sendGapMs,
    sendsPerMinute: options.sendsPerMinute,
    maxPieceChars,
    logger,
  });

  return {
    platform: 'wechat',
    // Sends are paced (20 a minute by default): replies queued for one chat go as one piece.
    merge: { maxChars: maxPieceChars },
    start: (receive, events) => connection.start(receive, events),
    send: (msg) => sender.send(msg),
    async stop() {
      sender.close();
      await connection.stop();
    },
    status() {
      const c = connection.snapshot();
      const state = c.connected
        ? `已登录：${c.self?.name}（${c.self?.id}）`
        : connection.stopping()
          ? '已停止'
          : c.streamUp
            ? '已连接，等待登录'
            : `未连接${c.reconnectAttempt ? `，第 ${c.reconnectAttempt} 次重连中` : ''}`;
      const error = c.lastError ? `；最近错误 [${c.lastError.code}] ${c.lastError.message}（${c.lastError.hint}）` : '';
      return { connected: c.connected, detail: state + error };
    },
    connection: () => connection.snapshot(),
    async fetchAttachment(ref, maxBytes) {
      // The file comes through the puppet service as a FileBox, by the message it came in.
      const { w } = connection.ready();
      const message = await w.Message.find({ id: ref.messageId });
      if (!message) throw new Error(`wechat message ${ref.messageId} not found`);
      const box = await message.toFileBox();
      if (box.size > maxBytes) throw new AttachmentTooLarge(maxBytes, box.size);
      const bytes = await box.toBuffer();
      if (bytes.length > maxBytes) throw new AttachmentTooLarge(maxBytes, null);
      return bytes;
    },
  };
}
