import type { InteractiveCard, InteractiveCardElement } from '@larksuiteoapi/node-sdk';
import { larkText } from '../../../prompts/lark.ts';
import type { Card, CardRow } from '../../../core/reply.ts';

/**
 * The platform-neutral card as a Lark message card (JSON 1.0). The SDK's only card
 * builder (`messageCard.defaultCard`) makes a title-and-text card without buttons, so the
 * card is built here, typed by the SDK's `InteractiveCard`.
 */
export function renderCard(card: Card): InteractiveCard {
  const elements: InteractiveCardElement[] = card.rows.map(renderRow);
  if (card.footer) {
    elements.push({ tag: 'hr' }, { tag: 'note', elements: [{ tag: 'plain_text', content: card.footer }] });
  }
  return {
    // update_multi: an update (a closed row) is shown to everyone in the group, not only the clicker.
    config: { wide_screen_mode: true, update_multi: true },
    header: { template: card.template ?? 'blue', title: { tag: 'plain_text', content: card.title } },
    elements,
  };
}

/** A picture (a digest's chart) as a card of its own: the uploaded image, its words as title and alt. */
export function renderImageCard(imageKey: string, alt: string): InteractiveCard {
  return {
    config: { wide_screen_mode: true },
    elements: [{ tag: 'img', img_key: imageKey, alt: { tag: 'plain_text', content: alt }, mode: 'fit_horizontal', preview: true }],
  };
}

function renderRow(row: CardRow): InteractiveCardElement {
  // plain_text: row text comes from people (problem descriptions) and must not be read as markdown.
  const text = { tag: 'plain_text' as const, content: row.text };
  if (!row.action) return { tag: 'div', text };
  return {
    tag: 'div',
    text,
    extra: {
      tag: 'button',
      text: { tag: 'plain_text', content: row.action.label || larkText.closeButton },
      type: 'primary',
      value: row.action.value,
    },
  };
}

/**
 * The card after the row whose button carried `value` was acted on: that row reads
 * closed and loses its button. Null when no row matches (the card was already updated).
 */
export function closeRow(card: Card, value: Record<string, unknown>): Card | null {
  const index = card.rows.findIndex((row) => row.action && sameAction(row.action.value, value));
  if (index < 0) return null;
  const rows = card.rows.map((row, i) => (i === index ? { text: larkText.closedRow(row.text) } : row));
  return { ...card, rows };
}

function sameAction(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  // Values come back from Lark as they were sent, but compare as text so 12 and "12" agree.
  return [...keys].every((k) => String(a[k] ?? '') === String(b[k] ?? ''));
}
