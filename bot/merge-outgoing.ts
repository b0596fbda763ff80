import type { OutgoingMessage } from '../core/reply.ts';
import { mergedReplies } from '../prompts/merged-replies.ts';

/**
 * Only plain text merges: a card, a picture or a file is its own message on every platform,
 * and @-mentions belong to the one reply that names them.
 */
export function mergeable(msg: OutgoingMessage): boolean {
  return !msg.card && !msg.image && !msg.file && msg.mentions.length === 0;
}

/** Characters as a phone counts them (an emoji is one), the way the WeChat sender splits. */
export function charLength(text: string): number {
  return [...text].length;
}

/** One message carrying `parts` (one chat's replies, oldest first, already masked): `id` is the first row's. */
export function mergeOutgoing(parts: readonly OutgoingMessage[]): OutgoingMessage {
  if (parts.length === 1) return parts[0];
  return { ...parts[0], text: mergedReplies(parts.map((p) => p.text)), mentions: [], mergedIds: parts.map((p) => p.id) };
}
