import type { InteractiveCard, InteractiveCardElement } from '@larksuiteoapi/node-sdk';
import { larkText } from '../../../prompts/lark.ts';
import type { Card, CardRow, Mention } from '../../../core/reply.ts';

/**
 * The platform-neutral card as a Lark message card (JSON 1.0). The SDK's only card
 * builder (`messageCard.defaultCard`) makes a title-and-text card without buttons, so the
 * card is built here, typed by the SDK's `InteractiveCard`.
 *
 * People mentioned with an open_id are notified: where a row says `@name` the row becomes
 * markdown with Lark's `<at id=ou_…></at>` there, and the rest are @-ed on a last row. A
 * mention without an id stays a name in the text (there is nobody to notify).
 */
export function renderCard(card: Card, mentions: readonly Mention[] = []): InteractiveCard {
  const linked = mentions.filter((m): m is Mention & { id: string } => Boolean(m.id));
  const placed = new Set<string>();
  const elements: InteractiveCardElement[] = card.rows.map((row) => renderRow(row, linked, placed));
  const rest = linked.filter((m) => !placed.has(m.id));
  if (rest.length) {
    const tags = [...new Set(rest.map((m) => atTag(m.id)))].join(' ');
    elements.push({ tag: 'div', text: { tag: 'lark_md', content: larkText.mentionRow(tags) } });
  }
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

function renderRow(row: CardRow, mentions: ReadonlyArray<Mention & { id: string }>, placed: Set<string>): InteractiveCardElement {
  // plain_text: row text comes from people (problem descriptions) and must not be read as
  // markdown. A row naming someone to notify is markdown with every other mark escaped.
  const named = mentions.filter((m) => row.text.includes(`@${m.name}`));
  let text: { tag: 'plain_text' | 'lark_md'; content: string } = { tag: 'plain_text', content: row.text };
  if (named.length) {
    let content = escapeMarkdown(row.text);
    for (const m of named) {
      content = content.replace(escapeMarkdown(`@${m.name}`), atTag(m.id));
      placed.add(m.id);
    }
    text = { tag: 'lark_md', content };
  }
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

/** Lark card markdown's mention of one person by open_id. */
function atTag(openId: string): string {
  return `<at id=${openId.replace(/[^A-Za-z0-9_-]/g, '')}></at>`;
}

/**
 * Text shown as is inside card markdown: the characters its syntax reads (emphasis, links,
 * tags, headings) become HTML character references, which Lark's markdown displays literally.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[&<>*_~[\]()#`$\\|]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The card after the row whose button carried `value` was acted on: that row reads done
 * (销号, 验收 or 接办) and loses its button. Null when no row matches (the card was already updated).
 */
export function closeRow(card: Card, value: Record<string, unknown>): Card | null {
  const index = card.rows.findIndex((row) => row.action && sameTarget(row.action.value, value));
  if (index < 0) return null;
  const done = value.action === 'review' ? larkText.reviewedRow : value.action === 'take-over' ? larkText.takenRow : larkText.closedRow;
  const rows = card.rows.map((row, i) => (i === index ? { text: done(row.text) } : row));
  return { ...card, rows };
}

/**
 * Whether a button and a click (or a stored click, which keeps only its typed target) name
 * the same action on the same item: action, number and village. The village's name on a
 * button only records it. Values come back from Lark as they were sent, but compare as text
 * so 12 and "12" agree.
 */
function sameTarget(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return (['action', 'no', 'villageId'] as const).every((k) => String(a[k] ?? '') === String(b[k] ?? ''));
}
