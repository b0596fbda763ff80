import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxWorker } from '../../bot/outbox-worker.ts';
import { silentLogger } from '../support/test-bot.ts';
import { BotError } from '../../core/bot-error.ts';
import type { BoundaryError } from '../../bot/error-boundary.ts';
import { notifyAdminsOnOtherPlatforms } from '../../bot/notify-admins.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

describe('admins told on the other platform', () => {
  let t: TestDb;
  let logged: BoundaryError[];
  let clock: Date;
  let handler: ReturnType<typeof notifyAdminsOnOtherPlatforms>;

  beforeEach(async () => {
    t = await createTestDb();
    logged = [];
    clock = new Date('2026-11-23T09:00:00+08:00');
    handler = notifyAdminsOnOtherPlatforms((e) => logged.push(e), {
      outbox: createOutboxWorker({ db: t.db, logger: silentLogger }),
      adminIds: ['wechat:wxid_admin', 'lark:ou_admin'],
      now: () => clock,
    });
  });

  afterEach(async () => {
    await t.destroy();
  });

  async function waitForRows(n: number) {
    for (let i = 0; i < 50 && (await t.db.prisma.outboxMessage.count()) < n; i++) await new Promise((r) => setTimeout(r, 20));
    return t.db.prisma.outboxMessage.findMany();
  }

  it('sends a refused WeChat token to the Lark admins privately, with the fix', async () => {
    handler({
      error: new BotError('WECHAT_TOKEN_REFUSED', '协议服务拒绝了 token', '检查 WECHATY_PUPPET_SERVICE_TOKEN'),
      where: 'wechat.connection',
    });
    const rows = await waitForRows(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ platform: 'lark', chatId: 'ou_admin', private: true });
    expect(rows[0].text).toContain('WECHATY_PUPPET_SERVICE_TOKEN');
    expect(logged).toHaveLength(1);
  });

  it('says it once an hour however often the link fails', async () => {
    const error = new BotError('WECHAT_DISCONNECTED', '连接断开', '检查协议服务');
    handler({ error, where: 'wechat.connection' });
    handler({ error, where: 'wechat.connection' });
    clock = new Date(clock.getTime() + 30 * 60_000);
    handler({ error, where: 'wechat.connection' });
    await waitForRows(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(await t.db.prisma.outboxMessage.count()).toBe(1);
    expect(logged).toHaveLength(3);
  });

  it('tells the WeChat and Lark admins when a WeCom reply has no way out', async () => {
    handler({
      error: new BotError(
        'WECOM_NO_ROUTE',
        '企业微信群 wrk1 有消息发不出去',
        '在该群添加群机器人，然后私聊机器人发送：#绑定机器人 村名 密钥',
      ),
      where: 'wecom.send',
    });
    const rows = await waitForRows(2);
    expect(rows.map((r) => r.platform).sort()).toEqual(['lark', 'wechat']);
    expect(rows[0].text).toContain('企业微信');
    expect(rows[0].text).toContain('#绑定机器人');
  });

  it('only logs other errors', async () => {
    handler({ error: new Error('boom'), where: 'process' });
    await new Promise((r) => setTimeout(r, 200));
    expect(await t.db.prisma.outboxMessage.count()).toBe(0);
    expect(logged).toHaveLength(1);
  });
});
