import type { Card, Mention } from '../core/reply.ts';
import { cadenceText } from '../prompts/cadence.ts';
import type { PlannedMessage } from './cadence-job.ts';

const SEVERITY: Array<NonNullable<Card['template']>> = ['grey', 'green', 'blue', 'orange', 'red'];

/**
 * Several digests to one chat as one message: each keeps its heading and lines, in the order
 * given (the jobs' order), under one heading; the card takes the most urgent colour of them
 * and everyone any of them @-mentions, once.
 */
export function mergeDigests(messages: PlannedMessage[]): PlannedMessage {
  const [first] = messages;
  const mentions: Mention[] = [];
  for (const m of messages.flatMap((x) => x.mentions ?? []))
    if (!mentions.some((x) => (x.id && x.id === m.id) || (!x.id && !m.id && x.name === m.name))) mentions.push(m);
  const tone = messages
    .map((m) => m.card?.template ?? 'blue')
    .reduce((a, b) => (SEVERITY.indexOf(b) > SEVERITY.indexOf(a) ? b : a), 'grey' as NonNullable<Card['template']>);
  const titles = messages.map((m) => m.card?.title ?? m.text.split('\n')[0]);
  // One picture per message: the first digest's (the inspection's or the dispatch's) goes along.
  const image = messages.find((m) => m.image)?.image;
  return {
    to: first.to,
    label: first.label,
    text: [cadenceText.merged.heading(messages.length), ...messages.map((m) => m.text)].join('\n\n'),
    mentions,
    ...(image ? { image } : {}),
    card: {
      title: cadenceText.merged.cardTitle(messages.length, first.label),
      template: tone,
      rows: messages.flatMap((m, i) => [
        { text: cadenceText.merged.section(titles[i]) },
        ...(m.card?.rows ??
          m.text
            .split('\n')
            .slice(1)
            .map((text) => ({ text }))),
      ]),
    },
  };
}
