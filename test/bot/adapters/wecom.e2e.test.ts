// The WeCom channel end to end: the stand-in (test/support/wecom-stand-in.ts) signs and
// encrypts callbacks as WeCom does and serves response_url and the group robot; the adapter,
// the real router and handlers, the outbox and a SQLite database do the rest. The clock
// starts at a fixed Monday morning and runs at real speed, so nothing reads today's date.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWecomAdapter, type WecomAdapter } from '../../../bot/adapters/wecom.ts';
import { createFaqService } from '../../../bot/faq-service.ts';
import { createLogger } from '../../../bot/logger.ts';
import type { Handled } from '../../../core/adapter.ts';
import { cadenceJobs } from '../../../cadence/cadence-jobs.ts';
import { runCadenceJob } from '../../../cadence/run-cadence-job.ts';
import { groupRobotKey, registerGroupRobot } from '../../../storage/group-robots.ts';
import { inTransaction } from '../../../storage/client.ts';
import { sh } from '../../cadence/cadence-support.ts';
import { seedVillage } from '../../cadence/seed-village.ts';
import { createTestDb, type TestDb } from '../../support/test-db.ts';
import { createBotAndOutbox, testConfig } from '../../support/test-bot.ts';
import { startWecomStandIn } from '../../support/wecom-stand-in.ts';

const TOKEN = 'wecom-callback-token';
const AES_KEY = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
const GROUP = 'wrkSFfCgAAbcdEfGhIjKlMnOpQr';
const OTHER_GROUP = 'wrkSFfCgAAzzzzzzzzzzzzzzzzz';
const ROBOT_WINDOW_MS = 400;
const T0 = sh('2026-11-23 09:00').getTime();

