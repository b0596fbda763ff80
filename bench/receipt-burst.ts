// Time to receipt when WeChat's pacing, not the database, is the bottleneck: a Tuesday-morning
// burst of 300 check-ins across 50 groups through `bot.receive` and the real outbox worker, sent
// by a stand-in adapter paced by the WeChat adapter's own limiter (bot/adapters/wechat/pacer.ts)
// at its defaults (1.5 s apart, 20 a minute), and split at its length as the WeChat sender does.
// Run twice: each reply its own send (as before issue 16), and replies queued for one chat
// merged into one message (the adapter's `merge`). The pacer runs `scale` times faster than
// the real one and its times are scaled back, so the slow run takes minutes, not a quarter hour;
// the bot's own work is not sped up, so the figures are if anything pessimistic (see handledMin).
//   npx tsx bench/receipt-burst.ts [merged|single|both] [scale]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPacer } from '../bot/adapters/wechat/pacer.ts';
import { splitText } from '../bot/adapters/wechat/split-text.ts';
import { createBot } from '../bot/bot.ts';
import { createConfig } from '../bot/config.ts';
import { createFaqService } from '../bot/faq-service.ts';
import { createLogger } from '../bot/logger.ts';
import { createOutboxWorker } from '../bot/outbox-worker.ts';
import type { Adapter } from '../core/adapter.ts';
import type { IncomingMessage } from '../core/message.ts';
import { parseMessage } from '../commands/parse/parse-message.ts';
import { createTestDb } from '../test/support/test-db.ts';
import { planMessages, seed } from './checkin-e2e.ts';

export interface ReceiptBurstRun {
  name: string;
  merged: boolean;
  checkins: number;
  /** Messages in the burst: the check-ins and the chatter between them. */
  messages: number;
  groups: number;
  /** How much faster than WeChat's the pacer ran; times are scaled back. */
  scale: number;
  /** Replies queued (outbox rows) and the messages the platform was sent for them. */
  replies: number;
  sends: number;
  /**
   * When the bot had handled the whole burst (platform time, minutes): its real time times
   * `scale`, so the bench's speed-up stretches it; where this is large, so is the delay below.
   */
  handledMin: number;
  /** From the first check-in of the burst to the last reply delivered, in platform time (minutes). */
  lastReceiptMin: number;
  /** Per reply, from its check-in's arrival to its delivery (seconds). */
  p50S: number;
  p99S: number;
  maxS: number;
  /** Every reply delivered exactly once, and every row recorded sent. */
  exactlyOnce: boolean;
  realSeconds: number;
}

const GAP_MS = 1500;
const PER_MINUTE = 20;
const MAX_CHARS = 1500;
const GROUPS = 50;

