// A township group's 待验收 card lists close-outs of several villages, each with its 验收 button.
// A click goes through the SDK's card handler as a typed review action carrying the row's
// village, confirms that village's item (not the other village's item of the same number), and
// updates the card even after a restart, from the card kept with its outbox row. (A 销号 button
// on an open item asks for the 整改情况 instead: test/bot/adapters/lark.e2e.test.ts.)
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLarkAdapter } from '../../../bot/adapters/lark.ts';
import type { Bot } from '../../../bot/bot.ts';
import type { Card } from '../../../core/reply.ts';
import { enqueueReplies } from '../../../storage/outbox.ts';
import { findSentCard, saveSentCard } from '../../../storage/sent-cards.ts';
import { silentLogger, testConfig, createBotAndOutbox } from '../../support/test-bot.ts';
import { createTestDb, type TestDb } from '../../support/test-db.ts';
import { until } from '../../support/until.ts';
import { startOpenApiStandIn, type OpenApiStandIn } from './lark-open-api.ts';
import { cardActionEvent, postSigned } from './lark-payloads.ts';

const APP_ID = 'cli_a1b2c3d4e5f60718';
const APP_SECRET = 'secret-for-the-stand-in';
const ENCRYPT_KEY = 'encrypt-key-from-the-console';
const TOKEN = 'verification-token-from-the-console';
const noFaq = { match: () => ({ kind: 'none' }) as never };