describe('WeCom through the stand-in', () => {
  let t: TestDb;
  let standIn: Awaited<ReturnType<typeof startWecomStandIn>>;
  let adapter: WecomAdapter;
  let callback: string;
  let bot: ReturnType<typeof createBotAndOutbox>['bot'];
  let outbox: ReturnType<typeof createBotAndOutbox>['outbox'];
  const logLines: string[] = [];
  const keys: string[] = [];
  const started = Date.now();
  /** Both sides' clocks: a fixed Monday plus the real time since the test began, plus what a test skips ahead. */
  let skipped = 0;
  const clock = () => T0 + (Date.now() - started) + skipped;
  const handledOf = new Map<string, Promise<Handled>>();
  let config: ReturnType<typeof testConfig>;

  beforeAll(async () => {
    t = await createTestDb('sqlite');
    const seeded = await seedVillage(t.db.prisma);
    // 李明 has a WeChat account already; the roster also names his WeCom userid.
    await t.db.prisma.member.update({ where: { id: seeded.liMing.id }, data: { rosterWecomId: 'LiMing' } });
    await t.db.prisma.chatGroup.createMany({
      data: [
        { platform: 'wecom', chatId: GROUP, name: null, kind: 'village', villageId: seeded.sanxing.id },
        { platform: 'wecom', chatId: OTHER_GROUP, name: null, kind: 'village', villageId: seeded.wuxing.id },
      ],
    });
    standIn = await startWecomStandIn({ token: TOKEN, encodingAesKey: AES_KEY, now: clock, robotWindowMs: ROBOT_WINDOW_MS });
    const logger = createLogger({
      level: 'debug',
      destination: new Writable({
        write(chunk, _enc, done) {
          logLines.push(chunk.toString());
          done();
        },
      }),
    });
    config = testConfig({ ADMIN_IDS: 'wecom:admin-zhou' });
    ({ bot, outbox } = createBotAndOutbox({ config, logger, db: t.db, faq: createFaqService(config), now: () => new Date(clock()) }));
    adapter = createWecomAdapter({
      token: TOKEN,
      encodingAesKey: AES_KEY,
      port: 0,
      host: '127.0.0.1',
      path: '/wecom/callback',
      apiBase: standIn.base,
      robotKeyFor: (chatId) => groupRobotKey(t.db, chatId),
      logger,
      robotWindowMs: ROBOT_WINDOW_MS,
      now: () => new Date(clock()),
    });
    bot.use(adapter);
    // The adapter is started on its own, and the outbox drained by the test, so each step is awaited.
    await adapter.start(async (msg) => {
      const receipt = await bot.receive(msg);
      handledOf.set(msg.messageId, receipt.handled);
      return receipt;
    });
    callback = `http://127.0.0.1:${adapter.port}/wecom/callback`;
  });

  afterAll(async () => {
    await adapter?.stop();
    await standIn?.close();
    await t?.destroy();
  });

  /** Pushes a callback, waits until it is handled and its replies sent; returns what WeCom heard back. */
  async function say(m: Parameters<typeof standIn.message>[0]) {
    const cb = standIn.message(m);
    const res = await standIn.push(callback, cb);
    const handled = await handledOf.get(cb.msgid);
    await outbox.kick();
    return { res, cb, handled, body: await res.text() };
  }

  const inbox = (messageId: string) => t.db.prisma.inboxMessage.findMany({ where: { platform: 'wecom', messageId } });

  it('answers the URL verification with the decrypted echostr, and refuses a forged one', async () => {
    const ok = await standIn.verifyUrl(callback);
    expect(ok.status).toBe(200);
    expect(ok.body).toBe(ok.echo);
    const forged = await standIn.verifyUrl(callback, { forge: true });
    expect(forged.status).toBe(401);
    expect(forged.body).not.toBe(forged.echo);
  });

  it('turns an encrypted @-message in a group into a check-in, with its receipt through response_url', async () => {
    const before = standIn.deliveries.length;
    const { res, cb, handled } = await say({
      chat: GROUP,
      from: 'LiMing',
      text: '@小助手 #走访 王德福 三星村4组 脱贫户 收入√ 吃穿√ 教育√ 医疗√ 住房√ 饮水√',
    });
    expect(res.status).toBe(200);
    expect(handled?.status).toBe('handled');
    const stored = await inbox(cb.msgid);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ chatId: GROUP, senderId: 'LiMing', mentionsBot: true, text: expect.stringMatching(/^#走访 王德福/) });
    const visits = await t.db.prisma.visit.findMany({
      where: { householdName: '王德福', visitedOn: '2026-11-23' },
      include: { cadre: true },
    });
    expect(visits).toHaveLength(1);
    // Linked by the roster's 企业微信ID: the same 李明 who also has a WeChat account.
    expect(visits[0].cadre?.name).toBe('李明');
    const accounts = await t.db.prisma.memberAccount.findMany({ where: { memberId: visits[0].cadreId! }, orderBy: { platform: 'asc' } });
    expect(accounts.map((a) => [a.platform, a.platformUserId])).toEqual([
      ['wechat', 'wxid_liming'],
      ['wecom', 'LiMing'],
    ]);
    const sent = standIn.deliveries.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ via: 'response_url', chat: GROUP });
    expect(sent[0].content).toContain('已记录走访：王德福');
  });

  it('answers a private FAQ question in the private chat, through its response_url', async () => {
    const before = standIn.deliveries.length;
    const { handled } = await say({ from: 'villager-wang', text: '问：低保怎么申请？' });
    expect(handled?.status).toBe('handled');
    const sent = standIn.deliveries.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ via: 'response_url', chat: 'single:villager-wang' });
    expect(sent[0].content).toContain('低保');
  });

  it('refuses a callback with a forged signature and stores nothing of it', async () => {
    const cb = standIn.message({ chat: GROUP, from: 'LiMing', text: '@小助手 #台账' });
    const res = await standIn.push(callback, cb, { forge: true });
    expect(res.status).toBe(401);
    expect(await inbox(cb.msgid)).toHaveLength(0);
  });

  it('handles a re-delivered msgid once', async () => {
    const before = standIn.deliveries.length;
    const first = await say({ chat: GROUP, from: 'LiMing', text: '@小助手 #问题 三星村4组路灯坏了 由张主任负责 一周内', msgid: 'dup-1' });
    expect(first.handled?.status).toBe('handled');
    // WeCom sends it again (our answer was slow); a restarted adapter has no memory of it either.
    const again = standIn.message({
      chat: GROUP,
      from: 'LiMing',
      text: '@小助手 #问题 三星村4组路灯坏了 由张主任负责 一周内',
      msgid: 'dup-1',
    });
    expect((await standIn.push(callback, again)).status).toBe(200);
    await outbox.kick();
    expect(await inbox('dup-1')).toHaveLength(1);
    expect(await t.db.prisma.issue.count({ where: { description: { contains: '路灯坏了' } } })).toBe(1);
    expect(standIn.deliveries.slice(before)).toHaveLength(1);
  });

  it('falls back to the group robot when the response_url has expired', async () => {
    const key = standIn.addRobot(GROUP);
    keys.push(key);
    await inTransaction(t.db, (tx) => registerGroupRobot(tx, { chatId: GROUP, key, registeredBy: 'test', at: new Date(clock()) }));
    const cb = standIn.message({ chat: GROUP, from: 'LiMing', text: '@小助手 #台账' });
    expect((await standIn.push(callback, cb)).status).toBe(200);
    await handledOf.get(cb.msgid);
    // The reply waits past the hour (a long outage): WeCom no longer takes its response_url.
    skipped += 2 * 3600_000;
    const before = standIn.deliveries.length;
    await outbox.kick();
    const sent = standIn.deliveries.slice(before);
    expect(sent.length).toBeGreaterThanOrEqual(1);
    expect(sent.every((d) => d.via === 'robot' && d.chat === GROUP)).toBe(true);
    expect(sent.map((d) => d.content).join('\n')).toContain('三星村');
  });

  it('registers a robot from an admin in a private chat, then pushes the weekly inspection through it with <@userid> mentions, paced at 20 a window', async () => {
    const key = standIn.addRobot(GROUP);
    keys.push(key);
    const reg = await say({ from: 'admin-zhou', text: `#绑定机器人 三星村 ${key}` });
    expect(reg.handled?.status).toBe('handled');
    const answer = standIn.deliveries.at(-1)!;
    expect(answer).toMatchObject({ via: 'response_url', chat: 'single:admin-zhou' });
    expect(answer.content).toContain('已登记三星村企业微信群的群机器人');
    expect(await groupRobotKey(t.db, GROUP)).toBe(key);

    const weekly = cadenceJobs.find((j) => j.name === 'weekly')!;
    const at = new Date(clock());
    const due = { job: 'weekly', key: 'weekly:2026-11-23', period: '2026-11-23', slot: at, dueAt: at };
    const run = await runCadenceJob({ db: t.db, config, instance: 'test' }, weekly, due, at);
    expect(run.status).toBe('ran');
    // More than one window's worth for this robot: the inspection and 24 reminders queued behind it.
    await outbox.enqueue(
      Array.from({ length: 24 }, (_, i) => ({ to: { platform: 'wecom' as const, chatId: GROUP }, text: `提醒 ${i + 1}` })),
      // Due by the test's clock, not the database's.
      { notBefore: new Date(clock()) },
    );
    const before = standIn.deliveries.length;
    await outbox.kick();
    const sent = standIn.deliveries.slice(before).filter((d) => d.chat === GROUP);
    expect(sent).toHaveLength(25);
    expect(sent.every((d) => d.via === 'robot')).toBe(true);
    const inspection = sent.find((d) => d.content.includes('【每周督查】三星村'))!;
    // 李明's WeCom account (linked by the roster's 企业微信ID) is mentioned as WeCom renders it; 刘主任 has none.
    expect(inspection.content).toContain('<@LiMing>');
    expect(inspection.content).not.toContain('@李明');
    expect(inspection.content).toContain('刘主任');
    expect(inspection.content).not.toContain('wxid_liming');
    // Paced: the stand-in refused nothing for its limit, and no 21 sends fall inside one window.
    expect(standIn.refusals.filter((r) => r.errcode === 45009)).toEqual([]);
    for (let i = 0; i + 20 < sent.length; i++) expect(sent[i + 20].at - sent[i].at).toBeGreaterThanOrEqual(ROBOT_WINDOW_MS);
    // Three windows' worth would have gone in one burst without it.
    expect(sent.at(-1)!.at - sent[0].at).toBeGreaterThanOrEqual(ROBOT_WINDOW_MS);
  });

  it('keeps a message for a removed robot in the outbox, classified, and says so', async () => {
    // A robot the group no longer has: WeCom answers 93000 (invalid webhook url).
    const gone = '0f0e0d0c-0b0a-4090-8070-605040302010';
    keys.push(gone);
    // A chat of its own: 五星村's inspection already waits in OTHER_GROUP's queue (it has no robot).
    const chat = 'wrkSFfCgAAremovedrobot';
    await inTransaction(t.db, (tx) => registerGroupRobot(tx, { chatId: chat, key: gone, registeredBy: 'test', at: new Date(clock()) }));
    await outbox.enqueue([{ to: { platform: 'wecom', chatId: chat }, text: '提醒：本周走访' }], { notBefore: new Date(clock()) });
    const { id } = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { chatId: chat } });
    await outbox.kick();
    const row = await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe('pending');
    expect(row.lastError).toContain('errcode 93000');
    expect(standIn.refusals.some((r) => r.errcode === 93000)).toBe(true);
    expect(logLines.some((l) => l.includes('WECOM_ROBOT_GONE'))).toBe(true);
  });

  it('never writes a robot key into the log', () => {
    // The log did see the robots at work (by their tag), so an absent key is not an empty log.
    expect(logLines.some((l) => l.includes('wecom sent through the group robot'))).toBe(true);
    expect(keys.length).toBe(3);
    for (const key of keys) expect(logLines.filter((l) => l.includes(key))).toEqual([]);
  });
});
