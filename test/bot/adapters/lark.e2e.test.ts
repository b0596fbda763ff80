// The Lark adapter end to end: signed and encrypted events posted to its webhook go through
// the SDK's own dispatcher into the real bot (SQLite), and its replies go through the SDK's
// Client to a local stand-in for the open API.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLarkAdapter, type LarkAdapter } from '../../../bot/adapters/lark.ts';
import type { Bot } from '../../../bot/bot.ts';
import type { Outbox } from '../../../bot/outbox-worker.ts';
import { createFaqService } from '../../../bot/faq-service.ts';
import { addressingText } from '../../../prompts/addressing.ts';
import { helpText } from '../../../commands/help-text.ts';
import { enqueueReplies } from '../../../storage/outbox.ts';
import { silentLogger, testConfig, createBotAndOutbox, receiveNothing } from '../../support/test-bot.ts';
import { createTestDb, type TestDb } from '../../support/test-db.ts';
import { startOpenApiStandIn, type OpenApiStandIn } from './lark-open-api.ts';
import { cardActionEvent, messageEvent, postSigned } from './lark-payloads.ts';
import { until } from '../../support/until.ts';

const APP_ID = 'cli_a1b2c3d4e5f60718';
const APP_SECRET = 'secret-for-the-stand-in';
const ENCRYPT_KEY = 'encrypt-key-from-the-console';
const TOKEN = 'verification-token-from-the-console';

const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

