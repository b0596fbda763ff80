// The WeChat adapter over the real protocol: wechaty-puppet-service's own PuppetServer serves
// a wechaty-puppet-mock puppet on 127.0.0.1 (plain gRPC, a test token), and the real bot
// connects to it through createWechatAdapter. Assertions are on what the mock puppet is
// asked to send (`messageSendText`), i.e. what would reach the WeChat group.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { EventEmitter } from 'node:events';
import net from 'node:net';
import { homedir, tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { types } from 'wechaty';
import { PuppetServer, log as sdkLog } from 'wechaty-puppet-service';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import type { Bot } from '../../../bot/bot.ts';
import { createWechatAdapter, type WechatAdapter } from '../../../bot/adapters/wechat.ts';
import { createFaqService } from '../../../bot/faq-service.ts';
import { FileBox } from 'file-box';
import { AttachmentTooLarge } from '../../../core/attachment-too-large.ts';
import { SendError } from '../../../core/send-error.ts';
import type { OutgoingMessage } from '../../../core/reply.ts';
import { helpText } from '../../../commands/help-text.ts';
import { addressingText } from '../../../prompts/addressing.ts';
import { linkAccount } from '../../../storage/accounts.ts';
import { findGroupBinding, listGroups } from '../../../storage/groups.ts';
import { enqueueReplies } from '../../../storage/outbox.ts';
import { createTestDb, type TestDb } from '../../support/test-db.ts';
import { silentLogger, testConfig, createBotAndOutbox, receiveNothing } from '../../support/test-bot.ts';
import { until } from '../../support/until.ts';
import { decodePng } from '../../support/decode-png.ts';
import { renderChart } from '../../../charts/render-chart.ts';
import { sampleLedger } from '../../../charts/sample-charts.ts';
import { villageLedgerChart } from '../../../charts/village-ledger-chart.ts';
import type { FileBoxInterface } from 'file-box';

const GAP_MS = 120;
// Small enough that the help text goes out as several pieces: the split is exercised on a real reply.
const helpLines = helpText().split('\n');
const MAX_PIECE = Math.max(...helpLines.map((l) => [...l].length), Math.ceil([...helpText()].length / 3));

interface Sent {
  conversationId: string;
  text: string;
  mentionIds: string[];
  at: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const waitFor = (what: string, check: () => boolean | Promise<boolean>, timeoutMs = 10_000) => until(check, timeoutMs, what);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The mock room's events (its typings name a package that is not installed). */
const events = (room: mock.RoomMock) => room as unknown as EventEmitter;

describe('WeChat adapter over wechaty-puppet-service (gRPC) with a mock puppet', () => {
  const token = `insecure_e2e-${randomUUID()}`;
  let endpoint = '';
  let server: PuppetServer;
  let mocker: mock.Mocker;
  let puppet: PuppetMock;
  let user: mock.ContactMock;
  let admin: mock.ContactMock;
  let cadre: mock.ContactMock;
  let room: mock.RoomMock;
  let testDb: TestDb;
  let bot: Bot;
  let adapter: WechatAdapter;
  let refused: WechatAdapter;
  const sent: Sent[] = [];
  const sentFiles: Array<{ conversationId: string; name: string; bytes: Buffer }> = [];
  let lastAdminMessageId = '';

  const newServer = () => new PuppetServer({ puppet, token, endpoint, tls: { disable: true } });
  const toRoom = (conversationId = room.id) => sent.filter((s) => s.conversationId === conversationId);
  /** Complete help replies in the room (or a private chat) since index `from`: the pieces of each, in order. */
  const helpReplies = (from = 0, conversationId = room.id) => {
    const replies: string[][] = [];
    for (const s of toRoom(conversationId).slice(from)) {
      if (s.text.startsWith(helpLines[0])) replies.push([s.text]);
      else if (replies.length && helpText().includes(s.text)) replies[replies.length - 1].push(s.text);
    }
    return replies.filter((pieces) => pieces.join('\n') === helpText());
  };
  const say = (who: mock.ContactMock, text: string, mentions: mock.ContactMock[] = []) => who.say(text, mentions).to(room);
  /** Delivers a message payload as the service would (again, or with a made-up time). */
  const emitMessage = (payload: { id: string; talkerId: string; roomId: string; text?: string; type: number; timestamp: number }) => {
    if (!mocker.cacheMessagePayload.has(payload.id)) mocker.MessageMock.create({ mentionIdList: [], ...payload } as never);
    puppet.emit('message', { messageId: payload.id });
  };
  /** Every reply the bot has queued is out: what is sent from here on belongs to the test at hand. */
  const outboxDrained = () =>
    waitFor(
      'the outbox drained',
      async () => (await testDb.db.prisma.outboxMessage.count({ where: { status: { in: ['pending', 'sending'] } } })) === 0,
    );
  const inboxRow = (messageId: string) =>
    testDb.db.prisma.inboxMessage.findUnique({ where: { platform_messageId: { platform: 'wechat', messageId } } });

  beforeAll(async () => {
    sdkLog.level('silent');
    endpoint = `127.0.0.1:${await freePort()}`;
    mocker = new mock.Mocker();
    puppet = new PuppetMock({ mocker });
    // What the puppet is asked to send is what the group would see.
    const spied = puppet as unknown as { messageSendText: (conversationId: string, text: string, mentionIds?: string[]) => Promise<void> };
    const sendText = spied.messageSendText.bind(puppet);
    spied.messageSendText = async (conversationId, text, mentionIds) => {
      sent.push({ conversationId, text, mentionIds: mentionIds ?? [], at: Date.now() });
      return sendText(conversationId, text, mentionIds);
    };
    // Pictures (a digest's chart) arrive as a FileBox, after crossing the puppet service.
    const files = puppet as unknown as { messageSendFile: (conversationId: string, file: FileBoxInterface) => Promise<void> };
    const sendFile = files.messageSendFile.bind(puppet);
    files.messageSendFile = async (conversationId, file) => {
      sentFiles.push({ conversationId, name: file.name, bytes: await file.toBuffer() });
      return sendFile(conversationId, file);
    };
    user = mocker.createContact({ name: '小助手' });
    admin = mocker.createContact({ name: '王书记' });
    cadre = mocker.createContact({ name: '李明' });
    room = mocker.createRoom({ topic: '三星村工作队', memberIdList: [user.id, admin.id, cadre.id] });
    events(room).on('message', (m: mock.MessageMock) => {
      if (m.payload.talkerId === admin.id) lastAdminMessageId = m.id;
    });
    mocker.login(user);
    server = newServer();
    await server.start();

    testDb = await createTestDb();
    const config = testConfig({ ADMIN_IDS: `wechat:${admin.id}`, BOT_NAME: '小助手' });
    adapter = createWechatAdapter({
      token,
      endpoint,
      noTls: true,
      botName: config.BOT_NAME,
      sendGapMs: GAP_MS,
      sendsPerMinute: 600,
      logger: silentLogger,
      reconnectMinMs: 800,
      reconnectMaxMs: 2000,
      maxPieceChars: MAX_PIECE,
    });
    bot = createBotAndOutbox({
      config,
      logger: silentLogger,
      db: testDb.db,
      faq: createFaqService(config),
      outboxPollMs: 50,
      recoverEveryMs: 60_000,
    }).bot;
    bot.use(adapter);
    await bot.start();
    await waitFor('the bot logged in', () => adapter.connection().connected);

    // A second client with a wrong token, started now and checked at the end: a refused
    // start costs the SDK ~5 s, which then overlaps the other tests.
    refused = createWechatAdapter({
      token: 'insecure_wrong-token',
      endpoint,
      noTls: true,
      botName: '小助手',
      sendGapMs: 0,
      sendsPerMinute: 60,
      logger: silentLogger,
      reconnectMinMs: 60_000,
      reconnectMaxMs: 60_000,
    });
    void refused.start(receiveNothing);
  });

  afterAll(async () => {
    await refused?.stop();
    await bot?.stop();
    await server?.stop();
    await puppet?.stop();
    await testDb?.destroy();
    // The service client caches payloads under ~/.wechaty/wechaty-puppet-service/<token>.
    rmSync(path.join(homedir(), '.wechaty', 'wechaty-puppet-service', token), { recursive: true, force: true });
    rmSync(path.join(homedir(), '.wechaty', 'wechaty-puppet-service', 'insecure_wrong-token'), { recursive: true, force: true });
  });

  it('logs in and reports who it is', () => {
    expect(adapter.connection().self).toEqual({ id: user.id, name: '小助手' });
    expect(adapter.status()).toMatchObject({ connected: true });
    expect(adapter.status().detail).toContain('小助手');
  });

  it('binds the room by its id when an admin sends #绑定', async () => {
    const from = toRoom().length;
    say(admin, '#绑定 三星村');
    await waitFor('the bind receipt', () =>
      toRoom()
        .slice(from)
        .some((s) => s.text.includes('三星村')),
    );
    const binding = await findGroupBinding(testDb.db.prisma, 'wechat', room.id);
    expect(binding).toMatchObject({ kind: 'village', villageName: '三星村' });
    const row = await inboxRow(lastAdminMessageId);
    expect(row).toMatchObject({
      chatId: room.id,
      chatName: '三星村工作队',
      senderId: admin.id,
      senderName: '王书记',
      text: '#绑定 三星村',
      status: 'handled',
    });
  });

  it('answers #帮助 from a member in that room, split at line boundaries', async () => {
    const from = toRoom().length;
    say(cadre, '#帮助');
    await waitFor('the help reply', () => helpReplies(from).length === 1);
    const [pieces] = helpReplies(from);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect([...piece].length).toBeLessThanOrEqual(MAX_PIECE);
      // Every piece starts at a line of the reply: cut at line boundaries only.
      expect(helpLines).toContain(piece.split('\n')[0]);
    }
  });

  it('turns a check-in posted in the room into records and answers with the receipt there', async () => {
    const village = await testDb.db.prisma.village.findFirstOrThrow({ where: { name: '三星村' } });
    // 李明's WeChat account (a villager so far: it spoke before) is linked to the roster's 李明, as an admin's confirmation would.
    const liMing = await testDb.db.prisma.member.create({ data: { name: '李明', role: 'cadre', villageId: village.id } });
    await testDb.db.prisma.$transaction((tx) =>
      linkAccount(tx, { memberId: liMing.id, account: { platform: 'wechat', platformUserId: cadre.id }, via: 'admin', at: new Date() }),
    );
    await outboxDrained();
    const from = toRoom().length;
    say(cadre, '#走访 王德福 三星村4组 脱贫户 收入√ 吃穿√ 教育√ 医疗√ 住房×（屋顶漏雨） 饮水√ 责任人李书记');
    await waitFor('the receipt', () =>
      toRoom()
        .slice(from)
        .some((s) => s.text.includes('王德福')),
    );
    await outboxDrained(); // all its pieces
    const receipt = toRoom()
      .slice(from)
      .map((s) => s.text)
      .join('\n');
    expect(receipt).toContain('已记录走访：王德福');
    expect(receipt).toContain('屋顶漏雨');
    const visit = await testDb.db.prisma.visit.findFirstOrThrow({ where: { householdName: '王德福' }, include: { issues: true } });
    expect(visit).toMatchObject({ housing: false, water: true });
    expect(visit.issues.map((i) => [i.category, i.description])).toEqual([['住房', '屋顶漏雨']]);
  });

  it('undoes a check-in recalled within two minutes, tells the group once, and keeps quiet on recalled chatter', async () => {
    await outboxDrained();
    const from = toRoom().length;
    const checkIn = `ci-${randomUUID()}`;
    emitMessage({
      id: checkIn,
      talkerId: cadre.id,
      roomId: room.id,
      text: '#走访 李四 三星村2组 住房×（墙体开裂） 责任人李书记',
      type: types.Message.Text,
      timestamp: Date.now(),
    });
    await waitFor('the receipt', () =>
      toRoom()
        .slice(from)
        .some((s) => s.text.includes('已记录走访：李四')),
    );
    const visit = await testDb.db.prisma.visit.findFirstOrThrow({ where: { householdName: '李四' }, include: { issues: true } });
    const [item] = visit.issues;
    await outboxDrained();

    // WeChat's 撤回 arrives as a message of its own whose text is the id of the one taken back;
    // the service delivers it twice.
    const recall = { id: `rc-${randomUUID()}`, talkerId: cadre.id, roomId: room.id, text: checkIn, type: types.Message.Recalled };
    const told = `已撤回：李明的走访记录（李四家），问题 ${item.no} 已作废`;
    const after = toRoom().length;
    emitMessage({ ...recall, timestamp: Date.now() });
    emitMessage({ ...recall, timestamp: Date.now() });
    await waitFor('the group told', () =>
      toRoom()
        .slice(after)
        .some((s) => s.text === told),
    );
    expect(await inboxRow(recall.id)).toMatchObject({ text: '', recallOf: checkIn, kind: 'recall', status: 'handled' });
    expect(await testDb.db.prisma.visit.findUniqueOrThrow({ where: { id: visit.id } })).toMatchObject({ withdrawnAt: expect.any(Date) });
    expect(await testDb.db.prisma.issue.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ status: 'withdrawn' });

    // Chatter taken back: stored, not answered. A marker after it: once it is answered, anything the recall caused would be too.
    const chatter = `chat-${randomUUID()}`;
    emitMessage({ id: chatter, talkerId: cadre.id, roomId: room.id, text: '下午开会吗', type: types.Message.Text, timestamp: Date.now() });
    const gone = `rc-${randomUUID()}`;
    emitMessage({ id: gone, talkerId: cadre.id, roomId: room.id, text: chatter, type: types.Message.Recalled, timestamp: Date.now() });
    const marker = toRoom().length;
    say(cadre, '#帮助');
    await waitFor('the marker reply', () => helpReplies(marker).length === 1);
    await sleep(300);
    expect(
      toRoom()
        .slice(after)
        .filter((s) => !helpText().includes(s.text))
        .map((s) => s.text),
    ).toEqual([told]);
    expect(await inboxRow(gone)).toMatchObject({ recallOf: chatter, status: 'ignored' });
  });

  it('takes "@小助手 …" as a mention and strips it from the text', async () => {
    const from = toRoom().length;
    let id = '';
    const grab = (m: mock.MessageMock) => {
      if (m.payload.talkerId === cadre.id) id = m.id;
    };
    events(room).on('message', grab);
    say(cadre, '@小助手\u2005#帮助', [user]);
    events(room).off('message', grab);
    await waitFor('the help reply', () => helpReplies(from).length === 1);
    expect(await inboxRow(id)).toMatchObject({ text: '#帮助', mentionsBot: true, senderName: '李明' });
  });

  it('stays silent on a question to a colleague @-mentioned for real, and keeps it', async () => {
    await outboxDrained();
    const from = toRoom().length;
    let id = '';
    const grab = (m: mock.MessageMock) => {
      if (m.payload.talkerId === cadre.id) id = m.id;
    };
    events(room).on('message', grab);
    say(cadre, '@王书记\u2005低保名单报了没？', [admin]);
    events(room).off('message', grab);
    await waitFor('the message kept', async () => (await inboxRow(id))?.status === 'ignored');
    // A marker after it: once it is answered, anything the question caused would be too.
    say(cadre, '#帮助');
    await waitFor('the marker reply', () => helpReplies(from).length === 1);
    await sleep(300);
    expect(
      toRoom()
        .slice(from)
        .every((s) => helpText().includes(s.text)),
    ).toBe(true);
    expect(await inboxRow(id)).toMatchObject({ text: '@王书记 低保名单报了没？', mentionsBot: false, status: 'ignored' });
    expect(await testDb.db.prisma.faqQuestion.count()).toBe(0);
  });

  it('ignores its own messages and stickers, keeps a picture without answering it in the group', async () => {
    const from = toRoom().length;
    const own = `own-${randomUUID()}`;
    const image = `img-${randomUUID()}`;
    const sticker = `emo-${randomUUID()}`;
    emitMessage({ id: own, talkerId: user.id, roomId: room.id, text: '#帮助', type: types.Message.Text, timestamp: Date.now() });
    emitMessage({ id: image, talkerId: cadre.id, roomId: room.id, type: types.Message.Image, timestamp: Date.now() });
    emitMessage({ id: sticker, talkerId: cadre.id, roomId: room.id, type: types.Message.Emoticon, timestamp: Date.now() });
    // A marker after them: once it is answered, anything they caused would be too.
    say(cadre, '#帮助');
    await waitFor('the marker reply', () => helpReplies(from).length === 1);
    await sleep(300);
    expect(helpReplies(from)).toHaveLength(1);
    expect(
      toRoom()
        .slice(from)
        .every((s) => helpText().includes(s.text)),
    ).toBe(true);
    expect(await inboxRow(own)).toBeNull();
    expect(await inboxRow(sticker)).toBeNull();
    // The picture is kept (as an attachment, never text), unanswered.
    expect(await inboxRow(image)).toMatchObject({ text: '', status: 'ignored' });
    expect(await testDb.db.prisma.evidence.findFirst({ where: { messageId: image } })).toMatchObject({ kind: 'image', key: image });
  });

  it('fetches a picture through the puppet service, and refuses one over the size cap', async () => {
    const id = `img-f-${randomUUID()}`;
    const photo = Buffer.from('a roof, leaking, as a jpeg would be');
    mocker.MessageMock.create({
      id,
      talkerId: cadre.id,
      roomId: room.id,
      type: types.Message.Image,
      timestamp: Date.now(),
      mentionIdList: [],
    } as never);
    mocker.cacheFileBoxPayload.set(id, FileBox.fromBase64(photo.toString('base64'), 'roof.jpg').toJSON() as never);
    const bytes = await adapter.fetchAttachment!({ messageId: id, key: id, kind: 'image' }, 10_000);
    expect(Buffer.from(bytes).equals(photo)).toBe(true);
    await expect(adapter.fetchAttachment!({ messageId: id, key: id, kind: 'image' }, 10)).rejects.toBeInstanceOf(AttachmentTooLarge);
  });

  it('answers a picture sent privately with one line of what it reads', async () => {
    await outboxDrained();
    const from = toRoom(cadre.id).length;
    const id = `img-p-${randomUUID()}`;
    if (!mocker.cacheMessagePayload.has(id))
      mocker.MessageMock.create({
        id,
        talkerId: cadre.id,
        listenerId: user.id,
        type: types.Message.Image,
        timestamp: Date.now(),
        mentionIdList: [],
      } as never);
    puppet.emit('message', { messageId: id });
    await waitFor('the private hint', () => toRoom(cadre.id).length > from);
    expect(
      toRoom(cadre.id)
        .slice(from)
        .map((s) => s.text),
    ).toEqual([addressingText.wordsOnly]);
    expect(await inboxRow(id)).toMatchObject({ status: 'rejected', reason: 'no words to read' });
  });

  it('handles a message delivered twice once', async () => {
    const from = toRoom().length;
    const id = `dup-${randomUUID()}`;
    const payload = { id, talkerId: cadre.id, roomId: room.id, text: '#帮助', type: types.Message.Text, timestamp: Date.now() };
    emitMessage(payload);
    emitMessage(payload);
    await waitFor('the help reply', () => helpReplies(from).length >= 1);
    await sleep(500);
    expect(helpReplies(from)).toHaveLength(1);
    expect(await testDb.db.prisma.inboxMessage.count({ where: { platform: 'wechat', messageId: id } })).toBe(1);
  });

  it('survives a restart of the puppet service: reconnects, answers, and replays nothing', async () => {
    const before = adapter.connection().reconnects;
    const handled = `again-${randomUUID()}`;
    const first = toRoom().length;
    emitMessage({ id: handled, talkerId: cadre.id, roomId: room.id, text: '#帮助', type: types.Message.Text, timestamp: Date.now() });
    await waitFor('the first answer', () => helpReplies(first).length === 1);
    await outboxDrained();

    await server.stop();
    await waitFor('the drop noticed', () => !adapter.connection().streamUp);
    expect(adapter.status().connected).toBe(false);
    expect(adapter.connection().lastError?.code).toMatch(/^WECHAT_/);
    await sleep(200);
    server = newServer();
    await server.start();
    await waitFor(
      'reconnected and logged in',
      () => adapter.connection().connected && adapter.connection().reconnects === before + 1,
      15_000,
    );

    const from = toRoom().length;
    // The service replays: a message already handled, and one from long before the bot logged in.
    emitMessage({ id: handled, talkerId: cadre.id, roomId: room.id, text: '#帮助', type: types.Message.Text, timestamp: Date.now() });
    const history = `old-${randomUUID()}`;
    emitMessage({
      id: history,
      talkerId: cadre.id,
      roomId: room.id,
      text: '#帮助',
      type: types.Message.Text,
      timestamp: Date.now() - 30 * 60_000,
    });
    say(cadre, '#帮助');
    await waitFor('an answer after the restart', () => helpReplies(from).length === 1);
    await sleep(300);
    expect(helpReplies(from)).toHaveLength(1);
    expect(await inboxRow(history)).toBeNull();
    expect(await testDb.db.prisma.inboxMessage.count({ where: { messageId: handled } })).toBe(1);
  });

  it('takes a private message to the bot and answers that person privately', async () => {
    await outboxDrained();
    const from = toRoom(cadre.id).length;
    cadre.say('#帮助').to(user);
    await waitFor('the private help reply', () => helpReplies(from, cadre.id).length === 1);
    const row = await testDb.db.prisma.inboxMessage.findFirst({ where: { platform: 'wechat', chatId: cadre.id }, orderBy: { id: 'desc' } });
    expect(row).toMatchObject({ senderId: cadre.id, senderName: '李明', text: '#帮助' });
  });

  it('sends real @-mentions for members, names the rest in text, and sends a row once', async () => {
    await outboxDrained();
    const from = sent.length;
    const msg: OutgoingMessage = {
      id: 900_001,
      platform: 'wechat',
      chatId: room.id,
      private: false,
      text: '请核实4组路灯',
      mentions: [
        { id: cadre.id, name: '李明' },
        { id: null, name: '张主任' },
      ],
      card: null,
    };
    await Promise.all([adapter.send(msg), adapter.send(msg)]);
    await adapter.send(msg);
    const mine = sent.slice(from);
    expect(mine).toHaveLength(1);
    expect(mine[0].mentionIds).toEqual([cadre.id]);
    expect(mine[0].text).toMatch(/^@李明\s@张主任 请核实4组路灯$/u);
  });

  it('sends a picture row as an image message (FileBox), paced, once', async () => {
    await outboxDrained();
    const from = sent.length;
    const png = (await renderChart(villageLedgerChart(sampleLedger(2)))).png;
    const msg: OutgoingMessage = {
      id: 900_010,
      platform: 'wechat',
      chatId: room.id,
      private: false,
      text: '【每周督查】三星村 图表',
      mentions: [],
      card: null,
      image: { png, alt: '【每周督查】三星村 图表' },
    };
    await adapter.send(msg);
    await adapter.send(msg);
    expect(sent.length).toBe(from);
    expect(sentFiles).toHaveLength(1);
    expect(sentFiles[0]).toMatchObject({ conversationId: room.id, name: 'chart-900010.png' });
    expect(sentFiles[0].bytes.equals(png)).toBe(true);
    expect(decodePng(sentFiles[0].bytes).width).toBe(750);
  });

  it('sends a row’s file (the dispatch xlsx) after its text as a file message, once', async () => {
    await outboxDrained();
    const from = sent.length;
    const filesFrom = sentFiles.length;
    const dir = mkdtempSync(path.join(tmpdir(), 'wechat-file-'));
    const file = path.join(dir, 'pack.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('问题清单').addRow(['村', '编号', '问题描述']);
    await wb.xlsx.writeFile(file);
    const msg: OutgoingMessage = {
      id: 900_020,
      platform: 'wechat',
      chatId: room.id,
      private: false,
      text: '【半月调度】后叶镇 12月1日—15日',
      mentions: [],
      card: null,
      file: { path: file, name: '后叶镇调度12月上半月.xlsx' },
    };
    await adapter.send(msg);
    await adapter.send(msg);
    expect(sent.slice(from).map((m) => m.text)).toEqual(['【半月调度】后叶镇 12月1日—15日']);
    const mine = sentFiles.slice(filesFrom);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ conversationId: room.id, name: '后叶镇调度12月上半月.xlsx' });
    expect(mine[0].bytes.equals(readFileSync(file))).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('follows a room’s life: renamed, the bot removed (sends cancelled, admin told), and back', async () => {
    const prisma = testDb.db.prisma;
    const other = mocker.createRoom({ topic: '后叶镇调度群', memberIdList: [user.id, admin.id, cadre.id] });
    await prisma.chatGroup.create({ data: { platform: 'wechat', chatId: other.id, name: '后叶镇调度群', kind: 'township' } });
    const group = () => prisma.chatGroup.findFirstOrThrow({ where: { platform: 'wechat', chatId: other.id } });

    puppet.emit('room-topic', {
      roomId: other.id,
      newTopic: '后叶镇驻村调度群',
      oldTopic: '后叶镇调度群',
      changerId: admin.id,
      timestamp: Date.now(),
    });
    await waitFor('the stored name updated', async () => (await group()).name === '后叶镇驻村调度群');

    // A reminder waiting for the group when the bot is removed from it.
    await enqueueReplies(prisma, [{ text: '明天上午九点调度会' }], {
      defaultTo: { platform: 'wechat', chatId: other.id },
      notBefore: new Date(Date.now() + 3600_000),
    });
    const from = sent.length;
    puppet.emit('room-leave', { roomId: other.id, removeeIdList: [user.id], removerId: admin.id, timestamp: Date.now() });
    await waitFor('the binding paused', async () => (await group()).pausedAt !== null);
    const waiting = await prisma.outboxMessage.findFirstOrThrow({ where: { chatId: other.id } });
    expect(waiting).toMatchObject({ status: 'dead', lastError: 'cancelled: the bot is no longer in the group' });
    await waitFor('the admin told, privately', () =>
      sent
        .slice(from)
        .some((s) => s.conversationId === admin.id && s.text.includes('后叶镇驻村调度群') && s.text.includes('1 条待发消息已取消')),
    );
    expect(sent.slice(from).some((s) => s.conversationId === other.id)).toBe(false);
    // No digest goes to a group the bot is not in.
    expect((await listGroups(prisma, 'township')).map((g) => g.chatId)).not.toContain(other.id);

    puppet.emit('room-join', { roomId: other.id, inviteeIdList: [user.id], inviterId: admin.id, timestamp: Date.now() });
    await waitFor('the binding resumed', async () => (await group()).pausedAt === null);
    await waitFor('the admin told it is back', () =>
      sent.slice(from).some((s) => s.conversationId === admin.id && s.text.includes('已回到群“后叶镇驻村调度群”')),
    );
  });

  it('accepts friend requests and group invitations from roster people, and ignores a stranger’s', async () => {
    const prisma = testDb.db.prisma;
    // 张华 is on the roster with no linked account yet (a new cadre's first contact); 赵军's account is linked.
    const village = await prisma.village.upsert({ where: { name: '三星村' }, create: { name: '三星村' }, update: {} });
    await prisma.member.create({ data: { name: '张华', role: 'cadre', villageId: village.id } });
    const zhangHua = mocker.createContact({ name: '张华' });
    const zhaoJun = mocker.createContact({ name: '军' });
    const zhao = await prisma.member.create({ data: { name: '赵军', role: 'cadre', villageId: village.id } });
    await prisma.$transaction((tx) =>
      linkAccount(tx, { memberId: zhao.id, account: { platform: 'wechat', platformUserId: zhaoJun.id }, via: 'admin', at: new Date() }),
    );
    const stranger = mocker.createContact({ name: '卖保险的小王' });
    // The payloads the service hands out for a request and an invitation, by id.
    const friendships = new Map<string, object>();
    const invitations = new Map<string, object>();
    const accepted: string[] = [];
    const stub = puppet as unknown as Record<string, (id: string) => Promise<unknown>>;
    stub.friendshipRawPayload = async (id) => friendships.get(id);
    stub.roomInvitationRawPayload = async (id) => invitations.get(id);
    stub.friendshipAccept = async (id) => {
      accepted.push(id);
    };
    stub.roomInvitationAccept = async (id) => {
      accepted.push(id);
    };
    const ask = (id: string, from: mock.ContactMock) => {
      friendships.set(id, { id, contactId: from.id, hello: '你好', type: types.Friendship.Receive, timestamp: Date.now() });
      puppet.emit('friendship', { friendshipId: id });
    };
    const invite = (id: string, from: mock.ContactMock) => {
      invitations.set(id, {
        id,
        inviterId: from.id,
        topic: '红岩村工作队',
        memberCount: 3,
        memberIdList: [from.id],
        avatar: '',
        invitation: '',
        receiverId: user.id,
        timestamp: Date.now(),
      });
      puppet.emit('room-invite', { roomInvitationId: id });
    };

    ask('fr-stranger', stranger);
    invite('inv-stranger', stranger);
    ask('fr-zhaojun', zhaoJun);
    invite('inv-zhaojun', zhaoJun);
    // A friend request by a roster name is taken (it grants no role); a group invitation by a
    // name alone is not: anyone can take that name, and it would put the bot in their group.
    ask('fr-zhanghua', zhangHua);
    invite('inv-zhanghua', zhangHua);
    ask('fr-admin', admin);
    const wanted = ['fr-admin', 'fr-zhanghua', 'fr-zhaojun', 'inv-zhaojun'];
    await waitFor('the roster people’s requests accepted', () => wanted.every((id) => accepted.includes(id)));
    await sleep(500);
    expect(accepted.sort()).toEqual(wanted);
  });

  it('sends a private message to a contact', async () => {
    await outboxDrained();
    const from = sent.length;
    await adapter.send({
      id: 900_002,
      platform: 'wechat',
      chatId: cadre.id,
      private: true,
      text: '李明，12号问题已超期3天',
      mentions: [],
      card: null,
    });
    expect(sent.slice(from)).toMatchObject([{ conversationId: cadre.id, text: '李明，12号问题已超期3天' }]);
  });

  it('refuses for good a room that is gone or without the bot, so the outbox does not retry', async () => {
    const outside = mocker.createRoom({ topic: '别的群', memberIdList: [admin.id, cadre.id] });
    const base = { platform: 'wechat' as const, private: false, text: '你好', mentions: [], card: null };
    const gone = await adapter.send({ ...base, id: 900_003, chatId: 'no-such-room@chatroom' }).catch((e) => e);
    expect(gone).toBeInstanceOf(SendError);
    expect(gone.retryable).toBe(false);
    const notIn = await adapter.send({ ...base, id: 900_004, chatId: outside.id }).catch((e) => e);
    expect(notIn).toBeInstanceOf(SendError);
    expect(notIn.retryable).toBe(false);
  });

  it('paces sends: N sends take at least (N-1) gaps, whatever the chat', async () => {
    await outboxDrained();
    const from = sent.length;
    const n = 5;
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        adapter.send({
          id: 910_000 + i,
          platform: 'wechat',
          chatId: i % 2 ? cadre.id : room.id,
          private: i % 2 === 1,
          text: `第${i + 1}条`,
          mentions: [],
          card: null,
        }),
      ),
    );
    expect(Date.now() - t0).toBeGreaterThanOrEqual((n - 1) * GAP_MS);
    const times = sent.slice(from).map((s) => s.at);
    expect(times).toHaveLength(n);
    // Seen from the service: spaced the same, give or take the call's own latency.
    expect(times[n - 1] - times[0]).toBeGreaterThanOrEqual((n - 1) * GAP_MS - GAP_MS / 2);
  });

  it('replies queued for the room while sends are paced go out as one room message, in order, each row sent once', async () => {
    await outboxDrained();
    const from = toRoom().length;
    // Queued together, as a burst's receipts pile up behind the pacer.
    await testDb.db.prisma.$transaction((tx) =>
      enqueueReplies(tx, [{ text: '第一条回执' }, { text: '第二条回执' }, { text: '第三条回执' }], {
        defaultTo: { platform: 'wechat', chatId: room.id },
      }),
    );
    await outboxDrained();
    await sleep(GAP_MS * 3);
    expect(
      toRoom()
        .slice(from)
        .map((s) => s.text),
    ).toEqual(['3 条回复：\n① 第一条回执\n② 第二条回执\n③ 第三条回执']);
    const rows = await testDb.db.prisma.outboxMessage.findMany({ where: { text: { endsWith: '条回执' } } });
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
  });

  it('connects over TLS too (the default), with the built-in certificate for an insecure_ token', async () => {
    const tlsToken = `insecure_e2e-tls-${randomUUID()}`;
    const tlsEndpoint = `127.0.0.1:${await freePort()}`;
    const tlsMocker = new mock.Mocker();
    const tlsPuppet = new PuppetMock({ mocker: tlsMocker });
    const me = tlsMocker.createContact({ name: '小助手' });
    const other = tlsMocker.createContact({ name: '张华' });
    const tlsRoom = tlsMocker.createRoom({ topic: '红岩村工作队', memberIdList: [me.id, other.id] });
    tlsMocker.login(me);
    const tlsServer = new PuppetServer({ puppet: tlsPuppet, token: tlsToken, endpoint: tlsEndpoint });
    await tlsServer.start();
    const got: string[] = [];
    events(tlsRoom).on('message', (m: mock.MessageMock) => {
      if (m.payload.talkerId === me.id && m.payload.text) got.push(m.payload.text);
    });
    const tls = createWechatAdapter({
      token: tlsToken,
      endpoint: tlsEndpoint,
      noTls: false,
      botName: '小助手',
      sendGapMs: 0,
      sendsPerMinute: 60,
      logger: silentLogger,
    });
    try {
      await tls.start(receiveNothing);
      await waitFor('logged in over TLS', () => tls.connection().connected);
      await tls.send({ id: 1, platform: 'wechat', chatId: tlsRoom.id, private: false, text: '你好', mentions: [], card: null });
      await waitFor('the message in the room', () => got.includes('你好'));
    } finally {
      await tls.stop();
      await tlsServer.stop();
      await tlsPuppet.stop();
      rmSync(path.join(homedir(), '.wechaty', 'wechaty-puppet-service', tlsToken), { recursive: true, force: true });
    }
  });

  it('reports a refused token with the setting to check, and keeps trying', async () => {
    await waitFor('the refusal reported', () => refused.connection().lastError !== null, 15_000);
    expect(refused.connection()).toMatchObject({ connected: false, lastError: { code: 'WECHAT_TOKEN_REFUSED' } });
    expect(refused.connection().lastError?.hint).toContain('WECHATY_PUPPET_SERVICE_TOKEN');
    expect(refused.status().detail).toContain('WECHAT_TOKEN_REFUSED');
    expect(refused.connection().reconnectAttempt).toBeGreaterThan(0);
  });
});
