// A local WeCom for the tests, after the official docs: it encrypts and signs callbacks to
// the bot's URL the way WeCom does (with Tencent's own @wecom/crypto, not the bot's wrapper),
// serves each message's response_url (one use, an hour's validity on its own clock), and
// serves the group robot's /cgi-bin/webhook/send with its 20-a-minute limit and error codes.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';

export interface Delivery {
  via: 'response_url' | 'robot';
  /** The group (robot) or the chat the response_url belonged to. */
  chat: string;
  content: string;
  at: number;
}

export interface StandInOptions {
  token: string;
  encodingAesKey: string;
  /** The stand-in's clock (ms); response_url expiry and the robot limit read it. */
  now?: () => number;
  robotPerWindow?: number;
  robotWindowMs?: number;
}

const RESPONSE_URL_LIFETIME_MS = 3600_000;

export async function startWecomStandIn(options: StandInOptions) {
  const now = options.now ?? Date.now;
  const perWindow = options.robotPerWindow ?? 20;
  const windowMs = options.robotWindowMs ?? 60_000;
  const responseUrls = new Map<string, { chat: string; issuedAt: number; used: boolean }>();
  const robots = new Map<string, { chat: string; sentAt: number[] }>();
  const deliveries: Delivery[] = [];
  const refusals: Array<{ errcode: number; via: string }> = [];
  let seq = 0;

  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://stand-in');
      const body = JSON.parse((await readBody(req)) || '{}') as { msgtype?: string; markdown?: { content?: string } };
      const answer = (errcode: number, errmsg: string, via: string) => {
        if (errcode !== 0) refusals.push({ errcode, via });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ errcode, errmsg }));
      };
      const content = body.msgtype === 'markdown' ? body.markdown?.content : undefined;
      if (url.pathname.startsWith('/aibot/response/')) {
        const entry = responseUrls.get(url.pathname);
        // WeCom does not document the code of a spent or expired response_url; any non-zero one is a refusal.
        if (!entry) return answer(40001, 'invalid response_url', 'response_url');
        if (entry.used) return answer(40001, 'response_url already used', 'response_url');
        if (now() - entry.issuedAt > RESPONSE_URL_LIFETIME_MS) return answer(40001, 'response_url expired', 'response_url');
        if (!content) return answer(40008, 'invalid message type', 'response_url');
        entry.used = true;
        deliveries.push({ via: 'response_url', chat: entry.chat, content, at: now() });
        return answer(0, 'ok', 'response_url');
      }
      if (url.pathname === '/cgi-bin/webhook/send') {
        const robot = robots.get(url.searchParams.get('key') ?? '');
        if (!robot) return answer(93000, 'invalid webhook url, hint: [stand-in]', 'robot');
        const at = now();
        robot.sentAt = robot.sentAt.filter((t) => t > at - windowMs);
        if (robot.sentAt.length >= perWindow) return answer(45009, 'api freq out of limit', 'robot');
        if (!content) return answer(40008, 'invalid message type', 'robot');
        if (Buffer.byteLength(content) > 4096) return answer(40058, 'markdown.content exceed max length 4096', 'robot');
        robot.sentAt.push(at);
        deliveries.push({ via: 'robot', chat: robot.chat, content, at });
        return answer(0, 'ok', 'robot');
      }
      res.writeHead(404).end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /** Signs the query as WeCom does: sha1 over the sorted token, timestamp, nonce and ciphertext. */
  function signed(callbackUrl: string, ciphertext: string, forge = false): string {
    const timestamp = String(Math.floor(now() / 1000));
    const nonce = randomBytes(6).toString('hex');
    const signature = forge
      ? getSignature('not-the-token', timestamp, nonce, ciphertext)
      : getSignature(options.token, timestamp, nonce, ciphertext);
    const u = new URL(callbackUrl);
    u.searchParams.set('msg_signature', signature);
    u.searchParams.set('timestamp', timestamp);
    u.searchParams.set('nonce', nonce);
    return u.toString();
  }

  return {
    base,
    deliveries,
    refusals,
    /** Adds a group robot to a group, as a member does in the group's settings; returns its key. */
    addRobot(chat: string): string {
      const key = `${randomBytes(4).toString('hex')}-${randomBytes(2).toString('hex')}-4${randomBytes(2).toString('hex').slice(1)}-a${randomBytes(2).toString('hex').slice(1)}-${randomBytes(6).toString('hex')}`;
      robots.set(key, { chat, sentAt: [] });
      return key;
    },
    /** A message callback's plaintext, with a fresh response_url for it. */
    message(m: { chat?: string; from: string; text: string; msgid?: string; createdAt?: number }) {
      const path = `/aibot/response/${++seq}-${randomBytes(6).toString('hex')}`;
      responseUrls.set(path, { chat: m.chat ?? `single:${m.from}`, issuedAt: now(), used: false });
      return {
        msgid: m.msgid ?? `msg-${seq}-${randomBytes(4).toString('hex')}`,
        aibotid: 'aibot-stand-in',
        ...(m.chat ? { chatid: m.chat, chattype: 'group' } : { chattype: 'single' }),
        from: { userid: m.from },
        response_url: `${base}${path}`,
        msgtype: 'text',
        text: { content: m.text },
        create_time: Math.floor((m.createdAt ?? now()) / 1000),
      };
    },
    /** POSTs a callback to the bot as WeCom does: `{"encrypt": …}`, signed on the query string. */
    async push(callbackUrl: string, plaintext: object, opts: { forge?: boolean } = {}) {
      const ciphertext = encrypt(options.encodingAesKey, JSON.stringify(plaintext), '');
      return fetch(signed(callbackUrl, ciphertext, opts.forge), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ encrypt: ciphertext }),
      });
    },
    /** The URL check WeCom makes when the callback URL is saved: GET with an encrypted echostr. */
    async verifyUrl(callbackUrl: string, opts: { forge?: boolean } = {}) {
      const echo = randomBytes(8).toString('hex');
      const ciphertext = encrypt(options.encodingAesKey, echo, '');
      const u = new URL(signed(callbackUrl, ciphertext, opts.forge));
      u.searchParams.set('echostr', ciphertext);
      const res = await fetch(u);
      return { echo, status: res.status, body: await res.text() };
    },
    /** What the bot's passive answer to a callback decrypts to (empty: it answers later). */
    open: (ciphertext: string) => decrypt(options.encodingAesKey, ciphertext).message,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
