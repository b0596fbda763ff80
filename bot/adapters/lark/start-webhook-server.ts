import { createServer, type IncomingMessage as HttpRequest, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AESCipher, type CardActionHandler, type EventDispatcher } from '@larksuiteoapi/node-sdk';
import type { Logger } from '../../../core/logger.ts';

export const EVENTS_PATH = '/lark/events';
export const CARD_PATH = '/lark/card';
/** Lark's events and card callbacks are a few KB; 1 MB leaves room and keeps memory bounded. */
export const MAX_BODY_BYTES = 1024 * 1024;
/**
 * A signed request older (or newer) than this is refused: its signature may be genuine, but a
 * copy replayed later must not be acted on again. Lark signs each push, retries included, when
 * it sends it, so an honest request is seconds old; five minutes allows for clock drift.
 */
export const MAX_REQUEST_AGE_SECONDS = 300;
/** An oversized body is read and thrown away up to this much, for a clean 413; past it the connection is cut. */
const MAX_DISCARD_BYTES = 64 * 1024 * 1024;

export interface WebhookServerOptions {
  port: number;
  host?: string;
  events: EventDispatcher;
  cards: CardActionHandler;
  encryptKey?: string;
  verificationToken?: string;
  logger: Logger;
  /** Default MAX_REQUEST_AGE_SECONDS. */
  maxRequestAgeSeconds?: number;
  /** Default MAX_BODY_BYTES. */
  maxBodyBytes?: number;
  /** The clock the request timestamps are checked against (tests set it). */
  now?: () => Date;
}

export interface WebhookServer {
  port: number;
  close(): Promise<void>;
}

class TooLarge extends Error {}

class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
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
  const maxAgeSeconds = options.maxRequestAgeSeconds ?? MAX_REQUEST_AGE_SECONDS;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const now = options.now ?? (() => new Date());

  /** A request Lark signed carries the second it was sent; one outside the window is refused. */
  function checkFreshness(req: HttpRequest): void {
    const header = req.headers['x-lark-request-timestamp'];
    if (header === undefined) return;
    const sentAt = Number(Array.isArray(header) ? header[0] : header);
    if (!Number.isFinite(sentAt)) throw new Refused(401, `request timestamp ${JSON.stringify(header)} is not a number of seconds`);
    const skew = Math.round(now().getTime() / 1000 - sentAt);
    if (Math.abs(skew) <= maxAgeSeconds) return;
    throw new Refused(
      401,
      `request timestamp ${new Date(sentAt * 1000).toISOString()} is ${Math.abs(skew)} s ${skew > 0 ? 'old' : 'in the future'}, outside the ${maxAgeSeconds} s freshness window: ` +
        "a replayed request, or this server's clock is wrong (check it with timedatectl)",
    );
  }

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
    const raw = await readBody(req, maxBodyBytes);
    checkFreshness(req);
    const body = parseBody(raw);
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
    if (Number(req.headers['content-length']) > maxBodyBytes) {
      tooLarge(req, res, path);
      return;
    }
    route(path, req).then(
      (result) => reply(res, 200, result),
      (err: unknown) => {
        if (err instanceof TooLarge) {
          tooLarge(req, res, path);
        } else if (err instanceof Refused) {
          logger.warn({ path, status: err.status, from: req.socket.remoteAddress }, `lark webhook refused: ${err.message}`);
          reply(res, err.status, { error: 'refused' });
        } else {
          logger.error({ path, err }, 'lark webhook failed; Lark will push it again');
          reply(res, 500, { error: 'failed' });
        }
      },
    );
  });
  /**
   * 413, then the rest of the body is read and dropped: a client still sending when the
   * connection closed would see a reset instead of the answer. Past MAX_DISCARD_BYTES the
   * sender is not a Lark server, and the connection is cut.
   */
  function tooLarge(req: HttpRequest, res: ServerResponse, path: string): void {
    logger.warn(
      { path, status: 413, from: req.socket.remoteAddress, bytes: req.headers['content-length'] ?? null },
      `lark webhook refused: body over ${maxBodyBytes} bytes`,
    );
    let discarded = 0;
    req.removeAllListeners('data');
    req.on('data', (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > MAX_DISCARD_BYTES) req.destroy();
    });
    req.resume();
    reply(res, 413, { error: 'body too large' });
  }

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

/** The body as text; rejects with TooLarge (and stops keeping it) once it passes `max` bytes. */
function readBody(req: HttpRequest, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) {
        chunks.push(chunk);
        return;
      }
      req.off('data', onData);
      chunks.length = 0;
      reject(new TooLarge());
    };
    req.on('data', onData);
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
