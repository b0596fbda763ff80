import type { Platform } from '../core/platform.ts';
import { client, type Queryable, type Tx } from './client.ts';
import { toPlatform } from './to-platform.ts';

/** A question the FAQ could not answer, kept for the cadres. */
export interface StoredQuestion {
  id: number;
  normalized: string;
  text: string;
  platform: Platform;
  chatId: string;
  askerId: string;
  askerName: string | null;
  timesAsked: number;
  answer: string | null;
}

const stored = <T extends { platform: string }>(row: T): T & { platform: Platform } => ({ ...row, platform: toPlatform(row.platform) });

/** Questions that differ only in punctuation, spaces or a trailing 吗/呢 are the same question. */
export function normalizeQuestion(text: string): string {
  return text
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .replace(/[吗呢啊呀嘛]+$/u, '')
    .slice(0, 200);
}

/** Keeps a question the FAQ could not answer; asking again counts instead of adding a row. */
export async function recordUnanswered(
  tx: Tx,
  q: { text: string; platform: string; chatId: string; askerId: string; askerName: string | null; at: Date },
) {
  const normalized = normalizeQuestion(q.text) || q.text.slice(0, 200);
  return client(tx).faqQuestion.upsert({
    where: { platform_chatId_normalized: { platform: q.platform, chatId: q.chatId, normalized } },
    create: {
      normalized,
      text: q.text.slice(0, 1000),
      platform: q.platform,
      chatId: q.chatId,
      askerId: q.askerId,
      askerName: q.askerName,
      firstAskedAt: q.at,
      lastAskedAt: q.at,
    },
    update: { timesAsked: { increment: 1 }, lastAskedAt: q.at, status: 'open' },
  });
}

/** Open questions from these chats, most asked first. */
export async function openQuestions(
  db: Queryable,
  chats: Array<{ platform: Platform; chatId: string }>,
  take = 20,
): Promise<StoredQuestion[]> {
  if (!chats.length) return [];
  const rows = await client(db).faqQuestion.findMany({
    where: { status: 'open', OR: chats.map((c) => ({ platform: c.platform, chatId: c.chatId })) },
    orderBy: [{ timesAsked: 'desc' }, { lastAskedAt: 'desc' }],
    take,
  });
  return rows.map(stored);
}

export async function findQuestion(db: Queryable, id: number): Promise<StoredQuestion | null> {
  const row = await client(db).faqQuestion.findUnique({ where: { id } });
  return row && stored(row);
}

/**
 * Records a cadre's answer. The first answer answers the question; a later one replaces it
 * and counts as a correction. `expected` is the answer the caller read: when another answer
 * landed in between, nothing is written and null comes back, so no answer is lost unseen.
 */
export async function answerQuestion(tx: Tx, id: number, answer: string, by: string, at: Date, expected: string | null) {
  const { count } = await client(tx).faqQuestion.updateMany({
    where: { id, answer: expected },
    data: { status: 'answered', answer, answeredBy: by, answeredAt: at, ...(expected === null ? {} : { corrections: { increment: 1 } }) },
  });
  return count === 1;
}

/**
 * How many FAQ questions this person asked since `since` (a flood guard across instances). By the
 * messages' own time, the clock `since` is reckoned on: the row's receive time is the database's,
 * which a replayed backlog or a test's clock does not share.
 */
export async function recentQuestionsBy(db: Queryable, platform: string, senderId: string, since: Date): Promise<number> {
  return client(db).inboxMessage.count({ where: { platform, senderId, kind: 'faq', sentAt: { gte: since } } });
}
