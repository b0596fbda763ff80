// A Lark long connection whose server stops answering: the SDK's WSClient pings every second
// (as the stand-in's ClientConfig tells it), gets no pong within its ping timeout, drops the
// connection and cannot open another; /health says so with a 503.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLarkAdapter, type LarkAdapter } from '../../../bot/adapters/lark.ts';
import type { Bot } from '../../../bot/bot.ts';
import { startHealthServer } from '../../../bot/health-server.ts';
import { silentLogger, testConfig, createBotAndOutbox } from '../../support/test-bot.ts';
import { createTestDb, type TestDb } from '../../support/test-db.ts';
import { until } from '../../support/until.ts';
import { startOpenApiStandIn, type OpenApiStandIn } from './lark-open-api.ts';

const APP_ID = 'cli_a1b2c3d4e5f60718';
const APP_SECRET = 'secret-for-the-stand-in';

describe('a dead Lark long connection is noticed by /health', () => {
  let t: TestDb;
  let api: OpenApiStandIn;
  let bot: Bot;
  let adapter: LarkAdapter;
  let stopHealth: () => Promise<void>;
  let healthUrl: string;

  beforeEach(async () => {
    t = await createTestDb();
    api = await startOpenApiStandIn({ appId: APP_ID, appSecret: APP_SECRET, pingIntervalSeconds: 1 });
    ({ bot } = createBotAndOutbox({
      config: testConfig(),
      logger: silentLogger,
      db: t.db,
      faq: { match: () => ({ kind: 'none' }) as never },
    }));
    adapter = createLarkAdapter({
      appId: APP_ID,
      appSecret: APP_SECRET,
      domain: api.url,
      logger: silentLogger,
      pingTimeoutSeconds: 1,
      handshakeTimeoutMs: 1000,
    });
    bot.use(adapter);
    await bot.start();
    await until(() => adapter.status().connected, 8000, 'the long connection');
    // A port of its own: the health server listens on 0.0.0.0, so take a free one first.
    const { createServer } = await import('node:net');
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    stopHealth = await startHealthServer(port, bot.health);
    healthUrl = `http://127.0.0.1:${port}/health`;
  });

  afterEach(async () => {
    await stopHealth();
    await bot.stop();
    await api.close();
    await t.destroy();
  });

  it('stays healthy while pongs come back, and reports the connection once the server goes silent', async () => {
    // Three pings answered: the connection is kept and /health is fine.
    await new Promise((r) => setTimeout(r, 3000));
    expect(api.connects).toBe(1);
    const healthy = await fetch(healthUrl);
    expect(healthy.status).toBe(200);

    api.freeze();
    await until(async () => (await fetch(healthUrl)).status === 503, 10_000, '/health to report the dead connection');
    const body = (await (await fetch(healthUrl)).json()) as { reasons: string[]; platforms: { lark: { connected: boolean } } };
    expect(body.platforms.lark.connected).toBe(false);
    expect(body.reasons.some((r) => r.startsWith('lark not connected'))).toBe(true);
  });
});
