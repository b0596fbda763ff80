import { createCipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Event payloads as the Lark open platform posts them: the JSON is AES-256-CBC encrypted
 * with sha256(encrypt key) as the key and a random IV in front (base64), and the request
 * is signed with X-Lark-Signature = sha256(timestamp + nonce + encrypt key + body).
 */
export function encrypt(encryptKey: string, plaintext: string): string {
  const key = createHash('sha256').update(encryptKey).digest();
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

export function sign(timestamp: string, nonce: string, encryptKey: string, body: string): string {
  return createHash('sha256')
    .update(timestamp + nonce + encryptKey + body)
    .digest('hex');
}

export interface PostOptions {
  encryptKey: string;
  /** 'valid' (default), 'forged' (signed with another key), or 'none' (no signature headers). */
  signature?: 'valid' | 'forged' | 'none';
  /** When Lark signed it, in seconds (default: now). */
  timestamp?: number;
}

/** Encrypts and signs `payload` and posts it; returns the status and the parsed answer. */
export async function postSigned(url: string, payload: unknown, options: PostOptions): Promise<{ status: number; body: any }> {
  const body = JSON.stringify({ encrypt: encrypt(options.encryptKey, JSON.stringify(payload)) });
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const nonce = randomBytes(8).toString('hex');
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const signature = options.signature ?? 'valid';
  if (signature !== 'none') {
    headers['x-lark-request-timestamp'] = timestamp;
    headers['x-lark-request-nonce'] = nonce;
    headers['x-lark-signature'] = sign(timestamp, nonce, signature === 'forged' ? 'not-the-key' : options.encryptKey, body);
  }
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

let seq = 0;

export interface MessageEventInput {
  token: string;
  text: string;
  chatId?: string;
  chatType?: 'group' | 'p2p';
  senderOpenId?: string;
  eventId?: string;
  messageId?: string;
  mentions?: Array<{ key: string; openId: string; name: string }>;
  createTime?: number;
  messageType?: string;
  /** The message's `content` as Lark sends it (a post, an image); `text` is ignored then. */
  content?: unknown;
}

/** An `im.message.receive_v1` event (schema 2.0) with a text message. */
export function messageEvent(input: MessageEventInput) {
  seq++;
  const eventId = input.eventId ?? `ev-${process.pid}-${seq}-${Math.random().toString(36).slice(2, 8)}`;
  const messageId = input.messageId ?? `om_in_${process.pid}_${seq}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    schema: '2.0',
    header: {
      event_id: eventId,
      event_type: 'im.message.receive_v1',
      create_time: String(Date.now()),
      token: input.token,
      app_id: 'cli_a1b2c3d4e5f60718',
      tenant_key: 'tenant-1',
    },
    event: {
      sender: {
        sender_id: { open_id: input.senderOpenId ?? 'ou_liming', user_id: 'u1', union_id: 'on_1' },
        sender_type: 'user',
        tenant_key: 'tenant-1',
      },
      message: {
        message_id: messageId,
        create_time: String(input.createTime ?? Date.now()),
        chat_id: input.chatId ?? 'oc_team',
        chat_type: input.chatType ?? 'group',
        message_type: input.messageType ?? 'text',
        content: JSON.stringify(input.content ?? { text: input.text }),
        mentions: (input.mentions ?? []).map((m) => ({
          key: m.key,
          id: { open_id: m.openId, user_id: null, union_id: null },
          name: m.name,
          tenant_key: 'tenant-1',
        })),
      },
    },
  };
}

/** A `card.action.trigger` callback (schema 2.0): someone clicked a button on a card. */
export function cardActionEvent(input: {
  token: string;
  operatorOpenId: string;
  messageId: string;
  chatId: string;
  value: Record<string, unknown>;
  eventId?: string;
}) {
  seq++;
  return {
    schema: '2.0',
    header: {
      event_id: input.eventId ?? `ev-card-${process.pid}-${seq}-${Math.random().toString(36).slice(2, 8)}`,
      event_type: 'card.action.trigger',
      create_time: String(Date.now()),
      token: input.token,
      app_id: 'cli_a1b2c3d4e5f60718',
      tenant_key: 'tenant-1',
    },
    event: {
      operator: { tenant_key: 'tenant-1', open_id: input.operatorOpenId, union_id: 'on_x' },
      token: `c-${seq}-card-update-token`,
      action: { value: input.value, tag: 'button' },
      host: 'im_message',
      context: { open_message_id: input.messageId, open_chat_id: input.chatId },
    },
  };
}

/**
 * An `im.message.recalled_v1` event (schema 2.0): a message taken back. As Lark sends it, it
 * names the message, the chat, when and the kind of person who took it back, never who.
 */
export function recalledEvent(input: {
  token: string;
  messageId: string;
  recallTime: number;
  chatId?: string;
  recallType?: 'message_owner' | 'group_owner' | 'group_manager' | 'enterprise_manager';
  eventId?: string;
}) {
  seq++;
  return {
    schema: '2.0',
    header: {
      event_id: input.eventId ?? `ev-recall-${process.pid}-${seq}-${Math.random().toString(36).slice(2, 8)}`,
      event_type: 'im.message.recalled_v1',
      create_time: String(input.recallTime),
      token: input.token,
      app_id: 'cli_a1b2c3d4e5f60718',
      tenant_key: 'tenant-1',
    },
    event: {
      message_id: input.messageId,
      chat_id: input.chatId ?? 'oc_team',
      recall_time: String(input.recallTime),
      recall_type: input.recallType ?? 'message_owner',
    },
  };
}
