import type { Mention } from '../../../core/reply.ts';

/** WeCom's markdown messages (group robot and response_url) take at most 4096 bytes of UTF-8 content. */
export const MARKDOWN_MAX_BYTES = 4096;

/**
 * A reply as WeCom markdown: a mention with a userid becomes `<@userid>` (WeCom shows it as
 * the person's name and notifies them) where the text says `@name`, or in front when it does
 * not; a name-only mention stays the plain `@name` the text already has.
 */
export function renderMarkdown(text: string, mentions: readonly Mention[] = []): string {
  // Text echoed from a message must not smuggle in a mention of its own.
  let out = text.replace(/<@/g, '‹@');
  const leading: string[] = [];
  for (const mention of mentions) {
    if (!mention.id) continue;
    const tag = `<@${mention.id.replace(/[<>\s]/g, '')}>`;
    const written = `@${mention.name}`;
    const at = out.indexOf(written);
    if (at >= 0) out = out.slice(0, at) + tag + out.slice(at + written.length);
    else leading.push(tag);
  }
  return leading.length ? `${leading.join(' ')} ${out}` : out;
}

/**
 * Cuts content into pieces of at most `maxBytes` UTF-8 bytes, at line breaks, in order; a
 * single longer line is cut between characters (never inside one, nor inside a `<@userid>`).
 */
export function splitMarkdown(text: string, maxBytes = MARKDOWN_MAX_BYTES): string[] {
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
  if (bytes(text) <= maxBytes) return [text];
  const pieces: string[] = [];
  let current = '';
  const flush = () => {
    const piece = current.replace(/^\n+|\n+$/g, '');
    if (piece.trim()) pieces.push(piece);
    current = '';
  };
  for (const line of text.split('\n')) {
    const candidate = current ? `${current}\n${line}` : line;
    if (bytes(candidate) <= maxBytes) {
      current = candidate;
      continue;
    }
    flush();
    if (bytes(line) <= maxBytes) {
      current = line;
      continue;
    }
    // Mentions and characters are the units a long line is cut between.
    for (const unit of line.match(/<@[^>]*>|[\s\S]/gu) ?? []) {
      if (bytes(current + unit) > maxBytes) flush();
      current += unit;
    }
  }
  flush();
  return pieces.length ? pieces : [text];
}
