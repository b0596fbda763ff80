import type { Card, Mention } from '../bot/types.ts';
import { cadenceText } from '../prompts/cadence.ts';
import type { Destination, PlannedMessage } from './cadence-job.ts';

export interface Digest {
  heading: string;
  subject: string;
  lines: string[];
  /** Card colour: calm when all is well, orange or red when someone must act. */
  tone?: Card['template'];
}

/** One message with the same content as text and as a platform-neutral card. */
export function digestMessage(to: Destination, label: string, digest: Digest, mentions: Mention[] = []): PlannedMessage {
  return {
    to,
    label,
    text: [cadenceText.heading(digest.heading, digest.subject), ...digest.lines].join('\n'),
    mentions,
    card: {
      title: cadenceText.cardTitle(digest.heading, digest.subject),
      template: digest.tone ?? 'blue',
      rows: digest.lines.map((text) => ({ text })),
    },
  };
}
