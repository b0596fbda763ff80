import { createServer, type IncomingMessage as HttpRequest, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../../../core/logger.ts';
import { ForgedCallback, type CallbackCrypto, type SignedQuery } from './callback-crypto.ts';

/** A message callback is a few hundred bytes of ciphertext; anything far larger is not from WeCom. */
const MAX_BODY_BYTES = 256 * 1024;

export interface CallbackServerOptions {
  port: number;
  host?: string;
  path: string;
  crypto: CallbackCrypto;
  logger: Logger;
  /**
   * Handles one decrypted callback; the server answers WeCom (an empty 200) only once this
   * resolves, so a message is stored before WeCom hears it arrived. A rejection is a 500:
   * WeCom sends the callback again.
   */
  onCallback: (plaintext: string) => Promise<void>;
}

export interface CallbackServer {
  port: number;
  close(): Promise<void>;
}

class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The callback URL: GET is WeCom's URL verification (the decrypted `echostr` goes back as
 * plain text), POST a message as `{"encrypt": "…"}`. Both are signed on the query string
 * (msg_signature, timestamp, nonce); an unsigned or forged call is refused with 401 and
 * nothing of it is acted on.
 */
export async function startCallbackServer(options: CallbackServerOptions): Promise<CallbackServer> {
  const { logger, crypto } = options;

  async function route(req: HttpRequest, url: URL): Promise<string> {
    const query = signedQuery(url);
    if (req.method === 'GET') {
      const echostr = url.searchParams.get('echostr');
      if (!echostr) throw new Refused(400, 'URL verification without echostr');
      return open(query, echostr);
    }
    const raw = await readBody(req);
    let body: { encrypt?: unknown };
    try {
      body = JSON.parse(raw) as { encrypt?: unknown };
    } catch {
      throw new Refused(400, 'body is not JSON');
    }
    if (typeof body?.encrypt !== 'string') throw new Refused(400, 'body has no encrypt field');
    await options.onCallback(open(query, body.encrypt));
    // An empty answer: the reply goes out later through the message's response_url.
    return '';
  }

  function open(query: SignedQuery, ciphertext: string): string {
    try {
      return crypto.open(query, ciphertext);
    } catch (err) {
      if (err instanceof ForgedCallback) throw new Refused(401, err.message);
      throw err;
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://callback.local');
    if (url.pathname !== options.path || (req.method !== 'GET' && req.method !== 'POST')) {
      res.writeHead(404).end();
      return;
    }
    route(req, url).then(
      (body) => answer(res, 200, body),
      (err: unknown) => {
        if (err instanceof Refused) {
          logger.warn({ status: err.status, from: req.socket.remoteAddress }, `wecom callback refused: ${err.message}`);
          answer(res, err.status, '');
        } else {
          logger.error({ err }, 'wecom callback failed; WeCom will send it again');
          answer(res, 500, '');
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

function signedQuery(url: URL): SignedQuery {
  const msgSignature = url.searchParams.get('msg_signature');
  const timestamp = url.searchParams.get('timestamp');
  const nonce = url.searchParams.get('nonce');
  if (!msgSignature || !timestamp || !nonce) throw new Refused(401, 'msg_signature, timestamp or nonce missing');
  return { msgSignature, timestamp, nonce };
}

function answer(res: ServerResponse, status: number, body: string): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(body);
}

function readBody(req: HttpRequest): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.destroy();
        reject(new Refused(413, `body over ${MAX_BODY_BYTES} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
