// A township's Feishu cards and what its villages passed up (#上报). `#台账`: each item nobody took
// yet has a 接办 button. A click is `#接办 村 编号` through the real SDK and the real command:
// the same roles and checks, the same replies (a village cadre is refused as when typing it),
// the village's group is told, and a second click (or a redelivery) takes it on only once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLarkAdapter } from '../../../bot/adapters/lark.ts';
import type { Bot } from '../../../bot/bot.ts';
import { escalationText } from '../../../prompts/escalation.ts';
import { recordIncoming } from '../../../storage/inbox.ts';
import { findSentCard, saveSentCard } from '../../../storage/sent-cards.ts';
import { silentLogger, testConfig, createBotAndOutbox } from '../../support/test-bot.ts';
import { createTestDb, type TestDb } from '../../support/test-db.ts';
import { until } from '../../support/until.ts';
import { startOpenApiStandIn, type OpenApiStandIn, type SentMessage } from './lark-open-api.ts';
import { cardActionEvent, messageEvent, postSigned } from './lark-payloads.ts';

const APP_ID = 'cli_a1b2c3d4e5f60718';
const APP_SECRET = 'secret-for-the-stand-in';
const ENCRYPT_KEY = 'encrypt-key-from-the-console';
const TOKEN = 'verification-token-from-the-console';
const noFaq = { match: () => ({ kind: 'none' }) as never };
const AT = new Date('2026-12-10T10:00:00+08:00');

type CardElement = { tag: string; text?: { content: string }; extra?: { text: { content: string }; value: Record<string, unknown> } };

