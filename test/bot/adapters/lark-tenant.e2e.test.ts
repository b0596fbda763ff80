// A Lark account is linked to its roster member by what the tenant's directory says about it
// (the user_id, the mobile), looked up by the real adapter through the SDK against a stand-in
// open API; the display name alone links nobody.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLarkAdapter, type LarkAdapter } from '../../../bot/adapters/lark.ts';
import type { Bot } from '../../../bot/bot.ts';
import { createFaqService } from '../../../bot/faq-service.ts';
import { importRoster } from '../../../storage/roster.ts';
import { silentLogger, testConfig, createBotAndOutbox } from '../../support/test-bot.ts';
import { createTestDb, type TestDb } from '../../support/test-db.ts';
import { until } from '../../support/until.ts';
import { startOpenApiStandIn, type OpenApiStandIn } from './lark-open-api.ts';
import { messageEvent, postSigned } from './lark-payloads.ts';

const APP_ID = 'cli_a1b2c3d4e5f60718';
const APP_SECRET = 'secret-for-the-stand-in';
const ENCRYPT_KEY = 'encrypt-key-from-the-console';
const TOKEN = 'verification-token-from-the-console';

describe('linking Lark accounts through the tenant directory', () => {
  let t: TestDb;
  let api: OpenApiStandIn;
  let bot: Bot;
  let adapter: LarkAdapter;
  let faq: ReturnType<typeof createFaqService>;
  beforeAll(() => {
    faq = createFaqService(testConfig());
  });

  beforeEach(async () => {
    t = await createTestDb();
    api = await startOpenApiStandIn({
      appId: APP_ID,
      appSecret: APP_SECRET,
      botOpenId: 'ou_bot',
      botName: '小助手',
      users: {
        ou_zhang: { name: '张华', user_id: 'u_zhanghua' },
        ou_wang: { name: '王芳', mobile: '+8613800000103' },
        ou_fake: '张华',
      },
      chats: { oc_team: '三星村工作队' },
    });
    const record = { township: '后叶镇', village: '三星村', group: '1组', category: '脱贫户', idCard: null, phone: null };
    await importRoster(t.db, [
      { ...record, headName: '王德福', cadre: '张华', cadrePhone: '13800000102', cadreTitle: '驻村工作队员', cadreLarkId: 'u_zhanghua' },
      { ...record, headName: '李秀英', cadre: '王芳', cadrePhone: '13800000103', cadreTitle: '村主任' },
    ]);
    const village = await t.db.prisma.village.findUniqueOrThrow({ where: { name: '三星村' } });
    await t.db.prisma.chatGroup.create({
      data: { platform: 'lark', chatId: 'oc_team', name: '三星村工作队', kind: 'village', villageId: village.id },
    });
    await t.db.prisma.issue.create({
      data: { villageId: village.id, no: 1, category: '基础设施', description: '1组路灯坏了', source: 'report' },
    });
    bot = createBotAndOutbox({ config: testConfig(), logger: silentLogger, db: t.db, faq, outboxPollMs: 50 }).bot;
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
    });
    bot.use(adapter);
    await bot.start();
  });

  afterEach(async () => {
    await bot.stop();
    await api.close();
    await t.destroy();
  });

  async function ledgerAs(senderOpenId: string) {
    const before = api.sent.length;
    const res = await postSigned(
      `http://127.0.0.1:${adapter.port}/lark/events`,
      messageEvent({ token: TOKEN, text: '#台账', chatId: 'oc_team', senderOpenId }),
      { encryptKey: ENCRYPT_KEY },
    );
    expect(res.status).toBe(200);
    await until(() => api.sent.length > before);
    const sent = api.sent[before];
    return JSON.stringify(sent.content);
  }

  const memberOf = async (openId: string) =>
    (
      await t.db.prisma.memberAccount.findUnique({
        where: { platform_platformUserId: { platform: 'lark', platformUserId: openId } },
        include: { member: true },
      })
    )?.member;

  it('links the account whose tenant user_id the roster lists, and keeps that id with the stored message', async () => {
    expect(await ledgerAs('ou_zhang')).toContain('路灯');
    expect(await memberOf('ou_zhang')).toMatchObject({ name: '张华', role: 'cadre' });
    expect(await t.db.prisma.inboxMessage.findFirst({ where: { senderId: 'ou_zhang' } })).toMatchObject({ senderTenantId: 'u_zhanghua' });
  });

  it("links the account whose directory mobile is the roster's 责任人电话", async () => {
    expect(await ledgerAs('ou_wang')).toContain('路灯');
    expect(await t.db.prisma.identityEvent.findFirst({ where: { platformUserId: 'ou_wang' } })).toMatchObject({
      action: 'link',
      via: 'tenant',
      memberName: '王芳',
    });
  });

  it('does not link an account that only shows the same name', async () => {
    const reply = await ledgerAs('ou_fake');
    expect(reply).not.toContain('路灯');
    expect(reply).toContain('#认领 张华');
    expect(await memberOf('ou_fake')).toMatchObject({ role: 'villager' });
  });
});
