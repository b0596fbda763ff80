import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { acceptWebSocket, decodeFrame, encodeFrame } from './lark-ws-frames.ts';

export interface SentMessage {
  messageId: string;
  receiveIdType: string;
  receiveId: string;
  msgType: string;
  content: Record<string, unknown>;
  uuid?: string;
}

/** A picture uploaded to /open-apis/im/v1/images (multipart, as the SDK sends it). */
export interface UploadedImage {
  imageKey: string;
  imageType: string;
  bytes: Buffer;
}

/** A file uploaded to /open-apis/im/v1/files (multipart: file_type, file_name, file). */
export interface UploadedFile {
  fileKey: string;
  fileType: string;
  fileName: string;
  bytes: Buffer;
}

/** The fields of a multipart/form-data body, as raw bytes. */
function multipartFields(body: Buffer, contentType: string): Map<string, Buffer> {
  const boundary = contentType.match(/boundary=(?:"([^"]+)"|([^;]+))/);
  const out = new Map<string, Buffer>();
  if (!boundary) return out;
  const mark = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  let at = body.indexOf(mark);
  while (at >= 0) {
    const next = body.indexOf(mark, at + mark.length);
    if (next < 0) break;
    const part = body.subarray(at + mark.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const name = part
      .subarray(0, split)
      .toString()
      .match(/name="([^"]+)"/)?.[1];
    if (name) out.set(name, part.subarray(split + 4));
    at = next;
  }
  return out;
}

export interface Failure {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
  /** Deliver the message anyway and fail only the answer (a response lost on the way back). */
  afterDelivering?: boolean;
}

/**
 * A local stand-in for the Lark open API, reached through the SDK Client's `domain`:
 * tenant token, bot info, contact and chat names, message create (idempotent on `uuid`,
 * as Lark is) and patch. It records what the bot sent and can fail the next sends. It is
 * also the long-connection endpoint: the WSClient asks /callback/ws/endpoint where to
 * connect and gets a WebSocket here, over which `push` delivers events.
 */
/** A directory entry beyond the name: the tenant's user_id and the mobile, as the contact API gives them. */
export interface StandInUser {
  name: string;
  user_id?: string;
  mobile?: string;
}

