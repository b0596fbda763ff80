// Pictures on Lark end to end: a rich-text post with a title, bold text, the bot's @ (empty
// name) and a picture goes through the SDK's dispatcher into the real bot; its text lands in
// the ledger clean, its picture is kept as evidence on the new item and fetched through the
// SDK's `im.messageResource.get` from the stand-in open API, with a failed try retried.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLarkAdapter, type LarkAdapter } from '../../../bot/adapters/lark.ts';
import type { Bot } from '../../../bot/bot.ts';
import { createEvidenceFetcher } from '../../../bot/evidence-fetcher.ts';
import { createFaqService } from '../../../bot/faq-service.ts';
import { countEvidence, listEvidence } from '../../../storage/evidence.ts';
import { silentLogger, testConfig, createBotAndOutbox } from '../../support/test-bot.ts';
import { createTestDb, type TestDb } from '../../support/test-db.ts';
import { until } from '../../support/until.ts';
import { startOpenApiStandIn, type OpenApiStandIn } from './lark-open-api.ts';
import { messageEvent, postSigned } from './lark-payloads.ts';

const APP_ID = 'cli_a1b2c3d4e5f60718';
const APP_SECRET = 'secret-for-the-stand-in';
const ENCRYPT_KEY = 'encrypt-key-from-the-console';
const TOKEN = 'verification-token-from-the-console';
const PHOTO = Buffer.from('\xff\xd8\xff\xe0 a roof, leaking \xff\xd9', 'latin1');

