import type { Mention } from '../../../core/reply.ts';

/**
 * A reply's text as the `content` of a Lark text message, with real @-mentions: a mention
 * with a platform id becomes `<at user_id="ou_…">name</at>` where the text says `@name`
 * (or in front when it does not); a name-only mention stays plain text.
 */
export function renderText(text: string, mentions: Mention[] = []): string {
  // Text echoed from a message must not smuggle in a mention tag of its own.
  let out = text.replace(/<at\b/gi, '‹at');
  const leading: string[] = [];
  for (const mention of mentions) {
    if (!mention.id) continue;
    const tag = `<at user_id="${escapeAttr(mention.id)}">${mention.name}</at>`;
    const written = `@${mention.name}`;
    const at = out.indexOf(written);
    if (at >= 0) out = out.slice(0, at) + tag + out.slice(at + written.length);
    else leading.push(tag);
  }
  const body = leading.length ? `${leading.join(' ')} ${out}` : out;
  return JSON.stringify({ text: body });
}

function escapeAttr(value: string): string {
  return value.replace(/["<>]/g, '');
}
