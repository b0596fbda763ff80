// Replies queued for one chat while a paced platform (WeChat) waits its turn go as one message:
// in order, within the platform's length, plain text only, and each row delivered once.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaptureAdapter } from '../../bot/adapters/capture.ts';
import { createOutboxWorker } from '../../bot/outbox-worker.ts';
import type { Adapter } from '../../core/adapter.ts';
import type { OutgoingMessage, Reply } from '../../core/reply.ts';
import { enqueueReplies } from '../../storage/outbox.ts';
import { createTestDb, type TestDb } from '../support/test-db.ts';
import { silentLogger } from '../support/test-bot.ts';
import { until } from '../support/until.ts';

const now = new Date('2026-11-24T02:00:00Z');
const room = { platform: 'wechat' as const, chatId: 'room-1' };
const receipt = (name: string) =>
  `已记录走访：${name}（三星村4组，脱贫户），11月23日入户走访\n收入✓ 吃穿✓ 教育✓ 医疗✓ 住房✓ 饮水✓\n未发现问题。`;

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await t.destroy();
});

function worker(adapter: Adapter, at: () => Date = () => now) {
  const outbox = createOutboxWorker({ db: t.db, logger: silentLogger, now: at, leaseMs: 60_000 });
  outbox.use(adapter);
  return outbox;
}

async function queue(replies: Reply[], to = room) {
  await enqueueReplies(t.db.prisma, replies, { defaultTo: to, notBefore: now });
}

const ids = (m: OutgoingMessage) => m.mergedIds ?? [m.id];

async function statuses() {
  const rows = await t.db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } });
  return rows.map((r) => r.status);
}

