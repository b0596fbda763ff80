// End-to-end check-ins: generated messages (bench/checkin-corpus.ts) from 500 cadres in 50 village groups pushed through
// `bot.receive` (router, parser, handlers, storage, outbox, a capture adapter), on a fresh
// SQLite file or a fresh PostgreSQL database, with the bot's recovery pass running as it
// does in production (here every 250 ms, to give it more chances to race the live runs).
// Checks that nothing is lost and nothing is done twice: every message is in the inbox,
// handled or rejected, and each left one visit, one set of ledger numbers and one receipt.
//   npx tsx bench/checkin-e2e.ts [sqlite|postgresql] [n] [most messages per transaction; 1 = no group commit] [PostgreSQL: batch handling too, this many batches at once]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCaptureAdapter } from '../bot/adapters/capture.ts';
import { createBot } from '../bot/bot.ts';
import { createOutboxWorker, type Outbox } from '../bot/outbox-worker.ts';
import { createConfig } from '../bot/config.ts';
import { createFaqService } from '../bot/faq-service.ts';
import { createLogger } from '../bot/logger.ts';
import type { IncomingMessage } from '../core/message.ts';
import { commands as registered, type Command } from '../commands/registry.ts';
import { parseMessage } from '../commands/parse/parse-message.ts';
import type { Db } from '../storage/client.ts';
import { createTestDb } from '../test/support/test-db.ts';
import { generateCheckins } from './checkin-corpus.ts';
import { countEffects, type Effects } from './count-effects.ts';

export interface CheckinE2eResult {
  name: string;
  provider: 'sqlite' | 'postgresql';
  messages: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  peakRssMB: number;
  /** Inbox rows by status. */
  inbox: Record<string, number>;
  /** What the handled messages left behind. */
  records: { visits: number; issues: number; notes: number; outbox: number };
  rejections: number;
  /** Why messages were rejected (numbers and names folded), most common first. */
  rejectedFor: Record<string, number>;
  /** Per message: visits, ledger numbers and receipts beyond one run, and messages left without an answer. */
  effects: Effects;
  /** Messages the recovery pass scheduled while the burst ran (each one a second scheduling of a message being handled live). */
  recoveryScheduled: number;
  /**
   * True when inbox = messages and handled + rejected + ignored = messages, none failed or pending, one visit per handled check-in,
   * none answered or numbered twice.
   */
  nothingLost: boolean;
  seconds: number;
  /** Wall time per message, and the part of it spent inside the command handlers (in the transaction). */
  msPerMessage: number;
  handlerMsPerMessage: number;
  /** CPU of the whole process (user + system, all threads) during the burst, per message: less swayed by a busy machine than wall time. */
  cpuMsPerMessage: number;
  /** Messages per committed transaction (group commit), inbox writes and handling. */
  batch: { store: { commits: number; mean: number; max: number }; handle: { commits: number; mean: number; max: number } };
}

const GROUPS = 50;
const CADRES_PER_GROUP = 10;
/** Share of the households named in the corpus that are on the roster; the rest are off it. */
const ON_ROSTER = 0.9;

interface Village {
  name: string;
  households: Map<string, string | null>;
  cadres: string[];
}
interface Planned {
  group: number;
  msg: IncomingMessage;
}

/**
 * The corpus (bench/checkin-corpus.ts) dealt out to 50 village groups, 10 cadres each. Each
 * group's village replaces the village a message names, so a check-in is about the village
 * of the group it is typed in; the households the corpus names make the villages' rosters
 * (nine in ten of them, so some check-ins hit names off the roster).
 */
