// The dispatch pack's xlsx on Lark: the adapter sends the row's text, then uploads the file
// through the SDK (im.file.create, multipart) and sends a `file` message with its file_key. A
// failed upload fails the row; its retry does not send the text twice (the create's uuid).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLarkAdapter, type LarkAdapter } from '../../../bot/adapters/lark.ts';
import { createOutboxWorker } from '../../../bot/outbox-worker.ts';
import { client } from '../../../storage/client.ts';
import { receiveNothing, silentLogger } from '../../support/test-bot.ts';
import { createTestDb, type TestDb } from '../../support/test-db.ts';
import { startOpenApiStandIn, type OpenApiStandIn } from './lark-open-api.ts';

const APP_ID = 'cli_a1b2c3d4e5f60718';
const APP_SECRET = 'secret-for-the-stand-in';

describe('Lark: the dispatch xlsx after its text', () => {
  let t: TestDb;
  let api: OpenApiStandIn;
  let adapter: LarkAdapter;
  let dir: string;
  let xlsx: string;
  let clock = new Date('2026-12-16T01:00:00Z');

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
    dir = mkdtempSync(path.join(tmpdir(), 'lark-file-'));
    xlsx = path.join(dir, 'pack.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('问题清单').addRows([
      ['村', '编号', '问题描述'],
      ['三星村', 1, '屋顶漏雨'],
    ]);
    await wb.xlsx.writeFile(xlsx);
  });

  afterAll(async () => {
    await adapter.stop();
    await api.close();
    await t.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const worker = () => {
    const outbox = createOutboxWorker({ db: t.db, logger: silentLogger, now: () => clock });
    outbox.use(adapter);
    return outbox;
  };
  const name = '后叶镇半月调度（12月1日—15日）.xlsx';

  it('uploads the xlsx as file_type xls and sends a file message with its file_key, after the text', async () => {
    const outbox = worker();
    await outbox.enqueue(
      [
        {
          to: { platform: 'lark', chatId: 'oc_town' },
          text: '【半月调度】后叶镇',
          card: { title: '半月调度 · 后叶镇', rows: [{ text: '三星村 逾期2' }] },
          file: { path: xlsx, name },
        },
      ],
      { notBefore: clock },
    );
    expect(await outbox.drainOnce()).toBe(1);

    expect(api.files).toHaveLength(1);
    expect(api.files[0]).toMatchObject({ fileType: 'xls', fileName: name });
    expect(api.files[0].bytes.equals(readFileSync(xlsx))).toBe(true);
    // What arrived opens as the workbook that was sent.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(api.files[0].bytes as unknown as ArrayBuffer);
    expect(wb.getWorksheet('问题清单')?.getRow(2).getCell(3).value).toBe('屋顶漏雨');

    const [text, file] = api.sent.slice(-2);
    expect(text.msgType).toBe('interactive');
    expect(file).toMatchObject({ msgType: 'file', receiveId: 'oc_town', content: { file_key: api.files[0].fileKey } });
    const calls = api.calls.filter((c) => c.startsWith('POST /open-apis/im/v1/'));
    expect(calls.slice(-3)).toEqual(['POST /open-apis/im/v1/messages', 'POST /open-apis/im/v1/files', 'POST /open-apis/im/v1/messages']);
  });

  it('retries a failed upload with the row, without sending the text twice', async () => {
    const outbox = worker();
    const sentBefore = api.sent.length;
    const filesBefore = api.files.length;
    api.failNextFile({ status: 500, body: { code: 500, msg: 'internal error' } });
    await outbox.enqueue([{ to: { platform: 'lark', chatId: 'oc_town' }, text: '【半月调度】后叶镇', file: { path: xlsx, name } }], {
      notBefore: clock,
    });
    await outbox.drainOnce();
    expect(api.sent.length).toBe(sentBefore + 1);
    expect(api.sent.at(-1)?.msgType).toBe('text');
    const row = await client(t.db).outboxMessage.findFirstOrThrow({ where: { chatId: 'oc_town' }, orderBy: { id: 'desc' } });
    expect(row).toMatchObject({ status: 'pending', attempts: 1 });
    expect(row.lastError).toMatch(/500/);

    clock = new Date(clock.getTime() + 60_000);
    await outbox.drainOnce();
    expect(api.sent.length).toBe(sentBefore + 2);
    expect(api.sent.at(-1)).toMatchObject({ msgType: 'file', content: { file_key: api.files.at(-1)?.fileKey } });
    expect(api.files.length).toBe(filesBefore + 1);
    expect(api.files.at(-1)?.bytes.equals(readFileSync(xlsx))).toBe(true);
    expect((await client(t.db).outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).status).toBe('sent');
  });
});