describe('replies waiting for the same chat on a paced platform', () => {
  it('go as one message, in the order they were written, every row recorded sent by that one send', async () => {
    await queue(['王德福', '李秀英', '张建国', '赵桂兰'].map((n) => ({ text: receipt(n) })));
    const adapter = createCaptureAdapter('wechat', { merge: { maxChars: 1500 } });
    expect(await worker(adapter).drainOnce()).toBe(4);

    expect(adapter.sent).toHaveLength(1);
    const [msg] = adapter.sent;
    expect(msg.text.split('\n')[0]).toBe('已记录 4 条走访：');
    const heads = msg.text.split('\n').filter((l) => /^[①②③④]/.test(l));
    expect(heads).toEqual([
      '① 王德福（三星村4组，脱贫户），11月23日入户走访',
      '② 李秀英（三星村4组，脱贫户），11月23日入户走访',
      '③ 张建国（三星村4组，脱贫户），11月23日入户走访',
      '④ 赵桂兰（三星村4组，脱贫户），11月23日入户走访',
    ]);
    // Nothing of a receipt is left out: each keeps its checks and its outcome.
    expect(msg.text.match(/未发现问题。/g)).toHaveLength(4);
    const rows = await t.db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } });
    expect(ids(msg)).toEqual(rows.map((r) => r.id));
    expect(rows.map((r) => [r.status, r.platformMessageId])).toEqual(rows.map(() => ['sent', `wechat-out-${rows[0].id}`]));
  });

  it('replies of other kinds are numbered under a plain header', async () => {
    await queue([{ text: receipt('王德福') }, { text: '#12 已登记进展：已联系电工' }]);
    const adapter = createCaptureAdapter('wechat', { merge: { maxChars: 1500 } });
    await worker(adapter).drainOnce();
    expect(adapter.sent.map((m) => m.text)).toEqual([`2 条回复：\n① ${receipt('王德福')}\n② #12 已登记进展：已联系电工`]);
  });

  it('stay within the platform length: more than fits goes in further messages, cut between replies', async () => {
    const names = ['王德福', '李秀英', '张建国', '赵桂兰', '刘志强', '陈淑芬', '杨光明'];
    await queue(names.map((n) => ({ text: receipt(n) })));
    const maxChars = 2 * [...receipt('王德福')].length + 20;
    const adapter = createCaptureAdapter('wechat', { merge: { maxChars } });
    const outbox = worker(adapter);
    expect(await outbox.drainOnce()).toBe(7);

    expect(adapter.sent.length).toBeGreaterThan(2);
    for (const m of adapter.sent) expect([...m.text].length).toBeLessThanOrEqual(maxChars);
    // Every reply once, whole, in order across the messages.
    const order = adapter.sent
      .flatMap((m) => m.text.split('\n').filter((l) => /（三星村4组/.test(l)))
      .map((l) => l.match(/(\p{Script=Han}{3})（/u)?.[1]);
    expect(order).toEqual(names);
    expect(adapter.sent.flatMap(ids)).toEqual([...new Set(adapter.sent.flatMap(ids))]);
    expect(new Set(await statuses())).toEqual(new Set(['sent']));
  });

  it('a reply longer than the limit goes alone, for the adapter to split as before', async () => {
    const long = `已记录走访：${'很长的说明'.repeat(60)}`;
    await queue([{ text: long }, { text: receipt('李秀英') }]);
    const adapter = createCaptureAdapter('wechat', { merge: { maxChars: 200 } });
    await worker(adapter).drainOnce();
    expect(adapter.sent.map((m) => m.text)).toEqual([long, receipt('李秀英')]);
  });

  it('cards, pictures, files and @-mentions are not merged; nor are chats, nor private replies to different people', async () => {
    const card = { title: '问题台账', rows: [{ text: '#1 住房：屋顶漏雨' }] };
    await queue([
      { text: 'A1' },
      { text: 'P1', to: { platform: 'wechat', chatId: 'wx-li', private: true } },
      { text: 'A2' },
      { text: '台账', card },
      { text: 'A3' },
      { text: '@李明 请补时限', mentions: [{ id: 'wx-li', name: '李明' }] },
      { text: 'A4' },
      { text: '调度', file: { path: '/tmp/x.xlsx', name: 'x.xlsx' } },
      { text: 'A5' },
      { text: 'P2', to: { platform: 'wechat', chatId: 'wx-zhang', private: true } },
      { text: 'P3', to: { platform: 'wechat', chatId: 'wx-li', private: true } },
      { text: 'B1', to: { platform: 'wechat', chatId: 'room-2' } },
      { text: 'A6', image: { png: new Uint8Array([137, 80, 78, 71]), alt: '图' } },
    ]);
    const adapter = createCaptureAdapter('wechat', { merge: { maxChars: 1500 } });
    await worker(adapter).drainOnce();

    const perChat = new Map<string, string[]>();
    for (const m of adapter.sent) {
      const key = `${m.private ? 'p' : 'g'}:${m.chatId}`;
      perChat.set(key, [...(perChat.get(key) ?? []), m.image ? '[图]' : m.text]);
    }
    expect(perChat.get('g:room-1')).toEqual([
      '2 条回复：\n① A1\n② A2',
      '台账',
      'A3',
      '@李明 请补时限',
      'A4',
      '调度',
      // A picture's text row is plain text; the picture itself goes alone, after it.
      '2 条回复：\n① A5\n② A6',
      '[图]',
    ]);
    expect(perChat.get('p:wx-li')).toEqual(['2 条回复：\n① P1\n② P3']);
    expect(perChat.get('p:wx-zhang')).toEqual(['P2']);
    expect(perChat.get('g:room-2')).toEqual(['B1']);
    expect(new Set(await statuses())).toEqual(new Set(['sent']));
  });

  it('an adapter that does not ask for merging gets each reply as it was (the console, Feishu, the guides)', async () => {
    await queue([{ text: receipt('王德福') }, { text: receipt('李秀英') }]);
    const adapter = createCaptureAdapter('wechat');
    await worker(adapter).drainOnce();
    expect(adapter.sent.map((m) => m.text)).toEqual([receipt('王德福'), receipt('李秀英')]);
  });

  it('a reply queued for a later time is not pulled forward into an earlier message', async () => {
    await queue([{ text: 'A1' }]);
    await enqueueReplies(t.db.prisma, [{ text: 'A2' }], { defaultTo: room, notBefore: new Date(now.getTime() + 3_600_000) });
    const adapter = createCaptureAdapter('wechat', { merge: { maxChars: 1500 } });
    await worker(adapter).drainOnce();
    expect(adapter.sent.map((m) => m.text)).toEqual(['A1']);
    expect(await statuses()).toEqual(['sent', 'pending']);
  });
});

