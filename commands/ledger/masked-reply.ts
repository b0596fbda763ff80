import { maskReply } from '../../core/mask-reply.ts';
import type { Card, Reply } from '../../core/reply.ts';

/**
 * A reply whose text and card never carry a whole phone or ID number, even one the cadre
 * typed into a description. The outbox masks everything it sends; masking here too keeps
 * the handler's own result (returned to callers such as a Lark card click) safe to show.
 */
export function maskedReply(text: string, card?: Card): Reply {
  return maskReply(card ? { text, card } : { text });
}
