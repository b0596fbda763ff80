// What the bot does on WeCom where it cannot open a private chat itself, and `#绑定机器人`:
// a robot key is taken only privately from an admin, stored, and kept out of the inbox's copy.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { groupRobotKey } from '../../storage/group-robots.ts';
import { recordIncoming, toIncoming, unhandledInbox } from '../../storage/inbox.ts';
import { seedVillage, resetTables } from '../cadence/seed-village.ts';
import { groupMessage } from '../support/messages.ts';
import { createTestBot, handled, testConfig } from '../support/test-bot.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const GROUP = 'wrk-sanxing';
const ADMIN = 'admin-zhou';
const KEY = '693a91f6-7b2c-4bc4-97a0-0ec2d1fa5aaa';
const AT = new Date('2026-11-25T10:00:00+08:00');

describe('WeCom: private chats and group robots', () => {
  let t: TestDb;
  let bot: ReturnType<typeof createTestBot>['bot'];
  beforeAll(async () => {
    t = await createTestDb();
    ({ bot } = createTestBot(t.db, { platform: 'wecom', config: testConfig({ ADMIN_IDS: `wecom:${ADMIN}` }), now: () => AT }));
  });
  afterAll(async () => {
    await t.destroy();
  });
  beforeEach(async () => {
    await resetTables(t.db.prisma);
    await t.db.prisma.groupRobot.deleteMany({});
    await t.db.prisma.linkCode.deleteMany({});
    const { sanxing } = await seedVillage(t.db.prisma);
    await t.db.prisma.chatGroup.create({ data: { platform: 'wecom', chatId: GROUP, kind: 'village', villageId: sanxing.id } });
  });

  const inGroup = (text: string, senderId = ADMIN) =>
    groupMessage(`${text}`, {
      platform: 'wecom',
      chatId: GROUP,
      chatName: null,
      senderId,
      senderName: senderId,
      mentionsBot: true,
      sentAt: AT,
    });
  const privately = (text: string, senderId = ADMIN) =>
    groupMessage(text, {
      platform: 'wecom',
      chatId: senderId,
      chatName: null,
      senderId,
      senderName: senderId,
      isPrivate: true,
      sentAt: AT,
    });

  it('keeps a private chat private when the message is read back from the inbox (after a restart)', async () => {
    await recordIncoming(t.db, privately('问：低保怎么申请？', 'villager-1'));
    await recordIncoming(t.db, inGroup('#台账', 'cadre-1'));
    const back = (await unhandledInbox(t.db)).map(toIncoming);
    expect(back.find((m) => m.senderId === 'villager-1')?.isPrivate).toBe(true);
    expect(back.find((m) => m.senderId === 'cadre-1')?.isPrivate).toBeFalsy();
  });

  it('makes no claim code in a WeCom group and never says it was sent privately', async () => {
    const said = await handled(bot, inGroup('#认领码 李明'));
    expect(said.status).toBe('rejected');
    expect(said.replies).toHaveLength(1);
    expect(said.replies[0].text).toContain('请私聊我发送“#认领码 李明”');
    expect(said.replies[0].text).not.toContain('已私聊发给你');
    expect(await t.db.prisma.linkCode.count()).toBe(0);
    // Asked privately, the code is made and answered in that private chat.
    const direct = await handled(bot, privately('#认领码 李明'));
    expect(direct.status).toBe('handled');
    expect(direct.replies).toHaveLength(1);
    expect(direct.replies[0].text).toMatch(/李明.*的认领码：\d{6}/);
    expect(await t.db.prisma.linkCode.count()).toBe(1);
  });

  it('refuses a robot key sent in the group, without echoing it, and keeps no copy of it', async () => {
    const msg = inGroup(`#绑定机器人 三星村 ${KEY}`);
    const said = await handled(bot, msg);
    expect(said.status).toBe('rejected');
    expect(said.replies[0].text).toContain('不能发在群里');
    expect(said.replies[0].text).toContain('私聊我');
    expect(said.replies.map((r) => r.text).join()).not.toContain(KEY);
    expect(await groupRobotKey(t.db, GROUP)).toBeNull();
    const stored = await t.db.prisma.inboxMessage.findFirstOrThrow({ where: { messageId: msg.messageId } });
    expect(stored.text).not.toContain(KEY);
    expect(stored.text).toContain('#绑定机器人 三星村');
  });

  it('warns about a key posted in a group nobody has bound yet, too', async () => {
    const msg = groupMessage(`#绑定机器人 三星村 ${KEY}`, {
      platform: 'wecom',
      chatId: 'wrk-unbound',
      chatName: null,
      senderId: ADMIN,
      senderName: ADMIN,
      mentionsBot: true,
      sentAt: AT,
    });
    const said = await handled(bot, msg);
    expect(said.status).toBe('rejected');
    expect(said.replies[0].text).toContain('不能发在群里');
    expect((await t.db.prisma.inboxMessage.findFirstOrThrow({ where: { messageId: msg.messageId } })).text).not.toContain(KEY);
  });

  it('registers the robot from an admin in a private chat, from the key or a pasted webhook URL', async () => {
    const said = await handled(bot, privately(`#绑定机器人 三星村 ${KEY}`));
    expect(said.status).toBe('handled');
    expect(said.replies[0].text).toContain('已登记三星村企业微信群的群机器人');
    expect(said.replies[0].text).not.toContain(KEY);
    expect(await groupRobotKey(t.db, GROUP)).toBe(KEY);
    const other = '2b7c11e4-1f3a-4c5d-9e8f-0a1b2c3d4e5f';
    const url = `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${other}`;
    const msg = privately(`#绑定机器人 三星村 ${url}`);
    expect((await handled(bot, msg)).status).toBe('handled');
    expect(await groupRobotKey(t.db, GROUP)).toBe(other);
    expect((await t.db.prisma.inboxMessage.findFirstOrThrow({ where: { messageId: msg.messageId } })).text).not.toContain(other);
  });

  it('refuses a cadre, an unreadable key, a village without a WeCom group, and changes nothing', async () => {
    const cadre = await handled(bot, privately(`#绑定机器人 三星村 ${KEY}`, 'someone'));
    expect(cadre.status).toBe('rejected');
    const bad = await handled(bot, privately('#绑定机器人 三星村 abc'));
    expect(bad.status).toBe('rejected');
    expect(bad.replies[0].text).toContain('key= 后面');
    const noGroup = await handled(bot, privately(`#绑定机器人 五星村 ${KEY}`));
    expect(noGroup.status).toBe('rejected');
    expect(noGroup.replies[0].text).toContain('先在那个群里 @我 发送“#绑定 五星村”');
    expect(await t.db.prisma.groupRobot.count()).toBe(0);
  });
});