export async function startOpenApiStandIn(options: {
  appId: string;
  appSecret: string;
  botOpenId?: string;
  botName?: string;
  users?: Record<string, string | StandInUser>;
  chats?: Record<string, string>;
  /** Seconds between the client's pings, as the server tells it (ClientConfig.PingInterval). */
  pingIntervalSeconds?: number;
}) {
  const token = `t-${Math.random().toString(36).slice(2)}`;
  const sent: SentMessage[] = [];
  const images: UploadedImage[] = [];
  const imageFailures: Failure[] = [];
  const files: UploadedFile[] = [];
  const fileFailures: Failure[] = [];
  const patches: Array<{ messageId: string; content: Record<string, unknown> }> = [];
  const calls: string[] = [];
  const byUuid = new Map<string, string>();
  const failures: Failure[] = [];
  let createAttempts = 0;
  let seq = 0;
  let port = 0;
  let connects = 0;
  /** A hung server: pings go unanswered, and new connections and their endpoint calls hang. */
  let frozen = false;
  const clientConfig = { PingInterval: options.pingIntervalSeconds ?? 120, ReconnectCount: -1, ReconnectInterval: 1, ReconnectNonce: 0 };
  const sockets: Array<ReturnType<typeof acceptWebSocket>> = [];
  const answers = new Map<string, (payload: Record<string, unknown>) => void>();
  /** Files the messages carry, by `message_id/file_key`; a key listed in `resourceFailures` fails that many times first. */
  const resources = new Map<string, { body: Buffer; contentType: string }>();
  const resourceFailures = new Map<string, number>();

  function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    const bytes = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks)));
    });
    const multipart = String(req.headers['content-type'] ?? '').startsWith('multipart/form-data');
    const raw = multipart ? '' : bytes.toString();
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    calls.push(`${req.method} ${url.pathname}`);

    if (url.pathname === '/open-apis/auth/v3/tenant_access_token/internal') {
      if (body.app_id !== options.appId || body.app_secret !== options.appSecret)
        return json(res, 200, { code: 10014, msg: 'app secret invalid' });
      return json(res, 200, { code: 0, msg: 'ok', tenant_access_token: token, expire: 7200 });
    }
    if (url.pathname === '/callback/ws/endpoint') {
      if (frozen) return; // never answered (closed with the server)
      if (body.AppID !== options.appId || body.AppSecret !== options.appSecret)
        return json(res, 200, { code: 514, msg: 'auth failed', data: {} });
      return json(res, 200, {
        code: 0,
        data: {
          URL: `ws://127.0.0.1:${port}/ws?fpid=1&device_id=d-1&service_id=7`,
          // Seconds. Reconnect at once and then every second, for ever.
          ClientConfig: clientConfig,
        },
      });
    }
    if (req.headers.authorization !== `Bearer ${token}`)
      return json(res, 400, { code: 99991663, msg: 'Invalid access token for authorization' });

    if (url.pathname === '/open-apis/bot/v3/info') {
      return json(res, 200, {
        code: 0,
        msg: 'ok',
        bot: { open_id: options.botOpenId ?? 'ou_bot', app_name: options.botName ?? '小助手', activate_status: 2 },
      });
    }
    const user = url.pathname.match(/^\/open-apis\/contact\/v3\/users\/([^/]+)$/);
    if (user) {
      const found = options.users?.[decodeURIComponent(user[1])];
      const profile = typeof found === 'string' ? { name: found } : found;
      return profile ? json(res, 200, { code: 0, data: { user: profile } }) : json(res, 400, { code: 41050, msg: 'no user authority' });
    }
    const chat = url.pathname.match(/^\/open-apis\/im\/v1\/chats\/([^/]+)$/);
    if (chat) {
      const name = options.chats?.[decodeURIComponent(chat[1])];
      return name ? json(res, 200, { code: 0, data: { name } }) : json(res, 400, { code: 232010, msg: 'chat not found' });
    }
    if (url.pathname === '/open-apis/im/v1/images' && req.method === 'POST') {
      const failure = imageFailures.shift();
      if (failure) return json(res, failure.status, failure.body, failure.headers);
      const fields = multipartFields(bytes, String(req.headers['content-type']));
      const image = fields.get('image');
      // Lark's answer to a body without the image: code 234001, invalid request.
      if (!image?.length) return json(res, 400, { code: 234001, msg: 'Invalid request param.' });
      const imageKey = `img_v3_${++seq}`;
      images.push({ imageKey, imageType: fields.get('image_type')?.toString() ?? '', bytes: Buffer.from(image) });
      return json(res, 200, { code: 0, msg: 'success', data: { image_key: imageKey } });
    }
    if (url.pathname === '/open-apis/im/v1/files' && req.method === 'POST') {
      const failure = fileFailures.shift();
      if (failure) return json(res, failure.status, failure.body, failure.headers);
      const fields = multipartFields(bytes, String(req.headers['content-type']));
      const file = fields.get('file');
      const fileType = fields.get('file_type')?.toString() ?? '';
      const fileName = fields.get('file_name')?.toString() ?? '';
      // Lark refuses an empty file, a missing name and a type it does not know (code 234001, invalid request).
      const types = ['opus', 'mp4', 'pdf', 'doc', 'xls', 'ppt', 'stream'];
      if (!file?.length || !fileName || !types.includes(fileType)) return json(res, 400, { code: 234001, msg: 'Invalid request param.' });
      const fileKey = `file_v3_${++seq}`;
      files.push({ fileKey, fileType, fileName, bytes: Buffer.from(file) });
      return json(res, 200, { code: 0, msg: 'success', data: { file_key: fileKey } });
    }
    if (url.pathname === '/open-apis/im/v1/messages' && req.method === 'POST') {
      createAttempts++;
      const failure = failures.shift();
      if (failure && !failure.afterDelivering) return json(res, failure.status, failure.body, failure.headers);
      const uuid = body.uuid as string | undefined;
      let messageId = uuid ? byUuid.get(uuid) : undefined;
      if (!messageId) {
        messageId = `om_${++seq}`;
        if (uuid) byUuid.set(uuid, messageId);
        sent.push({
          messageId,
          receiveIdType: url.searchParams.get('receive_id_type') ?? '',
          receiveId: String(body.receive_id),
          msgType: String(body.msg_type),
          content: JSON.parse(String(body.content)) as Record<string, unknown>,
          uuid,
        });
      }
      if (failure) return json(res, failure.status, failure.body, failure.headers);
      return json(res, 200, { code: 0, msg: 'success', data: { message_id: messageId, chat_id: body.receive_id } });
    }
    const resource = url.pathname.match(/^\/open-apis\/im\/v1\/messages\/([^/]+)\/resources\/([^/]+)$/);
    if (resource && req.method === 'GET') {
      const id = `${decodeURIComponent(resource[1])}/${decodeURIComponent(resource[2])}`;
      const failuresLeft = resourceFailures.get(id) ?? 0;
      if (failuresLeft > 0) {
        resourceFailures.set(id, failuresLeft - 1);
        return json(res, 500, { code: 234008, msg: 'internal error, try again later' });
      }
      const found = resources.get(id);
      // Lark answers a key that is not in that message with 234003 (file not in the message).
      if (!found) return json(res, 400, { code: 234003, msg: 'File not in msg.' });
      res.writeHead(200, { 'content-type': found.contentType, 'content-length': String(found.body.length) }).end(found.body);
      return;
    }
    const patch = url.pathname.match(/^\/open-apis\/im\/v1\/messages\/([^/]+)$/);
    if (patch && req.method === 'PATCH') {
      patches.push({ messageId: patch[1], content: JSON.parse(String(body.content)) as Record<string, unknown> });
      return json(res, 200, { code: 0, msg: 'success' });
    }
    return json(res, 404, { code: 404, msg: `stand-in has no ${req.method} ${url.pathname}` });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => json(res, 500, { code: 500, msg: err.message }));
  });
  server.on('upgrade', (req, socket) => {
    if (!req.url?.startsWith('/ws')) return void socket.destroy();
    if (frozen) return; // the upgrade is never answered
    connects++;
    const ws = acceptWebSocket(req, socket, (data) => {
      const frame = decodeFrame(data);
      const type = frame.headers.find((h) => h.key === 'type')?.value;
      if (frame.method === 0 && type === 'ping') {
        // Lark answers a ping with a pong carrying the client settings.
        if (!frozen) {
          ws.send(
            encodeFrame({
              ...frame,
              headers: [{ key: 'type', value: 'pong' }],
              payload: Buffer.from(JSON.stringify(clientConfig)),
            }),
          );
        }
        return;
      }
      const id = frame.headers.find((h) => h.key === 'message_id')?.value;
      if (frame.method === 1 && id && answers.has(id)) {
        answers.get(id)!(JSON.parse(frame.payload?.toString() ?? '{}') as Record<string, unknown>);
        answers.delete(id);
      }
    });
    sockets.push(ws);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const openSocket = () => [...sockets].reverse().find((s) => s.open);

  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    images,
    /** The next image uploads fail like this, in order. */
    failNextImage(...next: Failure[]) {
      imageFailures.push(...next);
    },
    files,
    /** The next file uploads fail like this, in order. */
    failNextFile(...next: Failure[]) {
      fileFailures.push(...next);
    },
    patches,
    calls,
    get createAttempts() {
      return createAttempts;
    },
    /** How many times a long connection was opened. */
    get connects() {
      return connects;
    },
    connected: () => Boolean(openSocket()),
    /** Delivers an event over the long connection; resolves with the client's answer (`data` decoded). */
    push(event: unknown): Promise<{ code: number; data?: unknown }> {
      const socket = openSocket();
      if (!socket) throw new Error('no long connection open');
      const id = `ws-msg-${++seq}`;
      const answered = new Promise<Record<string, unknown>>((resolve) => answers.set(id, resolve));
      socket.send(
        encodeFrame({
          SeqID: 0,
          LogID: 0,
          service: 7,
          method: 1,
          headers: [
            { key: 'type', value: 'event' },
            { key: 'message_id', value: id },
            { key: 'sum', value: '1' },
            { key: 'seq', value: '0' },
            { key: 'trace_id', value: `tr-${seq}` },
          ],
          payload: Buffer.from(JSON.stringify(event)),
        }),
      );
      return answered.then((p) => ({
        code: Number(p.code),
        data: typeof p.data === 'string' ? JSON.parse(Buffer.from(p.data, 'base64').toString()) : undefined,
      }));
    },
    /** The server hangs: open connections stay open but silent, and nothing new is answered. */
    freeze() {
      frozen = true;
    },
    /** Closes every long connection, as a network drop or a Lark restart would. */
    dropConnections() {
      for (const s of sockets) s.close();
    },
    /** A picture or file a message carries, for `im.messageResource.get`; fails `failFirst` times first. */
    addResource(messageId: string, key: string, body: Buffer, options: { contentType?: string; failFirst?: number } = {}) {
      resources.set(`${messageId}/${key}`, { body, contentType: options.contentType ?? 'image/jpeg' });
      if (options.failFirst) resourceFailures.set(`${messageId}/${key}`, options.failFirst);
    },
    /** The next message creates fail like this, in order. */
    failNext(...next: Failure[]) {
      failures.push(...next);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export type OpenApiStandIn = Awaited<ReturnType<typeof startOpenApiStandIn>>;