describe('Lark adapter over webhook, against a stand-in open API', () => {
  let t: TestDb;
  let api: OpenApiStandIn;
  let bot: Bot;
  let outbox: Outbox;
  let adapter: LarkAdapter;
  // Building the FAQ index takes seconds; the answers under test do not depend on it.
  let faq: ReturnType<typeof createFaqService>;

  beforeAll(() => {
    faq = createFaqService(testConfig());
  });
  let eventsUrl: string;
  /** Extra time the router takes for a card click, to run past the callback's answer. */
  let clickDelayMs = 0;
  let cardUrl: string;

  beforeEach(async () => {
    t = await createTestDb();
    clickDelayMs = 0;
    api = await startOpenApiStandIn({
      appId: APP_ID,
      appSecret: APP_SECRET,
      botOpenId: 'ou_bot',
      botName: '小助手',
      users: { ou_liming: '李明', ou_cadre: '王书记', ou_villager: '张大爷' },
      chats: { oc_team: '三星村工作队' },
    });
    const config = testConfig();
    ({ bot, outbox } = createBotAndOutbox({ config, logger: silentLogger, db: t.db, faq, outboxPollMs: 50 }));
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
      sendsPerSecond: 5,
      logger: silentLogger,
      cardAnswerWithinMs: 1500,
    });
    // A slow close: the click's outcome comes late, as when the database is busy.
    const lark = adapter;
    bot.use({
      platform: 'lark',
      start: (receive) =>
        lark.start(async (msg) => {
          const receipt = await receive(msg);
          return clickDelayMs ? { handled: settle(clickDelayMs).then(() => receipt.handled) } : receipt;
        }),
      send: (msg) => lark.send(msg),
      stop: () => lark.stop(),
      status: () => lark.status(),
    });
    await bot.start();
    eventsUrl = `http://127.0.0.1:${adapter.port}/lark/events`;
    cardUrl = `http://127.0.0.1:${adapter.port}/lark/card`;
  });

  afterEach(async () => {
    await bot.stop();
    await api.close();
    await t.destroy();
  });

  const post = (payload: unknown, signature?: 'valid' | 'forged' | 'none') =>
    postSigned(eventsUrl, payload, { encryptKey: ENCRYPT_KEY, signature });

  it('answers #帮助 in the group through the open API, with the outbox id as the send uuid', async () => {
    const res = await post(messageEvent({ token: TOKEN, text: '#帮助' }));
    expect(res.status).toBe(200);
    await until(() => api.sent.length === 1);
    const [sent] = api.sent;
    expect(sent).toMatchObject({
      receiveIdType: 'chat_id',
      receiveId: 'oc_team',
      msgType: 'text',
      content: { text: `${helpText()}\n${addressingText.unboundHelpNote}` },
    }); // oc_team is not bound here
    const row = await t.db.prisma.outboxMessage.findFirstOrThrow();
    expect(sent.uuid).toBe(`outbox-${row.id}`);
    await until(async () => (await t.db.prisma.outboxMessage.findFirstOrThrow()).status === 'sent');
    expect((await t.db.prisma.outboxMessage.findFirstOrThrow()).platformMessageId).toBe(sent.messageId);
    const inbox = await t.db.prisma.inboxMessage.findFirstOrThrow();
    expect(inbox).toMatchObject({
      platform: 'lark',
      chatId: 'oc_team',
      chatName: '三星村工作队',
      senderId: 'ou_liming',
      senderName: '李明',
      text: '#帮助',
    });
    expect(adapter.status()).toMatchObject({ connected: true });
  });

  it('reads @-mentions: the bot’s own is removed and flagged, others become names', async () => {
    await post(
      messageEvent({
        token: TOKEN,
        text: '@_user_1 @_user_2 的路灯修好了吗',
        mentions: [
          { key: '@_user_1', openId: 'ou_bot', name: '小助手' },
          { key: '@_user_2', openId: 'ou_cadre', name: '王书记' },
        ],
      }),
    );
    const row = await t.db.prisma.inboxMessage.findFirstOrThrow();
    expect(row.mentionsBot).toBe(true);
    expect(row.text).toBe('@王书记 的路灯修好了吗');
  });

  it('stays silent on questions people @ each other with, in a bound group', async () => {
    const village = await t.db.prisma.village.create({ data: { name: '三星村' } });
    await t.db.prisma.chatGroup.create({
      data: { platform: 'lark', chatId: 'oc_team', name: '三星村工作队', kind: 'village', villageId: village.id },
    });
    await post(
      messageEvent({
        token: TOKEN,
        senderOpenId: 'ou_cadre',
        text: '@_user_1 明天几点开会？',
        mentions: [{ key: '@_user_1', openId: 'ou_liming', name: '李明' }],
      }),
    );
    await post(
      messageEvent({
        token: TOKEN,
        senderOpenId: 'ou_villager',
        text: '@_user_1 低保名单报了没？',
        mentions: [{ key: '@_user_1', openId: 'ou_cadre', name: '王书记' }],
      }),
    );
    await until(async () => (await t.db.prisma.inboxMessage.count({ where: { status: 'ignored' } })) === 2);
    // A marker after them: once it is answered, anything they caused would be too.
    await post(messageEvent({ token: TOKEN, text: '#帮助' }));
    await until(() => api.sent.length >= 1);
    await settle();
    expect(api.sent.map((m) => m.content.text)).toEqual([helpText()]);
    const rows = await t.db.prisma.inboxMessage.findMany({ where: { status: 'ignored' }, orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.text, r.mentionsBot])).toEqual([
      ['@李明 明天几点开会？', false],
      ['@王书记 低保名单报了没？', false],
    ]);
    expect(await t.db.prisma.faqQuestion.count()).toBe(0);
  });

  it('refuses a forged, an unsigned and a wrong-token call, and stores nothing', async () => {
    expect((await post(messageEvent({ token: TOKEN, text: '#帮助' }), 'forged')).status).toBe(401);
    expect((await post(messageEvent({ token: TOKEN, text: '#帮助' }), 'none')).status).toBe(401);
    expect((await post(messageEvent({ token: 'someone-elses-token', text: '#帮助' }))).status).toBe(401);
    const plain = await fetch(eventsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageEvent({ token: TOKEN, text: '#帮助' })),
    });
    expect(plain.status).toBe(401);
    await settle();
    expect(await t.db.prisma.inboxMessage.count()).toBe(0);
    expect(await t.db.prisma.outboxMessage.count()).toBe(0);
    expect(api.sent).toHaveLength(0);
  });

  it('answers the URL verification challenge', async () => {
    const res = await post({ challenge: 'ch-123', token: TOKEN, type: 'url_verification' });
    expect(res).toEqual({ status: 200, body: { challenge: 'ch-123' } });
  });

  it('handles a redelivered event once', async () => {
    const event = messageEvent({ token: TOKEN, text: '#帮助' });
    expect((await post(event)).status).toBe(200);
    expect((await post(event)).status).toBe(200);
    // Lark's re-push after a lost answer can also come with a new event id for the same message.
    expect((await post({ ...event, header: { ...event.header, event_id: 'another-event-id' } })).status).toBe(200);
    await until(() => api.sent.length === 1);
    await settle();
    expect(api.sent).toHaveLength(1);
    expect(await t.db.prisma.inboxMessage.count()).toBe(1);
  });

  it('retries a rate-limited send and delivers it exactly once', async () => {
    api.failNext({
      status: 429,
      body: { code: 99991400, msg: 'request trigger frequency limit' },
      headers: { 'x-ogw-ratelimit-reset': '1' },
    });
    await post(messageEvent({ token: TOKEN, text: '#帮助' }));
    // First the refusal is kept on the outbox row, with the reply waiting for its retry.
    await until(async () => /99991400/.test((await t.db.prisma.outboxMessage.findFirst())?.lastError ?? ''));
    expect(api.sent).toHaveLength(0);
    await until(async () => (await t.db.prisma.outboxMessage.findFirstOrThrow()).status === 'sent');
    expect(api.createAttempts).toBe(2);
    expect(api.sent).toHaveLength(1);
    expect((await t.db.prisma.outboxMessage.findFirstOrThrow()).attempts).toBe(2);
  });

  it('sends a message once when Lark took it but the answer was lost (same uuid on retry)', async () => {
    api.failNext({ status: 500, body: { code: 500, msg: 'gateway timeout' }, afterDelivering: true });
    await post(messageEvent({ token: TOKEN, text: '#帮助' }));
    await until(async () => (await t.db.prisma.outboxMessage.findFirst())?.status === 'sent');
    expect(api.createAttempts).toBe(2);
    expect(api.sent).toHaveLength(1);
  });

  describe('a ledger card with 销号 buttons', () => {
    let villageId: number;

    beforeEach(async () => {
      const prisma = t.db.prisma;
      const village = await prisma.village.create({ data: { name: '三星村', lastIssueNo: 12 } });
      villageId = village.id;
      await prisma.chatGroup.create({ data: { platform: 'lark', chatId: 'oc_team', name: '三星村工作队', kind: 'village', villageId } });
      await prisma.member.create({ data: { name: '王书记', role: 'cadre', platform: 'lark', platformUserId: 'ou_cadre', villageId } });
      for (const [no, description] of [
        [11, '王德福家屋顶漏雨'],
        [12, '4组路灯坏了'],
      ] as const) {
        await prisma.issue.create({ data: { villageId, no, category: '基础设施', description, source: 'report', status: 'open' } });
      }
      await enqueueReplies(
        prisma,
        [
          {
            text: '三星村未销号问题：11、12',
            card: {
              title: '三星村 未销号问题',
              template: 'orange',
              rows: [11, 12].map((no) => ({ text: `${no} 号`, action: { label: '销号', value: { action: 'close', villageId, no } } })),
              footer: '点“销号”关闭该项（限本村干部）',
            },
          },
        ],
        { defaultTo: { platform: 'lark', chatId: 'oc_team' } },
      );
      await outbox.kick();
      await until(() => api.sent.length === 1);
    });

    const click = (operatorOpenId: string, no: number, eventId?: string) =>
      postSigned(
        cardUrl,
        cardActionEvent({
          token: TOKEN,
          operatorOpenId,
          messageId: api.sent[0].messageId,
          chatId: 'oc_team',
          value: { action: 'close', villageId, no },
          eventId,
        }),
        { encryptKey: ENCRYPT_KEY },
      );

    it('sends the card as an interactive message with a button per open item', () => {
      const [card] = api.sent;
      expect(card.msgType).toBe('interactive');
      const elements = card.content.elements as any[];
      expect(elements.filter((e) => e.extra?.tag === 'button').map((e) => e.extra.value.no)).toEqual([11, 12]);
    });

    it('asks a cadre for the 整改情况 a button cannot carry, and changes nothing', async () => {
      const res = await click('ou_cadre', 12, 'ev-click-1');
      expect(res.status).toBe(200);
      expect(res.body.toast.type).toBe('warning');
      expect(res.body.toast.content).toContain('#销号 12');
      expect(res.body.card).toBeUndefined();
      const issue = await t.db.prisma.issue.findUniqueOrThrow({ where: { villageId_no: { villageId, no: 12 } } });
      expect(issue).toMatchObject({ status: 'open', closedBy: null });

      // The same click delivered again is stored once and closes nothing.
      const again = await click('ou_cadre', 12, 'ev-click-1');
      expect(again.status).toBe(200);
      expect(await t.db.prisma.inboxMessage.count({ where: { messageId: 'card-ev-click-1' } })).toBe(1);
      expect(await t.db.prisma.issueNote.count({ where: { kind: 'close' } })).toBe(0);
    });

    it('answers a slow click at once and leaves the card as it was when nothing closed', async () => {
      clickDelayMs = 1800;
      const res = await click('ou_cadre', 11);
      expect(res.body.toast.type).toBe('info');
      expect(res.body.card).toBeUndefined();
      await until(
        async () => (await t.db.prisma.inboxMessage.findFirst({ where: { messageId: { startsWith: 'card-' } } }))?.status === 'rejected',
      );
      expect(api.patches).toHaveLength(0);
      expect((await t.db.prisma.issue.findUniqueOrThrow({ where: { villageId_no: { villageId, no: 11 } } })).status).toBe('open');
    });

    it('refuses a villager politely and changes nothing', async () => {
      const res = await click('ou_villager', 11);
      expect(res.status).toBe(200);
      expect(res.body.toast.type).toBe('warning');
      expect(res.body.toast.content).toContain('抱歉');
      expect(res.body.card).toBeUndefined();
      const issue = await t.db.prisma.issue.findUniqueOrThrow({ where: { villageId_no: { villageId, no: 11 } } });
      expect(issue.status).toBe('open');
      // The refusal is also said in the group, by name.
      await until(() => api.sent.some((m) => String(m.content.text ?? '').includes('张大爷')));
    });

    it('refuses a forged click', async () => {
      const res = await postSigned(
        cardUrl,
        cardActionEvent({
          token: TOKEN,
          operatorOpenId: 'ou_cadre',
          messageId: api.sent[0].messageId,
          chatId: 'oc_team',
          value: { action: 'close', villageId, no: 12 },
        }),
        { encryptKey: ENCRYPT_KEY, signature: 'forged' },
      );
      expect(res.status).toBe(401);
      const issue = await t.db.prisma.issue.findUniqueOrThrow({ where: { villageId_no: { villageId, no: 12 } } });
      expect(issue.status).toBe('open');
    });
  });
});

