import { maskPii, type MaskPii } from './mask-pii.ts';
import type { Card, Mention, ReplyImage } from './reply.ts';

/** What a reply, a planned reminder and an outbox message have in common: all of it is shown. */
interface Shown {
  text: string;
  mentions?: Mention[];
  card?: Card | null;
  image?: ReplyImage | null;
}

/**
 * The same message with every text a person sees masked: the text, the names of those
 * @-mentioned, the card's title, rows, buttons and footer. Ids and button values (which
 * the platform reads back, never shows) stay as they are.
 */
export function maskReply<T extends Shown>(message: T, mask: MaskPii = maskPii): T {
  const out: T = { ...message, text: mask(message.text) };
  if (message.mentions) out.mentions = message.mentions.map((m) => ({ ...m, name: mask(m.name) }));
  if (message.image) out.image = { ...message.image, alt: mask(message.image.alt) };
  if (message.card) {
    const card = message.card;
    out.card = {
      ...card,
      title: mask(card.title),
      rows: card.rows.map((r) => ({
        ...r,
        text: mask(r.text),
        ...(r.action ? { action: { ...r.action, label: mask(r.action.label) } } : {}),
      })),
      ...(card.footer !== undefined ? { footer: mask(card.footer) } : {}),
    };
  }
  return out;
}