describe('a township ledger card, clicked after a restart', () => {
  let t: TestDb;
  let api: OpenApiStandIn;
  let bot: Bot | null = null;
  let port = 0;
  const ids = { sanxing: 0, hongyan: 0 };

  beforeEach(async () => {
    t = await createTestDb();
    api = await startOpenApiStandIn({
      appId: APP_ID,
      appSecret: APP_SECRET,
      users: { ou_chen: '陈静' },
      chats: { oc_town: '后叶镇调度群' },
    });
    const prisma = t.db.prisma;
    const township = await prisma.township.create({ data: { name: '后叶镇' } });
    for (const name of ['三星村', '红岩村'] as const) {
      const village = await prisma.village.create({ data: { name, townshipId: township.id, lastIssueNo: 12 } });
      ids[name === '三星村' ? 'sanxing' : 'hongyan'] = village.id;
      await prisma.issue.create({
        // Closed by a cadre, waiting for a leader's 验收.
        data: {
          villageId: village.id,
          no: 12,
          category: '基础设施',
          description: `${name}路灯坏了`,
          source: 'report',
          status: 'review',
          closedBy: '张华',
          closedAt: new Date('2026-11-25T02:00:00Z'),
        },
      });
    }
    await prisma.chatGroup.create({
      data: { platform: 'lark', chatId: 'oc_town', name: '后叶镇调度群', kind: 'township', townshipId: township.id },
    });
    // 陈静 is the 联村领导 of 红岩村 only: she may confirm its close-outs, not 三星村's.
    const chen = await prisma.member.create({ data: { name: '陈静', role: 'leader', townshipId: township.id } });
    await prisma.leaderVillage.create({ data: { memberId: chen.id, villageId: ids.hongyan } });
    await prisma.memberAccount.create({ data: { memberId: chen.id, platform: 'lark', platformUserId: 'ou_chen', via: 'roster' } });
  });

  afterEach(async () => {
    await bot?.stop();
    bot = null;
    await api.close();
    await t.destroy();
  });

  /** A fresh process: a new bot and adapter on the same database, nothing in memory. */
  async function startProcess() {
    await bot?.stop();
    const made = createBotAndOutbox({ config: testConfig(), logger: silentLogger, db: t.db, faq: noFaq, outboxPollMs: 50 });
    bot = made.bot;
    const adapter = createLarkAdapter({
      appId: APP_ID,
      appSecret: APP_SECRET,
      mode: 'webhook',
      domain: api.url,
      encryptKey: ENCRYPT_KEY,
      verificationToken: TOKEN,
      port: 0,
      host: '127.0.0.1',
      logger: silentLogger,
      cardStore: {
        find: (messageId) => findSentCard(t.db, 'lark', messageId),
        save: (messageId, card) => saveSentCard(t.db, 'lark', messageId, card),
      },
    });
    bot.use(adapter);
    await bot.start();
    port = adapter.port!;
  }

  const click = (operatorOpenId: string, messageId: string, villageId: number, village: string) =>
    postSigned(
      `http://127.0.0.1:${port}/lark/card`,
      cardActionEvent({
        token: TOKEN,
        operatorOpenId,
        messageId,
        chatId: 'oc_town',
        value: { action: 'review', villageId, village, no: 12 },
      }),
      { encryptKey: ENCRYPT_KEY },
    );

  it('confirms the clicked village’s close-out (验收) and updates the card from its outbox row', async () => {
    await startProcess();
    const card: Card = {
      title: '待验收 2 项',
      rows: [
        {
          text: '三星村 12 路灯坏了',
          action: { label: '验收', value: { action: 'review', villageId: ids.sanxing, village: '三星村', no: 12 } },
        },
        {
          text: '红岩村 12 路灯坏了',
          action: { label: '验收', value: { action: 'review', villageId: ids.hongyan, village: '红岩村', no: 12 } },
        },
      ],
    };
    await enqueueReplies(t.db.prisma, [{ text: '后叶镇未销号问题', card }], { defaultTo: { platform: 'lark', chatId: 'oc_town' } });
    await until(() => api.sent.length === 1, 8000, 'the card sent');
    const cardMessageId = api.sent[0].messageId;
    await until(async () => (await findSentCard(t.db, 'lark', cardMessageId)) !== null, 8000, 'the card kept with its message id');

    await startProcess(); // a restart: the new adapter never saw the card
    const res = await click('ou_chen', cardMessageId, ids.hongyan, '红岩村');
    expect(res.status).toBe(200);
    expect(res.body.toast).toMatchObject({ type: 'success' });
    const rows = res.body.card.data.elements as Array<{ text: { content: string }; extra?: unknown }>;
    expect(rows[1].text.content).toContain('✅ 已验收');
    expect(rows[1].extra).toBeUndefined();
    expect(rows[0].text.content).toBe('三星村 12 路灯坏了');

    const issue = (villageId: number) => t.db.prisma.issue.findUniqueOrThrow({ where: { villageId_no: { villageId, no: 12 } } });
    expect(await issue(ids.hongyan)).toMatchObject({ status: 'closed', closedBy: '张华', reviewedBy: '陈静' });
    expect((await issue(ids.sanxing)).status).toBe('review');
    // The card as it now shows is kept, so the next click (after another restart) starts from it.
    expect((await findSentCard(t.db, 'lark', cardMessageId))?.card.rows[1].action).toBeUndefined();
    const inbox = await t.db.prisma.inboxMessage.findFirstOrThrow({ where: { messageId: { startsWith: 'card-' } } });
    expect(inbox).toMatchObject({ text: '#验收 红岩村 12', status: 'handled', kind: 'review' });

    // The 联村领导 of 红岩村 may not confirm 三星村's item from the same card: refused, nothing changed.
    await startProcess();
    const refused = await click('ou_chen', cardMessageId, ids.sanxing, '三星村');
    expect(refused.body.toast.type).toBe('warning');
    expect(refused.body.card).toBeUndefined();
    expect((await issue(ids.sanxing)).status).toBe('review');
  });

  it('keeps the card’s @-mentions when it is updated after a click, in the same process and after a restart', async () => {
    await startProcess();
    const card: Card = {
      title: '待验收 2 项',
      rows: [
        {
          text: '三星村 12 路灯坏了 @王书记',
          action: { label: '验收', value: { action: 'review', villageId: ids.sanxing, village: '三星村', no: 12 } },
        },
        {
          text: '红岩村 12 路灯坏了',
          action: { label: '验收', value: { action: 'review', villageId: ids.hongyan, village: '红岩村', no: 12 } },
        },
      ],
    };
    // 王书记 is named in a row (an inline <at>); 陈静 only on the mention row at the end.
    const mentions = [
      { id: 'ou_wang', name: '王书记' },
      { id: 'ou_chen', name: '陈静' },
    ];
    await enqueueReplies(t.db.prisma, [{ text: '后叶镇待验收', card, mentions }], { defaultTo: { platform: 'lark', chatId: 'oc_town' } });
    await until(() => api.sent.length === 1, 8000, 'the card sent');
    const cardMessageId = api.sent[0].messageId;
    const texts = (content: unknown) =>
      (content as { elements: Array<{ text?: { content: string } }> }).elements.map((e) => e.text?.content ?? '');
    const sentTexts = texts(api.sent[0].content);
    expect(sentTexts[0]).toContain('<at id=ou_wang></at>');
    const mentionRow = sentTexts.find((x) => x.includes('<at id=ou_chen></at>'));
    expect(mentionRow).toBeDefined();
    await until(async () => (await findSentCard(t.db, 'lark', cardMessageId)) !== null, 8000, 'the card kept with its message id');

    // Clicked in the process that sent it: the updated card still @s both.
    const res = await click('ou_chen', cardMessageId, ids.hongyan, '红岩村');
    expect(res.body.toast).toMatchObject({ type: 'success' });
    const updated = texts(res.body.card.data);
    expect(updated[1]).toContain('✅ 已验收');
    expect(updated[0]).toContain('<at id=ou_wang></at>');
    expect(updated).toContain(mentionRow);

    // After a restart (the card read back from its outbox row), the next update keeps them too.
    await t.db.prisma.issue.update({ where: { villageId_no: { villageId: ids.sanxing, no: 12 } }, data: { closedBy: '李明' } });
    await t.db.prisma.leaderVillage.create({
      data: { memberId: (await t.db.prisma.member.findFirstOrThrow({ where: { name: '陈静' } })).id, villageId: ids.sanxing },
    });
    await startProcess();
    const again = await click('ou_chen', cardMessageId, ids.sanxing, '三星村');
    expect(again.body.toast).toMatchObject({ type: 'success' });
    const after = texts(again.body.card.data);
    expect(after[0]).toContain('✅ 已验收');
    expect(after[0]).toContain('<at id=ou_wang></at>');
    expect(after).toContain(mentionRow);
  });
});
