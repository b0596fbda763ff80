// What the handled messages left behind, counted per message: "nothing lost" is not enough
// when a message handled twice also counts as handled. A message may leave at most one
// visit, one set of ledger numbers and one receipt; a message that asked for an answer
// must have one. Used by the benchmarks and by the tests that run them small.
import { parseMessage } from '../commands/parse/parse-message.ts';
import type { Db } from '../storage/client.ts';

export interface Effects {
  /** Messages that left more than one visit (a check-in handled twice). */
  messagesWithTwoVisits: number;
  /**
   * Messages whose ledger items came from more than one run: a visit's items spread over two visits, or a report with more items
   * than it names.
   */
  messagesNumberedTwice: number;
  /** Ledger numbers handed out beyond one run per message. */
  extraLedgerNumbers: number;
  /** Messages with more than one receipt in their own chat. */
  messagesAnsweredTwice: number;
  /** Handled or rejected messages without any reply. */
  unanswered: number;
  /** The sum of the double effects above; zero when every message took effect once. */
  doubleEffects: number;
}

/** A later page of a split ledger (`…（2/3）`) belongs to the same receipt as page 1. */
const LATER_PAGE = /（([2-9]|\d{2,})\/\d+）$/;
/** `#台账` answers with the open items, then the close-outs waiting for 验收 as a reply of their own. */
const REVIEW_PAGE = /^待验收 \d+ 项/;

export async function countEffects(db: Db): Promise<Effects> {
  const p = db.prisma;
  const [inbox, visits, issues, outbox] = await Promise.all([
    p.inboxMessage.findMany({ select: { id: true, chatId: true, status: true, text: true, sentAt: true } }),
    p.visit.groupBy({ by: ['inboxId'], _count: { _all: true }, where: { inboxId: { not: null } } }),
    p.issue.findMany({ where: { inboxId: { not: null } }, select: { inboxId: true, visitId: true, source: true } }),
    p.outboxMessage.findMany({ where: { inboxId: { not: null } }, select: { inboxId: true, chatId: true, text: true } }),
  ]);
  const byId = new Map(inbox.map((m) => [m.id, m]));

  const messagesWithTwoVisits = visits.filter((v) => v._count._all > 1).length;

  const runs = new Map<number, { visits: Set<number>; visitItems: number; reports: number }>();
  for (const i of issues) {
    const r = runs.get(i.inboxId!) ?? { visits: new Set<number>(), visitItems: 0, reports: 0 };
    if (i.source === 'visit' && i.visitId !== null) {
      r.visits.add(i.visitId);
      r.visitItems++;
    } else r.reports++;
    runs.set(i.inboxId!, r);
  }
  let messagesNumberedTwice = 0;
  let extraLedgerNumbers = 0;
  for (const [inboxId, r] of runs) {
    const msg = byId.get(inboxId);
    // The parser is pure: the items a report names are the items one run adds.
    const named = r.reports && msg ? itemsNamed(parseMessage(msg.text, msg.sentAt)) : 0;
    const extraReports = Math.max(0, r.reports - named);
    if (r.visits.size > 1 || extraReports > 0) messagesNumberedTwice++;
    extraLedgerNumbers += extraReports;
    // Each run of a check-in numbers the same items again under its own visit.
    if (r.visits.size > 1) extraLedgerNumbers += r.visitItems - r.visitItems / r.visits.size;
  }

  const receipts = new Map<number, number>();
  const replied = new Set<number>();
  for (const o of outbox) {
    replied.add(o.inboxId!);
    const msg = byId.get(o.inboxId!);
    if (!msg || o.chatId !== msg.chatId || LATER_PAGE.test(o.text.split('\n', 1)[0]) || REVIEW_PAGE.test(o.text)) continue;
    receipts.set(o.inboxId!, (receipts.get(o.inboxId!) ?? 0) + 1);
  }
  const messagesAnsweredTwice = [...receipts.values()].filter((n) => n > 1).length;
  const unanswered = inbox.filter((m) => (m.status === 'handled' || m.status === 'rejected') && !replied.has(m.id)).length;

  return {
    messagesWithTwoVisits,
    messagesNumberedTwice,
    extraLedgerNumbers: Math.round(extraLedgerNumbers),
    messagesAnsweredTwice,
    unanswered,
    doubleEffects: messagesWithTwoVisits + messagesNumberedTwice + messagesAnsweredTwice,
  };
}

function itemsNamed(parsed: ReturnType<typeof parseMessage>): number {
  return 'issues' in parsed ? parsed.issues.length : 0;
}
