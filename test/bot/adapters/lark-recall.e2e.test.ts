// Feishu's 撤回 end to end: `im.message.recalled_v1` events pushed over the long connection (and
// posted to the webhook) go through the SDK's dispatcher into the real bot, which undoes a
// check-in taken back within two minutes, as it does for WeChat. The bot's clock is injected:
// every time below is relative to it, never to today's date.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLarkAdapter, type LarkAdapter } from '../../../bot/adapters/lark.ts';
import type { Bot } from '../../../bot/bot.ts';
import { createFaqService } from '../../../bot/faq-service.ts';
import { helpText } from '../../../commands/help-text.ts';
import { recallText } from '../../../prompts/recall.ts';
import { silentLogger, testConfig, createBotAndOutbox } from '../../support/test-bot.ts';
import { createTestDb, type TestDb } from '../../support/test-db.ts';
import { until } from '../../support/until.ts';
import { startOpenApiStandIn, type OpenApiStandIn } from './lark-open-api.ts';
import { messageEvent, postSigned, recalledEvent } from './lark-payloads.ts';

const APP_ID = 'cli_a1b2c3d4e5f60718';
const APP_SECRET = 'secret-for-the-stand-in';
const ENCRYPT_KEY = 'encrypt-key-from-the-console';
const TOKEN = 'verification-token-from-the-console';
/** The bot's clock at the start of each test. */
const T0 = Date.parse('2026-03-10T09:00:00+08:00');
const MINUTE = 60_000;

const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