/** The corpus's messages up to its `n`th command: the chatter between them comes too, and gets no reply. */
function burstOf(n: number) {
  const plan = planMessages(Math.ceil(n * 1.6));
  let commands = 0;
  const cut = plan.messages.findIndex((m) => parseMessage(m.msg.text, m.msg.sentAt).kind !== 'none' && ++commands === n);
  return { villages: plan.villages, messages: plan.messages.slice(0, cut + 1) };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function runOnce(options: { merge: boolean; n: number; scale: number }): Promise<ReceiptBurstRun> {
  const { n, scale } = options;
  const { villages, messages } = burstOf(n);
  const { db, destroy } = await createTestDb('sqlite');
  // Faster by `scale`, the same shape: at most 20 in a row, then the minute's rate.
  const pacer = createPacer({ gapMs: GAP_MS / scale, perMinute: PER_MINUTE * scale, burst: PER_MINUTE });
  try {
    await seed(db, villages);
    const base = new Date('2026-12-31T12:00:00+08:00').getTime();
    const began = performance.now();
    // One clock for the bot and the worker, moving from the corpus's month end.
    const now = () => new Date(base + (performance.now() - began));
    const config = createConfig({ CONSOLE: 'off', STALE_AFTER_SECONDS: '0', LOG_LEVEL: 'silent' });
    const logger = createLogger({ level: 'silent' });
    const outbox = createOutboxWorker({ db, logger, now });
    const delivered = new Map<number, number[]>();
    let sends = 0;
    const adapter: Adapter = {
      platform: 'wechat',
      ...(options.merge ? { merge: { maxChars: MAX_CHARS } } : {}),
      async start() {},
      async send(msg) {
        for (const _piece of splitText(msg.text, MAX_CHARS)) {
          await pacer.turn();
          sends++;
        }
        const at = performance.now();
        for (const id of msg.mergedIds ?? [msg.id]) delivered.set(id, [...(delivered.get(id) ?? []), at]);
        return { platformMessageId: `wx-${msg.id}` };
      },
      async stop() {},
      status: () => ({ connected: true }),
    };
    const bot = createBot({ config, logger, db, faq: createFaqService(config), outbox, now });
    bot.use(adapter);
    await bot.start();

    const arrived = new Map<string, number>();
    const byGroup = Array.from({ length: GROUPS }, () => [] as IncomingMessage[]);
    for (const m of messages) byGroup[m.group].push(m.msg);
    const t0 = performance.now();
    await Promise.all(
      byGroup.map(async (queue) => {
        for (const msg of queue) {
          arrived.set(msg.messageId, performance.now());
          await (await bot.receive(msg)).handled;
        }
      }),
    );
    const handledAt = performance.now();
    const replies = await db.prisma.outboxMessage.count();
    while (delivered.size < replies) await new Promise((r) => setTimeout(r, 50));
    // Then the rows' records: the worker marks them right after each send.
    while (await db.prisma.outboxMessage.count({ where: { status: { not: 'sent' } } })) await new Promise((r) => setTimeout(r, 20));
    await bot.stop();
    pacer.close();

    const rows = await db.prisma.outboxMessage.findMany({ select: { id: true, inboxId: true } });
    const inbox = await db.prisma.inboxMessage.findMany({ select: { id: true, messageId: true } });
    const messageIdOf = new Map(inbox.map((m) => [m.id, m.messageId]));
    const latencies: number[] = [];
    let last = 0;
    for (const row of rows) {
      const at = delivered.get(row.id)?.[0] ?? Number.NaN;
      last = Math.max(last, at);
      const from = arrived.get(messageIdOf.get(row.inboxId ?? -1) ?? '');
      if (from !== undefined) latencies.push(((at - from) * scale) / 1000);
    }
    latencies.sort((a, b) => a - b);
    return {
      name: options.merge ? 'receipts, merged per chat' : 'receipts, one send each',
      merged: options.merge,
      checkins: n,
      messages: messages.length,
      groups: GROUPS,
      scale,
      replies,
      sends,
      handledMin: Number((((handledAt - t0) * scale) / 60_000).toFixed(2)),
      lastReceiptMin: Number((((last - t0) * scale) / 60_000).toFixed(2)),
      p50S: Number(quantile(latencies, 0.5).toFixed(1)),
      p99S: Number(quantile(latencies, 0.99).toFixed(1)),
      maxS: Number((latencies.at(-1) ?? 0).toFixed(1)),
      exactlyOnce: rows.length === replies && rows.every((r) => delivered.get(r.id)?.length === 1),
      realSeconds: Number(((performance.now() - began) / 1000).toFixed(1)),
    };
  } finally {
    pacer.close();
    await destroy();
  }
}

/** Before and after: each reply its own send, then replies merged per chat. */
/**
 * Before and after: each reply its own send, then replies merged per chat. The slow run is
 * sped up 10 times (its quarter hour is pacing; the bot's seconds of work, stretched tenfold,
 * barely move it); the merged run, whose minutes are closer to the bot's own time, only twice.
 */
export async function runReceiptBurstBench(
  options: { n?: number; scale?: number; only?: 'merged' | 'single' } = {},
): Promise<ReceiptBurstRun[]> {
  const n = options.n ?? 300;
  const runs: ReceiptBurstRun[] = [];
  if (options.only !== 'merged') runs.push(await runOnce({ merge: false, n, scale: options.scale ?? 10 }));
  if (options.only !== 'single') runs.push(await runOnce({ merge: true, n, scale: options.scale ?? 2 }));
  return runs;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const only = process.argv[2] === 'merged' || process.argv[2] === 'single' ? process.argv[2] : undefined;
  const scale = process.argv[3] ? Number(process.argv[3]) : undefined;
  console.log(JSON.stringify(await runReceiptBurstBench({ scale, only }), null, 2));
}
