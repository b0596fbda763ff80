import { createServer, type IncomingMessage as HttpRequest, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AESCipher, type CardActionHandler, type EventDispatcher } from '@larksuiteoapi/node-sdk';
import type { Logger } from '../../logger.ts';

export const EVENTS_PATH = '/lark/events';
export const CARD_PATH = '/lark/card';
const MAX_BODY_BYTES = 1024 * 1024;

export interface WebhookServerOptions {
  port: number;
  host?: string;
  events: EventDispatcher;
  cards: CardActionHandler;
  encryptKey?: string;
  verificationToken?: string;
  logger: Logger;
}

export interface WebhookServer {
  port: number;
  close(): Promise<void>;
}

class Refused extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/**
 * The webhook endpoints: events at /lark/events, card callbacks at /lark/card. The SDK's
 * dispatchers decrypt and check the signature (X-Lark-Signature: sha256 of timestamp,
 * nonce, encrypt key and body). Its `adaptDefault` answers a refused call with an empty 200
 * and leaves a failed handler's request hanging, so this is the SDK's documented custom
 * adapter instead: a refused call gets 401, a failure 500 (Lark then pushes it again). The
 * verification token, which the SDK's event dispatcher does not check, is checked here.
 */
export async function startWebhookServer(options: WebhookServerOptions): Promise<WebhookServer> {
  const { logger } = options;
  const cipher = options.encryptKey ? new AESCipher(options.encryptKey) : null;

  function plainOf(body: Record<string, unknown>): Record<string, unknown> {
    if (typeof body.encrypt !== 'string') return body;
    if (!cipher) throw new Refused(400, 'encrypted payload but no LARK_ENCRYPT_KEY configured');
    try {
      return JSON.parse(cipher.decrypt(body.encrypt)) as Record<string, unknown>;
    } catch {
      throw new Refused(401, 'payload does not decrypt with the encrypt key');
    }
  }

  async function route(path: string, req: HttpRequest): Promise<unknown> {
    const body = parseBody(await readBody(req));
    const plain = plainOf(body);
    const header = (plain.header ?? {}) as Record<string, unknown>;
    const isCard = path === CARD_PATH;
    // The legacy card callback has no schema; its `token` is the card's update token, and it is signed with the verification token instead.
    const legacyCard = isCard && plain.schema === undefined && plain.type !== 'url_verification';
    if (!legacyCard && options.verificationToken) {
      const token = header.token ?? plain.token;
      if (token !== options.verificationToken) throw new Refused(401, 'verification token mismatch');
    }
    if (legacyCard && !options.verificationToken && typeof body.encrypt !== 'string') {
      // The SDK accepts an unsigned legacy callback when no token is set; nothing would vouch for it.
      throw new Refused(401, 'legacy card callback cannot be verified without LARK_VERIFICATION_TOKEN');
    }
    if (plain.type === 'url_verification') return { challenge: plain.challenge };
    const data = Object.assign(Object.create({ headers: req.headers }), body) as Record<string, unknown>;
    const result = isCard ? await options.cards.invoke(data) : await options.events.invoke(data);
    // The SDK returns undefined only when the signature check failed (our handlers always answer).
    if (result === undefined) throw new Refused(401, 'signature check failed');
    return result;
  }

  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || (path !== EVENTS_PATH && path !== CARD_PATH)) {
      res.writeHead(404).end();
      return;
    }
    route(path, req).then(
      (result) => reply(res, 200, result),
      (err: unknown) => {
        if (err instanceof Refused) {
          logger.warn({ path, status: err.status, from: req.socket.remoteAddress }, `lark webhook refused: ${err.message}`);
          reply(res, err.status, { error: 'refused' });
        } else {
          logger.error({ path, err }, 'lark webhook failed; Lark will push it again');
          reply(res, 500, { error: 'failed' });
        }
      },
    );
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(options.port, options.host ?? '0.0.0.0', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body ?? {}));
}

function readBody(req: HttpRequest): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Refused(413, 'body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw: string): Record<string, unknown> {
  try {
    const body = JSON.parse(raw) as unknown;
    if (body && typeof body === 'object' && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new Refused(400, 'body is not a JSON object');
}