describe('a township’s Feishu cards and the items its villages passed up', () => {
  let t: TestDb;
  let api: OpenApiStandIn;
  let bot: Bot | null = null;
  let port = 0;
  let clock = AT;
  let filesDir = '';
  const ids = { sanxing: 0, hongyan: 0 };

  beforeEach(async () => {
    clock = AT;
    filesDir = mkdtempSync(path.join(tmpdir(), 'vbot-lark-files-'));
    t = await createTestDb();
    api = await startOpenApiStandIn({
      appId: APP_ID,
      appSecret: APP_SECRET,
      users: { ou_zhou: '周镇长', ou_liming: '李明' },
      chats: { oc_town: '后叶镇调度群', oc_sanxing: '三星村工作群' },
    });
    const p = t.db.prisma;
    const township = await p.township.create({ data: { name: '后叶镇' } });
    const sanxing = await p.village.create({ data: { name: '三星村', townshipId: township.id, lastIssueNo: 3 } });
    const hongyan = await p.village.create({ data: { name: '红岩村', townshipId: township.id, lastIssueNo: 5 } });
    ids.sanxing = sanxing.id;
    ids.hongyan = hongyan.id;
    await p.chatGroup.create({
      data: { platform: 'lark', chatId: 'oc_town', name: '后叶镇调度群', kind: 'township', townshipId: township.id },
    });
    await p.chatGroup.create({
      data: { platform: 'lark', chatId: 'oc_sanxing', name: '三星村工作群', kind: 'village', villageId: sanxing.id },
    });
    const member = (name: string, role: string, villageId: number | null, openId: string) =>
      p.member.create({
        data: {
          name,
          role,
          villageId,
          townshipId: township.id,
          accounts: { create: { platform: 'lark', platformUserId: openId, via: 'roster' } },
        },
      });
    await member('周镇长', 'leader', null, 'ou_zhou');
    await member('李明', 'cadre', sanxing.id, 'ou_liming');
    const escalated = {
      source: 'report',
      category: '住房',
      dueOn: '2026-12-31',
      escalatedTo: 'township',
      escalatedBy: '李明',
      createdAt: AT,
    };
    // The same number in two villages: the row's village decides which one a click takes.
    await p.issue.create({
      data: {
        ...escalated,
        villageId: sanxing.id,
        no: 3,
        description: '屋顶漏雨',
        assignee: '李明',
        escalatedAt: AT,
        escalationReason: '需协调住建部门',
      },
    });
    await p.issue.create({
      data: {
        ...escalated,
        villageId: hongyan.id,
        no: 3,
        description: '路面塌陷',
        assignee: '王强',
        escalatedAt: new Date(AT.getTime() + 60_000),
      },
    });
    await p.issue.create({
      data: {
        ...escalated,
        villageId: hongyan.id,
        no: 5,
        description: '水渠堵塞',
        escalatedAt: new Date(AT.getTime() + 120_000),
        takenBy: '吴干事',
        takenAt: AT,
        assignee: '吴干事',
      },
    });
  });

  afterEach(async () => {
    await bot?.stop();
    bot = null;
    await api.close();
    await t.destroy();
    rmSync(filesDir, { recursive: true, force: true });
  });

  function larkAdapter(over: { cardAnswerWithinMs?: number } = {}) {
    return createLarkAdapter({
      appId: APP_ID,
      appSecret: APP_SECRET,
      mode: 'webhook',
      domain: api.url,
      encryptKey: ENCRYPT_KEY,
      verificationToken: TOKEN,
      port: 0,
      host: '127.0.0.1',
      logger: silentLogger,
      now: () => clock,
      cardStore: {
        find: (messageId) => findSentCard(t.db, 'lark', messageId),
        save: (messageId, card) => saveSentCard(t.db, 'lark', messageId, card),
      },
      ...over,
    });
  }

  async function startProcess() {
    await bot?.stop();
    const made = createBotAndOutbox({
      config: testConfig({ FILES_DIR: filesDir }),
      logger: silentLogger,
      db: t.db,
      faq: noFaq,
      outboxPollMs: 50,
      now: () => clock,
    });
    bot = made.bot;
    const adapter = larkAdapter();
    bot.use(adapter);
    await bot.start();
    port = adapter.port!;
  }

  const type = (senderOpenId: string, text: string) =>
    postSigned(
      `http://127.0.0.1:${port}/lark/events`,
      messageEvent({ token: TOKEN, text, chatId: 'oc_town', senderOpenId, createTime: clock.getTime() }),
      { encryptKey: ENCRYPT_KEY },
    );
  const click = (operatorOpenId: string, messageId: string, value: Record<string, unknown>, eventId?: string) =>
    postSigned(
      `http://127.0.0.1:${port}/lark/card`,
      cardActionEvent({ token: TOKEN, operatorOpenId, messageId, chatId: 'oc_town', value, eventId }),
      { encryptKey: ENCRYPT_KEY },
    );
  const textOf = (m: SentMessage) => String((m.content as { text?: string }).text ?? '');
  const textsIn = (chatId: string, from = 0) =>
    api.sent
      .slice(from)
      .filter((m) => m.receiveId === chatId && m.msgType === 'text')
      .map(textOf);
  const issue = (villageId: number, no: number) => t.db.prisma.issue.findUniqueOrThrow({ where: { villageId_no: { villageId, no } } });

  /** `#台账` typed by the township leader: the 已上报乡镇 card as Lark got it. */
  async function escalatedCard() {
    await type('ou_zhou', '#台账');
    const head = escalationText.listHead(3);
    await until(() => api.sent.some((m) => m.msgType === 'interactive' && JSON.stringify(m.content).includes(head)), 8000, 'the card');
    const sent = api.sent.find((m) => m.msgType === 'interactive' && JSON.stringify(m.content).includes(head))!;
    const elements = (sent.content as { elements: CardElement[] }).elements;
    await until(async () => (await findSentCard(t.db, 'lark', sent.messageId)) !== null, 8000, 'the card kept');
    return { messageId: sent.messageId, rows: elements.filter((e) => e.tag === 'div') };
  }

  it('接办 button: takes the row’s item on as #接办 does: refused for a village cadre, done once for the township leader', async () => {
    await startProcess();
    const card = await escalatedCard();
    // A button on each row still waiting, none on the one 吴干事 took.
    expect(card.rows.map((r) => r.extra?.text.content ?? null)).toEqual(['接办', '接办', null]);
    // A row with a button leaves 待接办 to the button (a click then marks it 已接办).
    expect(card.rows[0].text?.content).toBe('三星村 #3 屋顶漏雨（原因：需协调住建部门）');
    expect(card.rows[2].text?.content).toContain('吴干事接办');
    const sanxing3 = card.rows[0].extra!.value;
    expect(sanxing3).toMatchObject({ action: 'take-over', villageId: ids.sanxing, no: 3 });

    // 李明 is 三星村's own cadre: the click gets the typed command's refusal, and changes nothing.
    let from = api.sent.length;
    const refused = await click('ou_liming', card.messageId, sanxing3);
    expect(refused.status).toBe(200);
    expect(refused.body.toast.type).toBe('warning');
    expect(refused.body.toast.content).toBe(escalationText.townshipOnly('李明'));
    expect(refused.body.card).toBeUndefined();
    await until(() => textsIn('oc_town', from).length === 1, 8000, 'the refusal in the group');
    const clickedRefusal = textsIn('oc_town', from)[0];
    from = api.sent.length;
    await type('ou_liming', '#接办 三星村 3');
    await until(() => textsIn('oc_town', from).length === 1, 8000, 'the typed refusal');
    expect(textsIn('oc_town', from)[0]).toBe(clickedRefusal);
    expect(await issue(ids.sanxing, 3)).toMatchObject({ takenBy: null, assignee: '李明' });

    // 周镇长 clicks: 三星村 #3 is his (not 红岩村 #3), the row reads done, 三星村's group is told.
    clock = new Date(AT.getTime() + 3600_000);
    from = api.sent.length;
    const eventId = 'ev-take-sanxing-3';
    const done = await click('ou_zhou', card.messageId, sanxing3, eventId);
    expect(done.body.toast).toEqual({ type: 'success', content: '已接办：3 号' });
    const updated = done.body.card.data.elements as CardElement[];
    expect(updated[0].text?.content).toBe('✅ 已接办　三星村 #3 屋顶漏雨（原因：需协调住建部门）');
    expect(updated[0].extra).toBeUndefined();
    expect(updated[1].extra?.text.content).toBe('接办');
    expect(await issue(ids.sanxing, 3)).toMatchObject({ takenBy: '周镇长', assignee: '周镇长', takenAt: clock });
    expect(await issue(ids.hongyan, 3)).toMatchObject({ takenBy: null, assignee: '王强' });
    await until(() => textsIn('oc_sanxing', from).length === 1 && textsIn('oc_town', from).length === 1, 8000, 'receipt and notice');
    expect(textsIn('oc_town', from)[0]).toBe(escalationText.taken('三星村', 3, '周镇长'));
    expect(textsIn('oc_sanxing', from)[0]).toContain('已由周镇长接办');
    const inbox = await t.db.prisma.inboxMessage.findFirstOrThrow({ where: { messageId: `card-${eventId}` } });
    expect(inbox).toMatchObject({ text: '#接办 三星村 3', status: 'handled', kind: 'takeOver' });

    // The same click redelivered gets the same answer; a second click is refused as already taken.
    const again = await click('ou_zhou', card.messageId, sanxing3, eventId);
    expect(again.body.toast).toEqual(done.body.toast);
    const second = await click('ou_zhou', card.messageId, sanxing3);
    expect(second.body.toast).toEqual({ type: 'warning', content: escalationText.alreadyTaken(3, '周镇长') });
    await until(() => textsIn('oc_town', from).length === 2, 8000, 'the second click’s answer');
    const notes = await t.db.prisma.issueNote.count({ where: { kind: 'take', issue: { villageId: ids.sanxing, no: 3 } } });
    expect(notes).toBe(1);
    expect(textsIn('oc_sanxing', from)).toHaveLength(1);
    expect(await t.db.prisma.inboxMessage.count({ where: { messageId: `card-${eventId}` } })).toBe(1);
  });

  it('#调度 card: shows the 上报乡镇 figures of the text message, from the same numbers', async () => {
    await startProcess();
    await type('ou_zhou', '#调度');
    const isPack = (m: SentMessage) => JSON.stringify(m.content).includes('调度');
    await until(() => api.sent.some((m) => isPack(m)), 8000, 'the dispatch card');
    const sent = api.sent.find((m) => isPack(m))!;
    expect(sent.msgType).toBe('interactive');
    const rows = (sent.content as { elements: CardElement[] }).elements.filter((e) => e.tag === 'div').map((e) => e.text?.content ?? '');
    // Three items passed up and still open, two of them not taken yet.
    expect(rows).toContain('上报乡镇：未销号3件，其中待接办2件（附件“上报乡镇”列；接办发 #接办 村名 编号）');
  });

  it('a click stored before a crash is handled on restart, and its card is updated through the message update API', async () => {
    await startProcess();
    const card = await escalatedCard();
    await bot?.stop();
    bot = null;
    // The process that gets the click stores it and dies before handling it (its receipt never settles).
    const dying = larkAdapter({ cardAnswerWithinMs: 100 });
    await dying.start(async (msg) => {
      await recordIncoming(t.db, msg);
      return { handled: new Promise(() => {}) };
    });
    port = dying.port!;
    clock = new Date(AT.getTime() + 60_000);
    const answered = await click('ou_zhou', card.messageId, card.rows[1].extra!.value, 'ev-take-hongyan-3');
    expect(answered.body.toast).toEqual({ type: 'info', content: '已收到，正在处理，结果会发在群里。' });
    expect(answered.body.card).toBeUndefined();
    await dying.stop();
    expect(await t.db.prisma.inboxMessage.findFirstOrThrow({ where: { messageId: 'card-ev-take-hongyan-3' } })).toMatchObject({
      status: 'received',
      text: '#接办 红岩村 3',
    });
    expect(api.patches).toHaveLength(0);

    // The next process's recovery pass takes 红岩村 #3 on and updates that row of the card.
    await startProcess();
    await until(() => api.patches.length === 1, 8000, 'the card updated');
    expect(api.patches[0].messageId).toBe(card.messageId);
    const rows = (api.patches[0].content as { elements: CardElement[] }).elements.filter((e) => e.tag === 'div');
    expect(rows[1].text?.content).toMatch(/^✅ 已接办　红岩村 #3/);
    expect(rows[1].extra).toBeUndefined();
    expect(rows[0].extra?.text.content).toBe('接办');
    expect(await issue(ids.hongyan, 3)).toMatchObject({ takenBy: '周镇长', assignee: '周镇长', takenAt: clock });
    expect(await issue(ids.sanxing, 3)).toMatchObject({ takenBy: null });
    // Kept as it now shows: a later click on the same card starts from the updated rows.
    expect((await findSentCard(t.db, 'lark', card.messageId))?.card.rows[1].action).toBeUndefined();
    await until(() => textsIn('oc_town').includes(escalationText.taken('红岩村', 3, '周镇长')), 8000, 'the receipt');
  });
});