export function planMessages(n: number): { villages: Village[]; messages: Planned[] } {
  const corpus = generateCheckins(n, 1);
  const villages: Village[] = Array.from({ length: GROUPS }, (_, v) => ({
    name: `测试${v + 1}村`,
    households: new Map(),
    cadres: Array.from({ length: CADRES_PER_GROUP }, (_, c) => `干部${v + 1}-${c + 1}`),
  }));
  const parsed = corpus.map((c) => parseMessage(c.text, new Date(c.now)));
  const visitOf = (p: (typeof parsed)[number]) => (p.kind === 'visit' ? p.visit : null);
  const named = new Set(parsed.flatMap((p) => [visitOf(p)?.village, 'village' in p ? p.village : null]).filter((v): v is string => !!v));
  const villageWords = new RegExp([...named].sort((a, b) => b.length - a.length).join('|'), 'g');
  const messages = corpus.map((c, i): Planned => {
    const group = i % GROUPS;
    const village = villages[group];
    const household = visitOf(parsed[i])?.household;
    if (household && hash(household) % 10 < ON_ROSTER * 10) village.households.set(household, visitOf(parsed[i])?.group ?? null);
    const cadre = village.cadres[Math.floor(i / GROUPS) % CADRES_PER_GROUP];
    return {
      group,
      msg: {
        platform: 'wechat',
        messageId: `bench-${i}`,
        chatId: `group-${group}`,
        chatName: `${village.name}工作队`,
        senderId: `wx-${cadre}`,
        senderName: cadre,
        text: named.size ? c.text.replace(villageWords, village.name) : c.text,
        mentionsBot: false,
        sentAt: new Date(c.now),
      },
    };
  });
  return { villages, messages };
}

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return h;
}

/** Villages, roster households, cadres (already linked to their platform ids) and bound groups. */
export async function seed(db: Db, villages: Village[]): Promise<void> {
  const township = await db.prisma.township.create({ data: { name: '测试镇' } });
  for (const [g, v] of villages.entries()) {
    const village = await db.prisma.village.create({ data: { name: v.name, townshipId: township.id } });
    await db.prisma.household.createMany({
      data: [...v.households].map(([headName, group]) => ({ villageId: village.id, headName, group, category: '脱贫户' })),
    });
    await db.prisma.member.createMany({
      data: v.cadres.map((c) => ({
        name: c,
        role: 'cadre',
        platform: 'wechat',
        platformUserId: `wx-${c}`,
        villageId: village.id,
        townshipId: township.id,
      })),
    });
    await db.prisma.chatGroup.create({
      data: {
        platform: 'wechat',
        chatId: `group-${g}`,
        name: `${v.name}工作队`,
        kind: 'village',
        villageId: village.id,
        townshipId: township.id,
      },
    });
  }
}