describe('Lark pictures kept as evidence on ledger items', () => {
  let t: TestDb;
  let api: OpenApiStandIn;
  let bot: Bot;
  let adapter: LarkAdapter;
  let dir: string;
  let faq: ReturnType<typeof createFaqService>;
  let eventsUrl: string;

  beforeAll(() => {
    faq = createFaqService(testConfig());
    dir = mkdtempSync(path.join(tmpdir(), 'evidence-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeEach(async () => {
    t = await createTestDb();
    api = await startOpenApiStandIn({
      appId: APP_ID,
      appSecret: APP_SECRET,
      botOpenId: 'ou_bot',
      botName: '小助手',
      users: { ou_cadre: '王书记', ou_other: '李明' },
      chats: { oc_team: '三星村工作队' },
    });
    const village = await t.db.prisma.village.create({ data: { name: '三星村' } });
    await t.db.prisma.chatGroup.create({
      data: { platform: 'lark', chatId: 'oc_team', name: '三星村工作队', kind: 'village', villageId: village.id },
    });
    await t.db.prisma.member.create({
      data: { name: '王书记', role: 'cadre', platform: 'lark', platformUserId: 'ou_cadre', villageId: village.id },
    });
    ({ bot } = createBotAndOutbox({ config: testConfig(), logger: silentLogger, db: t.db, faq, outboxPollMs: 50 }));
    adapter = createLarkAdapter({
      appId: APP_ID,
      appSecret: APP_SECRET,
      mode: 'webhook',
      domain: api.url,
      encryptKey: ENCRYPT_KEY,
      verificationToken: TOKEN,
      port: 0,
      host: '127.0.0.1',
      botName: '小助手',
      logger: silentLogger,
    });
    bot.use(adapter);
    await bot.start();
    eventsUrl = `http://127.0.0.1:${adapter.port}/lark/events`;
  });

  afterEach(async () => {
    await bot.stop();
    await api.close();
    await t.destroy();
  });

  const post = (payload: unknown) => postSigned(eventsUrl, payload, { encryptKey: ENCRYPT_KEY });

  it('keeps a post’s picture and the next picture on the new item, fetches them, and counts them on the 销号 receipt', async () => {
    const sentAt = Date.now();
    await post(
      messageEvent({
        token: TOKEN,
        senderOpenId: 'ou_cadre',
        messageId: 'om_post_1',
        messageType: 'post',
        createTime: sentAt,
        mentions: [{ key: '@_user_1', openId: 'ou_bot', name: '' }],
        text: '',
        content: {
          title: '问题上报',
          content: [
            [
              { tag: 'at', user_id: '@_user_1', user_name: '' },
              { tag: 'text', text: ' #问题 4组', style: [] },
              { tag: 'text', text: '路灯坏了', style: ['bold'] },
            ],
            [{ tag: 'img', image_key: 'img_v3_roof', width: 1024, height: 768 }],
          ],
        },
      }),
    );
    await until(() => api.sent.length === 1, 8000, 'the receipt of #问题');
    const issue = await t.db.prisma.issue.findFirstOrThrow();
    expect(issue.description).toBe('4组路灯坏了');
    const inbox = await t.db.prisma.inboxMessage.findFirstOrThrow({ where: { messageId: 'om_post_1' } });
    expect(inbox.text).toBe('#问题 4组路灯坏了');
    expect(inbox.mentionsBot).toBe(true);

    // A minute later the same cadre sends a picture alone: evidence for the same item, and no reply.
    await post(
      messageEvent({
        token: TOKEN,
        senderOpenId: 'ou_cadre',
        messageId: 'om_photo_2',
        messageType: 'image',
        createTime: sentAt + 60_000,
        text: '',
        content: { image_key: 'img_v3_after' },
      }),
    );
    // Someone else's picture is not theirs to add.
    await post(
      messageEvent({
        token: TOKEN,
        senderOpenId: 'ou_other',
        messageId: 'om_photo_3',
        messageType: 'image',
        createTime: sentAt + 70_000,
        text: '',
        content: { image_key: 'img_v3_other' },
      }),
    );
    await until(async () => (await t.db.prisma.inboxMessage.count({ where: { status: 'ignored' } })) === 2, 8000, 'the pictures handled');
    expect(await countEvidence(t.db, issue.id)).toBe(2);
    expect((await t.db.prisma.evidence.findFirstOrThrow({ where: { key: 'img_v3_other' } })).status).toBe('unlinked');

    // The open API fails the first download; the next pass, once its retry time has come, gets it.
    api.addResource('om_post_1', 'img_v3_roof', PHOTO, { failFirst: 1 });
    api.addResource('om_photo_2', 'img_v3_after', PHOTO);
    let clock = new Date();
    const fetcher = createEvidenceFetcher({ db: t.db, adapters: [adapter], logger: silentLogger, dir, maxBytes: 1000, now: () => clock });
    expect(await fetcher.runOnce()).toBe(1);
    const failed = await t.db.prisma.evidence.findFirstOrThrow({ where: { key: 'img_v3_roof' } });
    expect(failed).toMatchObject({ status: 'pending', tries: 1 });
    expect(failed.lastError).toMatch(/500|234008/);
    expect(await fetcher.runOnce()).toBe(0); // not yet due
    clock = new Date(clock.getTime() + 31_000);
    expect(await fetcher.runOnce()).toBe(1);
    const kept = await listEvidence(t.db, issue.id);
    expect(kept.map((e) => [e.key, e.status, e.bytes])).toEqual([
      ['img_v3_roof', 'fetched', PHOTO.length],
      ['img_v3_after', 'fetched', PHOTO.length],
    ]);
    for (const e of kept) expect(readFileSync(e.localPath!)).toEqual(PHOTO);
    expect(api.sent).toHaveLength(1);

    await post(messageEvent({ token: TOKEN, senderOpenId: 'ou_cadre', text: `#销号 ${issue.no} 已换灯泡`, createTime: sentAt + 120_000 }));
    await until(() => api.sent.length === 2, 8000, 'the 销号 receipt');
    expect(String(api.sent[1].content.text)).toContain('已附照片 2 张');
  });

  it('keeps a file over the size cap as a record without downloading it', async () => {
    const big = Buffer.alloc(5000, 1);
    await post(
      messageEvent({
        token: TOKEN,
        senderOpenId: 'ou_cadre',
        messageId: 'om_post_big',
        messageType: 'post',
        mentions: [{ key: '@_user_1', openId: 'ou_bot', name: '小助手' }],
        text: '',
        content: {
          title: '',
          content: [
            [
              { tag: 'at', user_id: '@_user_1', user_name: '小助手' },
              { tag: 'text', text: ' #问题 5组水管破了' },
              { tag: 'img', image_key: 'img_big' },
            ],
          ],
        },
      }),
    );
    await until(() => api.sent.length === 1, 8000, 'the receipt');
    api.addResource('om_post_big', 'img_big', big);
    const fetcher = createEvidenceFetcher({ db: t.db, adapters: [adapter], logger: silentLogger, dir, maxBytes: 1000 });
    expect(await fetcher.runOnce()).toBe(0);
    const row = await t.db.prisma.evidence.findFirstOrThrow({ where: { key: 'img_big' } });
    expect(row).toMatchObject({ status: 'too-large', bytes: 5000, localPath: null });
    expect(existsSync(path.join(dir, 'lark', `${row.id}-img_big.jpg`))).toBe(false);
  });
});
