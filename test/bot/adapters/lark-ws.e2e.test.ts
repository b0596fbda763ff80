// The Lark adapter in its default mode: the SDK's WSClient holds a long connection to a
// local stand-in (which speaks Lark's frame protocol), events arrive over it, and the
// answers and replies go back through the SDK.
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
import { cardActionEvent, messageEvent } from './lark-payloads.ts';
import { until } from '../../support/until.ts';

const APP_ID = 'cli_a1b2c3d4e5f60718';
const APP_SECRET = 'secret-for-the-stand-in';

describe('Lark adapter over the long connection', () => {
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

  beforeEach(async () => {
    t = await createTestDb();
    api = await startOpenApiStandIn({
      appId: APP_ID,
      appSecret: APP_SECRET,
      users: { ou_liming: '李明', ou_cadre: '王书记' },
      chats: { oc_team: '三星村工作队' },
    });
    const config = testConfig();
    ({ bot, outbox } = createBotAndOutbox({ config, logger: silentLogger, db: t.db, faq, outboxPollMs: 50 }));
    adapter = createLarkAdapter({ appId: APP_ID, appSecret: APP_SECRET, domain: api.url, botName: '小助手', logger: silentLogger });
    bot.use(adapter);
    await bot.start();
    await until(() => adapter.status().connected);
  });

  afterEach(async () => {
    await bot.stop();
    await api.close();
    await t.destroy();
  });

  it('takes #帮助 over the connection, acknowledges it, and answers in the group', async () => {
    const event = messageEvent({ token: '', text: '#帮助' });
    expect((await api.push(event)).code).toBe(200);
    await until(() => api.sent.length === 1);
    expect(api.sent[0]).toMatchObject({
      receiveId: 'oc_team',
      msgType: 'text',
      content: { text: `${helpText()}\n${addressingText.unboundHelpNote}` },
    }); // oc_team is not bound
    // Acknowledged means stored: the inbox has it even before it is answered.
    expect(await t.db.prisma.inboxMessage.count()).toBe(1);
    // Pushed again (an answer lost on the way): handled once.
    expect((await api.push(event)).code).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(api.sent).toHaveLength(1);
  });

  it('reconnects after the connection drops and keeps taking messages', async () => {
    api.dropConnections();
    await until(() => !adapter.status().connected || api.connects > 1);
    await until(() => api.connects > 1 && api.connected() && adapter.status().connected, 15_000);
    expect((await api.push(messageEvent({ token: '', text: '#帮助' }))).code).toBe(200);
    await until(() => api.sent.length === 1);
  });

  it('answers a 销号 click that comes over the connection, asking for the 整改情况', async () => {
    const prisma = t.db.prisma;
    const village = await prisma.village.create({ data: { name: '三星村', lastIssueNo: 3 } });
    await prisma.chatGroup.create({ data: { platform: 'lark', chatId: 'oc_team', kind: 'village', villageId: village.id } });
    await prisma.member.create({
      data: { name: '王书记', role: 'cadre', platform: 'lark', platformUserId: 'ou_cadre', villageId: village.id },
    });
    await prisma.issue.create({ data: { villageId: village.id, no: 3, category: '饮水', description: '水管漏水', source: 'report' } });
    const value = { action: 'close', villageId: village.id, no: 3 };
    await enqueueReplies(
      prisma,
      [{ text: '台账', card: { title: '三星村 未销号问题', rows: [{ text: '3 水管漏水', action: { label: '销号', value } }] } }],
      { defaultTo: { platform: 'lark', chatId: 'oc_team' } },
    );
    await outbox.kick();
    await until(() => api.sent.length === 1);

    const answer = await api.push(
      cardActionEvent({ token: '', operatorOpenId: 'ou_cadre', messageId: api.sent[0].messageId, chatId: 'oc_team', value }),
    );
    expect(answer.code).toBe(200);
    const data = answer.data as any;
    expect(data.toast.type).toBe('warning');
    expect(data.toast.content).toContain('#销号 3');
    expect((await prisma.issue.findFirstOrThrow()).status).toBe('open');
  });
});

describe('Lark long connection with a refused secret', () => {
  it('reports the refusal in its status instead of connecting', async () => {
    const api = await startOpenApiStandIn({ appId: APP_ID, appSecret: 'the-real-secret' });
    const adapter = createLarkAdapter({ appId: APP_ID, appSecret: 'a-wrong-secret', domain: api.url, logger: silentLogger });
    try {
      await adapter.start(receiveNothing);
      await until(() => /ws: .*514/.test(adapter.status().detail ?? ''));
      expect(adapter.status().connected).toBe(false);
      expect(api.connects).toBe(0);
    } finally {
      await adapter.stop();
      await api.close();
    }
  });
});
