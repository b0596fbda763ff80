// A cadence digest sent as a Lark card reaches its assignee: the weekly inspection is planned
// from the database, queued in the outbox and sent by the real adapter through the SDK's
// Client to the stand-in open API, whose card carries Lark's `<at id=…></at>`.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLarkAdapter } from '../../../bot/adapters/lark.ts';
import type { Bot } from '../../../bot/bot.ts';
import { planWeeklyInspection } from '../../../cadence/jobs/weekly-inspection.ts';
import { enqueueReplies } from '../../../storage/outbox.ts';
import { silentLogger, testConfig, createBotAndOutbox } from '../../support/test-bot.ts';
import { createTestDb, type TestDb } from '../../support/test-db.ts';
import { until } from '../../support/until.ts';
import { startOpenApiStandIn, type OpenApiStandIn } from './lark-open-api.ts';

const APP_ID = 'cli_a1b2c3d4e5f60718';
const APP_SECRET = 'secret-for-the-stand-in';
const NOW = new Date('2026-11-23T09:00:00+08:00');

describe('a Lark digest card @-mentions the assignee', () => {
  let t: TestDb;
  let api: OpenApiStandIn;
  let bot: Bot;

  beforeEach(async () => {
    t = await createTestDb();
    api = await startOpenApiStandIn({ appId: APP_ID, appSecret: APP_SECRET, chats: { oc_team: '三星村工作队' } });
    const config = testConfig();
    ({ bot } = createBotAndOutbox({
      config,
      logger: silentLogger,
      db: t.db,
      faq: { match: () => ({ kind: 'none' }) as never },
      outboxPollMs: 50,
    }));
    bot.use(
      createLarkAdapter({
        appId: APP_ID,
        appSecret: APP_SECRET,
        mode: 'webhook',
        domain: api.url,
        port: 0,
        host: '127.0.0.1',
        encryptKey: 'k',
        logger: silentLogger,
      }),
    );
    await bot.start();
  });

  afterEach(async () => {
    await bot.stop();
    await api.close();
    await t.destroy();
  });

  it('sends the weekly inspection as a card whose overdue item @s the linked assignee and names the unlinked one', async () => {
    const prisma = t.db.prisma;
    const village = await prisma.village.create({ data: { name: '三星村', lastIssueNo: 2 } });
    await prisma.chatGroup.create({
      data: { platform: 'lark', chatId: 'oc_team', name: '三星村工作队', kind: 'village', villageId: village.id },
    });
    const wang = await prisma.member.create({ data: { name: '王书记', role: 'cadre', villageId: village.id } });
    await prisma.memberAccount.create({ data: { memberId: wang.id, platform: 'lark', platformUserId: 'ou_wang', via: 'roster' } });
    const created = new Date('2026-11-01T09:00:00+08:00');
    for (const [no, description, assignee] of [
      [1, '4组路灯坏了', '王书记'],
      [2, '水管破裂', '刘主任'],
    ] as const) {
      await prisma.issue.create({
        data: {
          villageId: village.id,
          no,
          category: '基础设施',
          description,
          source: 'report',
          assignee,
          dueOn: '2026-11-15',
          createdAt: created,
        },
      });
    }
    const planned = await planWeeklyInspection(t.db, NOW, testConfig());
    const digest = planned.find((m) => m.to.chatId === 'oc_team')!;
    expect(digest.card).toBeDefined();
    await enqueueReplies(prisma, [digest], { defaultTo: digest.to });

    await until(() => api.sent.length === 1, 8000, 'the digest card');
    const [sent] = api.sent;
    expect(sent.msgType).toBe('interactive');
    const elements = (sent.content as { elements: Array<{ text?: { tag: string; content: string } }> }).elements;
    const texts = elements.map((e) => e.text?.content ?? '');
    expect(texts).toContain('请留意：<at id=ou_wang></at>');
    expect(texts.some((x) => x.includes('未关联账号、无法提醒：刘主任'))).toBe(true);
    expect(JSON.stringify(sent.content)).not.toMatch(/<at id=[^>]*刘主任|ou_liu/);
  });
});
