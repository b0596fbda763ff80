import { client, type Queryable, type Tx } from './client.ts';

export interface EscalationNotice {
  chat: string;
  /** The listed items' ids, sorted, comma-joined. */
  items: string;
  /** Shanghai day it was sent. */
  sentOn: string;
}

export async function escalationNotices(db: Queryable, chats: string[]): Promise<Map<string, EscalationNotice>> {
  if (!chats.length) return new Map();
  const rows = await client(db).escalationNotice.findMany({
    where: { chat: { in: chats } },
    select: { chat: true, items: true, sentOn: true },
  });
  return new Map(rows.map((r) => [r.chat, r]));
}

export async function saveEscalationNotice(tx: Tx, notice: EscalationNotice): Promise<void> {
  await client(tx).escalationNotice.upsert({
    where: { chat: notice.chat },
    create: notice,
    update: { items: notice.items, sentOn: notice.sentOn },
  });
}
