import { maskReply } from '../core/mask-reply.ts';
import type { Card, Mention } from '../core/reply.ts';
import { cadenceText } from '../prompts/cadence.ts';
import type { Destination } from '../core/reply.ts';
import type { PlannedMessage } from './cadence-job.ts';

export interface Digest {
  heading: string;
  subject: string;
  lines: string[];
  /** Card colour: calm when all is well, orange or red when someone must act. */
  tone?: Card['template'];
}

/**
 * One message with the same content as text and as a platform-neutral card, masked (the
 * outbox masks again when it sends; a `remind --dry-run` preview shows this as it is).
 */
export function digestMessage(to: Destination, label: string, digest: Digest, mentions: Mention[] = []): PlannedMessage {
  return maskReply({
    to,
    label,
    text: [cadenceText.heading(digest.heading, digest.subject), ...digest.lines].join('\n'),
    mentions,
    card: {
      title: cadenceText.cardTitle(digest.heading, digest.subject),
      template: digest.tone ?? 'blue',
      rows: digest.lines.map((text) => ({ text })),
    },
  });
}
