import { maskPii } from '../../bot/mask-pii.ts';
import type { Card, Reply } from '../../bot/types.ts';

/**
 * A reply whose text and card never carry a whole phone or ID number, even one the cadre
 * typed into a description: the outbox masks too, but a reply is safe before it gets there.
 */
export function maskedReply(text: string, card?: Card): Reply {
  const reply: Reply = { text: maskPii(text) };
  if (card) {
    reply.card = {
      ...card,
      title: maskPii(card.title),
      rows: card.rows.map((r) => ({ ...r, text: maskPii(r.text) })),
      ...(card.footer ? { footer: maskPii(card.footer) } : {}),
    };
  }
  return reply;
}
