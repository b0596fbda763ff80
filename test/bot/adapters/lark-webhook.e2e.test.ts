// The Lark webhook server with the SDK's real dispatchers: a validly signed request outside
// the freshness window is refused and logged, and an oversized body gets 413, not a reset.
import http from 'node:http';
import { Writable } from 'node:stream';
import * as lark from '@larksuiteoapi/node-sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, startWebhookServer, type WebhookServer } from '../../../bot/adapters/lark/start-webhook-server.ts';
import { createLogger } from '../../../bot/logger.ts';
import { messageEvent, postSigned } from './lark-payloads.ts';

const ENCRYPT_KEY = 'encrypt-key-from-the-console';
const TOKEN = 'verification-token-from-the-console';
/** The server's clock: every timestamp below is relative to it, never to the real one. */
const NOW = new Date('2026-11-25T10:00:00+08:00');
const NOW_S = NOW.getTime() / 1000;

describe('the Lark webhook server', () => {
  let server: WebhookServer;
  let received: unknown[];
  let logLines: string[];
  let url: string;

  beforeEach(async () => {
    received = [];
    logLines = [];
    const destination = new Writable({
      write(chunk, _enc, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    const sdkOptions = { encryptKey: ENCRYPT_KEY, verificationToken: TOKEN, loggerLevel: lark.LoggerLevel.fatal };
    const events = new lark.EventDispatcher(sdkOptions).register({
      'im.message.receive_v1': async (data: unknown) => {
        received.push(data);
        return {};
      },
    } as Parameters<lark.EventDispatcher['register']>[0]);
    const cards = new lark.CardActionHandler(sdkOptions, async () => ({}));
    server = await startWebhookServer({
      port: 0,
      host: '127.0.0.1',
      events,
      cards,
      encryptKey: ENCRYPT_KEY,
      verificationToken: TOKEN,
      logger: createLogger({ level: 'info', destination }),
      now: () => NOW,
    });
    url = `http://127.0.0.1:${server.port}/lark/events`;
  });

  afterEach(async () => {
    await server.close();
  });

  const post = (timestamp: number) =>
    postSigned(url, messageEvent({ token: TOKEN, text: '#帮助' }), { encryptKey: ENCRYPT_KEY, timestamp });

  it('accepts a signed request within the window, early or late by a little', async () => {
    expect((await post(NOW_S)).status).toBe(200);
    expect((await post(NOW_S - 290)).status).toBe(200);
    expect((await post(NOW_S + 60)).status).toBe(200);
    expect(received).toHaveLength(3);
  });

  it('refuses a validly signed request from 2020, and says why in the log', async () => {
    const res = await post(Date.parse('2020-03-01T00:00:00Z') / 1000);
    expect(res.status).toBe(401);
    expect(received).toHaveLength(0);
    const line = logLines.map((l) => JSON.parse(l)).find((l) => /freshness window/.test(l.msg));
    expect(line).toMatchObject({ level: 40, status: 401, path: '/lark/events' });
    expect(line.msg).toContain('2020-03-01T00:00:00.000Z');
    expect(line.msg).toContain("this server's clock");
  });

  it('refuses one signed for ten minutes from now', async () => {
    expect((await post(NOW_S + 600)).status).toBe(401);
    expect(received).toHaveLength(0);
  });

  it('answers 413 to a 10 MB body announced by its length, and keeps serving', async () => {
    const body = JSON.stringify({ encrypt: 'x'.repeat(10 * 1024 * 1024) });
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'body too large' });
    expect(logLines.some((l) => l.includes(`body over ${MAX_BODY_BYTES} bytes`))).toBe(true);
    expect((await post(NOW_S)).status).toBe(200);
  });

  it('answers 413 to an oversized body sent in chunks without a length', async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        url,
        { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString();
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      const chunk = 'x'.repeat(64 * 1024);
      req.write('{"encrypt":"');
      for (let sent = 0; sent < 3 * MAX_BODY_BYTES; sent += chunk.length) req.write(chunk);
      req.end('"}');
    });
    expect(status).toBe(413);
    expect(JSON.parse(body)).toEqual({ error: 'body too large' });
    expect(received).toHaveLength(0);
  });
});
