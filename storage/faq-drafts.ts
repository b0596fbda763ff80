import { client, type Queryable, type Tx } from './client.ts';

/**
 * Keeps a cadre's answer as a draft FAQ entry for a maintainer: one draft per question (the
 * normalized text, so the same question from several groups is one draft), holding the
 * latest answer. A draft already reviewed goes back to review when its answer changes.
 */
export async function saveDraft(tx: Tx, d: { normalized: string; question: string; answer: string; by: string; at: Date }) {
  await client(tx).faqDraft.upsert({
    where: { normalized: d.normalized },
    create: { normalized: d.normalized, question: d.question, answer: d.answer, answeredBy: d.by, createdAt: d.at, updatedAt: d.at },
    update: { answer: d.answer, answeredBy: d.by, answers: { increment: 1 }, status: 'draft', updatedAt: d.at },
  });
}

/** Drafts waiting for review, with how often and in how many chats the question was asked. */
export async function draftsForReview(db: Queryable) {
  const drafts = await client(db).faqDraft.findMany({ where: { status: 'draft' }, orderBy: { id: 'asc' } });
  if (!drafts.length) return [];
  const asked = await client(db).faqQuestion.groupBy({
    by: ['normalized'],
    where: { normalized: { in: drafts.map((d) => d.normalized) } },
    _sum: { timesAsked: true },
    _count: { _all: true },
  });
  const byKey = new Map(asked.map((a) => [a.normalized, { times: a._sum.timesAsked ?? 0, chats: a._count._all }]));
  return drafts.map((d) => ({ ...d, timesAsked: byKey.get(d.normalized)?.times ?? 0, chats: byKey.get(d.normalized)?.chats ?? 0 }));
}
