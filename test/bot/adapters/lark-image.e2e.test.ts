// A digest's picture on Lark: the outbox sends the text, then the picture as its own row,
// which the adapter uploads through the SDK (image_key) and shows inside a card. A failed
// upload never holds the text back, and is retried on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLarkAdapter, type LarkAdapter } from '../../../bot/adapters/lark.ts';
import { createOutboxWorker } from '../../../bot/outbox-worker.ts';
import { renderChart } from '../../../charts/render-chart.ts';
import { sampleLedger } from '../../../charts/sample-charts.ts';
import { villageLedgerChart } from '../../../charts/village-ledger-chart.ts';
import { client } from '../../../storage/client.ts';
import { silentLogger, receiveNothing } from '../../support/test-bot.ts';
import { createTestDb, type TestDb } from '../../support/test-db.ts';
import { decodePng } from '../../support/decode-png.ts';
import { startOpenApiStandIn, type OpenApiStandIn } from './lark-open-api.ts';

const APP_ID = 'cli_a1b2c3d4e5f60718';
const APP_SECRET = 'secret-for-the-stand-in';

describe('Lark: a digest picture after its text', () => {
  let t: TestDb;
  let api: OpenApiStandIn;
  let adapter: LarkAdapter;
  let png: Buffer;
  let clock = new Date('2026-11-30T01:00:00Z');

  beforeAll(async () => {
    t = await createTestDb();
    api = await startOpenApiStandIn({ appId: APP_ID, appSecret: APP_SECRET, chats: { oc_town: '后叶镇调度群' } });
    adapter = createLarkAdapter({
      appId: APP_ID,
      appSecret: APP_SECRET,
      mode: 'webhook',
      domain: api.url,
      verificationToken: 'token',
      port: 0,
      host: '127.0.0.1',
      logger: silentLogger,
    });
    await adapter.start(receiveNothing);
    png = (await renderChart(villageLedgerChart(sampleLedger(3)))).png;
  });

  afterAll(async () => {
    await adapter.stop();
    await api.close();
    await t.destroy();
  });

  const worker = () => {
    const outbox = createOutboxWorker({ db: t.db, logger: silentLogger, now: () => clock });
    outbox.use(adapter);
    return outbox;
  };
  const alt = '【半月调度】后叶镇 11月16日—30日 图表';

  it('uploads the PNG and sends a card carrying its image_key, after the text card', async () => {
    const outbox = worker();
    await outbox.enqueue(
      [
        {
          to: { platform: 'lark', chatId: 'oc_town' },
          text: '【半月调度】后叶镇',
          card: { title: '半月调度 · 后叶镇', rows: [{ text: '三星村 逾期2' }] },
          image: { png, alt },
        },
      ],
      { notBefore: clock },
    );
    expect(await outbox.drainOnce()).toBe(2);

    expect(api.images).toHaveLength(1);
    expect(api.images[0].imageType).toBe('message');
    expect(api.images[0].bytes.equals(png)).toBe(true);
    expect(decodePng(api.images[0].bytes).width).toBeGreaterThan(0);

    const [text, picture] = api.sent.slice(-2);
    expect(text.msgType).toBe('interactive');
    expect(JSON.stringify(text.content)).toContain('三星村 逾期2');
    expect(picture.msgType).toBe('interactive');
    const elements = picture.content.elements as Array<Record<string, unknown>>;
    expect(elements[0]).toMatchObject({ tag: 'img', img_key: api.images[0].imageKey, alt: { content: alt } });
    // The upload came before the message that shows it.
    const calls = api.calls.filter((c) => c.startsWith('POST /open-apis/im/v1/'));
    expect(calls.slice(-3)).toEqual(['POST /open-apis/im/v1/messages', 'POST /open-apis/im/v1/images', 'POST /open-apis/im/v1/messages']);
  });

  it('sends the text when the upload fails, and the picture on a later try', async () => {
    const outbox = worker();
    const sentBefore = api.sent.length;
    api.failNextImage({ status: 500, body: { code: 500, msg: 'internal error' } });
    await outbox.enqueue([{ to: { platform: 'lark', chatId: 'oc_town' }, text: '【每周督查】三星村', image: { png, alt } }], {
      notBefore: clock,
    });
    await outbox.drainOnce();

    expect(api.sent.length).toBe(sentBefore + 1);
    expect(api.sent.at(-1)?.msgType).toBe('text');
    const rows = await client(t.db).outboxMessage.findMany({ where: { chatId: 'oc_town' }, orderBy: { id: 'asc' } });
    const image = rows.at(-1);
    expect(rows.at(-2)?.status).toBe('sent');
    expect(image).toMatchObject({ status: 'pending', imageAlt: alt, attempts: 1 });
    expect(image?.lastError).toMatch(/500/);

    clock = new Date(clock.getTime() + 60_000);
    await outbox.drainOnce();
    expect(api.sent.length).toBe(sentBefore + 2);
    const last = api.sent[api.sent.length - 1];
    expect((last.content.elements as Array<{ img_key: string }>)[0].img_key).toBe(api.images[api.images.length - 1].imageKey);
  });
});
