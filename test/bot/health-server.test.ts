import { afterEach, describe, expect, it } from 'vitest';
import net from 'node:net';
import { startHealthServer } from '../../bot/health-server.ts';

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('the health endpoint', () => {
  let stop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await stop?.();
    stop = undefined;
  });

  it('answers 200 with the report when all is well', async () => {
    const port = await freePort();
    stop = await startHealthServer(port, async () => ({ ok: true, outbox: { pending: 2, dead: 0 } }));
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, outbox: { pending: 2, dead: 0 } });
  });

  it('answers 503 when the database or a platform is down', async () => {
    const port = await freePort();
    stop = await startHealthServer(port, async () => ({ ok: false, database: { ok: false } }));
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(503);
  });

  it('answers 404 elsewhere', async () => {
    const port = await freePort();
    stop = await startHealthServer(port, async () => ({ ok: true }));
    expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
  });
});