describe('a merged send, exactly once', () => {
  it('failed, puts all its rows back together and sends them once, merged again', async () => {
    await queue([{ text: 'A1' }, { text: 'A2' }, { text: 'A3' }]);
    const adapter = createCaptureAdapter('wechat', { merge: { maxChars: 1500 } });
    adapter.failNext(1);
    let clock = now;
    const outbox = worker(adapter, () => clock);
    await outbox.drainOnce();
    expect(adapter.sent).toHaveLength(0);
    const rows = await t.db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } });
    expect(rows.map((r) => r.status)).toEqual(['pending', 'pending', 'pending']);
    // One retry time for all of them, so they go together again.
    expect(new Set(rows.map((r) => r.nextAttemptAt.getTime())).size).toBe(1);

    clock = new Date(rows[0].nextAttemptAt.getTime() + 1);
    await outbox.drainOnce();
    expect(adapter.sent.map((m) => m.text)).toEqual(['3 条回复：\n① A1\n② A2\n③ A3']);
    expect(await statuses()).toEqual(['sent', 'sent', 'sent']);
    await outbox.drainOnce();
    expect(adapter.sent).toHaveLength(1);
  });

  it('sent by a process that died before recording it: taken over once the lease runs out, no row delivered more than twice', async () => {
    await queue([{ text: 'A1' }, { text: 'A2' }]);
    const delivered: OutgoingMessage[] = [];
    // The platform took the message; the process died before the database heard of it.
    const dying: Adapter = {
      ...createCaptureAdapter('wechat', { merge: { maxChars: 1500 } }),
      send: (msg) => {
        delivered.push(msg);
        return new Promise(() => {});
      },
    };
    void worker(dying).drainOnce();
    await until(() => delivered.length === 1);
    await queue([{ text: 'A3' }]);

    // Within the lease nobody takes the chat over: A3 waits behind the rows still held.
    const adapter = createCaptureAdapter('wechat', { merge: { maxChars: 1500 } });
    await worker(adapter, () => new Date(now.getTime() + 30_000)).drainOnce();
    expect(adapter.sent).toHaveLength(0);

    await worker(adapter, () => new Date(now.getTime() + 61_000)).drainOnce();
    expect(adapter.sent.map((m) => m.text)).toEqual(['3 条回复：\n① A1\n② A2\n③ A3']);
    expect(await statuses()).toEqual(['sent', 'sent', 'sent']);
    const times = new Map<number, number>();
    for (const m of [...delivered, ...adapter.sent]) for (const id of ids(m)) times.set(id, (times.get(id) ?? 0) + 1);
    expect([...times.values()].sort()).toEqual([1, 2, 2]);
  });

  it('two workers draining at once send each row once', async () => {
    await queue(
      Array.from({ length: 12 }, (_, i) => ({ text: `A${i + 1}`, to: { platform: 'wechat' as const, chatId: `room-${i % 3}` } })),
    );
    const a = createCaptureAdapter('wechat', { merge: { maxChars: 1500 } });
    const b = createCaptureAdapter('wechat', { merge: { maxChars: 1500 } });
    await Promise.all([worker(a).drainOnce(), worker(b).drainOnce()]);
    const all = [...a.sent, ...b.sent].flatMap(ids).sort((x, y) => x - y);
    const rows = await t.db.prisma.outboxMessage.findMany({ orderBy: { id: 'asc' } });
    expect(all).toEqual(rows.map((r) => r.id));
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['sent']));
  });
});