describe('Lark adapter with a wrong app secret', () => {
  let t: TestDb;
  let api: OpenApiStandIn;

  beforeEach(async () => {
    t = await createTestDb();
    api = await startOpenApiStandIn({ appId: APP_ID, appSecret: 'the-real-secret' });
  });

  afterEach(async () => {
    await api.close();
    await t.destroy();
  });

  it('reports LARK_AUTH with a hint and keeps the reply in the outbox for a retry', async () => {
    const lines: string[] = [];
    const { createLogger } = await import('../../../bot/logger.ts');
    const logger = createLogger({
      level: 'warn',
      destination: {
        write: (s: string) => {
          lines.push(s);
          return true;
        },
      } as any,
    });
    const adapter = createLarkAdapter({
      appId: APP_ID,
      appSecret: 'a-wrong-secret',
      mode: 'webhook',
      domain: api.url,
      encryptKey: ENCRYPT_KEY,
      port: 0,
      host: '127.0.0.1',
      logger,
    });
    await adapter.start(receiveNothing);
    try {
      const err = await adapter
        .send({ id: 7, platform: 'lark', chatId: 'oc_team', private: false, text: '你好', mentions: [], card: null })
        .catch((e: unknown) => e);
      expect(err).toMatchObject({ name: 'SendError', retryable: true });
      const logged = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.code === 'LARK_AUTH');
      expect(logged?.hint).toBe('check LARK_APP_ID / LARK_APP_SECRET');
      expect(lines.join('\n')).not.toContain('a-wrong-secret');
      expect(adapter.status().detail).toMatch(/10014/);
      expect(api.sent).toHaveLength(0);
    } finally {
      await adapter.stop();
    }
  });
});