for (const mode of ['ws', 'webhook'] as const) {
  describe(`Lark recalls over ${mode === 'ws' ? 'the long connection' : 'the webhook'}`, () => {
    let t: TestDb;
    let api: OpenApiStandIn;
    let bot: Bot;
    let adapter: LarkAdapter;
    let clock = T0;
    // Building the FAQ index takes seconds; the answers under test do not depend on it.
    let faq: ReturnType<typeof createFaqService>;

    beforeAll(() => {
      faq = createFaqService(testConfig());
    });

    beforeEach(async () => {
      clock = T0;
      t = await createTestDb();
      api = await startOpenApiStandIn({
        appId: APP_ID,
        appSecret: APP_SECRET,
        users: { ou_liming: '李明' },
        chats: { oc_team: '三星村工作队' },
      });
      const village = await t.db.prisma.village.create({ data: { name: '三星村' } });
      await t.db.prisma.chatGroup.create({
        data: { platform: 'lark', chatId: 'oc_team', name: '三星村工作队', kind: 'village', villageId: village.id },
      });
      await t.db.prisma.member.create({
        data: { name: '李明', role: 'cadre', platform: 'lark', platformUserId: 'ou_liming', villageId: village.id },
      });
      const now = () => new Date(clock);
      ({ bot } = createBotAndOutbox({ config: testConfig(), logger: silentLogger, db: t.db, faq, now, outboxPollMs: 50 }));
      adapter = createLarkAdapter({
        appId: APP_ID,
        appSecret: APP_SECRET,
        mode,
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
      if (mode === 'ws') await until(() => adapter.status().connected);
    });

    afterEach(async () => {
      await bot.stop();
      await api.close();
      await t.destroy();
    });

    /** Delivers an event the way this mode's server does, and says whether it was acknowledged. */
    async function deliver(event: unknown): Promise<boolean> {
      if (mode === 'ws') return (await api.push(event)).code === 200;
      const res = await postSigned(`http://127.0.0.1:${adapter.port}/lark/events`, event, { encryptKey: ENCRYPT_KEY });
      return res.status === 200;
    }

    const texts = (from = 0) => api.sent.slice(from).map((m) => String(m.content.text ?? ''));
    const inbox = (messageId: string) =>
      t.db.prisma.inboxMessage.findUnique({ where: { platform_messageId: { platform: 'lark', messageId } } });

    /** A check-in from 李明 sent now by the bot's clock; resolves with its visit once the receipt is out. */
    async function checkIn(messageId: string, household: string, problem: string) {
      const from = api.sent.length;
      const text = `#走访 ${household} 三星村2组 住房×（${problem}） 责任人李书记`;
      expect(await deliver(messageEvent({ token: TOKEN, text, messageId, senderOpenId: 'ou_liming', createTime: clock }))).toBe(true);
      await until(() => texts(from).some((s) => s.includes(`已记录走访：${household}`)), 8000, `the receipt for ${household}`);
      return t.db.prisma.visit.findFirstOrThrow({ where: { householdName: household }, include: { issues: true } });
    }

    it('withdraws a check-in taken back within two minutes, tells the group once though the event comes three times', async () => {
      const visit = await checkIn('om_checkin_1', '李四', '墙体开裂');
      const [item] = visit.issues;
      await settle();
      const from = api.sent.length;

      clock = T0 + 40_000;
      const recall = recalledEvent({ token: TOKEN, messageId: 'om_checkin_1', recallTime: clock });
      expect(await deliver(recall)).toBe(true);
      // Redelivered as is (an answer lost on the way), and re-pushed under a new event id.
      expect(await deliver(recall)).toBe(true);
      expect(await deliver({ ...recall, header: { ...recall.header, event_id: 'ev-recall-again' } })).toBe(true);

      const told = `已撤回：李明的走访记录（李四家），问题 ${item.no} 已作废`;
      await until(() => texts(from).includes(told), 8000, 'the group told');
      await settle();
      expect(texts(from)).toEqual([told]);
      expect(api.sent.at(-1)).toMatchObject({ receiveIdType: 'chat_id', receiveId: 'oc_team' });
      expect(await inbox('recall:om_checkin_1')).toMatchObject({
        text: '',
        recallOf: 'om_checkin_1',
        kind: 'recall',
        status: 'handled',
        chatId: 'oc_team',
        chatName: '三星村工作队',
        senderId: '',
        sentAt: new Date(T0 + 40_000),
      });
      expect(await t.db.prisma.inboxMessage.count({ where: { recallOf: 'om_checkin_1' } })).toBe(1);
      expect(await t.db.prisma.visit.findUniqueOrThrow({ where: { id: visit.id } })).toMatchObject({ withdrawnAt: new Date(T0 + 40_000) });
      expect(await t.db.prisma.issue.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: 'withdrawn' });
    });

    it('says nothing when chatter is taken back', async () => {
      expect(await deliver(messageEvent({ token: TOKEN, text: '下午开会吗', messageId: 'om_chatter', createTime: clock }))).toBe(true);
      await until(async () => (await inbox('om_chatter'))?.status === 'ignored');
      clock = T0 + 10_000;
      expect(await deliver(recalledEvent({ token: TOKEN, messageId: 'om_chatter', recallTime: clock }))).toBe(true);
      await until(async () => (await inbox('recall:om_chatter'))?.status === 'ignored');
      // A marker after it: once it is answered, anything the recall caused would be too.
      expect(await deliver(messageEvent({ token: TOKEN, text: '#帮助', createTime: clock }))).toBe(true);
      await until(() => api.sent.length >= 1);
      await settle();
      expect(texts()).toEqual([helpText()]);
      expect(await inbox('recall:om_chatter')).toMatchObject({ recallOf: 'om_chatter', kind: 'recall' });
    });

    it('keeps a check-in taken back after two minutes and tells the group how to correct it', async () => {
      const visit = await checkIn('om_checkin_2', '王五', '屋顶漏雨');
      const [item] = visit.issues;
      await settle();
      const from = api.sent.length;

      // Feishu allows a recall long after two minutes; the bot's window is the same as on WeChat.
      clock = T0 + 2 * MINUTE + 1_000;
      expect(await deliver(recalledEvent({ token: TOKEN, messageId: 'om_checkin_2', recallTime: clock }))).toBe(true);
      const told = recallText.tooLate('李明', { households: ['王五'], nos: [item.no] });
      expect(told).toContain(`#进展 ${item.no} 更正`);
      await until(() => texts(from).includes(told), 8000, 'the group told');
      expect(await inbox('recall:om_checkin_2')).toMatchObject({ kind: 'recall', status: 'handled' });
      expect(await t.db.prisma.visit.findUniqueOrThrow({ where: { id: visit.id } })).toMatchObject({ withdrawnAt: null });
      expect(await t.db.prisma.issue.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: 'open', withdrawnAt: null });
    });

    it("says so when a group manager takes back a cadre's check-in too late", async () => {
      const visit = await checkIn('om_checkin_3', '赵六', '院墙开裂');
      const [item] = visit.issues;
      await settle();
      const from = api.sent.length;
      clock = T0 + 5 * MINUTE;
      expect(
        await deliver(recalledEvent({ token: TOKEN, messageId: 'om_checkin_3', recallTime: clock, recallType: 'group_manager' })),
      ).toBe(true);
      const told = recallText.tooLate('李明', { households: ['赵六'], nos: [item.no] }, '群管理员');
      expect(told).toMatch(/^群管理员撤回了李明的消息，已超过2分钟/);
      await until(() => texts(from).includes(told), 8000, 'the group told');
      expect(await t.db.prisma.visit.findUniqueOrThrow({ where: { id: visit.id } })).toMatchObject({ withdrawnAt: null });
    });
  });
}