function batchStats(sizes: number[]) {
  const sum = sizes.reduce((a, b) => a + b, 0);
  return { commits: sizes.length, mean: Number((sum / Math.max(1, sizes.length)).toFixed(1)), max: Math.max(0, ...sizes) };
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

export async function runCheckinE2eBench(
  options: { provider?: 'sqlite' | 'postgresql'; n?: number; recoverEveryMs?: number; maxBatch?: number; pgConcurrency?: number } = {},
): Promise<CheckinE2eResult> {
  const provider = options.provider ?? 'sqlite';
  const n = options.n ?? 10_000;
  const recoverEveryMs = options.recoverEveryMs ?? 250;
  const { villages, messages } = planMessages(n);
  // The same fresh, migrated database the tests use (a temporary SQLite file or a new PostgreSQL database).
  const { db, destroy } = await createTestDb(provider === 'postgresql' ? 'postgres' : 'sqlite');
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 100);
  try {
    await seed(db, villages);
    // The corpus dates its messages across December 2026; the bot's clock is the month's end.
    const clock = new Date('2026-12-31T12:00:00+08:00');
    const config = createConfig({ CONSOLE: 'off', STALE_AFTER_SECONDS: '0', LOG_LEVEL: 'silent' });
    // Handlers timed where they run, to tell their share from the router's, the inbox's and the outbox's.
    let handlerMs = 0;
    const timed = registered.map((command) => ({
      ...command,
      handle: async (ctx: never) => {
        const t0 = performance.now();
        try {
          return await command.handle(ctx);
        } finally {
          handlerMs += performance.now() - t0;
        }
      },
    })) as unknown as Command[];
    const logger = createLogger({ level: 'silent' });
    const batches = { store: [] as number[], handle: [] as number[] };
    // The bench counts replies queued, not sent: an outbox that leaves them where they are.
    const real = createOutboxWorker({ db, logger });
    const queuedOnly: Outbox = { ...real, start() {}, kick: async () => 0 };
    const bot = createBot({
      config,
      logger,
      db,
      faq: createFaqService(config),
      outbox: queuedOnly,
      now: () => clock,
      commands: timed,
      recoverEveryMs,
      groupCommit: {
        maxBatch: options.maxBatch,
        pgHandling: options.pgConcurrency ? { maxBatch: options.maxBatch ?? 100, concurrency: options.pgConcurrency } : undefined,
        onBatch: (what, size) => batches[what].push(size),
      },
    });
    const adapter = createCaptureAdapter('wechat');
    bot.use(adapter);

    // One sender per group, each waiting for its reply before the next message, as a busy
    // group does; the 50 groups run side by side.
    const byGroup = Array.from({ length: GROUPS }, () => [] as IncomingMessage[]);
    for (const m of messages) byGroup[m.group].push(m.msg);
    const latencies: number[] = [];
    // bot.start() runs the recovery pass every `recoverEveryMs` beside the burst, as in production.
    await bot.start();
    const began = performance.now();
    const cpuBefore = process.cpuUsage();
    await Promise.all(
      byGroup.map(async (queue) => {
        for (const msg of queue) {
          const t0 = performance.now();
          await (await bot.receive(msg)).handled;
          latencies.push(performance.now() - t0);
        }
      }),
    );
    const seconds = (performance.now() - began) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const recoveryScheduled = (await bot.health()).recovered;
    await bot.stop();

    const statuses = await db.prisma.inboxMessage.groupBy({ by: ['status'], _count: { _all: true } });
    const inbox = Object.fromEntries(statuses.map((s) => [s.status, s._count._all]));
    const total = Object.values(inbox).reduce((a, b) => a + b, 0);
    const [visits, issues, notes, outbox] = await Promise.all([
      db.prisma.visit.count(),
      db.prisma.issue.count(),
      db.prisma.issueNote.count(),
      db.prisma.outboxMessage.count(),
    ]);
    const rejections = inbox.rejected ?? 0;
    const reasons = await db.prisma.inboxMessage.findMany({ where: { status: 'rejected' }, select: { reason: true } });
    const rejectedFor: Record<string, number> = {};
    for (const { reason } of reasons) {
      const key = (reason ?? '?')
        .replace(/#\d+/g, '#N')
        .replace(/ in \S+$/, '')
        .replace(/测试\d+村/g, 'X村');
      rejectedFor[key] = (rejectedFor[key] ?? 0) + 1;
    }
    const visitsHandled = await db.prisma.inboxMessage.count({ where: { status: 'handled', kind: 'visit' } });
    const effects = await countEffects(db);
    latencies.sort((a, b) => a - b);
    return {
      name: 'check-ins end to end',
      provider,
      messages: n,
      perSecond: Math.round(n / seconds),
      p50Ms: Number(quantile(latencies, 0.5).toFixed(2)),
      p99Ms: Number(quantile(latencies, 0.99).toFixed(2)),
      peakRssMB: Math.round(peakRss / 2 ** 20),
      inbox,
      records: { visits, issues, notes, outbox },
      rejections,
      rejectedFor: Object.fromEntries(Object.entries(rejectedFor).sort((a, b) => b[1] - a[1])),
      effects,
      recoveryScheduled,
      nothingLost:
        total === n &&
        (inbox.handled ?? 0) + rejections + (inbox.ignored ?? 0) === n &&
        !inbox.failed &&
        !inbox.received &&
        visitsHandled === visits &&
        effects.doubleEffects === 0 &&
        effects.unanswered === 0,
      seconds: Number(seconds.toFixed(1)),
      msPerMessage: Number(((seconds * 1000) / n).toFixed(2)),
      handlerMsPerMessage: Number((handlerMs / n).toFixed(2)),
      cpuMsPerMessage: Number(((cpu.user + cpu.system) / 1000 / n).toFixed(2)),
      batch: { store: batchStats(batches.store), handle: batchStats(batches.handle) },
    };
  } finally {
    clearInterval(sampler);
    await destroy();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const provider = process.argv[2] === 'postgresql' || process.argv[2] === 'postgres' ? 'postgresql' : 'sqlite';
  const n = Number(process.argv[3] ?? 10_000);
  // A third argument caps the messages per transaction (1: no group commit, to compare).
  const maxBatch = process.argv[4] ? Number(process.argv[4]) : undefined;
  // A fourth, on PostgreSQL: batch handling too (off by default there), with this many batches in flight.
  const pgConcurrency = process.argv[5] ? Number(process.argv[5]) : undefined;
  console.log(JSON.stringify(await runCheckinE2eBench({ provider, n, maxBatch, pgConcurrency }), null, 2));
}
